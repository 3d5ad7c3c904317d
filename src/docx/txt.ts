/**
 * Plain-text reader, shared by the CLI and the browser checker (pure: TextDecoder only).
 *
 * Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM) and GB18030 (which
 * includes GBK and GB2312: what Notepad on Chinese Windows saved as "ANSI" for decades). A BOM
 * decides; without one, every encoding that decodes the bytes without error is scored by how much of
 * the result is ordinary text (CJK ideographs, ASCII, CJK punctuation), UTF-8 winning ties; a
 * result that is not mostly ordinary text in any encoding is refused with a clear message, never
 * guessed. One paragraph per line (LF, CRLF or CR). An empty (or whitespace-only) file is refused
 * with "文件为空" instead of being checked as a report with every section missing.
 */
import { InputError } from '../core/errors';
import { modelFromLines, type DocModel } from '../core/model';

export type TextEncodingId = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How each encoding is named to people (text report, checker). */
export const ENCODING_NAMES: Record<TextEncodingId, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030（GBK）',
};

export interface DecodedText {
  text: string;
  encoding: TextEncodingId;
  /** True when the file started with a byte-order mark (which is not part of `text`). */
  bom: boolean;
}

/** Bytes looked at to choose an encoding; the whole file is then decoded strictly. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of ordinary characters a decoding needs to be accepted without a BOM. */
const MIN_PLAUSIBLE = 0.85;

function decoder(label: TextEncodingId): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return null; // e.g. a Node built without full ICU has no gb18030
  }
}

/** Share of characters that are ordinary text: CJK, ASCII printable and whitespace, punctuation. */
export function plausibility(s: string): number {
  if (!s.length) return 1;
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2000 && c <= 0x206f) || // general punctuation (“ ” … —)
      (c >= 0x3400 && c <= 0x4dbf) || // extension A
      (c >= 0xd840 && c <= 0xd8bf) || // surrogate halves of extensions B–F (planes 2 and 3) …
      (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd840 && s.charCodeAt(i - 1) <= 0xd8bf) || // … and their pairs
      c === 0xa0 ||
      c === 0xb7 ||
      c === 0xd7
    )
      ok++;
  }
  return ok / s.length;
}

/**
 * Share of double-byte GB characters with both bytes in 0xA1–0xFE (the GB2312 area, where nearly
 * all of real Chinese text lies). UTF-16 text misread as GBK pairs bytes that mostly fall outside it.
 */
export function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let good = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    pairs++;
    const four = t >= 0x30 && t <= 0x39; // a four-byte GB18030 sequence has a digit second
    if (four || (b >= 0xa1 && t >= 0xa1)) good++;
    i += four ? 4 : 2;
  }
  return pairs === 0 ? 1 : good / pairs;
}

function bomOf(bytes: Uint8Array): { encoding: TextEncodingId; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The encodings a sample decodes in, best first (UTF-8 first among equals). */
function rank(sample: Uint8Array, whole: boolean): { encoding: TextEncodingId; score: number }[] {
  const out: { encoding: TextEncodingId; score: number }[] = [];
  const candidates: TextEncodingId[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];
  for (const enc of candidates) {
    if (enc.startsWith('utf-16') && whole && sample.length % 2 !== 0) continue;
    const d = decoder(enc);
    if (!d) continue;
    let text: string;
    try {
      // A sample may end inside a character: stream mode leaves an incomplete tail undecoded.
      const cut = enc.startsWith('utf-16') ? sample.subarray(0, sample.length & ~1) : sample;
      text = d.decode(cut, { stream: !whole });
    } catch {
      continue;
    }
    const score = plausibility(text);
    out.push({ encoding: enc, score: enc === 'gb18030' ? score * (0.5 + 0.5 * gb2312Share(sample)) : score });
  }
  // Stable sort keeps UTF-8 ahead of an equal score.
  return out.sort((a, b) => b.score - a.score);
}

const NOT_TEXT =
  '无法识别文本文件的编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文字），可能不是文本文件。请用记事本等工具另存为 UTF-8 后重试（unrecognised text encoding）';

/** Decodes a text file's bytes; throws an InputError when no supported encoding fits. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  if (bom) {
    const d = decoder(bom.encoding);
    try {
      if (d) return { text: d.decode(bytes.subarray(bom.length)), encoding: bom.encoding, bom: true };
    } catch {
      // falls through to the message below
    }
    throw new InputError('not-utf8', `文本文件以 ${ENCODING_NAMES[bom.encoding]} 的字节顺序标记开头，但内容不是有效的 ${ENCODING_NAMES[bom.encoding]} 文字，可能已损坏。请用记事本等工具另存为 UTF-8 后重试`);
  }
  const whole = bytes.length <= SAMPLE_BYTES;
  const ranked = rank(whole ? bytes : bytes.subarray(0, SAMPLE_BYTES), whole);
  const utf8 = ranked.find((r) => r.encoding === 'utf-8');
  // Valid UTF-8 that reads as text is UTF-8 (plain ASCII included), even if another decoding ties.
  const order = utf8 && utf8.score >= MIN_PLAUSIBLE && utf8.score >= ranked[0].score - 0.02 ? [utf8, ...ranked.filter((r) => r !== utf8)] : ranked;
  for (const r of order) {
    if (r.score < MIN_PLAUSIBLE) break;
    const d = decoder(r.encoding);
    if (!d) continue;
    if (r.encoding.startsWith('utf-16') && bytes.length % 2 !== 0) continue;
    try {
      const text = d.decode(bytes);
      if (!whole && plausibility(text.slice(0, 200_000)) < MIN_PLAUSIBLE) continue;
      return { text, encoding: r.encoding, bom: false };
    } catch {
      // the sample fitted but a later part does not: try the next encoding
    }
  }
  throw new InputError('not-utf8', NOT_TEXT);
}

/** Splits decoded text into paragraphs, one per line. */
export function textToModel(text: string): DocModel {
  const lines = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start an empty paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return modelFromLines(lines);
}

export const EMPTY_TEXT_MESSAGE = '文件为空（没有任何文字），未检查。请确认选对了文件（the file is empty）';

/** Reads a .txt file with the encoding it was written in; says which one was used. */
export function readTxtFile(bytes: Uint8Array): { model: DocModel; encoding: TextEncodingId; bom: boolean } {
  const d = decodeText(bytes);
  if (!d.text.trim()) throw new InputError('unreadable', EMPTY_TEXT_MESSAGE);
  return { model: textToModel(d.text), encoding: d.encoding, bom: d.bom };
}

/** Reads a .txt file into the document model (see readTxtFile for the encoding used). */
export function readTxt(bytes: Uint8Array): DocModel {
  return readTxtFile(bytes).model;
}
