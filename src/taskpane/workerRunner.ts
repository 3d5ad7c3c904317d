/**
 * A CheckRunner on a Web Worker (webpack 5 bundles engine.worker.ts as its own chunk). Loaded only where
 * `Worker` exists; if the worker cannot start or dies, checks fall back to the main thread.
 *
 * - The worker keeps the last document; a re-check posts only the changed paragraphs (docDelta), so an
 *   unchanged 5,000-paragraph document is not structured-cloned again.
 * - The worker answers with the findings that changed since its last answer (resultDelta): unchanged
 *   ones keep their objects here, and a re-check that found the same returns the same outcome object.
 * - Progress messages reach `onProgress`.
 * - A superseded check (its signal aborted) is dropped: when the worker is still busy with it, the
 *   worker is terminated (a synchronous check cannot be interrupted otherwise) and the next check starts
 *   a fresh one.
 */
import type { DocModel } from '../core';
import { docDelta } from './docDelta';
import { applyOutcomeDelta } from './resultDelta';
import type { WorkerReply, WorkerRequest } from './engine.worker';
import type { CheckOutcome } from './engine';
import type { CheckRunner, RunOptions } from './runner';
import { abortError, mainThreadRunner } from './runner';

interface Job {
  id: number;
  request: Omit<WorkerRequest, 'doc' | 'delta'>;
  doc: DocModel;
  options: RunOptions | undefined;
  resolve(v: CheckOutcome): void;
  reject(e: Error): void;
}

/** Makes a worker; injectable so that tests can drive a fake one. */
export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  // @ts-expect-error import.meta is ES module syntax; webpack (swc-loader, ES modules) resolves it.
  new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'xingshen-engine' });

export function createWorkerRunner(factory: WorkerFactory = defaultFactory): CheckRunner {
  let worker: Worker | null = null;
  let broken = false;
  let next = 1;
  /** The document the current worker holds (null: none yet, send it whole). */
  let held: DocModel | null = null;
  /** The last outcome the current worker sent (its next answer is a delta against it). */
  let received: CheckOutcome | null = null;
  const jobs = new Map<number, Job>();

  const stop = () => {
    worker?.terminate();
    worker = null;
    held = null;
    received = null;
  };
  const onMain = (job: Job) => {
    jobs.delete(job.id);
    mainThreadRunner.check(job.doc, job.request.choice, job.request.rules, job.options).then(job.resolve, job.reject);
  };
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = factory();
    } catch {
      broken = true; // file:// pages, blocked workers: the main thread does the work
      return null;
    }
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      // Every result is applied, also one for a dropped check: the worker's next delta builds on it.
      if ('delta' in m) received = applyOutcomeDelta(received, m.delta);
      else if ('outcome' in m) received = m.outcome;
      const job = jobs.get(m.id);
      if (!job) return; // a dropped (superseded) check
      if ('progress' in m) {
        job.options?.onProgress?.(m.progress);
        return;
      }
      if ('delta' in m || 'outcome' in m) {
        jobs.delete(m.id);
        job.resolve(received!);
      } else if (m.stale) send(job, true);
      else {
        jobs.delete(m.id);
        job.reject(new Error(m.error));
      }
    };
    worker.onerror = () => {
      broken = true;
      stop();
      for (const job of [...jobs.values()]) onMain(job);
    };
    return worker;
  };
  /** Posts a job: the whole document to a fresh worker, else the changes to the one it holds. */
  const send = (job: Job, whole: boolean) => {
    const w = start();
    if (!w) return onMain(job);
    const message: WorkerRequest = whole || !held ? { ...job.request, doc: job.doc } : { ...job.request, delta: docDelta(held, job.doc) };
    try {
      w.postMessage(message);
      held = job.doc;
    } catch {
      onMain(job); // something that cannot be cloned: the main thread checks it
    }
  };
  const abort = (job: Job) => {
    if (!jobs.has(job.id)) return;
    jobs.delete(job.id);
    // The worker takes one message at a time, oldest first: if no older job is pending, it is working on
    // this one; a synchronous check cannot be interrupted, so a fresh worker takes the jobs behind it.
    if ([...jobs.keys()].every((k) => k > job.id)) {
      stop();
      for (const other of [...jobs.values()]) send(other, true);
    }
    job.reject(abortError());
  };

  return {
    check(doc, choice, rules, options) {
      if (options?.signal?.aborted) return Promise.reject(abortError());
      if (!start()) return mainThreadRunner.check(doc, choice, rules, options);
      const id = next++;
      const request = { id, choice, rules: { packs: rules.packs ? [...rules.packs] : [], allow: rules.allow ? [...rules.allow] : [] } };
      return new Promise<CheckOutcome>((resolve, reject) => {
        const job: Job = { id, request, doc, options, resolve, reject };
        const signal = options?.signal;
        const onAbort = () => abort(job);
        job.resolve = (v) => (signal?.removeEventListener('abort', onAbort), resolve(v));
        job.reject = (e) => (signal?.removeEventListener('abort', onAbort), reject(e));
        signal?.addEventListener('abort', onAbort, { once: true });
        jobs.set(id, job);
        send(job, false);
      });
    },
  };
}
