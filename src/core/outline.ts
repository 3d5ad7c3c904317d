/** Outline recognition: numbered and styled headings, and run-in series (一是…二是…). */
import type { DocModel, Paragraph } from './model';
import type { Heading, NumberForm, SeriesItem } from './analysis';
import { formatChineseNumber, parseChineseNumber, toHalfWidth } from './text';

const CN = '一二三四五六七八九十';
// All patterns run on toHalfWidth(text), which keeps offsets: （一） becomes (一), ． becomes ., ： becomes :.
const RE_L1 = new RegExp(`^(\\s*)([${CN}]{1,3})\\s*([、.,])\\s*`);
const RE_L2 = new RegExp(`^(\\s*)\\(\\s*([${CN}]{1,3})\\s*\\)\\s*[、.]?\\s*`);
const RE_L3_DOT = /^(\s*)(\d{1,2})\s*([.、])(?!\d)\s*/;
const RE_L3_PAREN = /^(\s*)\(\s*(\d{1,2})\s*\)\s*[、.]?\s*/;

/** Every character the marker patterns can consume, in either width. */
const MARKER_CHARS = new RegExp(`^[\\s\\d０-９${CN}()（）、.．,，]*`);

interface Marker {
  level: 1 | 2 | 3;
  number: number;
  form: NumberForm;
  /** Offset and length of the marker (without leading/trailing blanks). */
  start: number;
  length: number;
  /** Offset where the title starts. */
  end: number;
}

/** Recognises a number marker at the start of `text` (typed, or a rendered list string). */
export function parseMarker(text: string): Marker | null {
  // The patterns are anchored and consume only blanks, digits, brackets and 、.,: look at that
  // prefix (plus one character for the (?!\d) look-ahead) instead of converting the whole paragraph.
  const head = MARKER_CHARS.exec(text) as RegExpExecArray;
  return parseHalfWidthMarker(toHalfWidth(text.slice(0, head[0].length + 1)));
}

/** parseMarker on text already converted with toHalfWidth (exported for the equivalence test). */
export function parseHalfWidthMarker(s: string): Marker | null {
  let m = RE_L2.exec(s);
  if (m) {
    const n = parseChineseNumber(m[2]);
    if (n > 0) return { level: 2, number: n, form: 'cn-paren', start: m[1].length, length: m[0].trimEnd().length - m[1].length, end: m[0].length };
  }
  m = RE_L1.exec(s);
  if (m) {
    const n = parseChineseNumber(m[2]);
    if (n > 0) return { level: 1, number: n, form: m[3] === '、' ? 'cn-dun' : 'cn-dot', start: m[1].length, length: m[0].trimEnd().length - m[1].length, end: m[0].length };
  }
  m = RE_L3_PAREN.exec(s);
  if (m) return { level: 3, number: Number(m[2]), form: 'ar-paren', start: m[1].length, length: m[0].trimEnd().length - m[1].length, end: m[0].length };
  m = RE_L3_DOT.exec(s);
  if (m && Number(m[2]) > 0) return { level: 3, number: Number(m[2]), form: m[3] === '、' ? 'ar-dun' : 'ar-dot', start: m[1].length, length: m[0].trimEnd().length - m[1].length, end: m[0].length };
  return null;
}

/** Where a heading title ends: the first sentence end, when body text follows in the same paragraph. */
function splitTitle(text: string, from: number): { title: string; runIn: boolean } {
  const rest = text.slice(from);
  const stop = rest.search(/[。！？!?]/);
  if (stop === -1) return { title: rest.trim(), runIn: false };
  const after = rest.slice(stop + 1).trim();
  return { title: rest.slice(0, stop).trim(), runIn: after.length > 0 };
}

function styleLevel(p: Paragraph): 1 | 2 | 3 | null {
  if (p.style === 'Heading1' || p.outlineLevel === 1) return 1;
  if (p.style === 'Heading2' || p.outlineLevel === 2) return 2;
  if (p.style === 'Heading3' || p.outlineLevel === 3) return 3;
  return null;
}

/** Longest title a numbered paragraph may have and still be a heading rather than a numbered sentence. */
const MAX_TITLE = 60;

/** Recognises the heading of one paragraph, or null. Table paragraphs are never headings. */
export function recogniseHeading(p: Paragraph, index: number): Heading | null {
  if (p.inTable) return null;
  const text = p.text;
  if (!text.trim() && !p.listString) return null;
  const sl = styleLevel(p);
  if (p.listString) {
    const lm = parseMarker(p.listString);
    if (lm) {
      const lead = text.length - text.trimStart().length;
      const { title, runIn } = splitTitle(text, lead);
      if (title.length <= MAX_TITLE || sl) {
        return { paragraph: index, level: lm.level, number: lm.number, form: lm.form, source: 'list', marker: p.listString.trim(), markerStart: 0, markerLength: 0, title, titleStart: lead, runIn };
      }
    }
  }
  const m = parseMarker(text);
  if (m) {
    const { title, runIn } = splitTitle(text, m.end);
    if (title.length > 0 && (title.length <= MAX_TITLE || sl)) {
      return { paragraph: index, level: m.level, number: m.number, form: m.form, source: 'typed', marker: text.slice(m.start, m.start + m.length), markerStart: m.start, markerLength: m.length, title, titleStart: m.end, runIn };
    }
    return null;
  }
  if (sl && text.trim()) {
    const lead = text.length - text.trimStart().length;
    const { title, runIn } = splitTitle(text, lead);
    return { paragraph: index, level: sl, number: null, form: 'style', source: 'style', marker: '', markerStart: 0, markerLength: 0, title, titleStart: lead, runIn };
  }
  return null;
}

