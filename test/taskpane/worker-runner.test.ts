/**
 * The pane's worker runner, with a fake worker: a re-check posts only the changed paragraphs, progress
 * reaches the caller, a superseded check is dropped (its busy worker stopped, the checks behind it asked
 * again of a fresh one), and a dead worker falls back to the main thread.
 */
import { modelFromLines, type DocModel } from '../../src/core';
import type { WorkerReply, WorkerRequest } from '../../src/taskpane/engine.worker';
import { createWorkerRunner } from '../../src/taskpane/workerRunner';
import type { CheckOutcome } from '../../src/taskpane/engine';

class FakeWorker {
  static made: FakeWorker[] = [];
  received: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: WorkerRequest) {
    this.received.push(structuredClone(m));
  }
  terminate() {
    this.terminated = true;
  }
  reply(m: WorkerReply) {
    this.onmessage?.({ data: m } as MessageEvent<WorkerReply>);
  }
}

const outcome = (name: string) => ({ result: { profileName: name }, profile: { id: name }, reason: '', detected: false }) as unknown as CheckOutcome;
const doc = (n: number, edit?: number): DocModel => modelFromLines(Array.from({ length: n }, (_, i) => (i === edit ? '改过的段落' : `第${i}段`)));
const auto = { kind: 'auto' } as const;

beforeEach(() => {
  FakeWorker.made = [];
});

const runner = () => createWorkerRunner(() => new FakeWorker() as unknown as Worker);

