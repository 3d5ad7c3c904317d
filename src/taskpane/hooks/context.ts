/** What every pane hook shares: the host, the state (latest, through a ref), dispatch, and small helpers. */
import * as React from 'react';
import type { DocModel, DocumentHost } from '../../core';
import { tr, type Locale } from '../../core/i18n';
import type { CheckOutcome } from '../engine';
import type { Action, Intent, PaneState, Undo, UserRulesState } from '../state/pane';

export interface PaneCtx {
  host: DocumentHost;
  dispatch: React.Dispatch<Action>;
  /** The state as of the last render; handlers read it here so they never act on a stale closure. */
  get(): PaneState;
  notify(intent: Intent, text: string, undo?: Undo, scope?: 'action' | 'profile' | 'sticky'): void;
  fail(e: unknown): void;
  /** Runs a write of ours: the host's change events it causes do not start an automatic re-check. */
  writing<T>(fn: () => Promise<T>): Promise<T>;
  /** Our writes in flight (the watcher skips while > 0). */
  ownWrite: React.MutableRefObject<number>;
  /** Settles once the remembered settings are restored: a check waits for it. */
  restoring: React.MutableRefObject<Promise<void>>;
  /** The user's rule packs and allow-list the next check uses (set before any re-check). */
  rules: React.MutableRefObject<UserRulesState>;
  /** Reads and checks the document; null when it failed (the failure is shown). */
  check?: () => Promise<{ outcome: CheckOutcome; doc: DocModel } | null>;
}

export function errorText(locale: Locale, e: unknown): string {
  return tr(locale, 'errorPrefix') + (e instanceof Error ? e.message : String(e));
}

export function usePaneCtx(host: DocumentHost, state: PaneState, dispatch: React.Dispatch<Action>): PaneCtx {
  const ref = React.useRef(state);
  ref.current = state;
  const ownWrite = React.useRef(0);
  const restoring = React.useRef<Promise<void>>(Promise.resolve());
  const rules = React.useRef<UserRulesState>(state.userRules);
  return React.useMemo<PaneCtx>(
    () => ({
      host,
      dispatch,
      get: () => ref.current,
      notify: (intent, text, undo, scope) => dispatch({ type: 'notify', intent, text, undo, scope }),
      fail: (e) => dispatch({ type: 'notify', intent: 'error', text: errorText(ref.current.locale, e) }),
      async writing(fn) {
        ownWrite.current++;
        try {
          return await fn();
        } finally {
          ownWrite.current--;
        }
      },
      ownWrite,
      restoring,
      rules,
    }),
    [host, dispatch],
  );
}
