/**
 * The progress bar of a long check (a 5,000-paragraph document takes seconds), along the bottom of the pane:
 * shown once a check has run for a moment, so that a quick one does not flash it. Reads the progress store,
 * so only this re-renders.
 */
import * as React from 'react';
import { Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core/i18n';
import { progressRatio, type ProgressStore } from '../state/progress';
import { ps } from '../strings';

const useStyles = makeStyles({
  // Out of the flow, along the bottom of the pane: wherever the user has scrolled it is in view, and showing
  // or hiding it does not move (and lay out again) the long results above.
  root: {
    position: 'fixed',
    left: 0,
    right: 0,
    bottom: 0,
    zIndex: 10,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
  },
  label: { color: tokens.colorNeutralForeground2 },
});

/** A check shorter than this shows no bar. */
export const PROGRESS_DELAY_MS = 250;

export function CheckProgress({ store, locale, delayMs = PROGRESS_DELAY_MS }: { store: ProgressStore; locale: Locale; delayMs?: number }) {
  const s = useStyles();
  const labelId = React.useId();
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
    // Not a Fluent Field (it would add its label and message machinery to the first load): a caption names the bar.
    <div className={s.root} data-testid="check-progress">
      <Caption1 id={labelId} className={s.label}>
        {ps(locale, 'checkProgressLabel')}
        {locale === 'en' ? ': ' : '：'}
        {text}
      </Caption1>
      <ProgressBar value={progressRatio(p)} max={1} aria-labelledby={labelId} aria-valuetext={text} />
    </div>
  );
}
