/**
 * What the fake Word does with text that is not plain: tracked-deleted and hidden runs, and Word's Find
 * semantics (which are not `String.indexOf`). Split out of fake-word.ts; every behaviour cites its source.
 */

/** A run of a paragraph's text that the user does not see as normal text. */
export interface FakeMark {
  start: number;
  end: number;
  /**
   * 'deleted': a tracked deletion (修订 on). 'hidden': hidden text (字体 → 隐藏).
   * Source: issue #1267 ("Deleted redlined text in Word Online is included in paragraphs fetched via the
   * Word API"), #2314 (body.text includes revisions shown inline); the doc of Word.Paragraph.getText
   * ("By default, hidden text and text marked as deleted are excluded") implies `text` includes them.
   */
  kind: 'deleted' | 'hidden';
}

export interface MarkedText {
  text: string;
  marks?: FakeMark[];
}

/** `text` as Paragraph.getText() (WordApi 1.7) returns it: deleted and hidden runs left out. */
export function visibleText(p: MarkedText): string {
  return strip(p, (m) => m.kind === 'deleted' || m.kind === 'hidden');
}

/** `text` as Range.getReviewedText('Current') (WordApi 1.4) returns it: tracked deletions left out (hidden text stays). */
export function reviewedText(p: MarkedText): string {
  return strip(p, (m) => m.kind === 'deleted');
}

function strip(p: MarkedText, drop: (m: FakeMark) => boolean): string {
  const marks = (p.marks ?? []).filter(drop).sort((a, b) => a.start - b.start);
  if (marks.length === 0) return p.text;
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out += p.text.slice(at, m.start);
    at = Math.max(at, m.end);
  }
  return out + p.text.slice(at);
}

/** Replaces [a, b) of the paragraph's text with `ins`, moving or shrinking the marks after/over it. */
export function spliceText(p: MarkedText, a: number, b: number, ins: string): void {
  p.text = p.text.slice(0, a) + ins + p.text.slice(b);
  if (!p.marks) return;
  const delta = ins.length - (b - a);
  p.marks = p.marks
    .map((m) => {
      if (m.end <= a) return m;
      if (m.start >= b) return { ...m, start: m.start + delta, end: m.end + delta };
      // Overlap: the replaced part of the mark is gone.
      const start = Math.min(m.start, a);
      const end = Math.max(a + ins.length, m.end + delta);
      return { ...m, start, end: m.end <= b ? a : end };
    })
    .filter((m) => m.end > m.start);
}

/**
 * Word's Find equivalence classes. Straight and curly quotes match each other in a normal Find
 * ("Word matches either normal or smart quotes when you search for an apostrophe", community.logos.com
 * 47352; typographyforlawyers.com: only a wildcard search tells them apart); Office.js `search` is that
 * Find with the same options (docs/word/search-option-guidance.md). Full-/half-width equivalence (the
 * Chinese Find dialog's 区分全/半角 off) is unverified and off unless the document asks for it.
 */
export function foldForFind(s: string, width: boolean): string {
  let out = '';
  for (const ch of s) {
    let c = ch;
    if (c === '“' || c === '”' || c === '„') c = '"';
    else if (c === '‘' || c === '’' || c === '‚') c = "'";
    if (width) {
      const code = c.codePointAt(0)!;
      if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
      else if (code === 0x3000) c = ' ';
    }
    out += c;
  }
  return out;
}

/** Start offsets of Word-Find hits of `needle` in `hay` (same length folding, so offsets carry over). */
export function findAll(hay: string, needle: string, opts: { matchCase?: boolean; width: boolean }): number[] {
  const fold = (s: string) => {
    const f = foldForFind(s, opts.width);
    return opts.matchCase ? f : f.toLowerCase();
  };
  const h = fold(hay);
  const n = fold(needle);
  const out: number[] = [];
  if (n.length === 0 || h.length !== hay.length) return out;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) out.push(i);
  return out;
}

/**
 * Whether a hit [start, end) touches a tracked deletion: `search()` cannot match text interrupted by a
 * tracked deletion (issue #5874); we also refuse hits that overlap one.
 */
export function crossesDeletion(p: MarkedText, start: number, end: number): boolean {
  return (p.marks ?? []).some((m) => m.kind === 'deleted' && m.start < end && m.end > start);
}