describe('worker runner', () => {
  it('sends the whole document first, then only the changed paragraphs; progress reaches the caller', async () => {
    const r = runner();
    const progress: number[] = [];
    const first = r.check(doc(5000), auto, {}, { onProgress: (p) => progress.push(p.done) });
    const w = FakeWorker.made[0];
    expect(w.received[0].doc?.paragraphs).toHaveLength(5000);
    w.reply({ id: w.received[0].id, progress: { stage: 'analysis', done: 1, total: 3 } });
    w.reply({ id: w.received[0].id, progress: { stage: 'rules', done: 2, total: 3 } });
    w.reply({ id: w.received[0].id, outcome: outcome('A') });
    expect((await first).result.profileName).toBe('A');
    expect(progress).toEqual([1, 2]);

    // A fresh read of the same document with one paragraph edited: one paragraph crosses over.
    const second = r.check(doc(5000, 17), auto, {});
    const req = w.received[1];
    expect(req.doc).toBeUndefined();
    expect(req.delta).toEqual({ length: 5000, changes: [[17, { text: '改过的段落' }]] });
    w.reply({ id: req.id, outcome: outcome('B') });
    expect((await second).result.profileName).toBe('B');
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('a superseded check is dropped: its worker is stopped, the newer check goes whole to a fresh worker, late replies are ignored', async () => {
    const r = runner();
    const ac = new AbortController();
    const stale = r.check(doc(10), auto, {}, { signal: ac.signal });
    const w1 = FakeWorker.made[0];
    ac.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect(w1.terminated).toBe(true);
    // A late reply from the stopped worker changes nothing.
    w1.reply({ id: w1.received[0].id, outcome: outcome('stale') });

    const fresh = r.check(doc(10, 3), auto, {});
    const w2 = FakeWorker.made[1];
    expect(w2.received[0].doc?.paragraphs).toHaveLength(10);
    w2.reply({ id: w2.received[0].id, outcome: outcome('fresh') });
    expect((await fresh).result.profileName).toBe('fresh');
  });

  it('a check queued behind the superseded one is asked again of the fresh worker', async () => {
    const r = runner();
    const ac = new AbortController();
    const stale = r.check(doc(10), auto, {}, { signal: ac.signal });
    const queued = r.check(doc(10, 1), auto, {});
    const w1 = FakeWorker.made[0];
    expect(w1.received).toHaveLength(2);
    ac.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    const w2 = FakeWorker.made[1];
    expect(w1.terminated).toBe(true);
    expect(w2.received).toHaveLength(1);
    expect(w2.received[0].doc?.paragraphs[1].text).toBe('改过的段落');
    w2.reply({ id: w2.received[0].id, outcome: outcome('queued') });
    expect((await queued).result.profileName).toBe('queued');
  });

  it('a check aborted while another is ahead of it leaves the worker running', async () => {
    const r = runner();
    const ahead = r.check(doc(10), auto, {});
    const ac = new AbortController();
    const behind = r.check(doc(10, 2), auto, {}, { signal: ac.signal });
    ac.abort();
    await expect(behind).rejects.toMatchObject({ name: 'AbortError' });
    const w = FakeWorker.made[0];
    expect(w.terminated).toBe(false);
    w.reply({ id: w.received[1].id, outcome: outcome('dropped') });
    w.reply({ id: w.received[0].id, outcome: outcome('ahead') });
    expect((await ahead).result.profileName).toBe('ahead');
  });

  it('a worker without the base document is sent the whole document again', async () => {
    const r = runner();
    const first = r.check(doc(3), auto, {});
    const w = FakeWorker.made[0];
    w.reply({ id: w.received[0].id, outcome: outcome('A') });
    await first;
    const again = r.check(doc(3, 0), auto, {});
    const req = w.received[1];
    expect(req.delta).toBeDefined();
    w.reply({ id: req.id, error: 'no base document', stale: true });
    expect(w.received[2].doc?.paragraphs).toHaveLength(3);
    w.reply({ id: req.id, outcome: outcome('B') });
    expect((await again).result.profileName).toBe('B');
  });

  it('when the worker dies, the check runs on the main thread', async () => {
    const r = runner();
    const pending = r.check(modelFromLines(['一、学习情况', '我认真学习。']), auto, {});
    FakeWorker.made[0].onerror?.({});
    const o = await pending;
    expect(o.result.findings).toBeDefined();
    expect(o.profile.id).toBeTruthy();
  });
});

describe('worker runner results', () => {
  it('applies the worker’s deltas: unchanged findings keep their objects, an unchanged result is the same object, also after a dropped check', async () => {
    const { outcomeDelta } = await import('../../src/taskpane/resultDelta');
    const { runCheck } = await import('../../src/taskpane/engine');
    const r = runner();
    const d1 = modelFromLines(['对照检查材料', '一、学习情况', '我认真学习"四风"问题。', '二、存在的问题', '我工作不够扎实。']);
    const o1 = runCheck(d1, auto);
    const d2 = modelFromLines(['对照检查材料', '一、学习情况', '我认真学习“四风”问题。', '二、存在的问题', '我工作不够扎实。']);
    const o2 = runCheck(d2, auto);
    // The worker's side: what it last sent.
    let sent: Parameters<typeof outcomeDelta>[1] = null;
    const answer = (w: FakeWorker, i: number, o: CheckOutcome) => {
      const { delta, sigs } = outcomeDelta(o, sent);
      sent = sigs;
      w.reply({ id: w.received[i].id, delta });
    };
    const first = r.check(d1, auto, {});
    const w = FakeWorker.made[0];
    answer(w, 0, o1);
    const got1 = await first;
    expect(got1).toEqual(o1);

    const second = r.check(d2, auto, {});
    answer(w, 1, o2);
    const got2 = await second;
    expect(got2).toEqual(o2);
    // The findings that did not change are the very objects received before.
    const kept = got2.result.findings.filter((f) => got1.result.findings.includes(f));
    expect(kept.length).toBeGreaterThan(0);

    // A check dropped while another was ahead still moves the base on; the next answer builds on it.
    const ahead = r.check(d2, auto, {});
    const ac = new AbortController();
    const dropped = r.check(d1, auto, {}, { signal: ac.signal });
    ac.abort();
    await expect(dropped).rejects.toMatchObject({ name: 'AbortError' });
    answer(w, 2, o2);
    expect(await ahead).toBe(got2);
    answer(w, 3, o1);
    const last = r.check(d1, auto, {});
    answer(w, 4, o1);
    const got = await last;
    expect(got).toEqual(o1);
  });
});
