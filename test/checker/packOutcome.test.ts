/** packOutcome/unpackOutcome: a check's outcome crosses in chunks and comes back exactly, cards referring to the result's own findings. */
import * as fs from 'fs';
import * as path from 'path';
import { CHUNK, packOutcome, unpackOutcome } from '../../src/checker/packOutcome';
import * as W from '../../src/checker/work';

const FIXTURES = path.resolve(__dirname, '../fixtures/docx');
const sample = fs.readFileSync(path.resolve(__dirname, '../../src/taskpane/sample.txt'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
const long = [...sample.slice(0, 2), ...Array.from({ length: 1500 }, (_, i) => sample[2 + (i % (sample.length - 2))])].join('\n');

const outcomes: [string, W.Outcome][] = [
  ['seed-typed.docx', W.readAndCheck('seed-typed.docx', new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'seed-typed.docx'))), { kind: 'auto' }).outcome!],
  ['seed-styled.docx, generic', W.readAndCheck('seed-styled.docx', new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'seed-styled.docx'))), { kind: 'builtin', id: 'generic' }).outcome!],
  ['1,502 paragraphs', W.readAndCheck('long.txt', new TextEncoder().encode(long), { kind: 'auto' }).outcome!],
];

test.each(outcomes)('%s: unpack(pack(outcome)) deep-equals it; cards refer to the result’s findings; groups and order to the cards', (_name, o) => {
  const { head, findingChunks, cardChunks } = packOutcome(o);
  expect(findingChunks.every((c) => c.length <= CHUNK)).toBe(true);
  expect(findingChunks.flat()).toHaveLength(o.result.findings.length);
  const back = unpackOutcome(structuredClone(head), structuredClone(findingChunks), structuredClone(cardChunks));
  expect(back).toEqual(o);
  const findings = new Set(back.result.findings);
  const cards = new Set(back.view!.cards);
  expect(back.view!.cards.every((c) => c.findings.every((f) => findings.has(f)))).toBe(true);
  expect(back.view!.groups.every((g) => g.cards.every((c) => cards.has(c)))).toBe(true);
  expect(back.view!.order.every((c) => cards.has(c))).toBe(true);
  expect(back.view!.shown.every((g) => back.view!.groups.includes(g))).toBe(true);
});

test('the long report is sent in several chunks, none of the findings in the head', () => {
  const o = outcomes[2][1];
  const { head, findingChunks, cardChunks } = packOutcome(o);
  expect(o.result.findings.length).toBeGreaterThan(CHUNK * 2);
  expect(findingChunks.length).toBe(Math.ceil(o.result.findings.length / CHUNK));
  expect(cardChunks.length).toBeGreaterThan(1);
  expect('findings' in head.outcome.result).toBe(false);
});

test('a chunk that did not arrive is an error, not a silently shorter result', () => {
  const { head, findingChunks, cardChunks } = packOutcome(outcomes[2][1]);
  expect(() => unpackOutcome(head, findingChunks.slice(1), cardChunks)).toThrow(/findings arrived/);
  expect(() => unpackOutcome(head, findingChunks, cardChunks.slice(1))).toThrow(/cards arrived/);
});
