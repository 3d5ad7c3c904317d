/**
 * .docx reader: bytes in, DocModel out. Pure (no fs, no Buffer), runs in Node and in the browser.
 * Unzips with fflate (zlib in Node; only the parts needed, with zip-bomb limits) and streams the XML
 * bytes with our own reader (xml.ts): no DOM, text decoded only where it is read.
 */
import type { DocModel } from '../core/model';
import { readBody } from './document';
import { Numberer, parseNumbering } from './numbering';
import { openDocx } from './package';
import { emptyStyles, parseStyles } from './styles';

export function readDocx(bytes: Uint8Array): DocModel {
  const parts = openDocx(bytes);
  const dir = parts.mainName.slice(0, parts.mainName.lastIndexOf('/') + 1);
  const styles = parts.styles ? parseStyles(parts.styles, `${dir}styles.xml`) : emptyStyles;
  const numberer = parts.numbering ? new Numberer(parseNumbering(parts.numbering, `${dir}numbering.xml`), styles) : undefined;
  return { paragraphs: readBody(parts.document, parts.mainName, styles, numberer) };
}
