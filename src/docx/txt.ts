/** Plain-text reader: UTF-8 (BOM allowed), one paragraph per line (LF, CRLF or CR). */
import { InputError } from '../core/errors';
import { modelFromLines, type DocModel } from '../core/model';

export function readTxt(bytes: Uint8Array): DocModel {
  let text: string;
  try {
    // fatal: reject invalid UTF-8 rather than silently replacing characters with U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      'not-utf8',
      '文本文件不是 UTF-8 编码，请用记事本等工具另存为 UTF-8 后重试（the text file is not valid UTF-8）',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text === '') return { paragraphs: [] };
  const lines = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start an empty paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return modelFromLines(lines);
}
