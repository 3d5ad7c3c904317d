/**
 * Hand-made packages for the exact-reading and fuzzing tests: wrong CRCs, duplicate entries, zip64
 * records, foreign encodings, other Office formats, numbering and attribute bombs. Written from the
 * zip and OOXML specifications, without the reader's code.
 */
import { strToU8, zipSync } from 'fflate';
import { buildZip } from '../../src/docx/write';
import { docxParts, W_NS } from '../fixtures/docx-builder';

export type Parts = [string, string | Uint8Array][];

const bytesOf = (c: string | Uint8Array) => (typeof c === 'string' ? strToU8(c) : c);

/** A zip of the parts in order (duplicates allowed), deflated. */
export function zipOf(parts: Parts): Uint8Array {
  return buildZip(parts.map(([n, c]) => [n, bytesOf(c)]));
}

/** A zip of the parts with every entry stored (so a flipped byte lands in the part's text). */
export function storedZip(parts: Parts): Uint8Array {
  const z: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  for (const [n, c] of parts) z[n] = [bytesOf(c), { level: 0, mtime: new Date(2024, 0, 1) }];
  return zipSync(z);
}

/** The parts of a builder document with these body lines. */
export function partsOf(lines: readonly string[]): Parts {
  return Object.entries(docxParts({ body: lines.map((text) => ({ text })) }));
}

/** document.xml with the given body markup. */
export function documentXml(body: string, declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', rootAttrs = ''): string {
  return `${declaration}\n<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"${rootAttrs}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

/** Replaces one part's content (first entry of that name). */
export function withPart(parts: Parts, name: string, content: string | Uint8Array): Parts {
  return parts.map(([n, c]) => [n, n === name ? content : c]);
}

interface Central {
  offset: number;
  name: string;
}

function centrals(zip: Uint8Array): Central[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  const out: Central[] = [];
  for (let i = 0; i < count; i++) {
    const n = v.getUint16(at + 28, true);
    out.push({ offset: at, name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + n)) });
    at += 46 + n + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return out;
}

/** A copy with the CRC-32 of entry `name` replaced (central directory and local header), data intact. */
export function withCrc(zip: Uint8Array, name: string, crc: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  const c = centrals(out).find((e) => e.name === name)!;
  v.setUint32(c.offset + 16, crc >>> 0, true);
  v.setUint32(v.getUint32(c.offset + 42, true) + 14, crc >>> 0, true);
  return out;
}

/** The CRC-32 stored for `name`. */
export function crcOf(zip: Uint8Array, name: string): number {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return v.getUint32(centrals(zip).find((e) => e.name === name)!.offset + 16, true);
}

/**
 * The same package with zip64 records, as Info-ZIP `zip -fz` writes small files: every central
 * record keeps its local-header offset in a zip64 extra field, and the end record points to a zip64
 * end record (count 0xFFFF, offset 0xFFFFFFFF).
 */
export function toZip64(zip: Uint8Array): Uint8Array {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const list = centrals(zip);
  const cdStart = list[0].offset;
  const chunks: Uint8Array[] = [zip.subarray(0, cdStart)];
  let cdSize = 0;
  for (const c of list) {
    const n = v.getUint16(c.offset + 28, true);
    const x = v.getUint16(c.offset + 30, true);
    const m = v.getUint16(c.offset + 32, true);
    const rec = new Uint8Array(46 + n + x + 12 + m);
    rec.set(zip.subarray(c.offset, c.offset + 46 + n + x));
    const rv = new DataView(rec.buffer);
    const local = v.getUint32(c.offset + 42, true);
    rv.setUint32(42, 0xffffffff, true);
    rv.setUint16(30, x + 12, true);
    rv.setUint16(46 + n + x, 1, true);
    rv.setUint16(46 + n + x + 2, 8, true);
    rv.setUint32(46 + n + x + 4, local, true);
    rv.setUint32(46 + n + x + 8, 0, true);
    rec.set(zip.subarray(c.offset + 46 + n + x, c.offset + 46 + n + x + m), 46 + n + x + 12);
    chunks.push(rec);
    cdSize += rec.length;
  }
  const z64At = cdStart + cdSize;
  const tail = new Uint8Array(56 + 20 + 22);
  const t = new DataView(tail.buffer);
  t.setUint32(0, 0x06064b50, true);
  t.setUint32(4, 44, true);
  t.setUint16(12, 45, true);
  t.setUint16(14, 45, true);
  t.setUint32(24, list.length, true);
  t.setUint32(32, list.length, true);
  t.setUint32(40, cdSize, true);
  t.setUint32(48, cdStart, true);
  t.setUint32(56, 0x07064b50, true);
  t.setUint32(64, z64At, true);
  t.setUint32(72, 1, true);
  t.setUint32(76, 0x06054b50, true);
  t.setUint16(76 + 8, 0xffff, true);
  t.setUint16(76 + 10, 0xffff, true);
  t.setUint32(76 + 12, 0xffffffff, true);
  t.setUint32(76 + 16, 0xffffffff, true);
  chunks.push(tail);
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The bytes of `s` in GBK for the handful of characters the tests use (GB 2312 code points). */
export const GBK: Record<string, number[]> = { 关: [0xb9, 0xd8], 于: [0xd3, 0xda], 学: [0xd1, 0xa7], 习: [0xcf, 0xb0] };

export function gbkBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) out.push(...(GBK[ch] ?? [ch.charCodeAt(0)]));
  return new Uint8Array(out);
}

/** numbering.xml with one lowerLetter list (numId 1) starting at `start`. */
export function letterNumbering(start: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">` +
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
  );
}

/** A minimal spreadsheet (.xlsx) or presentation (.pptx) package. */
export function officePackage(kind: 'xlsx' | 'pptx'): Parts {
  const main = kind === 'xlsx' ? 'xl/workbook.xml' : 'ppt/presentation.xml';
  const ct =
    kind === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' : 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';
  const root =
    kind === 'xlsx'
      ? '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'
      : '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>';
  return [
    ['[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/${main}" ContentType="${ct}"/></Types>`],
    ['_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`],
    [main, `<?xml version="1.0"?>${root}`],
  ];
}
