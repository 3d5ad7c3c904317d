/**
 * Exact reading or a clear refusal (issue 17; review A4–A6, B9, B12, C13–C15, D17–D19). Every refusal
 * is a typed InputError with a zh-CN message naming what is wrong; every accepted file reads exactly.
 */
import { InputError, type InputErrorCode } from '../../src/core/errors';
import type { DocModel } from '../../src/core/model';
import { readDocument, readDocx } from '../../src/docx';
import { fixDocx, rawEntries } from '../../src/docx/write';
import { MAX_LABEL } from '../../src/docx/numbering';
import { useZlibInflate } from '../../src/docx/node-inflate';
import { useCrc32 } from '../../src/docx/crc32';
import { useUtf8Validator } from '../../src/docx/encoding';
import { useRawInflate } from '../../src/docx/package';
import { seedLines, zuofeng } from '../helpers/docs';
import { crcOf, documentXml, type Parts, gbkBytes, letterNumbering, officePackage, para, partsOf, storedZip, toZip64, withCrc, withPart, zipOf } from './hostile';

const texts = (m: DocModel) => m.paragraphs.map((p) => p.text);
const profile = zuofeng();

function refusal(fn: () => unknown, code: InputErrorCode): InputError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(InputError);
  const e = caught as InputError;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  return e;
}

const withoutCauses = () => seedLines().filter((_, i) => i < 9 || i > 12);

