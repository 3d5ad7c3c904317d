/**
 * The checker's WorkClient over a fake Worker that speaks the real protocol with the real engine: the
 * results are the main thread's, progress arrives file step by step, bytes travel in transfer lists,
 * cancelled work never resolves, and a worker that cannot start or dies leaves the work to the main thread.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as W from '../../src/checker/work';
import { Cancelled, createWorkClient, type WorkClient } from '../../src/checker/workClient';
import type { WorkProgress } from '../../src/checker/work';
import { FakeWorker } from './fake-worker';

const SEED = fs.readFileSync(path.resolve(__dirname, '../fixtures/docx/seed-typed.docx'));
const seedFile = () => new Blob([new Uint8Array(SEED)]);
const main = () => Promise.resolve(W);

function client(make: () => Worker = () => new FakeWorker() as unknown as Worker): WorkClient {
  return createWorkClient({ makeWorker: make, main });
}

beforeEach(() => {
  FakeWorker.made = [];
});

test('a file is read and checked in the worker: the main thread’s result, its bytes back, progress read → analysis → each rule → done', async () => {
  const c = client();
  const steps: WorkProgress[] = [];
  const r = await c.readAndCheck(seedFile(), 'seed.docx', { kind: 'auto' }, (p) => steps.push(p));
  expect(c.engine).toBe('worker');
  expect(FakeWorker.made).toHaveLength(1);
  expect(FakeWorker.made[0].sent.map((s) => s.req.op)).toEqual(['readAndCheck']);
  const direct = W.readAndCheck('seed.docx', new Uint8Array(SEED), { kind: 'auto' });
  expect(r.outcome?.result).toEqual(direct.outcome?.result);
  expect(r.doc).toEqual(direct.doc);
  expect(Buffer.from(r.bytes).equals(SEED)).toBe(true);
  expect(steps[0]).toEqual({ stage: 'read' });
  expect(steps[1]).toMatchObject({ stage: 'analysis', done: 1 });
  const rules = steps.filter((s) => s.stage === 'rules');
  expect(rules.length).toBeGreaterThan(5);
  rules.forEach((s, i) => expect(s).toMatchObject({ done: i + 2 }));
  expect(steps[steps.length - 1]).toMatchObject({ stage: 'done' });
  // The first cards come with the result, as the page would compute them.
  expect(r.outcome?.view?.cards.length).toBe(direct.outcome?.view?.cards.length);
});

test('插入骨架 sends a copy of the bytes in the transfer list; the page keeps its own', async () => {
  const c = client();
  const r = await c.readAndCheck(seedFile(), 'seed.docx', { kind: 'auto' });
  const out = await c.insertSkeleton('seed.docx', r.bytes, r.doc!, r.outcome!.profile);
  const sent = FakeWorker.made[0].sent.find((s) => s.req.op === 'insertSkeleton')!;
  expect(sent.transfer).toHaveLength(1);
  expect(sent.transfer[0]).toBe((sent.req as { bytes: Uint8Array }).bytes.buffer);
  expect(sent.transfer[0]).not.toBe(r.bytes.buffer);
  expect(r.bytes.length).toBe(SEED.length);
  expect(out).toEqual(W.insertSkeleton('seed.docx', new Uint8Array(SEED), r.doc!, r.outcome!.profile));
});

test('no Worker (constructor throws): everything runs on the main thread, with progress, same results', async () => {
  const c = client(() => {
    throw new Error('SecurityError');
  });
  const steps: WorkProgress[] = [];
  const r = await c.readAndCheck(seedFile(), 'seed.docx', { kind: 'auto' }, (p) => steps.push(p));
  expect(c.engine).toBe('main');
  expect(r.outcome?.result).toEqual(W.readAndCheck('seed.docx', new Uint8Array(SEED), { kind: 'auto' }).outcome?.result);
  expect(steps[0]).toEqual({ stage: 'read' });
  expect(steps[steps.length - 1]).toMatchObject({ stage: 'done' });
  expect((await c.profiles()).length).toBeGreaterThan(0);
});

test('the worker dies mid-check: that check finishes on the main thread, and so does all later work', async () => {
  const c = client();
  const engines: string[] = [];
  c.onEngine((e) => engines.push(e));
  const profiles = await c.profiles();
  const w = FakeWorker.made[0];
  w.hold = true;
  const pending = c.readAndCheck(seedFile(), 'seed.docx', { kind: 'builtin', id: profiles[0].id });
  await new Promise((r) => setTimeout(r, 10));
  w.crash();
  const r = await pending;
  expect(w.terminated).toBe(true);
  expect(c.engine).toBe('main');
  expect(engines).toEqual(['main']);
  expect(r.outcome?.profile.id).toBe(profiles[0].id);
  await c.checkDoc(r.doc!, { kind: 'auto' });
  expect(FakeWorker.made).toHaveLength(1); // not started again
  expect(w.sent.map((s) => s.req.op)).toEqual(['profiles', 'readAndCheck']);
});

test('cancel(): the call in flight rejects with Cancelled, its late reply is dropped, the next call gets a fresh worker', async () => {
  const c = client();
  await c.profiles();
  const first = FakeWorker.made[0];
  first.hold = true;
  const pending = c.readAndCheck(seedFile(), 'seed.docx', { kind: 'auto' });
  const settled = pending.then(
    () => 'resolved',
    (e) => (e instanceof Cancelled ? 'cancelled' : `rejected: ${String(e)}`),
  );
  await new Promise((r) => setTimeout(r, 10));
  c.cancel();
  await expect(settled).resolves.toBe('cancelled');
  await new Promise((r) => setTimeout(r, 0));
  expect(first.terminated).toBe(true);
  first.release(); // a reply after termination reaches nobody
  const r = await c.readAndCheck(seedFile(), 'seed.docx', { kind: 'auto' });
  expect(r.outcome).toBeDefined();
  expect(FakeWorker.made).toHaveLength(2);
  expect(c.engine).toBe('worker');
});

test('an engine error in the worker rejects that call with its message (no fallback for a real error)', async () => {
  const c = client();
  const bad = { paragraphs: null } as unknown as W.Checked['doc'];
  await expect(c.checkDoc(bad!, { kind: 'auto' })).rejects.toThrow();
  expect(c.engine).toBe('worker');
});
