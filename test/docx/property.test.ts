import fc from 'fast-check';
import { readDocx } from '../../src/docx';
import { buildDocx, xmlSafe, type BodyItem, type TableSpec } from '../fixtures/docx-builder';

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 20 });
const special = fc.constantFrom('', ' ', '  ', '<', '>', '&', '"', "'", '&amp;', ']]>', '<w:t>', '一、', '（一）', '\t', '\n', ' x ', '\u3000');
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), cjk, special), { maxLength: 6 })
  .map((parts) => xmlSafe(parts.join('')));

describe('readDocx round trip (property)', () => {
  it('returns exactly the paragraphs the builder wrote, in order, with table flags', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text, inTable: fc.boolean() }), { minLength: 1, maxLength: 25 }), (paras) => {
        // Consecutive table paragraphs go into one table, one row each.
        const body: BodyItem[] = [];
        for (let i = 0; i < paras.length; ) {
          if (!paras[i].inTable) {
            body.push({ text: paras[i++].text });
            continue;
          }
          const rows: TableSpec['rows'] = [];
          while (i < paras.length && paras[i].inTable) rows.push([[{ text: paras[i++].text }]]);
          body.push({ rows });
        }
        const read = readDocx(buildDocx({ body })).paragraphs;
        expect(read.map((p) => p.text)).toEqual(paras.map((p) => p.text));
        expect(read.map((p) => !!p.inTable)).toEqual(paras.map((p) => p.inTable));
      }),
      { numRuns: 150 },
    );
  });
});
