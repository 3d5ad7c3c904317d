import { applyFixes, fixContext, report, type Finding, type Fix, type Rule } from '../findings';
import { hanTable } from '../text';
import { Mark } from '../marks';
import { notContent } from './text-logical';

/** Full-width and CJK punctuation that counts as "Chinese text" around a mark. */
const CJK_PUNCT = '\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·';
/** Astral Han (extensions B and later), for content between a pair of marks. */
const HAN = /\p{Script=Han}/u;

let chineseTable: Uint8Array | null = null;
/** 1 for each code unit that is "Chinese text": a BMP Han character or CJK punctuation. Surrogates are not. */
function chinese(): Uint8Array {
  if (chineseTable) return chineseTable;
  const t = Uint8Array.from(hanTable());
  const re = new RegExp(`[${CJK_PUNCT}]`, 'gu');
  let all = '';
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
  for (let m = re.exec(all); m; m = re.exec(all)) t[m[0].charCodeAt(0)] = 1;
  return (chineseTable = t);
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const NAMES: Record<string, { zh: string; en: string }> = {
  ',': { zh: '逗号', en: 'comma' },
  ':': { zh: '冒号', en: 'colon' },
  ';': { zh: '分号', en: 'semicolon' },
  '(': { zh: '左括号', en: 'opening bracket' },
  ')': { zh: '右括号', en: 'closing bracket' },
  '!': { zh: '叹号', en: 'exclamation mark' },
  '?': { zh: '问号', en: 'question mark' },
  '"': { zh: '引号', en: 'quotation mark' },
  "'": { zh: '单引号', en: 'single quotation mark' },
};

/** Spans not to touch: URLs, e-mail addresses, Latin/number tokens such as GB/T 9704-2012 or 3:2. */
function protectedSpans(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  const re = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef“”‘’\p{Script=Han}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.fill(1, m.index, m.index + m[0].length);
  return out;
}

/** Is the previous / next non-blank code unit around position i Chinese text? */
function chineseBefore(t: Uint8Array, text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return t[c] === 1;
  }
  return false;
}
function chineseAfter(t: Uint8Array, text: string, i: number): boolean {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return t[c] === 1;
  }
  return false;
}

/** Does text[from, to) contain a Han character (BMP or astral)? */
function hasHan(han: Uint8Array, text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (han[c] === 1) return true;
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < to && HAN.test(text.slice(k, k + 2))) return true;
  }
  return false;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

interface Hit {
  index: number;
  ch: string;
  replacement?: string;
}

/** What protectedSpans can match at all: "://", "www." or "@". */
const MAY_PROTECT = /:\/\/|www\.|@/i;

/** Any mark this rule looks at: most paragraphs are settled by this one scan. */
const HALF_MARK = /[,:;!?()"']/;

/**
 * Half-width punctuation marks inside Chinese text, with their full-width replacements, in text order.
 * One pass over the code units (test/core/rules/halfwidth-reference.ts is the original definition it is
 * property-tested against). Exported for tests and other rules.
 */
export function findHalfwidth(text: string): Hit[] {
  if (!HALF_MARK.test(text)) return [];
  const t = chinese();
  const han = hanTable();
  // URLs and e-mail addresses need "://", "www." or "@": without them nothing is protected.
  const prot = MAY_PROTECT.test(text) ? protectedSpans(text) : null;
  const hits: Hit[] = [];
  let parens: number[] | null = null;
  let dq: number[] | null = null;
  let sq: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x3f || (prot !== null && prot[i] === 1)) continue;
    switch (code) {
      case 0x2c: // , : ; ! ? — Chinese when a neighbour is Chinese; , and : never between digits (1,000 / 3:2 / 10:30)
      case 0x3a:
      case 0x3b:
      case 0x21:
      case 0x3f:
        if ((code === 0x2c || code === 0x3a) && i > 0 && i + 1 < text.length && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) break;
        if (chineseBefore(t, text, i) || chineseAfter(t, text, i)) hits.push({ index: i, ch: text[i], replacement: FULL[text[i]] });
        break;
      case 0x28:
      case 0x29:
        (parens ??= []).push(i);
        break;
      case 0x22:
        (dq ??= []).push(i);
        break;
      case 0x27:
        // Apostrophes inside Latin words (don't, Xi'an) are not quotes.
        if (!(i > 0 && isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1)))) (sq ??= []).push(i);
        break;
    }
  }
  let sorted = true;
  if (parens) {
    // ( ) — pair them; a pair is Chinese when its content has Han or a neighbour outside is Chinese.
    const stack: number[] = [];
    const lone: number[] = [];
    const pairHits: Hit[] = [];
    for (const i of parens) {
      if (text.charCodeAt(i) === 0x28) stack.push(i);
      else if (stack.length) {
        const o = stack.pop() as number;
        if (hasHan(han, text, o + 1, i) || chineseBefore(t, text, o) || chineseAfter(t, text, i)) pairHits.push({ index: o, ch: '(', replacement: '（' }, { index: i, ch: ')', replacement: '）' });
      } else lone.push(i);
    }
    for (const i of lone.concat(stack)) if (chineseBefore(t, text, i) || chineseAfter(t, text, i)) pairHits.push({ index: i, ch: text[i], replacement: FULL[text[i]] });
    if (pairHits.length) {
      hits.push(...pairHits);
      sorted = false;
    }
  }
  // " and ' — pair in order (open, close, open, …); a pair is Chinese when its content has Han.
  for (const [q, pos, open, close] of [
    ['"', dq, '“', '”'],
    ["'", sq, '‘', '’'],
  ] as const) {
    if (!pos) continue;
    for (let k = 0; k + 1 < pos.length; k += 2) {
      const o = pos[k];
      const c = pos[k + 1];
      if (hasHan(han, text, o + 1, c) || (chineseBefore(t, text, o) && chineseAfter(t, text, c))) {
        hits.push({ index: o, ch: q, replacement: open }, { index: c, ch: q, replacement: close });
        sorted = false;
      }
    }
    if (pos.length % 2 === 1) {
      const i = pos[pos.length - 1];
      if (chineseBefore(t, text, i) || chineseAfter(t, text, i)) {
        hits.push({ index: i, ch: q, ...partnerOf(text, i, open, close) });
        sorted = false;
      }
    }
  }
  if (!sorted) hits.sort((a, b) => a.index - b.index);
  return hits;
}

