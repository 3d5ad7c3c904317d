/** 标注 / 清除标注: flags every unaddressed focus aspect, removes exactly ours. */
import * as React from 'react';
import { tr } from '../../core/i18n';
import { flagRequests } from '../logic';
import { ps } from '../strings';
import type { PaneCtx } from './context';

export function useFlags(ctx: PaneCtx) {
  const flag = React.useCallback(async () => {
    const r = await ctx.check?.();
    if (!r) return;
    const locale = ctx.get().locale;
    const reqs = flagRequests(r.outcome.result, r.outcome.profile, r.doc);
    if (reqs.length === 0) {
      ctx.notify('info', tr(locale, 'flagNone'));
      return;
    }
    ctx.dispatch({ type: 'busy', busy: true });
    try {
      const n = await ctx.writing(() => ctx.host.flag(reqs));
      // Everything already flagged: say so instead of "已添加 0 处标注".
      ctx.notify('success', n === 0 ? ps(locale, 'flagAllDone') : tr(locale, 'flagResult', { n }));
    } catch (e) {
      ctx.fail(e);
    } finally {
      ctx.dispatch({ type: 'busy', busy: false });
    }
  }, [ctx]);

  const clear = React.useCallback(async () => {
    ctx.dispatch({ type: 'busy', busy: true });
    try {
      const n = await ctx.writing(() => ctx.host.clearFlags());
      ctx.notify('success', tr(ctx.get().locale, 'clearResult', { n }));
    } catch (e) {
      ctx.fail(e);
    } finally {
      ctx.dispatch({ type: 'busy', busy: false });
    }
  }, [ctx]);

  return { flag, clear };
}
