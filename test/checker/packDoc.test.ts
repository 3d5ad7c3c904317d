/** packDoc/unpackDoc: the document crosses to the page as one string plus lengths, and comes back exactly. */
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { packDoc, unpackDoc } from '../../src/checker/packDoc';
import type { DocModel, Paragraph } from '../../src/core';
import { readDocument } from '../../src/docx';

const paragraph: fc.Arbitrary<Paragraph> = fc.record(
  {
    text: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '一、学习情况', '【待填写：…】', 'a\u0000b\nc')),
    style: fc.constantFrom('Title', 'Heading1', 'Heading2', 'Normal') as fc.Arbitrary<Paragraph['style']>,
    outlineLevel: fc.integer({ min: 1, max: 9 }),
    listString: fc.constantFrom('一、', '（一）', '1.'),
    listLevel: fc.integer({ min: 0, max: 8 }),
    inTable: fc.boolean(),
  },
  { requiredKeys: ['text'] },
);

test('unpack(pack(doc)) deep-equals doc, for any texts (empty, astral, control characters) and any optional fields', () => {
  fc.assert(
    fc.property(fc.array(paragraph, { maxLength: 60 }), (paragraphs) => {
      const doc: DocModel = { paragraphs };
      expect(unpackDoc(packDoc(doc))).toEqual(doc);
    }),
  );
});

test('a plain-text document needs no per-paragraph objects on the wire; a real .docx comes back exactly', () => {
  const plain: DocModel = { paragraphs: ['一、学习情况', '', '正文'].map((text) => ({ text })) };
  const packed = packDoc(plain);
  expect(packed.extra).toEqual([]);
  expect(packed.texts).toBe('一、学习情况正文');
  expect([...packed.lengths]).toEqual([6, 0, 2]);
  const docx = readDocument(fs.readFileSync(path.resolve(__dirname, '../fixtures/docx/seed-styled.docx')), 'seed-styled.docx');
  expect(unpackDoc(packDoc(docx))).toEqual(docx);
  expect(packDoc(docx).extra.length).toBeGreaterThan(0);
});
