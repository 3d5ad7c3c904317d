/**
 * Items given as headings, for the quality rules that judge one item at a time (a measure's deadline, a problem's
 * example): a section body split at its headings, each heading with the paragraphs under it. Pure.
 */
import type { RuleContext } from '../findings';
import type { Heading } from '../analysis';
import { paragraphIndex } from './quality-common';
import { createNester } from '../outline';

export interface HeadingItem {
  /** The item's heading (not run in: its body is in the paragraphs below); null for paragraphs before any heading. */
  heading: Heading | null;
  /** A heading with deeper headings directly under it is a group title ("（一）在理论学习方面"), not an item. */
  group: boolean;
  /** The paragraphs under the heading up to the next heading (run-in headings end a heading's body too). */
  paragraphs: number[];
}

/**
 * The body of a section split at its own headings. A run-in heading ("（二）加强作风。每月……") is an item by
 * itself, judged as a paragraph: it closes the heading before it and goes into a heading-less group.
 */
export function headingItems(ctx: RuleContext, body: readonly number[]): HeadingItem[] {
  const idx = paragraphIndex(ctx.analysis);
  const out: HeadingItem[] = [];
  let cur: HeadingItem = { heading: null, group: false, paragraphs: [] };
  const flush = () => {
    if (cur.heading || cur.paragraphs.length) out.push(cur);
  };
  // Nesting by the document's own numbering (一、→（一）→1.→（1）), not by level alone: levels stop at 3.
  const nester = createNester<Heading>();
  for (const i of body) {
    const h = idx.headingAt.get(i);
    const parent = h ? nester.place(h) : null;
    if (h && cur.heading && cur.paragraphs.length === 0 && (h.level > cur.heading.level || parent === cur.heading)) cur.group = true;
    if (h && !h.runIn) {
      flush();
      cur = { heading: h, group: false, paragraphs: [] };
    } else if (h && cur.heading) {
      flush();
      cur = { heading: null, group: false, paragraphs: [i] };
    } else cur.paragraphs.push(i);
  }
  flush();
  return out;
}

/** The heading's title as written (offset into its paragraph and text), for judging and reporting. */
export function headingTitle(ctx: RuleContext, h: Heading): { start: number; text: string } {
  const text = ctx.doc.paragraphs[h.paragraph].text;
  return { start: h.titleStart, text: text.slice(h.titleStart) };
}

/** How many run-in series items (一是…二是…) the paragraphs hold: two or more make them a list of items. */
export function seriesCount(ctx: RuleContext, paragraphs: readonly number[]): number {
  const idx = paragraphIndex(ctx.analysis);
  return paragraphs.reduce((n, i) => n + (idx.seriesAt.get(i)?.length ?? 0), 0);
}
