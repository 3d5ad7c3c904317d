import { report, type Finding, type Rule } from '../findings';
import { logicalParagraphs, notContent, toOriginal } from './text-logical';

const PAIRS: [string, string, string, string][] = [
  ['（', '）', '括号', 'brackets'],
  ['《', '》', '书名号', 'title marks'],
  ['【', '】', '方头括号', 'square brackets'],
  ['〔', '〕', '六角括号', 'tortoise-shell brackets'],
];

interface Problem {
  index: number;
  kind: 'reversed' | 'unclosed' | 'unopened' | 'nested';
  mark: string;
  name: string;
  nameEn: string;
  expected: string;
}

/** Any mark this rule pairs: most paragraphs are settled by this one scan. */
const ANY_MARK = /[（）《》【】〔〕“”‘’]/;

const QUOTES: [string, string, string, string][] = [
  ['“', '”', '引号', 'quotation marks'],
  ['‘', '’', '单引号', 'single quotation marks'],
];

/** Mark code unit → 1 + its index into PAIRS (brackets) or 1 + 4 + its index into QUOTES; 0 for other code units. */
const PAIR_OF = new Uint8Array(0x10000);
PAIRS.forEach(([o, c], k) => (PAIR_OF[o.charCodeAt(0)] = PAIR_OF[c.charCodeAt(0)] = 1 + k));
QUOTES.forEach(([o, c], k) => (PAIR_OF[o.charCodeAt(0)] = PAIR_OF[c.charCodeAt(0)] = 1 + PAIRS.length + k));

/** 1 for the opening mark of each pair. */
const OPENS = new Uint8Array(0x10000);
for (const [o] of [...PAIRS, ...QUOTES]) OPENS[o.charCodeAt(0)] = 1;
const depth = new Int32Array(PAIRS.length + QUOTES.length);

/**
 * True when findUnpaired has nothing to report: every bracket closes an open one and all are closed
 * at the end; each kind of quote alternates open, close, open, close… One pass, nothing allocated:
 * most paragraphs with marks have them all paired.
 */
function allPaired(text: string): boolean {
  depth.fill(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = PAIR_OF[c];
    if (m === 0) continue;
    const k = m - 1;
    if (k < PAIRS.length) {
      if (OPENS[c] === 1) depth[k]++;
      else if (depth[k]-- === 0) return false;
    } else if (OPENS[c] === 1) {
      if (depth[k] !== 0) return false;
      depth[k] = 1;
    } else {
      if (depth[k] === 0) return false;
      depth[k] = 0;
    }
  }
  for (let k = 0; k < depth.length; k++) if (depth[k] !== 0) return false;
  return true;
}

/** Unbalanced full-width brackets and quotes in one paragraph. */
export function findUnpaired(text: string): Problem[] {
  if (!ANY_MARK.test(text) || allPaired(text)) return [];
  // One pass collects the positions of every mark, by pair; each pair is then settled on its own.
  const positions: number[][] = [[], [], [], [], [], []];
  for (let i = 0; i < text.length; i++) {
    const m = PAIR_OF[text.charCodeAt(i)]; // a table, not a Map: this reads every character of most paragraphs
    if (m !== 0) positions[m - 1].push(i);
  }
  const out: Problem[] = [];
  PAIRS.forEach(([open, close, name, nameEn], k) => {
    const stack: number[] = [];
    for (const i of positions[k]) {
      if (text[i] === open) stack.push(i);
      else if (stack.length) stack.pop();
      else out.push({ index: i, kind: 'unopened', mark: close, name, nameEn, expected: open });
    }
    for (const i of stack) out.push({ index: i, kind: 'unclosed', mark: open, name, nameEn, expected: close });
  });
  // Curly quotes: “ and ” must alternate, starting with “ (‘ ’ likewise, nested inside “”).
  QUOTES.forEach(([open, close, name, nameEn], k) => {
    const marks = positions[PAIRS.length + k];
    if (marks.length === 0) return;
    // ”…“ with nothing else around: reversed.
    if (marks.length >= 2 && marks.length % 2 === 0 && marks.every((m, q) => text[m] === (q % 2 === 0 ? close : open))) {
      out.push({ index: marks[0], kind: 'reversed', mark: close, name, nameEn, expected: open });
      return;
    }
    let depthOpen = -1;
    for (const i of marks) {
      if (text[i] === open) {
        if (depthOpen !== -1) out.push({ index: depthOpen, kind: 'nested', mark: open, name, nameEn, expected: close });
        depthOpen = i;
      } else if (depthOpen === -1) out.push({ index: i, kind: 'unopened', mark: close, name, nameEn, expected: open });
      else depthOpen = -1;
    }
    if (depthOpen !== -1) out.push({ index: depthOpen, kind: 'unclosed', mark: open, name, nameEn, expected: close });
  });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * How a message names a mark: a quote by its name (左引号, 右单引号 — “”” in quotes would be unreadable),
 * any other mark quoted (“《”).
 */
function markLabel(mark: string, name: string): string {
  if (mark === '“' || mark === '‘') return `左${name}`;
  if (mark === '”' || mark === '’') return `右${name}`;
  return `“${mark}”`;
}

/** Mismatched or reversed quotes, unbalanced （）《》【】〔〕 within a paragraph (a logical one in hard-wrapped text). */
export const punctUnpaired: Rule = {
  id: 'punct/unpaired',
  category: 'punct',
  description: { zh: '引号、括号、书名号不成对或方向颠倒', en: 'Quotes, brackets or title marks that are unpaired or reversed' },
  messages: {
    reversed: { zh: '{name}方向颠倒：先用了{markLabel}，{expectedLabel}应在前，请调换。', en: 'Reversed {nameEn}: "{mark}" comes first; the opening mark is "{expected}".' },
    unclosed: { zh: '{markLabel}没有对应的{expectedLabel}：请补上或删去多余的{name}。', en: '"{mark}" has no matching "{expected}"; add it or remove the extra mark.' },
    unopened: { zh: '{markLabel}前面没有对应的{expectedLabel}：请补上或删去多余的{name}。', en: '"{mark}" has no matching "{expected}" before it; add it or remove the extra mark.' },
    nested: { zh: '{markLabel}之后还没有{expectedLabel}就又出现了{markLabel}：{name}不成对，请检查。', en: '"{mark}" opens again before "{expected}" closes it; check the pairing.' },
  },
  run(ctx) {
    const out: Finding[] = [];
    const ps = ctx.doc.paragraphs;
    // A hard-wrapped (PDF) copy is judged by its joined logical paragraphs: a quote opened on one line and
    // closed on the next is paired. Offsets map back to the original line.
    const { logical } = logicalParagraphs(ctx);
    const skip = notContent(ctx);
    for (let k = 0; k < logical.length; k++) {
      const lp = logical[k];
      const text = lp.first === lp.last ? ps[lp.first].text : lp.text;
      if (!text || skip(lp.first)) continue;
      for (const pr of findUnpaired(text)) {
        // A quotation that runs over several paragraphs opens each paragraph and closes only in the last one.
        const next = logical[k + 1];
        if (pr.kind === 'unclosed' && pr.mark === '“' && next && ps[next.first].text.trimStart().startsWith('“')) continue;
        const at = toOriginal(lp, pr.index);
        const data = { mark: pr.mark, expected: pr.expected, name: pr.name, nameEn: pr.nameEn, markLabel: markLabel(pr.mark, pr.name), expectedLabel: markLabel(pr.expected, pr.name) };
        out.push(report(this, pr.kind, 'warning', at.paragraph, data, { start: at.offset, length: 1 }));
      }
    }
    return out;
  },
};
