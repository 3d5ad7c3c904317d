/**
 * Addressing text in Word through its Find (`Range.search`), which is not `String.indexOf` (audit M2):
 * a normal Find treats straight and curly quotes as the same character, and may treat full- and
 * half-width forms as the same (the Chinese Find dialog's 区分全/半角; unverified for Office.js).
 * Pure helpers: no Word calls here.
 */

/** A fast 32-bit FNV-1a hash of a string (change detection). */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Folds a string into Word Find's equivalence classes, one UTF-16 unit for one, so offsets carry over:
 * “ ” „ → ", ‘ ’ ‚ → ', full-width ASCII forms (U+FF01–FF5E) → ASCII, ideographic space → space.
 * Folding both kinds at once makes a span that is unique under the fold unique for Word whichever
 * equivalences Word really applies (a hit under a finer rule is also a hit under the fold).
 */
export function foldForFind(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 0x201e) out += '"';
    else if (c === 0x2018 || c === 0x2019 || c === 0x201a) out += "'";
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The shortest text starting at `start` (at least `length` long) whose FIRST Word-Find hit in `text` is
 * at `start`: searching the paragraph for it and taking the first hit finds exactly that spot, so the
 * span can be addressed with `search(...).getFirst()` without loading the result collection (no extra
 * sync). Uniqueness is judged on the folded text (see foldForFind), so a straight quote is never found
 * at an earlier curly one. Never splits a surrogate pair (a lone surrogate cannot be searched, audit L8).
 * Null when no such text exists within Word's 255-character search limit.
 */
export function uniqueSpan(text: string, start: number, length: number): string | null {
  if (length <= 0 || start < 0 || start + length > text.length) return null;
  if (isLow(text.charCodeAt(start))) return null;
  const folded = foldForFind(text);
  for (let end = start + length; end <= text.length && end - start <= 255; end++) {
    if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) continue;
    const s = text.slice(start, end);
    if (s.includes('^')) return null; // Word's Find treats ^ as a special character even without wildcards
    if (folded.indexOf(foldForFind(s)) === start) return s;
  }
  return null;
}

/** The length of the character (1 or 2 UTF-16 units) at `i`. */
export function charLength(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Whether a font name is one for Chinese text (黑体, 仿宋_GB2312, SimHei, Microsoft YaHei …). */
export function isCjkFont(name: string | null | undefined): boolean {
  return !!name && (/[\u3400-\u9fff]/.test(name) || /^(Sim|FangSong|KaiTi|Microsoft YaHei|Microsoft JhengHei|DengXian|ST[A-Z]|FZ|NSimSun|PingFang|Songti|Heiti|Kaiti|Noto (Sans|Serif) (CJK|SC))/i.test(name));
}
