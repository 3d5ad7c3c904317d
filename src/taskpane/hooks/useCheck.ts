/** Checking: restores what the document remembers, reads and checks it, and re-checks after edits. */
import * as React from 'react';
import type { DocModel } from '../../core';
import { tr } from '../../core/i18n';
import type { CheckOutcome, ProfileChoice } from '../engine';
import { loadEngine } from '../loadEngine';
import {
  parseAllowSetting,
  parseIgnores,
  SETTING_ALLOW,
  SETTING_IGNORED_RULES,
  SETTING_IGNORES,
  SETTING_PACKS,
  SETTING_PROFILE,
} from '../logic';
import { sameDoc } from '../docDelta';
import { abortError, checkRunner, isAbort } from '../runner';
import { createProgressStore, type ProgressStore } from '../state/progress';
import type { PaneCtx } from './context';

/** Restores the profile choice, ignores, ignored rules, rule packs and allow-list; reads the host status. */
export function useRestore(ctx: PaneCtx) {
  React.useEffect(() => {
    let live = true;
    const { host, dispatch } = ctx;
    const locale = ctx.get().locale;
    ctx.restoring.current = (async () => {
      try {
        const [saved, ign, rulesText, packsText, allowText, st, E] = await Promise.all([
          host.getSetting(SETTING_PROFILE),
          host.getSetting(SETTING_IGNORES),
          host.getSetting(SETTING_IGNORED_RULES),
          host.getSetting(SETTING_PACKS),
          host.getSetting(SETTING_ALLOW),
          host.status(),
          loadEngine(),
        ]);
        if (!live) return;
        const { packs, dropped } = E.restorePacks(packsText);
        let choice: ProfileChoice | undefined;
        if (saved && saved.trimStart().startsWith('{')) {
          try {
            choice = { kind: 'custom', profile: E.parseProfileJson(saved, 'xingshen.profile'), text: saved };
          } catch {
            /* a stale custom profile: fall back to automatic detection */
          }
        } else if (saved && E.availableProfiles().some((p) => p.id === saved)) choice = { kind: 'builtin', id: saved };
        ctx.rules.current = { packs, allow: parseAllowSetting(allowText) };
        dispatch({
          type: 'restored',
          status: st,
          ignores: parseIgnores(ign),
          ignoredRules: parseIgnores(rulesText),
          rules: ctx.rules.current,
          choice,
        });
        if (dropped > 0) ctx.notify('warning', tr(locale, 'packsRestoreFailed', { n: dropped }), undefined, 'sticky');
      } catch (e) {
        if (live) ctx.fail(e);
      }
    })();
    return () => {
      live = false;
    };
  }, [ctx]);
}

const progressStores = new WeakMap<PaneCtx, ProgressStore>();

/** The progress of this pane's running check (the progress bar reads it). */
export function progressOf(ctx: PaneCtx): ProgressStore {
  let store = progressStores.get(ctx);
  if (!store) progressStores.set(ctx, (store = createProgressStore()));
  return store;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Paragraphs above which a result renders as a transition. */
export const LONG_DOCUMENT = 300;

type Checked = { outcome: CheckOutcome; doc: DocModel } | null;

interface Running {
  seq: number;
  doc: DocModel;
  choice: ProfileChoice;
  rules: unknown;
  abort: AbortController;
  promise: Promise<Checked>;
}

/**
 * Reads and checks the document with the current (or given) choice. A newer check of a different document
 * (or choice) supersedes a running one: the older one's result is dropped (its worker stopped) and its
 * caller gets the newer result; a request for the same check as the running one waits for it instead
 * (a re-click, or an edit event and the file load that caused it). A long document's result renders as
 * a transition, so that a long findings list does not block the pane.
 */
export function useCheckAction(ctx: PaneCtx) {
  const run = React.useRef<{ n: number; started: number; running: Running | null; latest: Promise<Checked> | null }>({ n: 0, started: 0, running: null, latest: null });
  return React.useCallback(
    (c?: ProfileChoice): Promise<Checked> => {
      const my = ++run.current.n;
      const ac = new AbortController();
      const progress = progressOf(ctx);
      const me: { promise?: Promise<Checked> } = {};
      me.promise = (async (): Promise<Checked> => {
        ctx.dispatch({ type: 'checkStart' });
        try {
          // Lets the pane paint 检查中 before the read and the hand-over to the worker (one task each, not one long one).
          await nextTask();
          await ctx.restoring.current;
          const s = ctx.get();
          const choice = c ?? s.choice;
          const rules = ctx.rules.current;
          const read = await ctx.host.read();
          // A newer request already started its check: this older read is not the news.
          if (run.current.started > my) throw abortError();
          const prev = run.current.running;
          if (prev && prev.choice === choice && prev.rules === rules && sameDoc(prev.doc, read)) return await prev.promise;
          prev?.abort.abort();
          // The document as last checked, when it reads the same: with the same outcome object back from the
          // worker, nothing derived from them is computed or rendered again.
          const d = s.doc && sameDoc(s.doc, read) ? s.doc : read;
          run.current.started = my;
          run.current.running = { seq: my, doc: d, choice, rules, abort: ac, promise: me.promise! };
          // From now on the check is running (the bar shows if it takes a while), before the first report.
          progress.set({ stage: 'analysis', done: 0, total: 1 });
          const o = await checkRunner().check(d, choice, rules, {
            signal: ac.signal,
            onProgress: (p) => {
              if (!ac.signal.aborted) progress.set(p);
            },
          });
          if (ac.signal.aborted) throw abortError();
          if (run.current.running?.seq === my) run.current.running = null;
          progress.set(null);
          const done = () => ctx.dispatch({ type: 'checkDone', outcome: o, doc: d });
          // A short document's result renders at once, so that a notice after it (已修改, 已插入) never shows
          // before the result it reports.
          if (d.paragraphs.length > LONG_DOCUMENT) React.startTransition(done);
          else done();
          ctx.host.status().then(
            (st) => ctx.dispatch({ type: 'status', status: st }),
            () => undefined,
          );
          return { outcome: o, doc: d };
        } catch (e) {
          if (ac.signal.aborted || isAbort(e)) {
            const newer = run.current.latest;
            return newer && newer !== me.promise ? newer : null;
          }
          if (run.current.running?.seq === my) run.current.running = null;
          progress.set(null);
          ctx.dispatch({ type: 'checkFailed' });
          ctx.fail(e);
          return null;
        }
      })();
      run.current.latest = me.promise;
      return me.promise;
    },
    [ctx],
  );
}

/** Re-checks after edits (debounced), when switched on and after a first check; our own writes are skipped. */
export function useAutoRecheck(ctx: PaneCtx, debounceMs: number) {
  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = ctx.host.watch(() => {
      const s = ctx.get();
      if (ctx.ownWrite.current > 0 || !s.autoRecheck || s.outcome === null) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void ctx.check?.(), debounceMs);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [ctx, debounceMs]);
}
