import * as fs from 'fs';
import * as path from 'path';
import { zipSync, strToU8 } from 'fflate';
import { InputError, type InputErrorCode } from '../../src/core/errors';
import { readDocument, readDocx } from '../../src/docx';
import { buildDocx, docxParts, zipParts } from '../fixtures/docx-builder';
import { inflateWithZlib } from '../../src/docx/node-inflate';
import { useRawInflate } from '../../src/docx/package';
import { declareSize } from '../fixtures/generate';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'docx', name)));

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

function expectCode(fn: () => unknown, code: InputErrorCode): InputError {
  const e = errorOf(fn);
  expect(e.code).toBe(code);
  expect(e.message).toMatch(/[\u4e00-\u9fff]/); // zh-CN first
  return e;
}

describe('readDocx: bad input', () => {
  it('not a zip', () => {
    expectCode(() => readDocx(fixture('bad-not-zip.docx')), 'not-zip');
    expectCode(() => readDocx(new Uint8Array()), 'not-zip');
  });

  it('a corrupt zip (zip magic, broken content)', () => {
    const bytes = new Uint8Array(200);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expectCode(() => readDocx(bytes), 'not-zip');
  });

  it('legacy .doc (OLE compound file) asks to save as .docx', () => {
    const e = expectCode(() => readDocx(fixture('bad-legacy.doc')), 'legacy-doc');
    expect(e.message).toContain('请另存为 .docx');
  });

  it('encrypted .docx (OLE with an EncryptedPackage stream)', () => {
    const e = expectCode(() => readDocx(fixture('bad-encrypted.docx')), 'encrypted');
    expect(e.message).toContain('已加密');
    expect(e.message).toContain('另存为 .docx');
  });

  it('zip without word/document.xml', () => {
    const e = expectCode(() => readDocx(fixture('bad-missing-document.docx')), 'missing-part');
    expect(e.message).toContain('word/document.xml');
    expectCode(() => readDocx(zipSync({ 'hello.txt': strToU8('hi') })), 'missing-part');
  });

  it('malformed XML names the part', () => {
    const e = expectCode(() => readDocx(fixture('bad-malformed.docx')), 'bad-xml');
    expect(e.message).toContain('word/document.xml');
    const badStyles = buildDocx({ body: [{ text: 'x' }], styles: '<w:styles><w:style></w:styles>' });
    expect(expectCode(() => readDocx(badStyles), 'bad-xml').message).toContain('word/styles.xml');
  });

  it('a part that declares a huge uncompressed size is refused before inflating', () => {
    expectCode(() => readDocx(fixture('bad-bomb.docx')), 'too-large');
  });

  it('a large part with an implausible compression ratio is refused', () => {
    const zip = buildDocx({ body: [{ text: 'x' }] });
    expectCode(() => readDocx(declareSize(zip, 'word/document.xml', 20 * 1024 * 1024)), 'too-large');
  });

  it('a part that inflates to more than it declares is refused as soon as it passes the declared size', () => {
    const zip = buildDocx({ body: [{ text: '正文'.repeat(1000) }] });
    const e = expectCode(() => readDocx(declareSize(zip, 'word/document.xml', 100)), 'too-large');
    expect(e.message).toContain('word/document.xml');
  });

  it('a body without any paragraph is refused as empty (review B9, R4); a Word blank file (empty paragraphs) reads', () => {
    const e = expectCode(() => readDocx(buildDocx({ body: [] })), 'empty-body');
    expect(e.message).toContain('没有任何段落');
    expect(readDocx(buildDocx({ body: [{}, {}] })).paragraphs.map((p) => p.text)).toEqual(['', '']);
  });
});

describe('readDocx: locating the main part', () => {
  it('follows the officeDocument relationship to a non-standard part name', () => {
    const parts = docxParts({ body: [{ text: '主文档' }] });
    const doc = parts['word/document.xml'];
    delete parts['word/document.xml'];
    parts['word/main.xml'] = doc;
    parts['word/_rels/main.xml.rels'] = parts['word/_rels/document.xml.rels'];
    delete parts['word/_rels/document.xml.rels'];
    parts['_rels/.rels'] = (parts['_rels/.rels'] as string).replace('Target="word/document.xml"', 'Target="/word/main.xml"');
    expect(readDocx(zipParts(parts)).paragraphs).toEqual([{ text: '主文档', style: 'Normal' }]);
  });

  it('falls back to [Content_Types].xml when _rels/.rels is missing', () => {
    const parts = docxParts({ body: [{ text: '正文', style: 'Heading1' }] });
    parts['word/doc2.xml'] = parts['word/document.xml'];
    delete parts['word/document.xml'];
    delete parts['_rels/.rels'];
    parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace('/word/document.xml', '/word/doc2.xml');
    // styles.xml is found by the default name next to the main part
    expect(readDocx(zipParts(parts)).paragraphs).toEqual([{ text: '正文', style: 'Heading1', outlineLevel: 1 }]);
  });
});

