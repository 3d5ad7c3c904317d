/**
 * Where the pane's checks run: in a Web Worker when the browser has one (the pane never freezes on a
 * long document), else on the main thread (jsdom, very old web views). Same engine, same result.
 */
import type { CheckProgress, DocModel } from '../core';
import type { CheckOutcome, ProfileChoice, UserRules } from './engine';
import { loadEngine } from './loadEngine';

export interface RunOptions {
  /** Called as the check proceeds (analysis, each rule). */
  onProgress?(p: CheckProgress): void;
  /** Aborted when a newer check supersedes this one: the runner may stop working on it and rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface CheckRunner {
  check(doc: DocModel, choice: ProfileChoice, rules: UserRules, options?: RunOptions): Promise<CheckOutcome>;
}

/** The error a superseded check rejects with. */
export function abortError(): Error {
  const e = new Error('superseded');
  e.name = 'AbortError';
  return e;
}

export const isAbort = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';

/** The main-thread runner: the lazy engine chunk. */
export const mainThreadRunner: CheckRunner = {
  async check(doc, choice, rules, options) {
    const E = await loadEngine();
    if (options?.signal?.aborted) throw abortError();
    return E.runCheck(doc, choice, rules, options?.onProgress);
  },
};

let runner: CheckRunner | null = null;

/**
 * The runner for this page: a Web Worker where the browser has one (its module is loaded with the
 * first check, so the first paint stays small), else the main thread (jsdom tests, old web views).
 */
export function checkRunner(): CheckRunner {
  if (runner) return runner;
  if (typeof Worker === 'undefined') return mainThreadRunner;
  let made: Promise<CheckRunner> | null = null;
  const lazy: CheckRunner = {
    async check(doc, choice, rules, options) {
      made ??= import(/* webpackChunkName: "worker-runner" */ './workerRunner').then((m) => m.createWorkerRunner(), () => mainThreadRunner);
      return (await made).check(doc, choice, rules, options);
    },
  };
  runner = lazy;
  return runner;
}

export function setCheckRunner(r: CheckRunner | null): void {
  runner = r;
}
