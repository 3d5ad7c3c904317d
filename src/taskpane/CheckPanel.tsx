/** The check card: the profile picker (with the detection reason, detail on demand), the actions, auto re-check. */
import * as React from 'react';
import { cardStyle } from './results/styles';
import { Button, Caption1, Label, makeStyles, Select, Spinner, Switch, tokens } from '@fluentui/react-components';
import { Flag16Regular, FlagOff16Regular, Search16Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import type { Profile } from '../core';
import { tr, type Locale } from '../core/i18n';
import type { CheckOutcome, ProfileChoice } from './engine';
import { shortProfileName } from './logic';
import { CUSTOM, LOAD } from './hooks/useSettings';
import { ps } from './strings';

const ProfileLoader = React.lazy(() => import(/* webpackChunkName: "profile-loader" */ './ProfileLoader'));

const useStyles = makeStyles({
  card: cardStyle,
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3 },
  reasonRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalXS },
  why: { minWidth: 0, height: 'auto', paddingLeft: 0, paddingRight: 0, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  checkButton: { flexGrow: 1, minWidth: '96px' },
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface CheckPanelProps {
  locale: Locale;
  profiles: readonly Profile[];
  choice: ProfileChoice;
  outcome: CheckOutcome | null;
  busy: boolean;
  checking: boolean;
  readOnly: boolean;
  loaderOpen: boolean;
  autoRecheck: boolean;
  userRules: { packs: number; words: number };
  onSelectChange(value: string): void;
  onProfileLoaded(profile: Profile, text: string): void;
  onCloseLoader(): void;
  onCheck(): void;
  onInsert(): void;
  onFlag(): void;
  onClearFlags(): void;
  onAutoRecheck(on: boolean): void;
  /** Room for more ways to get a profile (e.g. 从通知生成…), shown under the picker. */
  profileExtras?: React.ReactNode;
}

/** 识别为：… on one line; the full reason on demand. */
function Detected({ locale, outcome }: { locale: Locale; outcome: CheckOutcome }) {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  return (
    <div data-testid="detection-reason">
      <div className={s.reasonRow}>
        <Caption1 className={s.reason}>{ps(locale, 'detectedShort', { name: shortProfileName(outcome.profile.name) })}</Caption1>
        {outcome.reason ? (
          <Button size="small" appearance="transparent" className={s.why} aria-expanded={open} onClick={() => setOpen(!open)} data-testid="detection-why">
            {ps(locale, 'detectWhy')} {open ? '▴' : '▾'}
          </Button>
        ) : null}
      </div>
      {open ? (
        <Caption1 className={s.reason} block data-testid="detection-detail">
          {outcome.reason}
        </Caption1>
      ) : null}
    </div>
  );
}

export function CheckPanel(p: CheckPanelProps) {
  const s = useStyles();
  const { locale } = p;
  const selectId = React.useId();
  const selectValue = p.choice.kind === 'auto' ? 'auto' : p.choice.kind === 'builtin' ? p.choice.id : CUSTOM;
  return (
    <section className={s.card} aria-label={tr(locale, 'check')}>
      <div className={s.field}>
        <Label htmlFor={selectId} size="small" weight="semibold">
          {tr(locale, 'profileLabel')}
        </Label>
        <Select id={selectId} value={selectValue} onChange={(_, d) => p.onSelectChange(d.value)} data-testid="profile-select">
          <option value="auto">{tr(locale, 'profileAuto')}</option>
          {p.profiles.map((pr) => (
            <option key={pr.id} value={pr.id} title={pr.name}>
              {shortProfileName(pr.name)}
            </option>
          ))}
          {p.choice.kind === 'custom' ? <option value={CUSTOM}>{tr(locale, 'profileCustom', { name: shortProfileName(p.choice.profile.name) })}</option> : null}
          <option value={LOAD}>{tr(locale, 'profileLoad')}</option>
        </Select>
        {p.outcome && p.outcome.detected ? <Detected locale={locale} outcome={p.outcome} /> : null}
        {p.profileExtras}
      </div>
      {p.loaderOpen ? (
        <React.Suspense fallback={<Spinner size="tiny" label={tr(locale, 'loading')} />}>
          <ProfileLoader locale={locale} onLoaded={p.onProfileLoaded} onCancel={p.onCloseLoader} />
        </React.Suspense>
      ) : null}
      <div className={s.actions}>
        <Button
          appearance="primary"
          className={s.checkButton}
          icon={p.checking ? <Spinner size="extra-tiny" /> : <Search16Regular />}
          disabled={p.busy}
          onClick={p.onCheck}
        >
          {p.checking ? tr(locale, 'checking') : tr(locale, 'check')}
        </Button>
        <Button icon={<TextBulletListAdd20Regular />} disabled={p.busy || p.readOnly} onClick={p.onInsert}>
          {tr(locale, 'insert')}
        </Button>
        <Button icon={<Flag16Regular />} disabled={p.busy || p.readOnly} onClick={p.onFlag}>
          {tr(locale, 'flag')}
        </Button>
        <Button icon={<FlagOff16Regular />} disabled={p.busy || p.readOnly} onClick={p.onClearFlags}>
          {tr(locale, 'clearFlags')}
        </Button>
      </div>
      {p.userRules.packs || p.userRules.words ? (
        <Caption1 className={s.reason} data-testid="user-rules-summary">
          {tr(locale, 'userRulesActive', p.userRules)}
        </Caption1>
      ) : null}
      <Switch className={s.switch} checked={p.autoRecheck} onChange={(_, d) => p.onAutoRecheck(d.checked)} label={tr(locale, 'autoRecheck')} />
    </section>
  );
}
