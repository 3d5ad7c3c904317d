/**
 * Logical paragraphs for the rules that judge a paragraph as a whole (punct/unpaired, quality/no-example):
 * in a hard-wrapped PDF copy one sentence runs over several lines, and each line alone has an unclosed
 * quote or no example. Pure.
 *
 * The join belongs to the analysis (stage 1, normalise: `analysis.normalised`, src/core/stages/normalise.ts);
 * this module only reads it for the rules.
 */
import type { RuleContext } from '../findings';
import { toOriginal as stageToOriginal, type LogicalParagraph } from '../stages/normalise';

/** One logical paragraph: original paragraphs first..last joined (the normalise stage's). */
export type LogicalView = LogicalParagraph;

export interface Logical {
  logical: LogicalView[];
  /** For each original paragraph, the index of its logical paragraph. */
  logicalOf: number[];
}

const cache = new WeakMap<object, Logical>();

/**
 * The logical paragraphs of the checked document: the normalise stage's. An analysis made without that stage
 * (a hand-built one) gets every paragraph as its own logical paragraph; nothing is re-derived here.
 */
export function logicalParagraphs(ctx: Pick<RuleContext, 'doc' | 'analysis'>): Logical {
  const staged = (ctx.analysis as { normalised?: Partial<Logical> }).normalised;
  if (staged && Array.isArray(staged.logical) && Array.isArray(staged.logicalOf)) return staged as Logical;
  let out = cache.get(ctx.doc);
  if (!out) {
    const ps = ctx.doc.paragraphs;
    cache.set(ctx.doc, (out = { logical: ps.map((p, i) => ({ first: i, last: i, text: p.text, starts: [0] })), logicalOf: ps.map((_, i) => i) }));
  }
  return out;
}

/** Where `offset` of a logical paragraph is in the original text. */
export const toOriginal: (lp: LogicalView, offset: number) => { paragraph: number; offset: number } = stageToOriginal;

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