// Both the JavaScript helpers (browser) and Node's native ones must give the same answers.
describe.each([
  ['JavaScript', () => {
    useRawInflate(null);
    useCrc32(null);
    useUtf8Validator(null);
  }],
  ['native', () => useZlibInflate()],
])('exact reading (%s helpers)', (_, setup) => {
  beforeAll(setup);
  afterAll(() => {
    useRawInflate(null);
    useCrc32(null);
    useUtf8Validator(null);
  });

  describe('CRC-32 (A6)', () => {
    it('a part whose CRC does not match its data is refused as damaged, naming the part', () => {
      const zip = zipOf(partsOf(['关于作风建设', '学习情况']));
      const e = refusal(() => readDocx(withCrc(zip, 'word/document.xml', crcOf(zip, 'word/document.xml') ^ 1)), 'damaged');
      expect(e.message).toContain('word/document.xml');
    });

    it('a flipped byte inside a stored part’s text is refused, not read as garbled text', () => {
      const zip = storedZip(partsOf(['关于作风建设的对照检查材料']));
      const at = Buffer.from(zip).indexOf(Buffer.from('关于', 'utf8'));
      const bad = zip.slice();
      bad[at + 2] ^= 0x04; // 关 → another CJK character, still valid UTF-8
      refusal(() => readDocx(bad), 'damaged');
      expect(texts(readDocx(zip))).toEqual(['关于作风建设的对照检查材料']);
    });

    it('a wrong CRC on a part we do not read is no reason to refuse (and fix copies that part as it is)', () => {
      const parts: Parts = [...partsOf(withoutCauses()), ['word/media/x.bin', new Uint8Array(100).fill(7)]];
      const zip = withCrc(zipOf(parts), 'word/media/x.bin', 12345);
      expect(texts(readDocx(zip))).toEqual(withoutCauses());
      const out = fixDocx(zip, profile);
      const a = rawEntries(zip).find((e) => e.name === 'word/media/x.bin')!;
      const b = rawEntries(out.bytes!).find((e) => e.name === 'word/media/x.bin')!;
      expect(Buffer.from(out.bytes!.subarray(b.localStart, b.localEnd)).equals(Buffer.from(zip.subarray(a.localStart, a.localEnd)))).toBe(true);
    });
  });

  describe('encodings (A4, B12)', () => {
    const gbkDoc = (text: string) => {
      const head = new TextEncoder().encode(documentXml('', '<?xml version="1.0" encoding="GBK" standalone="yes"?>').replace('<w:sectPr/>', '\u0000'));
      const cut = head.indexOf(0);
      const body = new TextEncoder().encode('<w:p><w:r><w:t>');
      const tail = new TextEncoder().encode('</w:t></w:r></w:p>');
      const text8 = gbkBytes(text);
      const rest = head.subarray(cut + 1);
      const out = new Uint8Array(cut + body.length + text8.length + tail.length + rest.length);
      out.set(head.subarray(0, cut));
      out.set(body, cut);
      out.set(text8, cut + body.length);
      out.set(tail, cut + body.length + text8.length);
      out.set(rest, cut + body.length + text8.length + tail.length);
      return zipOf(withPart(partsOf(['x']), 'word/document.xml', out));
    };

    it('a document.xml declared GBK with Chinese text is refused with the encoding named; fix writes nothing', () => {
      const e = refusal(() => readDocx(gbkDoc('关于学习')), 'bad-encoding');
      expect(e.message).toContain('GBK');
      refusal(() => fixDocx(gbkDoc('关于学习'), profile), 'bad-encoding');
    });

    it('a GBK declaration over pure ASCII reads (every such encoding reads ASCII alike)', () => {
      expect(texts(readDocx(gbkDoc('ABC 123')))).toEqual(['ABC 123']);
    });

    it('invalid UTF-8 in a part is refused, never replaced by U+FFFD', () => {
      const xml = new TextEncoder().encode(documentXml(para('作风XY建设')));
      const at = Buffer.from(xml).indexOf(Buffer.from('XY'));
      xml[at] = 0xff;
      xml[at + 1] = 0xfe;
      const e = refusal(() => readDocx(zipOf(withPart(partsOf(['x']), 'word/document.xml', xml))), 'bad-encoding');
      expect(e.message).toContain('UTF-8');
    });

    it('UTF-16 LE and BE with BOM read exactly; UTF-16 without BOM is refused with a clear message', () => {
      const xml = documentXml(para('关于作风建设𠮷'), '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
      const le = new Uint8Array(2 + xml.length * 2);
      le.set([0xff, 0xfe]);
      for (let i = 0; i < xml.length; i++) {
        le[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
        le[3 + 2 * i] = xml.charCodeAt(i) >> 8;
      }
      const be = le.slice();
      for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
      expect(texts(readDocx(zipOf(withPart(partsOf(['x']), 'word/document.xml', le))))).toEqual(['关于作风建设𠮷']);
      expect(texts(readDocx(zipOf(withPart(partsOf(['x']), 'word/document.xml', be))))).toEqual(['关于作风建设𠮷']);
      refusal(() => readDocx(zipOf(withPart(partsOf(['x']), 'word/document.xml', le.subarray(2)))), 'bad-encoding');
    });
  });

  describe('duplicate entries (A5)', () => {
    it('two word/document.xml entries are refused by check and by fix', () => {
      const parts = partsOf(['第一份']);
      const dup = zipOf([...parts, ['word/document.xml', documentXml(para('第二份'))]]);
      const e = refusal(() => readDocx(dup), 'duplicate-entry');
      expect(e.message).toContain('word/document.xml');
      refusal(() => fixDocx(dup, profile), 'duplicate-entry');
    });
  });

  describe('what the package is (B9, C15, D18)', () => {
    it.each([['xlsx', 'Excel'], ['pptx', 'PowerPoint']] as const)('a .%s renamed .docx is “not a Word document”, saying what it is', (kind, name) => {
      const e = refusal(() => readDocument(zipOf(officePackage(kind)), 'a.docx'), 'not-word');
      expect(e.message).toContain(name);
      // Also without the relationship that names the main part.
      const noRels = officePackage(kind).filter(([n]) => n !== '_rels/.rels');
      expect(refusal(() => readDocx(zipOf(noRels)), 'not-word').message).toContain(name);
      refusal(() => fixDocx(zipOf(officePackage(kind)), profile), 'not-word');
    });

    it('an altChunk-only body is refused with what to do; fix says so too (no JavaScript message)', () => {
      const xml = documentXml('<w:altChunk r:id="rId9"/>');
      const zip = zipOf(withPart(partsOf(['x']), 'word/document.xml', xml));
      expect(refusal(() => readDocx(zip), 'empty-body').message).toContain('altChunk');
      refusal(() => fixDocx(zip, profile), 'empty-body');
    });

    it('a body without any paragraph (python-docx Document(), a deep foreign body) is refused; fix exits with that message', () => {
      const blank = zipOf(withPart(partsOf(['x']), 'word/document.xml', documentXml('')));
      refusal(() => readDocx(blank), 'empty-body');
      refusal(() => fixDocx(blank, profile), 'empty-body');
      const deep = documentXml(`${'<x:a xmlns:x="urn:x">'.repeat(1)}${'<x:a>'.repeat(20000)}${'</x:a>'.repeat(20001)}`);
      refusal(() => readDocx(zipOf(withPart(partsOf(['x']), 'word/document.xml', deep))), 'empty-body');
    });

    it.each([
      ['HTML', '<html><head><meta charset="utf-8"></head><body><p>关于</p></body></html>', '网页'],
      ['HTML with a doctype', '\uFEFF<!DOCTYPE html><html></html>', '网页'],
      ['MHTML', 'MIME-Version: 1.0\r\nContent-Type: multipart/related', '网页'],
      ['RTF', '{\\rtf1\\ansi\\ansicpg936 关于}', 'RTF'],
    ])('%s saved as .doc is diagnosed as such, not as Word 97-2003', (_, content, word) => {
      const e = refusal(() => readDocument(new TextEncoder().encode(content), '材料.doc'), 'not-word');
      expect(e.message).toContain(word);
      expect(e.message).not.toContain('97-2003');
    });
  });

  describe('zip64 (D17)', () => {
    it('a zip64 package check reads is also fixed: other parts byte-identical, the output reads back', () => {
      const zip = toZip64(zipOf(partsOf(withoutCauses())));
      expect(texts(readDocx(zip))).toEqual(withoutCauses());
      const out = fixDocx(zip, profile);
      expect(texts(out.after)).toContain('三、原因分析');
      const a = rawEntries(zip);
      const b = rawEntries(out.bytes!);
      expect(b.map((e) => e.name)).toEqual(a.map((e) => e.name));
      a.forEach((ea, i) => {
        if (ea.name !== 'word/document.xml') expect(Buffer.from(out.bytes!.subarray(b[i].localStart, b[i].localEnd)).equals(Buffer.from(zip.subarray(ea.localStart, ea.localEnd)))).toBe(true);
      });
    });

    it('fix keeps the zip comment (D19)', () => {
      const zip = zipOf(partsOf(withoutCauses()));
      const comment = new TextEncoder().encode('made by a script');
      const withComment = new Uint8Array(zip.length + comment.length);
      withComment.set(zip);
      withComment.set(comment, zip.length);
      new DataView(withComment.buffer).setUint16(zip.length - 2, comment.length, true);
      const out = fixDocx(withComment, profile).bytes!;
      expect(Buffer.from(out.subarray(out.length - comment.length)).toString()).toBe('made by a script');
    });
  });

  describe('bounded cost (C13, C14)', () => {
    it('a lowerLetter list starting at 2×10⁸ gives bounded labels', () => {
      const body = Array.from({ length: 20 }, () => '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>').join('');
      const parts = withPart(partsOf(['x']), 'word/document.xml', documentXml(body));
      parts.push(['word/numbering.xml', letterNumbering(200_000_000)]);
      const rels = parts.find(([n]) => n === 'word/_rels/document.xml.rels')!;
      rels[1] = (rels[1] as string).replace('</Relationships>', '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>');
      const doc = readDocx(zipOf(parts));
      expect(doc.paragraphs).toHaveLength(20);
      for (const p of doc.paragraphs) expect((p.listString ?? '').length).toBeLessThanOrEqual(MAX_LABEL);
    });

    it('200,000 attributes on one element read at once (the duplicate check is linear)', () => {
      const attrs = Array.from({ length: 200_000 }, (_, i) => ` a${i}="1"`).join('');
      const xml = documentXml(para('正文'), undefined, attrs);
      expect(texts(readDocx(zipOf(withPart(partsOf(['x']), 'word/document.xml', xml))))).toEqual(['正文']);
      const dup = documentXml(para('正文'), undefined, `${attrs} a199999="2"`);
      expect(refusal(() => readDocx(zipOf(withPart(partsOf(['x']), 'word/document.xml', dup))), 'bad-xml').message).toContain('duplicate attribute');
    }, 60_000);
  });
});
