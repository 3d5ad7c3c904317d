/**
 * The progress bar of a long check (a 5,000-paragraph document takes seconds): shown once a check has run
 * for a moment, so that a quick one does not flash it. Reads the progress store, so only this re-renders.
 */
import * as React from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Locale } from '../../core/i18n';
import { progressRatio, type ProgressStore } from '../state/progress';
import { ps } from '../strings';

/** A check shorter than this shows no bar. */
export const PROGRESS_DELAY_MS = 250;

export function CheckProgress({ store, locale, delayMs = PROGRESS_DELAY_MS }: { store: ProgressStore; locale: Locale; delayMs?: number }) {
  const p = React.useSyncExternalStore(store.subscribe, store.get, store.get);
  const running = p !== null && p.stage !== 'done';
  const [late, setLate] = React.useState(false);
  React.useEffect(() => {
    if (!running) {
      setLate(false);
      return;
    }
    const t = setTimeout(() => setLate(true), delayMs);
    return () => clearTimeout(t);
  }, [running, delayMs]);
  if (!running || !late) return null;
  const pct = Math.round(progressRatio(p) * 100);
  const text = ps(locale, 'checkProgress', { pct });
  return (
    <Field label={ps(locale, 'checkProgressLabel')} validationMessage={text} validationState="none" data-testid="check-progress">
      <ProgressBar value={progressRatio(p)} max={1} aria-valuetext={text} />
    </Field>
  );
}
