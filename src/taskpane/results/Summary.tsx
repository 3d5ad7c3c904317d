/** 检查概览: the verdict with its reason (the same as the checker and the batch reports), then counts that add up to the list. */
import * as React from 'react';
import { Badge, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { CheckResult, Profile, Severity } from '../../core';
import { VERDICT_NAMES, verdictOf, type Verdict } from '../../core/verdict';
import { tr, type Locale } from '../../core/i18n';
import { ps } from '../strings';
import { severityLabel } from './Status';
import { useResultStyles } from './styles';

const useStyles = makeStyles({
  stats: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  stats3: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke1,
    minWidth: 0,
  },
  statValue: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  good: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  bad: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warn: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  plain: {},
  verdict: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const VERDICT_COLOR: Record<Verdict, 'success' | 'warning' | 'danger'> = { pass: 'success', revise: 'warning', fail: 'danger' };

/** The verdict's reason in the locale: the core's zh-CN reason, or its English when the core has one. */
function reasonOf(v: ReturnType<typeof verdictOf>, locale: Locale): string {
  const en = (v as { whyEn?: string }).whyEn;
  return locale === 'en' && en ? en : v.why;
}

export interface SummaryProps {
  locale: Locale;
  result: CheckResult;
  /** Given: the verdict is shown (the pane); the checker shows it in its file card instead. */
  profile?: Profile;
  /** Cards per severity in the list below (after ignores); defaults to the result's own counts. */
  severities?: Record<Severity, number>;
  /** Findings hidden by 忽略 / 忽略此类问题. */
  ignored?: number;
}

export const Summary = React.memo(function Summary({ locale, result, profile, severities, ignored = 0 }: SummaryProps) {
  const r = useResultStyles();
  const s = useStyles();
  const sum = result.summary;
  const sev = severities ?? { error: sum.errors, warning: sum.warnings, info: sum.infos };
  const secOk = sum.sectionsPresent >= sum.sectionsRequired;
  const aspOk = sum.aspectsAddressed >= sum.aspectsTotal;
  const v = profile ? verdictOf(result, profile) : null;
  const stat = (label: string, value: string, tone: 'good' | 'bad' | 'warn' | 'plain', testId: string) => (
    <div className={mergeClasses(s.stat, s[tone])} data-testid={testId}>
      <span className={s.statValue}>{value}</span>
      <Caption1>{label}</Caption1>
    </div>
  );
  return (
    <section className={r.card} aria-label={tr(locale, 'summaryTitle')} data-testid="summary">
      <div>
        <Subtitle2 as="h2" block>
          {tr(locale, 'summaryTitle')}
        </Subtitle2>
        <Caption1 className={r.muted}>{result.profileName}</Caption1>
      </div>
      {v ? (
        <div className={s.verdict} data-testid="pane-verdict" data-verdict={v.verdict}>
          <Text weight="semibold">{ps(locale, 'verdictTitle')}</Text>
          <Badge appearance="filled" color={VERDICT_COLOR[v.verdict]} size="large" shape="rounded">
            {VERDICT_NAMES[v.verdict][locale === 'en' ? 'en' : 'zh']}
          </Badge>
          <Text size={200} data-testid="pane-verdict-why">
            {reasonOf(v, locale)}
          </Text>
        </div>
      ) : null}
      <div className={s.stats}>
        {stat(tr(locale, 'summarySections'), `${sum.sectionsPresent}/${sum.sectionsRequired}`, secOk ? 'good' : 'bad', 'stat-sections')}
        {stat(tr(locale, 'summaryAspects'), `${sum.aspectsAddressed}/${sum.aspectsTotal}`, aspOk ? 'good' : 'warn', 'stat-aspects')}
      </div>
      <div className={mergeClasses(s.stats, s.stats3)}>
        {stat(severityLabel(locale, 'error'), String(sev.error), sev.error ? 'bad' : 'good', 'stat-errors')}
        {stat(severityLabel(locale, 'warning'), String(sev.warning), sev.warning ? 'warn' : 'good', 'stat-warnings')}
        {stat(severityLabel(locale, 'info'), String(sev.info), 'plain', 'stat-infos')}
      </div>
      {ignored > 0 ? <Caption1 className={r.muted}>{ps(locale, 'summaryIgnored', { n: ignored })}</Caption1> : null}
      {!v && secOk && aspOk && sev.error === 0 ? <Text>{tr(locale, 'summaryAllGood')}</Text> : null}
    </section>
  );
});
