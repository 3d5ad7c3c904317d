/**
 * A CheckRunner on a Web Worker (webpack 5 bundles engine.worker.ts as its own chunk). Loaded only where
 * `Worker` exists; if the worker cannot start or dies, checks fall back to the main thread.
 */
import type { CheckRunner } from './runner';
import { mainThreadRunner } from './runner';

type Reply = { id: number; outcome?: Awaited<ReturnType<CheckRunner['check']>>; error?: string };

export function createWorkerRunner(): CheckRunner {
  let worker: Worker | null = null;
  let broken = false;
  let next = 1;
  const waiting = new Map<number, { resolve(v: NonNullable<Reply['outcome']>): void; reject(e: Error): void }>();
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      // @ts-expect-error import.meta is ES module syntax; webpack (swc-loader, ES modules) resolves it.
      worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'xingshen-engine' });
    } catch {
      broken = true; // file:// pages, blocked workers: the main thread does the work
      return null;
    }
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.outcome) w.resolve(e.data.outcome);
      else w.reject(new Error(e.data.error ?? 'check failed'));
    };
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      worker = null;
      for (const w of waiting.values()) w.reject(new Error('worker failed'));
      waiting.clear();
    };
    return worker;
  };
  return {
    async check(doc, choice, rules) {
      const w = start();
      if (!w) return mainThreadRunner.check(doc, choice, rules);
      const id = next++;
      try {
        return await new Promise((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          w.postMessage({ id, doc, choice, rules: { packs: rules.packs ? [...rules.packs] : [], allow: rules.allow ? [...rules.allow] : [] } });
        });
      } catch {
        return mainThreadRunner.check(doc, choice, rules);
      }
    },
  };
}
