/**
 * Logical paragraphs for the rules that judge a paragraph as a whole (punct/unpaired, quality/no-example):
 * in a hard-wrapped PDF copy one sentence runs over several lines, and each line alone has an unclosed
 * quote or no example. Pure.
 *
 * The join itself belongs to the analysis (stage 1, normalise: `analysis.normalised.logical`, built by the
 * pipeline). This module reads it when the analysis has it, and otherwise joins the lines the same way
 * itself, so the rules work on either; it never decides anything the stage has decided.
 */
import type { Paragraph } from '../model';
import type { RuleContext } from '../findings';

/** One logical paragraph: original paragraphs first..last joined (no separator). Same shape as the normalise stage's. */
export interface LogicalView {
  first: number;
  last: number;
  text: string;
  /** Offset in `text` where each original paragraph first..last begins. */
  starts: number[];
}

export interface Logical {
  logical: LogicalView[];
  /** For each original paragraph, the index of its logical paragraph. */
  logicalOf: number[];
}

const cache = new WeakMap<object, Logical>();

/** The logical paragraphs of the checked document (the analysis's, when it has them). */
export function logicalParagraphs(ctx: Pick<RuleContext, 'doc' | 'analysis'>): Logical {
  const staged = (ctx.analysis as unknown as { normalised?: Partial<Logical> }).normalised;
  if (staged && Array.isArray(staged.logical) && Array.isArray(staged.logicalOf)) return staged as Logical;
  let out = cache.get(ctx.doc);
  if (!out) cache.set(ctx.doc, (out = joinHardWrapped(ctx.doc.paragraphs)));
  return out;
}

/** The kinds of non-content line the text rules skip. */
const SKIPPED = new Set(['metadata', 'page-title', 'toc']);

/**
 * Per paragraph, true when the normalise stage found it is not content (site metadata such as "时间:2026-01-20",
 * a page title such as "范文(精选3篇)", a table of contents): the text rules leave those lines alone. All false
 * when the analysis has no such stage.
 */
export function notContent(ctx: Pick<RuleContext, 'doc' | 'analysis'>): (i: number) => boolean {
  const staged = (ctx.analysis as unknown as { normalised?: { nonContent?: readonly unknown[] } }).normalised;
  const marks = staged && Array.isArray(staged.nonContent) ? staged.nonContent : null;
  // Name and date lines are short lines like any heading or slogan: a misread one must not hide a typo.
  return marks ? (i) => SKIPPED.has(marks[i] as string) : () => false;
}

/** Where `offset` of a logical paragraph is in the original text. */
export function toOriginal(lp: LogicalView, offset: number): { paragraph: number; offset: number } {
  let k = lp.starts.length - 1;
  while (k > 0 && lp.starts[k] > offset) k--;
  return { paragraph: lp.first + k, offset: offset - lp.starts[k] };
}

// ---------------------------------------------------------------------------------------------
// The join, for an analysis without the normalise stage (same definition as src/core/stages/normalise.ts).

const ENDS_SENTENCE = /[。！？!?；;：:…]["”’』」)）]*\s*$/;
const STARTS_ITEM = /^\s*([一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,2}(是|要|则|来))/;

function plain(p: Paragraph): boolean {
  return !p.inTable && !p.listString && !p.style?.startsWith('Heading') && p.style !== 'Title' && p.outlineLevel === undefined;
}

/** The page width of a hard-wrapped text (median length of lines broken mid-sentence), 0 when it is not hard-wrapped. */
export function wrapWidth(ps: readonly Paragraph[]): number {
  const lines = ps.filter((p) => plain(p) && p.text.trim().length > 0).map((p) => p.text.trim());
  if (lines.length < 8) return 0;
  const broken = lines.filter((t) => !ENDS_SENTENCE.test(t) && t.length > 8);
  if (broken.length < lines.length * 0.4) return 0;
  const lens = broken.map((t) => t.length).sort((a, b) => a - b);
  const median = lens[Math.floor(lens.length / 2)];
  if (median < 10 || median > 60) return 0;
  const near = lens.filter((l) => Math.abs(l - median) <= Math.max(3, median * 0.25)).length;
  return near >= lens.length * 0.6 ? median : 0;
}

/** Joins a run of lines that continue one sentence (a full-width line without sentence-final punctuation, then a plain line). */
export function joinHardWrapped(ps: readonly Paragraph[]): Logical {
  const width = wrapWidth(ps);
  const logical: LogicalView[] = [];
  const logicalOf: number[] = [];
  let cur: LogicalView | null = null;
  ps.forEach((p, i) => {
    const t = p.text;
    const prev = cur ? ps[cur.last] : null;
    const continues =
      cur !== null && prev !== null && width > 0 && plain(p) && t.trim() !== '' && !STARTS_ITEM.test(t) && plain(prev) && !ENDS_SENTENCE.test(prev.text) && prev.text.trim().length >= width * 0.7;
    if (continues && cur) {
      cur.starts.push(cur.text.length);
      cur.text += t;
      cur.last = i;
    } else {
      cur = { first: i, last: i, text: t, starts: [0] };
      logical.push(cur);
    }
    logicalOf.push(logical.length - 1);
  });
  return { logical, logicalOf };
}
