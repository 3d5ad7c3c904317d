/** Text helpers shared by the outline recogniser, the matchers and the rules. All pure. */
import type { Matcher } from './profile';
import { literalScanner } from './literals';

/**
 * Maps full-width ASCII forms (！..～) and the ideographic space to their half-width forms,
 * one code unit for one, so offsets in the result are offsets in the input.
 */
export function toHalfWidth(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && !isFullWidthForm(s.charCodeAt(i))) i++;
  if (i === n) return s;
  const buf = buffer(n);
  let surrogates = false;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    buf[k] = halfWidthCode(c);
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
  }
  return fromCodes(buf, n, surrogates);
}

/** Normalises text for matching: half-width forms, no whitespace, unified quotes. Not offset-preserving. */
export function normalizeForMatch(s: string): string {
  // One pass over the code units (this runs on every paragraph several times per check):
  // half-width forms, then drop whitespace (JavaScript's \s and NBSP) and quotes, then lower-case.
  const n = s.length;
  const buf = buffer(n);
  let len = 0;
  let same = true;
  let surrogates = false;
  for (let k = 0; k < n; k++) {
    const raw = s.charCodeAt(k);
    if (raw >= 0xd800 && raw <= 0xdfff) surrogates = true;
    const c = halfWidthCode(raw);
    if (DROP_FOR_MATCH[c] === 0) buf[len++] = c;
    if (c !== raw || DROP_FOR_MATCH[c] !== 0) same = false;
  }
  return (same ? s : fromCodes(buf, len, surrogates)).toLowerCase();
}

function isFullWidthForm(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000;
}

function halfWidthCode(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
}

/** Code units normalizeForMatch drops: every character of JavaScript's \s, and the quotes “”"'‘’「」『』. */
const DROP_FOR_MATCH = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff“”"\'‘’「」『』') DROP_FOR_MATCH[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) DROP_FOR_MATCH[c] = 1;

let scratch = new Uint16Array(1024);

