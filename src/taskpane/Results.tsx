/** The check result: summary, section checklist, focus areas, other findings. */
import * as React from 'react';
import { Badge, Button, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import {
  ArrowSwap16Regular,
  CheckmarkCircle16Filled,
  CircleHalfFill16Regular,
  DismissCircle16Filled,
  ErrorCircle16Filled,
  Info16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { CheckResult, CoverageStatus, Finding, SectionStatus, Severity } from '../core';
import { tr, type Locale } from '../core/i18n';
import { groupFindings, groupLabel, reasonLabel } from './logic';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  cardTitle: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  stats: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
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
  },
  statValue: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  good: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  bad: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warn: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  iconGood: { color: tokens.colorPaletteGreenForeground1 },
  iconBad: { color: tokens.colorPaletteRedForeground1 },
  iconWarn: { color: tokens.colorPaletteMarigoldForeground1 },
  iconInfo: { color: tokens.colorNeutralForeground3 },
  focus: {
    borderTopWidth: '1px',
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
  },
  focusFirst: { borderTopWidth: 0, paddingTop: 0 },
  focusHead: { fontWeight: tokens.fontWeightSemibold },
  aspects: { paddingLeft: tokens.spacingHorizontalL },
  evidence: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  groupTitle: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke3,
  },
  findingActions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, paddingLeft: '24px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ResultsProps {
  locale: Locale;
  result: CheckResult;
  findings: Finding[];
  ignoredCount: number;
  busy: boolean;
  onSelect(paragraph: number, start?: number, length?: number): void;
  onFix(f: Finding): void;
  onIgnore(f: Finding): void;
  onRestoreIgnored(): void;
}

function activate(handler: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: handler,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        handler();
      }
    },
  };
}

export function StatusIcon({ status }: { status: SectionStatus | CoverageStatus }) {
  const s = useStyles();
  if (status === 'present' || status === 'addressed') return <CheckmarkCircle16Filled className={mergeClasses(s.icon, s.iconGood)} aria-hidden />;
  if (status === 'missing') return <DismissCircle16Filled className={mergeClasses(s.icon, s.iconBad)} aria-hidden />;
  if (status === 'misordered') return <ArrowSwap16Regular className={mergeClasses(s.icon, s.iconWarn)} aria-hidden />;
  return <CircleHalfFill16Regular className={mergeClasses(s.icon, s.iconWarn)} aria-hidden />;
}

function SeverityIcon({ severity }: { severity: Severity }) {
  const s = useStyles();
  if (severity === 'error') return <ErrorCircle16Filled className={mergeClasses(s.icon, s.iconBad)} aria-hidden />;
  if (severity === 'warning') return <Warning16Filled className={mergeClasses(s.icon, s.iconWarn)} aria-hidden />;
  return <Info16Regular className={mergeClasses(s.icon, s.iconInfo)} aria-hidden />;
}

const STATUS_COLOR = {
  present: 'success',
  addressed: 'success',
  missing: 'danger',
  misordered: 'warning',
  weak: 'warning',
} as const;

function StatusBadge({ locale, status }: { locale: Locale; status: SectionStatus | CoverageStatus }) {
  const key = {
    present: 'sectionPresent',
    missing: status === 'missing' ? 'sectionMissing' : 'focusMissing',
    misordered: 'sectionMisordered',
    addressed: 'focusAddressed',
    weak: 'focusWeak',
  } as const;
  return (
    <Badge appearance="tint" color={STATUS_COLOR[status]} size="small" shape="rounded" style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
      {tr(locale, key[status])}
    </Badge>
  );
}

export function Summary({ locale, result }: { locale: Locale; result: CheckResult }) {
  const s = useStyles();
  const sum = result.summary;
  const secOk = sum.sectionsPresent >= sum.sectionsRequired;
  const aspOk = sum.aspectsAddressed >= sum.aspectsTotal;
  const stat = (label: string, value: string, tone: 'good' | 'bad' | 'warn', testId: string) => (
    <div className={mergeClasses(s.stat, s[tone])} data-testid={testId}>
      <span className={s.statValue}>{value}</span>
      <Caption1>{label}</Caption1>
    </div>
  );
  return (
    <section className={s.card} aria-label={tr(locale, 'summaryTitle')}>
      <div>
        <Subtitle2 as="h2" block>
          {tr(locale, 'summaryTitle')}
        </Subtitle2>
        <Caption1 className={s.muted}>{result.profileName}</Caption1>
      </div>
      <div className={s.stats}>
        {stat(tr(locale, 'summarySections'), `${sum.sectionsPresent}/${sum.sectionsRequired}`, secOk ? 'good' : 'bad', 'stat-sections')}
        {stat(tr(locale, 'summaryAspects'), `${sum.aspectsAddressed}/${sum.aspectsTotal}`, aspOk ? 'good' : 'warn', 'stat-aspects')}
        {stat(tr(locale, 'summaryErrors'), String(sum.errors), sum.errors ? 'bad' : 'good', 'stat-errors')}
        {stat(tr(locale, 'summaryWarnings'), String(sum.warnings), sum.warnings ? 'warn' : 'good', 'stat-warnings')}
      </div>
      {secOk && aspOk && sum.errors === 0 ? <Text>{tr(locale, 'summaryAllGood')}</Text> : null}
    </section>
  );
}

