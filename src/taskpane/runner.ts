/**
 * Where the pane's checks run: in a Web Worker when the browser has one (the pane never freezes on a
 * long document), else on the main thread (jsdom, very old web views). Same engine, same result.
 */
import type { DocModel } from '../core';
import type { CheckOutcome, ProfileChoice, UserRules } from './engine';
import { loadEngine } from './loadEngine';

export interface CheckRunner {
  check(doc: DocModel, choice: ProfileChoice, rules: UserRules): Promise<CheckOutcome>;
}

/** The main-thread runner: the lazy engine chunk. */
export const mainThreadRunner: CheckRunner = {
  async check(doc, choice, rules) {
    return (await loadEngine()).runCheck(doc, choice, rules);
  },
};

let runner: CheckRunner | null = null;

/** The runner for this page: set once by the bootstrap (a worker runner), else the main thread. */
export function checkRunner(): CheckRunner {
  return runner ?? mainThreadRunner;
}

export function setCheckRunner(r: CheckRunner | null): void {
  runner = r;
}
