/** File readers: .docx/.docm (and .dotx/.dotm) and UTF-8 .txt into the document model. */
import { InputError } from '../core/errors';
import type { DocModel } from '../core/model';
import { isOle, isZip, oleError } from './package';
import { readDocx } from './read';
import { readTxt } from './txt';

export { readDocx } from './read';
export { readTxt } from './txt';

const DOCX_EXTENSIONS = new Set(['docx', 'docm', 'dotx', 'dotm']);

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
  if (ext === 'doc') throw oleError(bytes);
  throw new InputError(
    'unsupported-type',
    `不支持的文件类型${ext ? ` .${ext}` : ''}，请使用 .docx 或 UTF-8 编码的 .txt 文件（unsupported file type; use .docx or .txt）`,
  );
}
