/** What a re-check posts to the engine worker: only the paragraphs that changed. */
import fc from 'fast-check';
import type { DocModel, Paragraph } from '../../src/core';
import { applyDelta, docDelta, sameParagraph } from '../../src/taskpane/docDelta';

const para: fc.Arbitrary<Paragraph> = fc.record(
  {
    text: fc.string({ maxLength: 6 }),
    style: fc.constantFrom('Title', 'Heading1', 'Heading2') as fc.Arbitrary<Paragraph['style']>,
    outlineLevel: fc.integer({ min: 1, max: 3 }),
    listString: fc.constantFrom('一、', '（一）', '1.'),
    listLevel: fc.integer({ min: 0, max: 2 }),
    inTable: fc.boolean(),
  },
  { requiredKeys: ['text'] },
);
const doc = fc.array(para, { maxLength: 30 }).map((paragraphs): DocModel => ({ paragraphs }));
/** A document and an edit of it: some paragraphs changed, some added or removed at the end or in the middle. */
const edited = fc.tuple(doc, fc.array(fc.tuple(fc.nat(40), fc.option(para)), { maxLength: 8 })).map(([base, edits]) => {
  const next = base.paragraphs.map((p) => ({ ...p }));
  for (const [at, p] of edits) {
    if (p === null) next.splice(at % (next.length + 1), 1);
    else if (at % 2) next.splice(at % (next.length + 1), 0, p);
    else if (next.length) next[at % next.length] = p;
  }
  return { base, next: { paragraphs: next } };
});

describe('docDelta', () => {
  it('applying the delta to the base gives the new document (property)', () => {
    fc.assert(
      fc.property(edited, ({ base, next }) => {
        expect(applyDelta(base, docDelta(base, next))).toEqual(next);
      }),
    );
  });

  it('an unchanged document (a fresh read, new objects) sends no paragraph; one edit sends one', () => {
    fc.assert(
      fc.property(doc, (base) => {
        const copy = { paragraphs: base.paragraphs.map((p) => ({ ...p })) };
        expect(docDelta(base, copy)).toEqual({ length: base.paragraphs.length, changes: [] });
      }),
    );
    const base: DocModel = { paragraphs: Array.from({ length: 5000 }, (_, i) => ({ text: `段落${i}` })) };
    const next: DocModel = { paragraphs: base.paragraphs.map((p, i) => (i === 4321 ? { text: '改过了' } : { ...p })) };
    expect(docDelta(base, next).changes).toEqual([[4321, { text: '改过了' }]]);
  });

  it('does not change the base', () => {
    const base: DocModel = { paragraphs: [{ text: 'a' }, { text: 'b' }] };
    applyDelta(base, { length: 1, changes: [[0, { text: 'c' }]] });
    expect(base).toEqual({ paragraphs: [{ text: 'a' }, { text: 'b' }] });
  });

  it('paragraphs differing in any field are different', () => {
    expect(sameParagraph({ text: 'a' }, { text: 'a' })).toBe(true);
    expect(sameParagraph({ text: 'a' }, { text: 'a', inTable: true })).toBe(false);
    expect(sameParagraph({ text: 'a', listString: '一、' }, { text: 'a', listString: '二、' })).toBe(false);
    expect(sameParagraph({ text: 'a', style: 'Heading1' }, { text: 'a' })).toBe(false);
  });
});