/**
 * A lone half-width quote whose partner is already full-width (what is left after one quote of a pair was fixed):
 * an unclosed “ before it makes it the closing ”; a ” after it with no “ between makes it the opening “.
 */
function partnerOf(text: string, i: number, open: string, close: string): { replacement?: string } {
  let depth = 0;
  for (let k = 0; k < i; k++) depth += text[k] === open ? 1 : text[k] === close ? -1 : 0;
  if (depth > 0) return { replacement: close };
  const nextClose = text.indexOf(close, i + 1);
  const nextOpen = text.indexOf(open, i + 1);
  if (nextClose !== -1 && (nextOpen === -1 || nextClose < nextOpen)) return { replacement: open };
  return {};
}

/** One thing to report: a mark, or the two quotes of a pair. */
interface Item {
  hits: Hit[];
}

/** Hits grouped into items: an opening quote and its closing partner are one item; every other mark is its own. */
function itemsOf(hits: readonly Hit[]): Item[] {
  const out: Item[] = [];
  const taken = new Set<number>();
  hits.forEach((h, k) => {
    if (taken.has(k)) return;
    const opens = h.replacement === '“' || h.replacement === '‘';
    if (opens) {
      const close = h.replacement === '“' ? '”' : '’';
      const j = hits.findIndex((x, q) => q > k && !taken.has(q) && x.ch === h.ch && x.replacement === close);
      if (j !== -1) {
        taken.add(j);
        out.push({ hits: [h, hits[j]] });
        return;
      }
    }
    out.push({ hits: [h] });
  });
  return out;
}

const QUOTED_MAX = 10;

/** "四风" as written (half-width), shortened when long. */
function quoted(text: string, item: Item): string {
  const [o, c] = item.hits;
  const inner = text.slice(o.index + 1, c.index);
  return o.ch + (inner.length > QUOTED_MAX ? inner.slice(0, QUOTED_MAX) + '…' : inner) + c.ch;
}