export function recogniseHeadings(doc: DocModel): Heading[] {
  const out: Heading[] = [];
  doc.paragraphs.forEach((p, i) => {
    const h = recogniseHeading(p, i);
    if (h) out.push(h);
  });
  return out;
}

// 一是 / 二要 / 三则 / 四来, at the start of the paragraph or after a clause break.
/** What every series item contains: a numeral directly before 是/要/则/来. */
const RE_SERIES_QUICK = new RegExp(`[${CN}](?:是|要|则|来)`);
const RE_SERIES = new RegExp(`(^|[。；;，,：:！？!?\\s])([${CN}]{1,2})(是|要|则|来)`, 'g');

/** Finds run-in series items in one paragraph's text. */
export function findSeriesItems(text: string, paragraph: number): SeriesItem[] {
  if (!RE_SERIES_QUICK.test(text)) return []; // most paragraphs: one cheap scan
  const s = text; // RE_SERIES lists both widths of its punctuation, so no conversion is needed
  const out: SeriesItem[] = [];
  RE_SERIES.lastIndex = 0;
  for (let m = RE_SERIES.exec(s); m; m = RE_SERIES.exec(s)) {
    const n = parseChineseNumber(m[2]);
    if (!(n > 0)) continue;
    const start = m.index + m[1].length;
    // "一是一，二是二" and similar idioms are not series.
    out.push({ paragraph, start, length: m[2].length + m[3].length, number: n, word: m[3] });
    RE_SERIES.lastIndex = start + m[2].length + m[3].length;
  }
  return out;
}

/**
 * Groups series items: items inside one paragraph form a series; a paragraph that starts with an
 * item continues the series of the previous paragraphs that started with one (一是… / 二要… / 三要…).
 */
export function recogniseSeries(doc: DocModel, headings: readonly Heading[]): SeriesItem[][] {
  const isHeading = new Set(headings.map((h) => h.paragraph));
  const groups: SeriesItem[][] = [];
  let chain: SeriesItem[] | null = null;
  doc.paragraphs.forEach((p, i) => {
    if (!p.text.trim()) return;
    if (isHeading.has(i)) {
      chain = null;
      return;
    }
    const items = findSeriesItems(p.text, i);
    const lead = p.text.length - p.text.trimStart().length;
    const startsWithItem = items.length > 0 && items[0].start === lead;
    if (startsWithItem && items.length === 1) {
      if (chain && items[0].number > chain[chain.length - 1].number) chain.push(items[0]);
      else {
        chain = [items[0]];
        groups.push(chain);
      }
      return;
    }
    chain = null;
    if (items.length >= 2) groups.push(items);
  });
  return groups.filter((g) => g.length >= 2);
}

/** Writes heading number `n` in the given form ("二、", "（三）", "4."), as the planner inserts and the rules suggest it. */
export function formatMarker(form: NumberForm, n: number): string {
  switch (form) {
    case 'cn-dot':
      return `${formatChineseNumber(n)}．`;
    case 'cn-paren':
      return `（${formatChineseNumber(n)}）`;
    case 'ar-dot':
      return `${n}.`;
    case 'ar-dun':
      return `${n}、`;
    case 'ar-paren':
      return `（${n}）`;
    default:
      return `${formatChineseNumber(n)}、`;
  }
}

/**
 * A numbering family: forms that are one level's variants (一、 and 一．; 1. and 1、). Unnumbered styled headings are
 * a family per style level.
 */
export function numberFamily(h: Pick<Heading, 'form' | 'level'>): string {
  switch (h.form) {
    case 'cn-dun':
    case 'cn-dot':
      return 'cn';
    case 'ar-dot':
    case 'ar-dun':
      return 'ar';
    case 'style':
      return `style${h.level}`;
    default:
      return h.form;
  }
}

/** The standard order of the families (GB/T 9704: 一、 > （一） > 1. > （1）); a styled heading ranks by its level. */
const FAMILY_RANK: Record<string, number> = { cn: 1, 'cn-paren': 2, ar: 3, 'ar-paren': 4, style1: 1, style2: 2, style3: 3 };

/**
 * The document's own nesting of numbered headings, fed in document order: a family that first appears inside
 * another family's item is one level deeper (a skipped standard level is fine: 一、 then 1. then （1））, a family keeps
 * the depth it got, and one ranked above the open item (（一） after 1.) closes it. `place` returns the heading's
 * parent (null at the top); `reset` makes `root` the only open heading (a section recognised without its heading).
 */
export function createNester<T extends Pick<Heading, 'form' | 'level'>>() {
  let stack: { family: string; h: T }[] = [];
  const depthOf = new Map<string, number>();
  return {
    place(h: T): T | null {
      const family = numberFamily(h);
      const rank = FAMILY_RANK[family] ?? 5;
      const open = stack.findIndex((x) => x.family === family);
      if (open !== -1) stack = stack.slice(0, open);
      else if (depthOf.has(family)) stack = stack.slice(0, Math.max(0, Math.min(stack.length, (depthOf.get(family) as number) - 1)));
      else while (stack.length && (FAMILY_RANK[stack[stack.length - 1].family] ?? 5) >= rank) stack.pop();
      const parent = stack.length ? stack[stack.length - 1].h : null;
      stack.push({ family, h });
      if (!depthOf.has(family)) depthOf.set(family, stack.length);
      return parent;
    },
    reset(root: T): void {
      stack = [{ family: numberFamily(root), h: root }];
    },
  };
}
