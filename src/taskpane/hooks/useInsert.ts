/** 插入缺项: the plan for the document as it is now, inserting one item or all, then a re-check and a fresh plan. */
import * as React from 'react';
import type { InsertOp, InsertPlan } from '../../core';
import { tr } from '../../core/i18n';
import { loadEngine } from '../loadEngine';
import type { PaneCtx } from './context';

export function useInsert(ctx: PaneCtx) {
  const open = React.useCallback(async () => {
    const r = await ctx.check?.();
    if (!r) return;
    const E = await loadEngine();
    ctx.dispatch({ type: 'insertPlan', plan: E.makePlan(r.doc, r.outcome.profile), done: [] });
  }, [ctx]);

  const insert = React.useCallback(
    async (which: InsertOp[] | 'all') => {
      const current = ctx.get().insert;
      if (!current) return;
      const { plan } = current;
      const sectionOps = plan.ops.filter((o) => o.kind === 'section');
      const part: InsertPlan =
        which === 'all'
          ? plan
          : { ops: which, renumber: which.length === 1 && sectionOps.length === 1 && sectionOps[0] === which[0] ? plan.renumber : [] };
      ctx.dispatch({ type: 'busy', busy: true });
      try {
        const report = await ctx.writing(() => ctx.host.apply(part));
        const labels = part.ops.filter((o) => report.inserted.includes(o.key)).map((o) => o.label);
        const r = await ctx.check?.();
        const E = await loadEngine();
        ctx.notify(
          'success',
          tr(ctx.get().locale, 'insertResult', { inserted: report.inserted.length, skipped: report.skipped.length, renumbered: report.renumbered }),
        );
        if (r) ctx.dispatch({ type: 'insertPlan', plan: E.makePlan(r.doc, r.outcome.profile), done: [...current.done, ...labels] });
      } catch (e) {
        ctx.fail(e);
      } finally {
        ctx.dispatch({ type: 'busy', busy: false });
      }
    },
    [ctx],
  );

  const close = React.useCallback(() => ctx.dispatch({ type: 'insertOpen', open: false }), [ctx]);
  return { open, insert, close };
}