type Utf16Decoder = { decode(units: Uint16Array): string };
const TextDecoderCtor = (globalThis as unknown as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
const utf16: Utf16Decoder | null = TextDecoderCtor ? new TextDecoderCtor('utf-16le') : null;

/** A scratch buffer of at least `n` code units (reused: the helpers here are synchronous). */
function buffer(n: number): Uint16Array {
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** The string of the first `n` code units of `buf`, built in chunks (apply takes a bounded number of arguments). */
function fromCodes(buf: Uint16Array, n: number, surrogates: boolean): string {
  // Long text: the host's UTF-16 decoder copies the buffer natively (every host we run on is
  // little-endian and has TextDecoder; the core's types know neither, hence the lookup). It
  // would replace a lone surrogate, so text with surrogates takes the exact path.
  if (n > 64 && !surrogates && utf16) return utf16.decode(buf.subarray(0, n));
  const CHUNK = 8192;
  if (n <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral up to 99 ("一", "十", "十二", "二十一"); NaN when it is not one. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 && s in CN_DIGITS ? CN_DIGITS[s] : NaN;
  const hi = s.slice(0, ten);
  const lo = s.slice(ten + 1);
  const h = hi === '' ? 1 : hi.length === 1 && hi in CN_DIGITS ? CN_DIGITS[hi] : NaN;
  const l = lo === '' ? 0 : lo.length === 1 && lo in CN_DIGITS ? CN_DIGITS[lo] : NaN;
  return h * 10 + l;
}

/** Formats 1..99 as a Chinese numeral ("一", "十", "十一", "二十"). */
export function formatChineseNumber(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  const h = Math.floor(n / 10);
  const l = n % 10;
  return (h === 1 ? '' : d[h]) + '十' + (l ? d[l] : '');
}

/** A compiled matcher: phrase or regex with a weight. */
export interface CompiledMatcher {
  weight: number;
  label: string;
  test(normalized: string): boolean;
  /** All match positions in the normalized text. */
  find(normalized: string): { index: number; length: number }[];
}

const cache = new WeakMap<object, CompiledMatcher>();

export function compileMatcher(m: Matcher): CompiledMatcher {
  const hit = cache.get(m);
  if (hit) return hit;
  let compiled: CompiledMatcher;
  if (m.text !== undefined) {
    const needle = normalizeForMatch(m.text);
    compiled = {
      weight: m.weight,
      label: m.text,
      test: (s) => s.includes(needle),
      find: (s) => {
        const out: { index: number; length: number }[] = [];
        for (let i = s.indexOf(needle); i !== -1; i = s.indexOf(needle, i + needle.length)) out.push({ index: i, length: needle.length });
        return out;
      },
    };
  } else {
    const re = new RegExp(m.regex as string, 'gu');
    compiled = {
      weight: m.weight,
      label: m.regex as string,
      test: (s) => {
        re.lastIndex = 0;
        return re.test(s);
      },
      find: (s) => {
        const out: { index: number; length: number }[] = [];
        re.lastIndex = 0;
        for (let r = re.exec(s); r; r = re.exec(s)) {
          out.push({ index: r.index, length: r[0].length });
          if (r[0].length === 0) re.lastIndex++;
        }
        return out;
      },
    };
  }
  cache.set(m, compiled);
  return compiled;
}

/** Sum of the weights of the matchers found in the (already normalised) text, and which matched. */
export function score(normalized: string, matchers: readonly Matcher[]): { score: number; hits: string[] } {
  // Long text (a whole focus block) against many phrases: one scan for all phrases instead of
  // one search per phrase. Same answer either way (see test/core/text.test.ts).
  const found = normalized.length >= LONG_TEXT && matchers.length >= 4 ? phraseScan(normalized, matchers) : null;
  let total = 0;
  const hits: string[] = [];
  matchers.forEach((m, k) => {
    const c = compileMatcher(m);
    if (found && m.text !== undefined ? found[k] : c.test(normalized)) {
      total += c.weight;
      hits.push(c.label);
    }
  });
  return { score: total, hits };
}

const LONG_TEXT = 1000;

const phraseScanners = new WeakMap<readonly Matcher[], (text: string) => ReadonlySet<number>>();

/** For each matcher: whether its phrase occurs (text matchers only; regex matchers are left false). */
function phraseScan(normalized: string, matchers: readonly Matcher[]): boolean[] {
  let scan = phraseScanners.get(matchers);
  if (!scan) {
    const needles = matchers.flatMap((m, k): [string, number][] => (m.text === undefined ? [] : [[normalizeForMatch(m.text), k]]));
    phraseScanners.set(matchers, (scan = literalScanner(needles)));
  }
  const hit = scan(normalized);
  // An empty needle is in every text (as includes('') is); the scanner ignores empty literals.
  return matchers.map((m, k) => hit.has(k) || (m.text !== undefined && normalizeForMatch(m.text) === ''));
}

/**
 * Scores one text against several matcher lists at once: `scoreEach(lists)(t)[k]` is
 * `score(t, lists[k]).score`. A long text (a whole focus block against every focus area) is scanned
 * once for the phrases of all lists instead of once per list; regex matchers are tested one by one.
 */
export function scoreEach(lists: readonly (readonly Matcher[])[]): (normalized: string) => number[] {
  let scan: ((text: string) => ReadonlySet<number>) | null = null;
  // Phrase matchers get one id each across all lists; `owner[id]` is its list, `weightOf[id]` its weight.
  const owner: number[] = [];
  const weightOf: number[] = [];
  const empty = lists.map(() => 0);
  const regexes: [number, CompiledMatcher][] = [];
  lists.forEach((list, k) =>
    list.forEach((m) => {
      if (m.text === undefined) regexes.push([k, compileMatcher(m)]);
      else if (normalizeForMatch(m.text) === '') empty[k] += m.weight; // in every text, as includes('') is
      else {
        owner.push(k);
        weightOf.push(m.weight);
      }
    }),
  );
  return (normalized) => {
    if (normalized.length < LONG_TEXT) return lists.map((list) => score(normalized, list).score);
    if (!scan) {
      const needles: [string, number][] = [];
      for (const list of lists) for (const m of list) if (m.text !== undefined && normalizeForMatch(m.text) !== '') needles.push([normalizeForMatch(m.text), needles.length]);
      scan = literalScanner(needles);
    }
    const totals = [...empty];
    for (const id of scan(normalized)) totals[owner[id]] += weightOf[id];
    for (const [k, c] of regexes) if (c.test(normalized)) totals[k] += c.weight;
    return totals;
  };
}

/** Returns a short excerpt of `text` around `index` for display. */
export function excerpt(text: string, index = 0, max = 60): string {
  if (text.length <= max) return text;
  const start = Math.max(0, Math.min(index - 10, text.length - max));
  return (start > 0 ? '…' : '') + text.slice(start, start + max) + (start + max < text.length ? '…' : '');
}

/** True for one Han code point (Unicode Script=Han). */
export const HAN = /^\p{Script=Han}$/u;
let hanBmp: Uint8Array | null = null;

/** 1 for each BMP code unit that is a Han character; built on first use (about 5 ms). */
export function hanTable(): Uint8Array {
  if (hanBmp) return hanBmp;
  hanBmp = new Uint8Array(0x10000);
  const all = /\p{Script=Han}/gu;
  let bmp = '';
  for (let c = 0x2e80; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmp += String.fromCharCode(c);
  for (let m = all.exec(bmp); m; m = all.exec(bmp)) hanBmp[m[0].charCodeAt(0)] = 1;
  return hanBmp;
}
