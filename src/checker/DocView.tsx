/** A read-only view of the opened document: headings set off, the selected paragraph highlighted and scrolled into view. */
import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { DocModel, Paragraph } from '../core';
import { tr, type Locale } from '../core/i18n';
import { t } from './strings';

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  head: { display: 'flex', flexDirection: 'column' },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    maxHeight: '24vh',
    '@media (min-width: 900px)': { maxHeight: 'calc(100vh - 130px)' },
    overflowY: 'auto',
    overflowX: 'hidden',
    paddingRight: tokens.spacingHorizontalXS,
    fontFamily: '"FangSong", "STFangsong", "仿宋", "仿宋_GB2312", serif',
  },
  para: {
    // Off-screen paragraphs skip layout and paint: a 5,000-paragraph document stays quick to highlight in.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 48px',
    margin: 0,
    paddingTop: '2px',
    paddingBottom: '2px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderLeftColor: 'transparent',
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    textIndent: '2em',
    overflowWrap: 'anywhere',
  },
  heading: { fontWeight: tokens.fontWeightSemibold, textIndent: 0, fontFamily: '"SimHei", "黑体", "Microsoft YaHei", sans-serif', marginTop: tokens.spacingVerticalXS },
  docTitle: { textAlign: 'center', textIndent: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  selected: { backgroundColor: tokens.colorPaletteYellowBackground2, borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  empty: { color: tokens.colorNeutralForeground4 },
});

const displayText = (p: Paragraph) => (p.listString ? p.listString + p.text : p.text);
const HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

export default function DocView({ doc, locale, selected }: { doc: DocModel; locale: Locale; selected: number | null }) {
  const s = useStyles();
  const pageRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const page = pageRef.current;
    if (selected === null || !page) return;
    const el = page.querySelector<HTMLElement>(`[data-paragraph="${selected}"]`);
    // Scroll only the document view, never the page.
    if (el && typeof page.scrollTo === 'function') page.scrollTo({ top: Math.max(0, el.offsetTop - page.offsetTop - 8), behavior: 'smooth' });
  }, [selected, doc]);
  return (
    <section className={s.root} aria-label={t(locale, 'docTitle')} data-testid="doc-view">
      <div className={s.head}>
        <Text as="h2" weight="semibold" size={300} className={s.title}>
          {t(locale, 'docTitle')}
          <Caption1 className={s.hint}> · {t(locale, 'paragraphs', { n: doc.paragraphs.length })}</Caption1>
        </Text>
        <Caption1 className={s.hint}>{t(locale, 'docHint')}</Caption1>
      </div>
      <div className={s.page} ref={pageRef}>
        {doc.paragraphs.map((p, i) => {
          const text = displayText(p);
          const trimmed = text.trim();
          const isHeading = (HEADING.test(trimmed) || (p.outlineLevel ?? 9) <= 2) && text.length < 60;
          const isTitle = i === 0 && text.length < 60 && !/[。，]/.test(text);
          return (
            <p
              key={i}
              data-paragraph={i}
              data-selected={selected === i ? 'true' : undefined}
              aria-current={selected === i ? 'true' : undefined}
              className={mergeClasses(
                s.para,
                isHeading && s.heading,
                isTitle && s.docTitle,
                trimmed.includes('【待填写') && s.placeholder,
                selected === i && s.selected,
              )}
            >
              {text || <span className={s.empty}>{tr(locale, 'emptyParagraph')}</span>}
            </p>
          );
        })}
      </div>
    </section>
  );
}
