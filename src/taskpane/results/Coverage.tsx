/** 部分清单 and 重点方面: each section and focus aspect with its status, the writer's evidence, and 判断依据 on demand. */
import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../core';
import { tr, type Locale } from '../../core/i18n';
import { reasonLabel } from '../logic';
import { ps } from '../strings';
import { activate, StatusBadge, StatusIcon } from './Status';
import { useResultStyles } from './styles';

const useStyles = makeStyles({
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
  /** The writer's own sentence: two lines at 320 px, all of it on 展开. */
  evidence: {
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground3,
  },
  evidenceOpen: { display: 'block', WebkitLineClamp: 'unset', overflow: 'visible' },
  more: { minWidth: 0, height: 'auto', paddingLeft: 0, paddingRight: 0, fontSize: tokens.fontSizeBase200 },
  basis: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface Explanation {
  subject: 'section' | 'focus' | 'aspect' | 'claim' | 'outline';
  id?: string;
  paragraph?: number | null;
  zh: string;
  en: string;
}

/** The pipeline's explanations of one subject (an empty list when the result has none). */
export function explanationsOf(result: CheckResult, subject: Explanation['subject'], id: string): Explanation[] {
  const all = (result as CheckResult & { explanations?: Explanation[] }).explanations;
  return Array.isArray(all) ? all.filter((e) => e.subject === subject && e.id === id) : [];
}

/** 判断依据, collapsed: why the engine judged a section or focus area the way it did. */
export function Basis({ locale, items, testId }: { locale: Locale; items: Explanation[]; testId: string }) {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Button size="small" appearance="transparent" className={s.more} aria-expanded={open} onClick={() => setOpen(!open)}>
        {ps(locale, 'basisTitle')} {open ? '▴' : '▾'}
      </Button>
      {open ? (
        <ul className={s.basis}>
          {items.map((e, i) => (
            <li key={i}>{locale === 'en' ? e.en : e.zh}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type SelectFn = (paragraph: number, start?: number, length?: number) => void;

export const Sections = React.memo(function Sections({ locale, result, onSelect }: { locale: Locale; result: CheckResult; onSelect: SelectFn }) {
  const r = useResultStyles();
  return (
    <section className={r.card} aria-label={tr(locale, 'sectionsTitle')}>
      <Subtitle2 as="h2">{tr(locale, 'sectionsTitle')}</Subtitle2>
      <ul className={r.list}>
        {result.sections.map((sec) => {
          const p = sec.paragraph;
          const props = p !== null ? activate(() => onSelect(p)) : {};
          // An optional section that is absent is not a failure: grey, 可选.
          const status = !sec.required && sec.status === 'missing' ? 'optional' : sec.status;
          return (
            <li key={sec.id}>
              <div
                className={mergeClasses(r.row, p !== null && r.clickable, status === 'optional' && r.optionalRow)}
                data-testid={`section-${sec.id}`}
                data-status={status}
                {...props}
              >
                <StatusIcon status={status} />
                <span className={r.grow}>
                  {sec.title}
                  {sec.required || status === 'optional' ? '' : tr(locale, 'sectionOptional')}
                </span>
                <StatusBadge locale={locale} status={status} kind="section" />
              </div>
              <Basis locale={locale} items={explanationsOf(result, 'section', sec.id)} testId={`basis-section-${sec.id}`} />
            </li>
          );
        })}
      </ul>
    </section>
  );
});

function Evidence({ locale, text }: { locale: Locale; text: string }) {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const long = text.length > 36;
  return (
    <>
      <Caption1 className={mergeClasses(s.evidence, open && s.evidenceOpen)} title={text} data-testid="evidence">
        {text}
      </Caption1>
      {long ? (
        <Button
          size="small"
          appearance="transparent"
          className={s.more}
          aria-expanded={open}
          onClick={(e) => {
            e.stopPropagation();
            setOpen(!open);
          }}
          onKeyDown={(e) => e.stopPropagation()}
        >
          {ps(locale, open ? 'evidenceLess' : 'evidenceMore')}
        </Button>
      ) : null}
    </>
  );
}

export const FocusAreas = React.memo(function FocusAreas({ locale, result, onSelect }: { locale: Locale; result: CheckResult; onSelect: SelectFn }) {
  const r = useResultStyles();
  const s = useStyles();
  if (result.focusAreas.length === 0) return null;
  return (
    <section className={r.card} aria-label={tr(locale, 'focusTitle')}>
      <Subtitle2 as="h2">{tr(locale, 'focusTitle')}</Subtitle2>
      {result.focusAreas.map((fa, i) => {
        const p = fa.paragraph;
        return (
          <div key={fa.id} className={mergeClasses(s.focus, i === 0 && s.focusFirst)} data-testid={`focus-${fa.id}`} data-status={fa.status}>
            <div className={mergeClasses(r.row, p !== null && r.clickable)} {...(p !== null ? activate(() => onSelect(p)) : {})}>
              <StatusIcon status={fa.status} />
              <span className={mergeClasses(r.grow, s.focusHead)}>{fa.title}</span>
              <StatusBadge locale={locale} status={fa.status} kind="focus" />
            </div>
            <Basis locale={locale} items={explanationsOf(result, 'focus', fa.id)} testId={`basis-focus-${fa.id}`} />
            {fa.status !== 'missing' ? (
              <ul className={mergeClasses(r.list, s.aspects)}>
                {fa.aspects.map((a) => {
                  const ap = a.paragraphs[0];
                  const why = a.status === 'weak' ? reasonLabel(locale, a.reason) : '';
                  return (
                    <li
                      key={a.id}
                      className={mergeClasses(r.row, ap !== undefined && r.clickable)}
                      data-testid={`aspect-${a.id}`}
                      data-status={a.status}
                      {...(ap !== undefined ? activate(() => onSelect(ap)) : {})}
                    >
                      <StatusIcon status={a.status} />
                      <span className={r.grow}>
                        <Text size={200} block>
                          {a.title}
                          {why ? `（${why}）` : ''}
                        </Text>
                        {a.evidence ? <Evidence locale={locale} text={a.evidence} /> : null}
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
});