export function Sections({ locale, result, onSelect }: Pick<ResultsProps, 'locale' | 'result' | 'onSelect'>) {
  const s = useStyles();
  return (
    <section className={s.card} aria-label={tr(locale, 'sectionsTitle')}>
      <Subtitle2 as="h2">{tr(locale, 'sectionsTitle')}</Subtitle2>
      <ul className={s.list}>
        {result.sections.map((sec) => {
          const p = sec.paragraph;
          const props = p !== null ? activate(() => onSelect(p)) : {};
          return (
            <li key={sec.id} className={mergeClasses(s.row, p !== null && s.clickable)} data-testid={`section-${sec.id}`} data-status={sec.status} {...props}>
              <StatusIcon status={sec.status} />
              <span className={s.grow}>
                {sec.title}
                {sec.required ? '' : tr(locale, 'sectionOptional')}
              </span>
              <StatusBadge locale={locale} status={sec.status} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function FocusAreas({ locale, result, onSelect }: Pick<ResultsProps, 'locale' | 'result' | 'onSelect'>) {
  const s = useStyles();
  if (result.focusAreas.length === 0) return null;
  return (
    <section className={s.card} aria-label={tr(locale, 'focusTitle')}>
      <Subtitle2 as="h2">{tr(locale, 'focusTitle')}</Subtitle2>
      {result.focusAreas.map((fa, i) => {
        const p = fa.paragraph;
        return (
          <div key={fa.id} className={mergeClasses(s.focus, i === 0 && s.focusFirst)} data-testid={`focus-${fa.id}`} data-status={fa.status}>
            <div className={mergeClasses(s.row, p !== null && s.clickable)} {...(p !== null ? activate(() => onSelect(p)) : {})}>
              <StatusIcon status={fa.status} />
              <span className={mergeClasses(s.grow, s.focusHead)}>{fa.title}</span>
              <StatusBadge locale={locale} status={fa.status} />
            </div>
            {fa.status !== 'missing' ? (
              <ul className={mergeClasses(s.list, s.aspects)}>
                {fa.aspects.map((a) => {
                  const ap = a.paragraphs[0];
                  const why = a.status === 'weak' ? reasonLabel(locale, a.reason) : '';
                  return (
                    <li
                      key={a.id}
                      className={mergeClasses(s.row, ap !== undefined && s.clickable)}
                      data-testid={`aspect-${a.id}`}
                      data-status={a.status}
                      {...(ap !== undefined ? activate(() => onSelect(ap)) : {})}
                    >
                      <StatusIcon status={a.status} />
                      <span className={s.grow}>
                        <Text size={200}>
                          {a.title}
                          {why ? `（${why}）` : ''}
                        </Text>
                        {a.evidence ? (
                          <Caption1 className={s.evidence} title={a.evidence}>
                            {a.evidence}
                          </Caption1>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

export function Findings(props: ResultsProps) {
  const { locale, findings, onSelect, onFix, onIgnore, busy } = props;
  const s = useStyles();
  const groups = groupFindings(findings);
  return (
    <section className={s.card} aria-label={tr(locale, 'findingsTitle')}>
      <div className={s.cardTitle}>
        <Subtitle2 as="h2">{tr(locale, 'findingsTitle')}</Subtitle2>
        {props.ignoredCount > 0 ? (
          <Button size="small" appearance="transparent" onClick={props.onRestoreIgnored}>
            {tr(locale, 'ignoredCount', { n: props.ignoredCount })} · {tr(locale, 'showIgnored')}
          </Button>
        ) : null}
      </div>
      {groups.length === 0 ? <Text className={s.muted}>{tr(locale, 'noFindings')}</Text> : null}
      {groups.map((g) => (
        <div key={g.group} data-testid={`group-${g.group}`}>
          <Caption1 as="h3" className={s.groupTitle} block>
            {groupLabel(locale, g.group)}（{g.findings.length}）
          </Caption1>
          {g.findings.map((f, i) => {
            const p = f.paragraph;
            const msg = locale === 'en' && f.messageEn ? f.messageEn : f.message;
            return (
              <div key={`${f.ruleId}-${p}-${f.start}-${i}`} className={s.finding} data-testid="finding" data-rule={f.ruleId}>
                <div className={mergeClasses(s.row, p !== null && s.clickable)} {...(p !== null ? activate(() => onSelect(p, f.start, f.length)) : {})}>
                  <SeverityIcon severity={f.severity} />
                  <Text size={200} className={s.grow}>
                    <span className={s.muted}>{p !== null ? `[${tr(locale, 'paragraphN', { n: p + 1 })}] ` : ''}</span>
                    {msg}
                  </Text>
                </div>
                <div className={s.findingActions}>
                  {f.fix && p !== null ? (
                    <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(f)}>
                      {tr(locale, 'fix')}
                    </Button>
                  ) : null}
                  <Button size="small" appearance="subtle" disabled={busy} onClick={() => onIgnore(f)}>
                    {tr(locale, 'ignore')}
                  </Button>
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}
