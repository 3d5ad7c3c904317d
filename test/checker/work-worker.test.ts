/**
 * The real worker script (work.worker.ts), driven through its message handler: the reply protocol
 * (progress…, the document packed ahead, the value; or an error), bytes handed back in transfer lists, and
 * results equal to the main-thread functions.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unpackDoc, type PackedDoc } from '../../src/checker/packDoc';
import { unpackOutcome, type PackedHead } from '../../src/checker/packOutcome';
import type { Reply, Request } from '../../src/checker/protocol';
import * as W from '../../src/checker/work';

const SEED = fs.readFileSync(path.resolve(__dirname, '../fixtures/docx/seed-typed.docx'));
const posted: { m: Reply; transfer?: Transferable[] }[] = [];
const scope = globalThis as unknown as { self: { onmessage: ((e: { data: Request }) => void) | null; postMessage(m: Reply, t?: Transferable[]): void } };
scope.self = { onmessage: null, postMessage: (m, transfer) => posted.push({ m, transfer }) };
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../src/checker/work.worker');

async function send(req: Request): Promise<Reply[]> {
  posted.length = 0;
  scope.self.onmessage!({ data: req });
  for (let i = 0; i < 200 && !posted.some((p) => 'value' in p.m || 'error' in p.m); i++) await new Promise((r) => setTimeout(r, 10));
  return posted.map((p) => p.m);
}

test('readAndCheck: progress, the document packed in its own message, the findings and cards in chunks, then the value; the bytes are transferred back', async () => {
  const replies = await send({ id: 7, op: 'readAndCheck', file: new Blob([new Uint8Array(SEED)]), name: 'seed.docx', choice: { kind: 'auto' } });
  expect(replies.every((r) => r.id === 7)).toBe(true);
  const kinds = replies.map((r) => Object.keys(r).find((k) => k !== 'id'));
  expect(kinds[0]).toBe('progress');
  const after = kinds.slice(kinds.lastIndexOf('progress') + 1);
  expect(after[0]).toBe('doc');
  expect(after[after.length - 1]).toBe('value');
  expect(new Set(after.slice(1, -1))).toEqual(new Set(['findings', 'cards']));
  const direct = W.readAndCheck('seed.docx', new Uint8Array(SEED), { kind: 'auto' });
  const doc = unpackDoc((replies.find((r) => 'doc' in r) as { doc: PackedDoc }).doc);
  expect(doc).toEqual(direct.doc);
  const value = (replies[replies.length - 1] as { value: W.Checked & { bytes: Uint8Array } }).value;
  expect(value.doc).toBeUndefined();
  const head = (value.outcome as unknown as { packed: PackedHead }).packed;
  const findings = replies.flatMap((r) => ('findings' in r ? [r.findings] : []));
  const cards = replies.flatMap((r) => ('cards' in r ? [r.cards] : []));
  expect(unpackOutcome(head, findings, cards)).toEqual(direct.outcome);
  const last = posted[posted.length - 1];
  expect(last.transfer).toEqual([value.bytes.buffer]);
  expect(Buffer.from(value.bytes).equals(SEED)).toBe(true);
});

test('an unreadable file is a value with the reader’s message; a bad request is an error reply, never silence', async () => {
  const bad = await send({ id: 8, op: 'readAndCheck', file: new Blob([new Uint8Array([1, 2, 3])]), name: 'x.docx', choice: { kind: 'auto' } });
  const v = (bad[bad.length - 1] as { value: W.Checked }).value;
  expect(v.error).toMatch(/\S/);
  expect(v.outcome).toBeUndefined();
  const ok = await send({ id: 10, op: 'checkDoc', doc: W.readAndCheck('seed.docx', new Uint8Array(SEED), { kind: 'auto' }).doc!, choice: { kind: 'auto' } });
  expect(ok[ok.length - 1]).toMatchObject({ id: 10, value: { packed: expect.any(Object) } });
  const broken = await send({ id: 9, op: 'checkDoc', doc: { paragraphs: null } as unknown as W.Checked['doc'] & object, choice: { kind: 'auto' } });
  expect(broken[broken.length - 1]).toMatchObject({ id: 9, error: expect.any(String) });
});
