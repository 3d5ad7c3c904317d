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
import { checkRunner } from '../runner';
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

/** Reads and checks the document with the current (or given) choice. */
export function useCheckAction(ctx: PaneCtx) {
  return React.useCallback(
    async (c?: ProfileChoice): Promise<{ outcome: CheckOutcome; doc: DocModel } | null> => {
      ctx.dispatch({ type: 'checkStart' });
      try {
        await ctx.restoring.current;
        const s = ctx.get();
        const d = await ctx.host.read();
        const o = await checkRunner().check(d, c ?? s.choice, ctx.rules.current);
        ctx.dispatch({ type: 'checkDone', outcome: o, doc: d });
        ctx.host.status().then(
          (st) => ctx.dispatch({ type: 'status', status: st }),
          () => undefined,
        );
        return { outcome: o, doc: d };
      } catch (e) {
        ctx.dispatch({ type: 'checkFailed' });
        ctx.fail(e);
        return null;
      }
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
