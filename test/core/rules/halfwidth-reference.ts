/**
 * The original findHalfwidth (regex per character, three passes), kept as the reference the
 * single-pass version in src/core/rules/punct-halfwidth.ts is property-tested against.
 */
export const HAN = /\p{Script=Han}/u;
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/u;

function isChinese(c: string | undefined): boolean {
  return c !== undefined && (HAN.test(c) || CJK_PUNCT.test(c));
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

/** Spans not to touch: URLs, e-mail addresses, Latin/number tokens such as GB/T 9704-2012 or 3:2. */
function protectedSpans(text: string): boolean[] {
  const out = new Array<boolean>(text.length).fill(false);
  const re = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef“”‘’\p{Script=Han}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) for (let i = m.index; i < m.index + m[0].length; i++) out[i] = true;
  return out;
}

/** Previous / next non-blank character around position i. */
function prevChar(text: string, i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) if (text[k] !== ' ' && text[k] !== '\t') return text[k];
  return undefined;
}
function nextChar(text: string, i: number): string | undefined {
  for (let k = i + 1; k < text.length; k++) if (text[k] !== ' ' && text[k] !== '\t') return text[k];
  return undefined;
}

interface Hit {
  index: number;
  ch: string;
  replacement?: string;
}

/** What protectedSpans can match at all: "://", "www." or "@". */
const MAY_PROTECT = /:\/\/|www\.|@/i;

/** Any mark this rule looks at: most paragraphs are settled by this one scan. */
const HALF_MARK = /[,:;!?()"']/;

/** Half-width punctuation marks inside Chinese text, with their full-width replacements. Exported for tests and other rules. */
export function referenceFindHalfwidth(text: string): Hit[] {
  if (!HALF_MARK.test(text)) return [];
  // URLs and e-mail addresses need "://", "www." or "@": without them nothing is protected.
  const prot = MAY_PROTECT.test(text) ? protectedSpans(text) : null;
  const hits: Hit[] = [];
  // , : ; ! ? — Chinese when a neighbour is Chinese; never between digits (1,000 / 3:2 / 10:30).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x2c && code !== 0x3a && code !== 0x3b && code !== 0x21 && code !== 0x3f) || prot?.[i]) continue;
    const ch = text[i];
    const a = text[i - 1];
    const b = text[i + 1];
    if ((ch === ',' || ch === ':') && a !== undefined && b !== undefined && /\d/.test(a) && /\d/.test(b)) continue;
    if (isChinese(prevChar(text, i)) || isChinese(nextChar(text, i))) hits.push({ index: i, ch, replacement: FULL[ch] });
  }
  // ( ) — pair them; a pair is Chinese when its content has Han or a neighbour outside is Chinese.
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  const lone: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x28 && code !== 0x29) || prot?.[i]) continue;
    if (code === 0x28) stack.push(i);
    else {
      if (stack.length) pairs.push([stack.pop() as number, i]);
      else lone.push(i);
    }
  }
  lone.push(...stack);
  for (const [o, c] of pairs) {
    const inner = text.slice(o + 1, c);
    if (HAN.test(inner) || isChinese(prevChar(text, o)) || isChinese(nextChar(text, c))) {
      hits.push({ index: o, ch: '(', replacement: '（' }, { index: c, ch: ')', replacement: '）' });
    }
  }
  for (const i of lone) if (isChinese(prevChar(text, i)) || isChinese(nextChar(text, i))) hits.push({ index: i, ch: text[i], replacement: FULL[text[i]] });
  // " and ' — pair in order (open, close, open, …); a pair is Chinese when its content has Han.
  for (const q of ['"', "'"]) {
    if (text.indexOf(q) === -1) continue;
    const pos: number[] = [];
    for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) if (!prot?.[i]) pos.push(i);
    if (q === "'") {
      // Apostrophes inside Latin words (don't, Xi'an) are not quotes.
      for (let k = pos.length - 1; k >= 0; k--) if (/[A-Za-z]/.test(text[pos[k] - 1] ?? '') && /[A-Za-z]/.test(text[pos[k] + 1] ?? '')) pos.splice(k, 1);
    }
    const [open, close] = q === '"' ? ['“', '”'] : ['‘', '’'];
    for (let k = 0; k + 1 < pos.length; k += 2) {
      const o = pos[k];
      const c = pos[k + 1];
      const inner = text.slice(o + 1, c);
      if (HAN.test(inner) || (isChinese(prevChar(text, o)) && isChinese(nextChar(text, c)))) {
        hits.push({ index: o, ch: q, replacement: open }, { index: c, ch: q, replacement: close });
      }
    }
    if (pos.length % 2 === 1) {
      const i = pos[pos.length - 1];
      if (isChinese(prevChar(text, i)) || isChinese(nextChar(text, i))) hits.push({ index: i, ch: q, ...partnerOf(text, i, open, close) });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  return hits.filter((h, k) => k === 0 || hits[k - 1].index !== h.index);
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