/** The marks of a paragraph, by kind, in the order they first occur: 逗号“,”3 处、引号"四风". */
function listOf(text: string, items: readonly Item[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  const counts = new Map<string, number>();
  const order: string[] = [];
  const pairs: string[] = [];
  for (const it of items) {
    if (it.hits.length === 2) {
      if (!order.includes('pair')) order.push('pair');
      pairs.push(quoted(text, it));
      continue;
    }
    const ch = it.hits[0].ch;
    if (!counts.has(ch)) order.push(ch);
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  for (const k of order) {
    if (k === 'pair') {
      const shown = pairs.slice(0, 3).join('') + (pairs.length > 3 ? `等 ${pairs.length} 对` : '');
      zh.push(`引号${shown}`);
      en.push(`quotes ${shown}`);
      continue;
    }
    const n = counts.get(k) as number;
    zh.push(`${NAMES[k].zh}“${k}”${n > 1 ? `${n} 处` : ''}`);
    en.push(`${NAMES[k].en} "${k}"${n > 1 ? ` ×${n}` : ''}`);
  }
  return { zh: zh.join('、'), en: en.join(', ') };
}

/** Longest quote pair whose whole span is offered as one `fix` (Word finds ranges by searching their text). */
const PAIR_FIX_MAX = 60;

/**
 * Half-width , : ; ( ) ! ? " ' in Chinese text: ONE finding per paragraph, listing every mark, with all
 * the replacements in `fixes` (applied together, so a quote pair is never left half fixed). A paragraph
 * whose only problem is one mark or one quote pair also gets the equivalent single `fix`.
 */
export const punctHalfwidth: Rule = {
  id: 'punct/halfwidth',
  category: 'punct',
  description: { zh: '中文语句中使用了半角标点（, : ; ( ) ! ? " \'），应使用全角标点', en: 'Half-width punctuation inside Chinese text; use full-width marks' },
  messages: {
    mark: { zh: '中文语句中用了半角{name}“{ch}”，应改为全角“{full}”。', en: 'Half-width {nameEn} "{ch}" in Chinese text; use the full-width "{full}".' },
    quote: { zh: '中文语句中用了半角{name}“{ch}”，应改为“{full}”（按前后配对）。', en: 'Half-width {nameEn} "{ch}" in Chinese text; use "{full}" (paired open/close).' },
    unpairedQuote: { zh: '中文语句中用了半角{name}“{ch}”，且无法配对：请改为全角“”或‘’并检查引号是否成对。', en: 'Half-width {nameEn} "{ch}" that has no partner; use full-width quotes and check the pairing.' },
    pair: { zh: '中文语句中用了半角{name}，应改为全角：{before} → {after}。', en: 'Half-width {nameEn}s in Chinese text; use full-width ones: {before} → {after}.' },
    many: { zh: '本段有 {n} 处半角标点（{list}），应改为全角，可一键全部改正。', en: 'This paragraph has {n} half-width marks ({listEn}); use full-width ones (one click fixes them all).' },
    manyUnpaired: {
      zh: '本段有 {n} 处半角标点（{list}），应改为全角；其中 {m} 处引号无法配对，请检查后改为全角“”或‘’，其余可一键改正。',
      en: 'This paragraph has {n} half-width marks ({listEn}); use full-width ones. {m} quotation mark(s) have no partner: check the pairing; one click fixes the rest.',
    },
  },
  run(ctx) {
    const { doc, analysis } = ctx;
    const out: Finding[] = [];
    const skip = notContent(ctx);
    doc.paragraphs.forEach((p, i) => {
      if (!(analysis.marks[i] & Mark.halfwidth) || skip(i)) return;
      const hits = settledHits(p.text);
      if (hits.length) out.push(paragraphFinding(this, p.text, i, hits));
    });
    return out;
  },
};

/**
 * The marks of a paragraph, including those that only read as Chinese once their neighbours are fixed
 * (",,学": the first comma touches Chinese text after the second becomes "，"), so that one application of
 * the finding's fixes leaves nothing to find. Every fix replaces one unit by one: offsets never move.
 */
function settledHits(text: string): Hit[] {
  let hits = findHalfwidth(text);
  for (let round = 0; round < 8 && hits.some((h) => h.replacement); round++) {
    let fixed = text;
    for (const h of hits) if (h.replacement) fixed = fixed.slice(0, h.index) + h.replacement + fixed.slice(h.index + 1);
    const more = findHalfwidth(fixed).filter((h) => h.replacement);
    if (more.length === 0) break;
    const byIndex = new Map(hits.map((h) => [h.index, h]));
    for (const h of more) byIndex.set(h.index, { index: h.index, ch: text[h.index], replacement: h.replacement });
    hits = [...byIndex.values()].sort((a, b) => a.index - b.index);
  }
  return hits;
}

function paragraphFinding(rule: Rule, text: string, paragraph: number, hits: Hit[]): Finding {
  const fixes: Fix[] = hits.filter((h) => h.replacement).map((h) => ({ start: h.index, length: 1, replacement: h.replacement as string, was: h.ch }));
  const first = hits[0].index;
  const extra: Parameters<typeof report>[5] = { start: first, length: hits[hits.length - 1].index + 1 - first };
  if (fixes.length) {
    extra.fixes = fixes;
    extra.context = fixContext(text, fixes);
  }
  if (hits.length > 1) extra.count = hits.length;
  const items = itemsOf(hits);
  if (items.length === 1) {
    const it = items[0];
    const h = it.hits[0];
    const names = { name: NAMES[h.ch].zh, nameEn: NAMES[h.ch].en, ch: h.ch };
    if (it.hits.length === 2) {
      const end = it.hits[1].index + 1;
      const ctx = fixContext(text, fixes, PAIR_FIX_MAX + 8) as { before: string; after: string };
      if (end - first <= PAIR_FIX_MAX) extra.fix = { start: first, length: end - first, replacement: applyFixes(text.slice(first, end), fixes.map((x) => ({ ...x, start: x.start - first }))) };
      return report(rule, 'pair', 'warning', paragraph, { ...names, before: ctx.before, after: ctx.after }, extra);
    }
    if (fixes.length) extra.fix = { start: h.index, length: 1, replacement: h.replacement as string };
    const isQuote = h.ch === '"' || h.ch === "'";
    return report(rule, !h.replacement ? 'unpairedQuote' : isQuote ? 'quote' : 'mark', 'warning', paragraph, { ...names, full: h.replacement ?? '' }, extra);
  }
  const list = listOf(text, items);
  const unfixable = hits.length - fixes.length;
  return report(rule, unfixable ? 'manyUnpaired' : 'many', 'warning', paragraph, { n: hits.length, m: unfixable, list: list.zh, listEn: list.en }, extra);
}
