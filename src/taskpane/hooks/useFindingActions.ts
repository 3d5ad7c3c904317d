/** What a finding card can do: go to it, 上一处/下一处, fix (with 撤销), ignore it or its whole rule (with 撤销). */
import * as React from 'react';
import { tr } from '../../core/i18n';
import { loadEngine } from '../loadEngine';
import { ignoreKey, SETTING_IGNORED_RULES, SETTING_IGNORES } from '../logic';
import { applyTo, changeInContext, changeLabel, inverseFix, mergeFixes, type Card } from '../state/fixes';
import type { Notice } from '../state/pane';
import { step } from '../state/select';
import { ps } from '../strings';
import type { PaneCtx } from './context';

export function useFindingActions(ctx: PaneCtx) {
  const saveIgnores = React.useCallback(
    (next: string[]) => ctx.host.setSetting(SETTING_IGNORES, JSON.stringify(next.slice(-500))).catch(ctx.fail),
    [ctx],
  );
  const saveRules = React.useCallback((next: string[]) => ctx.host.setSetting(SETTING_IGNORED_RULES, JSON.stringify(next)).catch(ctx.fail), [ctx]);

  const select = React.useCallback(
    (paragraph: number, start?: number, length?: number) => {
      ctx.host.select(paragraph, start, length).catch(ctx.fail);
    },
    [ctx],
  );

  const goTo = React.useCallback(
    (card: Card) => {
      ctx.dispatch({ type: 'current', key: card.key });
      if (card.paragraph !== null) select(card.paragraph, card.start, card.length);
    },
    [ctx, select],
  );

  const navigate = React.useCallback(
    (order: readonly Card[], dir: 1 | -1) => {
      const next = step(order, ctx.get().current, dir);
      if (next) goTo(next);
    },
    [ctx, goTo],
  );

  /** Applies all of a card's fixes as one replacement (one host call), then re-checks and offers 撤销. */
  const fix = React.useCallback(
    async (card: Card) => {
      const { doc, locale } = ctx.get();
      if (card.paragraph === null || !doc || card.fixes.length === 0) return;
      const p = card.paragraph;
      const expected = doc.paragraphs[p]?.text ?? '';
      const merged = mergeFixes(expected, card.fixes);
      if (!merged) return;
      ctx.dispatch({ type: 'busy', busy: true });
      let ok = false;
      try {
        ok = await ctx.writing(() => ctx.host.applyFix(p, merged, expected));
      } catch (e) {
        ctx.fail(e);
      } finally {
        ctx.dispatch({ type: 'busy', busy: false });
      }
      await ctx.check?.();
      if (!ok) {
        ctx.notify('warning', tr(locale, 'fixStale'));
        return;
      }
      const after = applyTo(expected, [merged]);
      // The change with two characters either side: 解决"四风"问题 → 解决“四风”问题.
      const label = changeLabel(changeInContext(expected, card.fixes, 2));
      const text = card.fixes.length > 2 ? ps(locale, 'fixDoneMany', { n: card.fixes.length, change: label }) : ps(locale, 'fixDone', { change: label });
      ctx.notify('success', text, { kind: 'fix', paragraph: p, fix: inverseFix(expected, merged), expected: after });
    },
    [ctx],
  );

  const ignore = React.useCallback(
    (card: Card) => {
      const { doc, ignores, locale } = ctx.get();
      const keys = card.findings.map((f) => ignoreKey(f, doc));
      ctx.dispatch({ type: 'ignore', keys });
      void saveIgnores([...new Set([...ignores, ...keys])]);
      ctx.notify('info', ps(locale, 'ignoreDone'), { kind: 'unignore', keys });
    },
    [ctx, saveIgnores],
  );

  const ignoreRule = React.useCallback(
    async (ruleId: string) => {
      const { ignoredRules, locale } = ctx.get();
      ctx.dispatch({ type: 'ignoreRule', ruleId });
      void saveRules([...new Set([...ignoredRules, ruleId])]);
      const E = await loadEngine();
      ctx.notify('info', ps(locale, 'ignoreRuleDone', { rule: E.ruleName(ruleId, locale) }), { kind: 'unignoreRule', ruleId });
    },
    [ctx, saveRules],
  );

  const unignoreRule = React.useCallback(
    async (ruleId: string, say = true) => {
      const { ignoredRules, locale } = ctx.get();
      ctx.dispatch({ type: 'unignoreRule', ruleId });
      void saveRules(ignoredRules.filter((r) => r !== ruleId));
      if (say) ctx.notify('success', ps(locale, 'ignoredRuleRestored', { rule: (await loadEngine()).ruleName(ruleId, locale) }));
    },
    [ctx, saveRules],
  );

  const restoreIgnored = React.useCallback(
    (keys: string[]) => {
      ctx.dispatch({ type: 'restoreIgnored', keys });
      const drop = new Set(keys);
      void saveIgnores(ctx.get().ignores.filter((k) => !drop.has(k)));
    },
    [ctx, saveIgnores],
  );

  /** 撤销 on a notice. */
  const undo = React.useCallback(
    async (n: Notice) => {
      const u = n.undo;
      if (!u) return;
      ctx.dispatch({ type: 'closeNotice', id: n.id });
      const locale = ctx.get().locale;
      if (u.kind === 'unignore') restoreIgnored(u.keys);
      else if (u.kind === 'unignoreRule') await unignoreRule(u.ruleId, false);
      else {
        ctx.dispatch({ type: 'busy', busy: true });
        let ok = false;
        try {
          ok = await ctx.writing(() => ctx.host.applyFix(u.paragraph, u.fix, u.expected));
        } catch (e) {
          ctx.fail(e);
        } finally {
          ctx.dispatch({ type: 'busy', busy: false });
        }
        await ctx.check?.();
        ctx.notify(ok ? 'success' : 'warning', ps(locale, ok ? 'undone' : 'undoStale'));
      }
    },
    [ctx, restoreIgnored, unignoreRule],
  );

  return { select, goTo, navigate, fix, ignore, ignoreRule, unignoreRule, restoreIgnored, undo };
}
