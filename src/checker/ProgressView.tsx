/** The checker's progress: which file of the batch, and inside a long one 读取 → 分析 → 规则 i/N; 取消 stops a batch. */
import * as React from 'react';
import { Button, Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { Locale } from '../core/i18n';
import { overall, type Progress, type ProgressStore } from './progress';
import { t } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  label: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

export function progressText(locale: Locale, p: Progress): string {
  const file = t(locale, p.kind === 'read' ? 'reading' : 'rechecking', { n: p.n, total: p.total, name: p.name });
  const step = p.step;
  if (!step) return file;
  const what =
    step.stage === 'read'
      ? t(locale, 'stepRead')
      : step.stage === 'analysis'
        ? t(locale, 'stepAnalysis')
        : step.stage === 'rules'
          ? t(locale, 'stepRules', { done: Math.max(0, step.done - 1), total: Math.max(0, step.total - 1) })
          : t(locale, 'stepDone');
  return `${file} · ${what}`;
}

export function ProgressView({ locale, store, onCancel }: { locale: Locale; store: ProgressStore; onCancel?: () => void }) {
  const s = useStyles();
  const state = React.useSyncExternalStore(store.subscribe, store.get, store.get);
  const labelId = React.useId();
  const p = state.read ?? state.recheck;
  if (!p) return null;
  const text = progressText(locale, p);
  const value = overall(p);
  return (
    <div className={s.root} data-testid="progress" data-kind={p.kind} data-stage={p.step?.stage ?? 'start'}>
      <ProgressBar value={value} max={1} thickness="large" aria-labelledby={labelId} aria-valuetext={text} data-testid="progress-bar" />
      <div className={s.row}>
        <Caption1 id={labelId} className={s.label} data-testid="progress-text">
          {text}
        </Caption1>
        {onCancel && p.kind === 'read' ? (
          <Button size="small" appearance="secondary" onClick={onCancel} data-testid="cancel">
            {t(locale, 'cancel')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
