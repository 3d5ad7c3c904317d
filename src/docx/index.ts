/** File readers: .docx/.docm (and .dotx/.dotm) and UTF-8 .txt into the document model. */
import { InputError } from '../core/errors';
import type { DocModel } from '../core/model';
import { isOle, isZip, oleError } from './package';
import { readDocx } from './read';
import { readTxt } from './txt';

export { readDocx } from './read';
export { readTxt } from './txt';

const DOCX_EXTENSIONS = new Set(['docx', 'docm', 'dotx', 'dotm']);

/** Skips a BOM and leading blanks; the first bytes as lower-case ASCII. */
function headOf(bytes: Uint8Array): string {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let out = '';
  for (i = utf16 ? 2 : i; i < bytes.length && out.length < 64; i++) {
    const c = bytes[i];
    if (c === 0) continue;
    if (out === '' && (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)) continue;
    out += String.fromCharCode(c < 0x80 ? c : 0x3f).toLowerCase();
  }
  return out;
}

/**
 * An RTF or HTML (also MHTML) file saved with a .doc name, as office systems and web pages export
 * "Word" files: not a Word 97-2003 file, and said so (the advice is the same: save as .docx).
 */
export function textDocError(bytes: Uint8Array): InputError | undefined {
  const head = headOf(bytes);
  const advice = '请在 Word 或 WPS 中打开，选择“另存为”→“Word 文档 (*.docx)”后再试';
  if (head.startsWith('{\\rtf')) return new InputError('not-word', `这是 RTF 格式的文件（扩展名是 .doc，但不是 Word 文档），无法直接读取。${advice}（RTF saved as .doc: save as .docx）`);
  if (/^(<\?xml[^>]*>\s*)?(<!doctype html|<html|<head|<body|<meta|<!--)/.test(head) || head.startsWith('mime-version:')) {
    return new InputError('not-word', `这是网页（HTML）格式的文件（扩展名是 .doc，但不是 Word 文档），无法直接读取。${advice}（HTML saved as .doc: save as .docx）`);
  }
  return undefined;
}

/**
 * Reads a document by its file name and magic bytes. The bytes win over the name: an OLE file
 * (legacy .doc or an encrypted .docx) is reported as such whatever it is called, and a zip named
 * .doc is read as the .docx it is.
 */
export function readDocument(bytes: Uint8Array, fileName: string): DocModel {
  const dot = fileName.lastIndexOf('.');
  const ext = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const known = DOCX_EXTENSIONS.has(ext) || ext === 'doc' || ext === 'txt';
  if (known && isOle(bytes)) throw oleError(bytes);
  if (ext === 'txt') return readTxt(bytes);
  if (DOCX_EXTENSIONS.has(ext) || (ext === 'doc' && isZip(bytes))) return readDocx(bytes);
  if (ext === 'doc') throw textDocError(bytes) ?? oleError(bytes);
  throw new InputError(
    'unsupported-type',
    `不支持的文件类型${ext ? ` .${ext}` : ''}，请使用 .docx 或 UTF-8 编码的 .txt 文件（unsupported file type; use .docx or .txt）`,
  );
}