/** Rewrites a zip's central directory so every entry uses zip64 extended information. */
function toZip64(zip: Uint8Array): Uint8Array {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = v.getUint16(eocd + 10, true);
  let o = v.getUint32(eocd + 16, true);
  const cdStart = o;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const n = v.getUint16(o + 28, true);
    const x = v.getUint16(o + 30, true);
    const c = v.getUint16(o + 32, true);
    const head = zip.slice(o, o + 46 + n);
    const hv = new DataView(head.buffer);
    const extra = new Uint8Array(4 + 24);
    const ev = new DataView(extra.buffer);
    ev.setUint16(0, 1, true);
    ev.setUint16(2, 24, true);
    ev.setBigUint64(4, BigInt(hv.getUint32(24, true)), true);
    ev.setBigUint64(12, BigInt(hv.getUint32(20, true)), true);
    ev.setBigUint64(20, BigInt(hv.getUint32(42, true)), true);
    hv.setUint32(20, 0xffffffff, true);
    hv.setUint32(24, 0xffffffff, true);
    hv.setUint32(42, 0xffffffff, true);
    hv.setUint16(30, extra.length, true);
    hv.setUint16(32, 0, true);
    chunks.push(head, extra);
    o += 46 + n + x + c;
  }
  const cd = Buffer.concat(chunks);
  const end = zip.slice(eocd, eocd + 22);
  const endView = new DataView(end.buffer);
  endView.setUint32(12, cd.length, true);
  endView.setUint32(16, cdStart, true);
  endView.setUint16(20, 0, true);
  return new Uint8Array(Buffer.concat([zip.subarray(0, cdStart), cd, end]));
}

describe('readDocx: zip variants', () => {
  it('reads zip64 central directory entries', () => {
    const zip = buildDocx({ body: [{ text: '甲', style: 'Heading1' }, { text: '乙' }] });
    expect(readDocx(toZip64(zip)).paragraphs).toEqual(readDocx(zip).paragraphs);
    expect(readDocx(toZip64(zip)).paragraphs.map((p) => p.text)).toEqual(['甲', '乙']);
  });

  it('an unsupported compression method is unreadable', () => {
    const zip = buildDocx({ body: [{ text: 'x' }] }).slice();
    const v = new DataView(zip.buffer);
    const name = new TextEncoder().encode('word/document.xml');
    for (let i = 0; i + 46 < zip.length; i++) {
      if (v.getUint32(i, true) === 0x02014b50 && name.every((b, k) => zip[i + 46 + k] === b)) v.setUint16(i + 10, 14, true);
    }
    expectCode(() => readDocx(zip), 'unreadable');
  });
});

describe('readDocument', () => {
  const docx = buildDocx({ body: [{ text: '正文' }] });
  const txt = new TextEncoder().encode('第一行\n第二行');

  it('picks the reader by extension (case-insensitive)', () => {
    expect(readDocument(docx, '材料.docx').paragraphs.map((p) => p.text)).toEqual(['正文']);
    expect(readDocument(docx, 'A.DOCM').paragraphs.map((p) => p.text)).toEqual(['正文']);
    expect(readDocument(txt, '材料.TXT').paragraphs.map((p) => p.text)).toEqual(['第一行', '第二行']);
  });

  it('trusts magic bytes over the name: OLE named .docx is legacy-doc, encrypted stays encrypted', () => {
    expectCode(() => readDocument(fixture('bad-legacy.doc'), '材料.docx'), 'legacy-doc');
    expectCode(() => readDocument(fixture('bad-legacy.doc'), '材料.doc'), 'legacy-doc');
    expectCode(() => readDocument(fixture('bad-encrypted.docx'), '材料.doc'), 'encrypted');
    expectCode(() => readDocument(fixture('bad-legacy.doc'), '材料.txt'), 'legacy-doc');
  });

  it('a .doc name on a real .docx (zip) is read as .docx', () => {
    expect(readDocument(docx, '材料.doc').paragraphs.map((p) => p.text)).toEqual(['正文']);
  });

  it('other extensions are unsupported-type', () => {
    expectCode(() => readDocument(docx, '材料.pdf'), 'unsupported-type');
    expectCode(() => readDocument(txt, '材料.wps'), 'unsupported-type');
    expectCode(() => readDocument(txt, 'README'), 'unsupported-type');
  });

  it('a non-UTF-8 .txt is not-utf8', () => {
    expectCode(() => readDocument(new Uint8Array([0xff, 0xfe, 0xfd]), 'a.txt'), 'not-utf8');
  });
});

describe('readDocx with zlib (the inflater the CLI registers)', () => {
  beforeAll(() => useRawInflate(inflateWithZlib));
  afterAll(() => useRawInflate(null));

  it('reads every good fixture exactly as fflate does', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'docx');
    const good = fs.readdirSync(dir).filter((f) => f.endsWith('.docx') && !f.startsWith('bad-'));
    expect(good.length).toBeGreaterThan(3);
    for (const f of good) {
      const withZlib = readDocx(fixture(f));
      useRawInflate(null);
      const withFflate = readDocx(fixture(f));
      useRawInflate(inflateWithZlib);
      expect(withZlib).toEqual(withFflate);
    }
  });

  it('refuses a part that inflates to more than it declares', () => {
    const zip = buildDocx({ body: [{ text: '正文'.repeat(1000) }] });
    expect(expectCode(() => readDocx(declareSize(zip, 'word/document.xml', 100)), 'too-large').message).toContain('word/document.xml');
  });

  it('reports a truncated deflate stream as a corrupt file', () => {
    const zip = buildDocx({ body: [{ text: '正文'.repeat(1000) }] });
    // Cut the document part's data short without touching the headers: the stream ends early.
    const cut = zip.slice();
    const at = Buffer.from(cut).indexOf('word/document.xml') + 'word/document.xml'.length;
    cut.fill(0, at + 20, at + 200);
    expectCode(() => readDocx(cut), 'not-zip');
  });
});
