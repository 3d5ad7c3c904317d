/**
 * The checker's engine, off the main thread: a typed client for work.worker.ts. Every call resolves with
 * the same values as the main-thread functions in work.ts, and reports progress on the way.
 *
 * If no worker can be started (no `Worker`, a blocked Blob URL, the script fails to load) or the worker
 * dies, the calls in flight and all later ones run on the main thread instead (work.ts, a lazy chunk):
 * slower for very long documents, but never a dead checker. `cancel()` stops the work in flight at once
 * (the worker is terminated and a fresh one started for the next call); its calls reject with Cancelled.
 */
import type { DocModel, Finding, InsertPlan, Profile } from '../core';
import type { PackedRef, ReadChecked, Reply, Request, Values } from './protocol';
import { unpackOutcome, type PackedCard } from './packOutcome';
import type { Choice } from './types';
import type { Inserted, OnProgress, Outcome } from './work';
import type { Work } from './loadWork';
import { fileBytes } from './save';
import { unpackDoc } from './packDoc';

export type Engine = 'worker' | 'main';

export interface WorkClient {
  /** Where the work runs now ('worker' until the first call proves otherwise). */
  readonly engine: Engine;
  profiles(): Promise<readonly Profile[]>;
  readAndCheck(file: Blob, name: string, choice: Choice, onProgress?: OnProgress): Promise<ReadChecked>;
  checkDoc(doc: DocModel, choice: Choice, onProgress?: OnProgress): Promise<Outcome>;
  planFor(doc: DocModel, profile: Profile): Promise<InsertPlan>;
  insertSkeleton(name: string, bytes: Uint8Array, doc: DocModel, profile: Profile): Promise<Inserted>;
  /** Stops everything in flight: those calls reject with `Cancelled`. */
  cancel(): void;
  /** Subscribes to changes of `engine`; returns the unsubscribe. */
  onEngine(listener: (e: Engine) => void): () => void;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export interface WorkClientOptions {
  /** Starts the worker; throwing or rejecting means "no worker here". */
  makeWorker: () => Worker | Promise<Worker>;
  /** The main-thread functions (the lazy work.ts chunk). */
  main: () => Promise<Work>;
}

type Op = Request['op'];
type Args<O extends Op> = Omit<Extract<Request, { op: O }>, 'id' | 'op'>;

interface Pending {
  op: Op;
  args: Args<Op>;
  onProgress?: OnProgress;
  /** The document of the value, and its outcome's findings and cards, sent ahead (protocol.ts). */
  doc?: DocModel;
  findings?: Finding[][];
  cards?: PackedCard[][];
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

/** The same call on the main thread. */
async function onMain<O extends Op>(W: Work, op: O, args: Args<O>, onProgress?: OnProgress): Promise<Values[O]> {
  switch (op) {
    case 'profiles':
      return W.availableProfiles() as Values[O];
    case 'readAndCheck': {
      const { file, name, choice } = args as unknown as Args<'readAndCheck'>;
      const bytes = await fileBytes(file);
      return { ...W.readAndCheck(name, bytes, choice, onProgress), bytes } as Values[O];
    }
    case 'checkDoc': {
      const { doc, choice } = args as unknown as Args<'checkDoc'>;
      return W.checkDoc(doc, choice, onProgress) as Values[O];
    }
    case 'planFor': {
      const { doc, profile } = args as unknown as Args<'planFor'>;
      return W.planFor(doc, profile) as Values[O];
    }
    default: {
      const { name, bytes, doc, profile } = args as unknown as Args<'insertSkeleton'>;
      return W.insertSkeleton(name, bytes, doc, profile) as Values[O];
    }
  }
}

/** A value as sent (protocol.ts) → as the main-thread function returns it: the document and the outcome put back. */
function assemble(p: Pending, value: unknown): unknown {
  const isRef = (x: unknown): x is PackedRef => typeof x === 'object' && x !== null && 'packed' in x;
  const unpack = (ref: PackedRef) => unpackOutcome(ref.packed, p.findings ?? [], p.cards ?? []);
  if (isRef(value)) return unpack(value);
  if (typeof value !== 'object' || value === null) return value;
  let out = value as Record<string, unknown>;
  if (p.doc) out = { ...out, doc: p.doc };
  if (isRef(out.outcome)) out = { ...out, outcome: unpack(out.outcome) };
  return out;
}

export function createWorkClient({ makeWorker, main }: WorkClientOptions): WorkClient {
  let engine: Engine = 'worker';
  let worker: Promise<Worker | null> | null = null;
  let next = 1;
  let epoch = 0; // bumped by cancel(): main-thread calls of an older epoch are dropped
  const pending = new Map<number, Pending>();
  const listeners = new Set<(e: Engine) => void>();

  const setEngine = (e: Engine) => {
    if (engine === e) return;
    engine = e;
    for (const l of listeners) l(e);
  };

  /** Runs a call on the main thread, unless cancelled meanwhile. */
  const fallback = <O extends Op>(op: O, args: Args<O>, onProgress?: OnProgress): Promise<Values[O]> => {
    const at = epoch;
    const live = () => {
      if (at !== epoch) throw new Cancelled();
    };
    const progress = onProgress ? (p: Parameters<OnProgress>[0]) => (at === epoch ? onProgress(p) : undefined) : undefined;
    return main().then((W) => {
      live();
      return onMain(W, op, args, progress).then((v) => {
        live();
        return v;
      });
    });
  };

  /** The worker is gone: what it was doing is done on the main thread, and so is all later work. */
  const die = (w: Worker) => {
    try {
      w.terminate();
    } catch {
      /* already gone */
    }
    worker = Promise.resolve(null);
    setEngine('main');
    const orphans = [...pending.values()];
    pending.clear();
    for (const p of orphans) fallback(p.op, p.args, p.onProgress).then(p.resolve, p.reject);
  };

  const start = (): Promise<Worker | null> => {
    worker ??= Promise.resolve()
      .then(makeWorker)
      .then(
        (w) => {
          w.onmessage = (e: MessageEvent<Reply>) => {
            const p = pending.get(e.data.id);
            if (!p) return; // cancelled: a late reply is dropped
            if ('progress' in e.data) {
              p.onProgress?.(e.data.progress);
              return;
            }
            if ('doc' in e.data) {
              p.doc = unpackDoc(e.data.doc);
              return;
            }
            if ('findings' in e.data) {
              (p.findings ??= []).push(e.data.findings);
              return;
            }
            if ('cards' in e.data) {
              (p.cards ??= []).push(e.data.cards);
              return;
            }
            pending.delete(e.data.id);
            if ('value' in e.data) {
              try {
                p.resolve(assemble(p, e.data.value));
              } catch (err) {
                p.reject(err);
              }
            } else p.reject(new Error(e.data.error));
          };
          w.onerror = (e) => {
            e.preventDefault?.();
            die(w);
          };
          w.onmessageerror = () => die(w);
          return w;
        },
        () => {
          setEngine('main');
          return null;
        },
      );
    return worker;
  };

  const call = <O extends Op>(op: O, args: Args<O>, onProgress?: OnProgress, transfer: Transferable[] = []): Promise<Values[O]> =>
    start().then((w) => {
      if (!w) return fallback(op, args, onProgress);
      return new Promise<Values[O]>((resolve, reject) => {
        const id = next++;
        pending.set(id, { op, args, onProgress, resolve: resolve as (v: unknown) => void, reject });
        try {
          w.postMessage({ id, op, ...args } as Request, transfer);
        } catch (e) {
          pending.delete(id);
          reject(e);
        }
      });
    });

  return {
    get engine() {
      return engine;
    },
    profiles: () => call('profiles', {}),
    readAndCheck: (file, name, choice, onProgress) => call('readAndCheck', { file, name, choice }, onProgress),
    checkDoc: (doc, choice, onProgress) => call('checkDoc', { doc, choice }, onProgress),
    planFor: (doc, profile) => call('planFor', { doc, profile }),
    insertSkeleton: (name, bytes, doc, profile) => {
      // The worker gets a copy (moved, not cloned): the page keeps its bytes should the worker die.
      const copy = bytes.slice();
      return call('insertSkeleton', { name, bytes: copy, doc, profile }, undefined, [copy.buffer]);
    },
    cancel() {
      epoch++;
      const stopped = [...pending.values()];
      pending.clear();
      if (worker) {
        const old = worker;
        worker = null; // the next call starts a fresh worker
        void old.then((w) => w?.terminate());
        if (engine === 'main') worker = Promise.resolve(null);
      }
      for (const p of stopped) p.reject(new Cancelled());
    },
    onEngine(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
