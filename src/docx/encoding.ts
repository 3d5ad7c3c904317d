/**
 * The character encoding of an XML part, decided exactly or refused: UTF-8 (with or without BOM)
 * and UTF-16 LE/BE with a BOM, as OPC allows. A part that declares another encoding (GBK, GB2312,
 * ISO-8859-1…) is read only when all its bytes are ASCII (every such encoding reads them alike);
 * otherwise it is refused rather than guessed. Invalid UTF-8 is refused, never replaced by U+FFFD:
 * a reading with replacement characters would be checked, and `fix` would write it back.
 */
import { InputError } from '../core/errors';

export type PartEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

let nativeIsUtf8: ((bytes: Uint8Array) => boolean) | null = null;

/** Makes UTF-8 validation use `fn` (Node's buffer.isUtf8); null: back to the JavaScript loop. */
export function useUtf8Validator(fn: ((bytes: Uint8Array) => boolean) | null): void {
  nativeIsUtf8 = fn;
}

/** Offset of the first byte that is not part of valid UTF-8 (WHATWG / RFC 3629), or -1. */
export function invalidUtf8At(b: Uint8Array, from = 0): number {
  const n = b.length;
  let i = from;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    const c1 = b[i + 1];
    if (c1 === undefined || c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const ck = b[i + k];
      if (ck === undefined || ck < 0x80 || ck > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function isAscii(b: Uint8Array, from: number): boolean {
  for (let i = from; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** The encoding named in the XML declaration at the start of `head` (ASCII text), if any. */
export function declaredEncoding(head: string): string | undefined {
  const m = /^\s*<\?xml\s[^?>]*?\bencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(head);
  return m ? (m[1] ?? m[2]) : undefined;
}

const UTF8_NAMES = new Set(['utf-8', 'utf8']);
const UTF16_NAMES = new Set(['utf-16', 'utf-16le', 'utf-16be', 'unicode']);

const badEncoding = (part: string, what: string) =>
  new InputError(
    'bad-encoding',
    `${part} 的字符编码是 ${what}，不是 Word 文档使用的 UTF-8 或 UTF-16；为避免读错文字，拒绝读取。请在 Word 或 WPS 中打开后另存为 .docx 再试（unsupported encoding ${what} in ${part}）`,
  );

/**
 * Decides a part's encoding. Throws InputError('bad-encoding') for a declared encoding other than
 * UTF-8/UTF-16 with non-ASCII bytes, UTF-16 without a byte-order mark, or invalid UTF-8.
 */
export function partEncoding(b: Uint8Array, part: string): PartEncoding {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (b.length >= bom + 4 && ((b[bom] === 0x3c && b[bom + 1] === 0 && b[bom + 2] === 0x3f && b[bom + 3] === 0) || (b[bom] === 0 && b[bom + 1] === 0x3c && b[bom + 2] === 0 && b[bom + 3] === 0x3f))) {
    throw badEncoding(part, 'UTF-16（缺少字节顺序标记 BOM）');
  }
  const head = String.fromCharCode.apply(null, b.subarray(bom, Math.min(b.length, bom + 200)) as unknown as number[]);
  const declared = declaredEncoding(head);
  const name = declared?.trim().toLowerCase();
  if (name !== undefined && !UTF8_NAMES.has(name)) {
    if (UTF16_NAMES.has(name)) throw badEncoding(part, `${declared}（缺少字节顺序标记 BOM）`);
    if (!isAscii(b, bom)) throw badEncoding(part, declared!.slice(0, 40));
    return 'utf-8';
  }
  const valid = nativeIsUtf8 ? nativeIsUtf8(b) : invalidUtf8At(b, bom) < 0;
  if (!valid) {
    const at = invalidUtf8At(b, bom);
    throw new InputError(
      'bad-encoding',
      `${part} 中有无效的 UTF-8 字节（第 ${at} 字节），文件可能已损坏；为避免读错文字，拒绝读取（invalid UTF-8 at byte ${at} in ${part}）`,
    );
  }
  return 'utf-8';
}

const encoder = new TextEncoder();

/** The part as UTF-8 bytes for parseXml (UTF-16 is re-encoded; UTF-8 passes through), after partEncoding's checks. */
export function xmlPartBytes(b: Uint8Array, part: string): Uint8Array {
  const enc = partEncoding(b, part);
  if (enc === 'utf-8') return b;
  return encoder.encode(decodeStrict(b, enc, part));
}

/** The part as text (BOM removed), after partEncoding's checks. */
export function xmlPartText(b: Uint8Array, part: string): { text: string; encoding: PartEncoding } {
  const encoding = partEncoding(b, part);
  return { text: decodeStrict(b, encoding, part), encoding };
}

function decodeStrict(b: Uint8Array, encoding: PartEncoding, part: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch {
    throw new InputError('bad-encoding', `${part} 中有无效的 ${encoding.toUpperCase()} 字符，文件可能已损坏；为避免读错文字，拒绝读取（invalid ${encoding} in ${part}）`);
  }
}
