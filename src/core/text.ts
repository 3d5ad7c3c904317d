/** Text helpers shared by the outline recogniser, the matchers and the rules. All pure. */
import type { Matcher } from './profile';
import { literalScanner } from './literals';
import { FOLD_TABLE } from './stages/script-fold';

/** The folding table, held locally: an imported binding is read through a getter on every access. */
const FOLD: Uint16Array = FOLD_TABLE;

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

/**
 * Normalises text for matching: half-width forms, traditional characters folded to simplified (see
 * stages/script-fold.ts), no whitespace, unified quotes. Not offset-preserving.
 */
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
    const h = halfWidthCode(raw);
    const c = FOLD[h] || h;
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
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** The largest number formatChineseNumber writes (九千九百九十九万九千九百九十九). */
export const MAX_CHINESE_NUMBER = 99_999_999;

/**
 * Parses a Chinese numeral ("一", "十", "十二", "一百零五", "两千", "一万零一") or Arabic digits;
 * NaN when it is not one. Only the canonical spelling formatChineseNumber writes is accepted
 * (also with 两 for 二, 〇 for 零, and 一十… for 十…), so "十十" or "一二" are not numbers.
 */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length > 17) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit >= 0 && digit !== 0) return NaN;
      digit = CN_DIGITS[ch];
    } else if (ch in CN_UNITS) {
      section += (digit < 0 ? 1 : digit) * CN_UNITS[ch];
      digit = -1;
    } else if (ch === '万') {
      section += Math.max(0, digit);
      if (section === 0 || total > 0) return NaN;
      total = section * 10000;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  const n = total + section + Math.max(0, digit);
  if (n > MAX_CHINESE_NUMBER) return NaN;
  const canonical = s.replace(/两/g, '二').replace(/〇/g, '零');
  const written = formatChineseNumber(n);
  return canonical === written || canonical.replace(/^一十/, '十') === written ? n : NaN;
}

const CN_DIGIT_CHARS = '零一二三四五六七八九';

/** 1..9999 without the leading 一 of 一十 (`lead` false inside a larger number: 一百一十). */
function below10000(n: number, lead: boolean): string {
  const parts: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let zero = false;
  for (const [unit, name] of parts) {
    const d = Math.floor(n / unit) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    if (!(d === 1 && unit === 10 && out === '' && lead)) out += CN_DIGIT_CHARS[d];
    out += name;
  }
  return out;
}

/**
 * Formats 0..99,999,999 as a Chinese numeral, the way headings are numbered: 一, 十, 十一, 二十,
 * 一百, 一百零五, 一百一十, 一千零一, 九千九百九十九, 一万, 一万零一十. Throws RangeError for
 * anything else (a negative, fractional or larger number has no heading numeral).
 */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_CHINESE_NUMBER) throw new RangeError(`formatChineseNumber: ${n} is not an integer in 0..${MAX_CHINESE_NUMBER}`);
  if (n === 0) return '零';
  const hi = Math.floor(n / 10000);
  const lo = n % 10000;
  if (hi === 0) return below10000(lo, true);
  const head = below10000(hi, true) + '万';
  if (lo === 0) return head;
  return head + (lo < 1000 ? '零' : '') + below10000(lo, false);
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
