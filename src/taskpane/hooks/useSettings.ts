/** Settings: the profile choice, the user's rule packs and allow-list, the language, notes closed for good. */
import * as React from 'react';
import type { HostCapabilities, Profile } from '../../core';
import { tr, type Locale } from '../../core/i18n';
import type { ProfileChoice, UserRules } from '../engine';
import { loadEngine } from '../loadEngine';
import { SETTING_ALLOW, SETTING_PACKS, SETTING_PROFILE } from '../logic';
import { PREF_DISMISSED, PREF_LOCALE, writePref } from '../state/prefs';
import type { UserRulesState } from '../state/pane';
import type { PaneCtx } from './context';

export const LOAD = '__load__';
export const CUSTOM = '__custom__';

export function useSettings(ctx: PaneCtx, caps: HostCapabilities) {
  const choose = React.useCallback(
    async (c: ProfileChoice) => {
      ctx.dispatch({ type: 'choice', choice: c });
      try {
        await ctx.host.setSetting(SETTING_PROFILE, (await loadEngine()).choiceToSetting(c));
      } catch (e) {
        ctx.fail(e);
      }
      if (ctx.get().outcome) await ctx.check?.();
    },
    [ctx],
  );

  const onSelectChange = React.useCallback(
    (value: string) => {
      if (value === LOAD) {
        ctx.dispatch({ type: 'loader', open: true });
        return;
      }
      ctx.dispatch({ type: 'loader', open: false });
      if (value === CUSTOM) return;
      void choose(value === 'auto' ? { kind: 'auto' } : { kind: 'builtin', id: value });
    },
    [ctx, choose],
  );

  const onProfileLoaded = React.useCallback(
    async (profile: Profile, text: string) => {
      ctx.dispatch({ type: 'loader', open: false });
      await choose({ kind: 'custom', profile, text });
      ctx.notify('success', tr(ctx.get().locale, 'profileLoaded', { name: profile.name }), undefined, 'profile');
    },
    [ctx, choose],
  );

  /** New packs or allow-list: used at once, remembered with the document, and the result re-checked. */
  const changeRules = React.useCallback(
    (next: Partial<UserRules>) => {
      ctx.rules.current = { ...ctx.rules.current, ...(next as Partial<UserRulesState>) };
      ctx.dispatch({ type: 'rules', rules: next as Partial<UserRulesState> });
      const saves: Promise<void>[] = [];
      // Without document settings the rules still apply for this session (the settings panel says so).
      const save: Partial<UserRules> = caps.documentSettings ? next : {};
      if (save.packs) saves.push(ctx.host.setSetting(SETTING_PACKS, JSON.stringify(save.packs)));
      if (save.allow) saves.push(ctx.host.setSetting(SETTING_ALLOW, JSON.stringify(save.allow)));
      Promise.all(saves).catch(ctx.fail);
      if (ctx.get().outcome) void ctx.check?.();
    },
    [ctx, caps.documentSettings],
  );

  const setLocale = React.useCallback(
    (locale: Locale) => {
      ctx.dispatch({ type: 'locale', locale });
      writePref(PREF_LOCALE, locale);
    },
    [ctx],
  );

  const dismiss = React.useCallback(
    (id: string) => {
      ctx.dispatch({ type: 'dismiss', id });
      writePref(PREF_DISMISSED, JSON.stringify([...new Set([...ctx.get().dismissed, id])]));
    },
    [ctx],
  );

  return { choose, onSelectChange, onProfileLoaded, changeRules, setLocale, dismiss };
}
