/** Preview only: a read-only view of the in-memory document that shows the selection and the flags. */
import * as React from 'react';
import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Paragraph } from '../core';
import type { MemoryHost } from '../core/memory-host';
import { tr, type Locale } from '../core/i18n';

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow8,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  page: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    maxHeight: '22vh',
    '@media (min-width: 760px)': { maxHeight: 'calc(100vh - 120px)' },
    overflowY: 'auto',
    overflowX: 'hidden',
    paddingRight: tokens.spacingHorizontalXS,
  },
  para: {
    // Off-screen paragraphs skip layout and paint: a 5,000-paragraph document stays quick to highlight in.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 48px',
    margin: 0,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderLeftColor: 'transparent',
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    textIndent: '2em',
    overflowWrap: 'anywhere',
    transitionProperty: 'background-color',
    transitionDuration: tokens.durationNormal,
  },
  heading: { fontWeight: tokens.fontWeightSemibold, textIndent: 0, fontSize: tokens.fontSizeBase300, marginTop: tokens.spacingVerticalXS },
  selected: { backgroundColor: tokens.colorPaletteYellowBackground2, borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  flagged: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  flagNote: {
    display: 'block',
    textIndent: 0,
    marginTop: '2px',
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteRedForeground1,
  },
  empty: { color: tokens.colorNeutralForeground4 },
  head: { display: 'flex', flexDirection: 'column' },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

const displayText = (p: Paragraph) => (p.listString ? p.listString + p.text : p.text);
const HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** One paragraph; memoised so that a new selection re-renders two paragraphs, not the whole document. */
const Para = React.memo(function Para({ p, i, selected, notes, locale }: { p: Paragraph; i: number; selected: boolean; notes: readonly string[] | undefined; locale: Locale }) {
  const s = useStyles();
  const text = displayText(p);
  const isHeading = HEADING.test(text.trim()) && text.length < 40;
  const isTitle = i === 0 && text.length < 40 && !/[。，]/.test(text);
  return (
    <div
      data-paragraph={i}
      data-selected={selected ? 'true' : undefined}
      data-flagged={notes ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      className={mergeClasses(s.para, (isHeading || isTitle) && s.heading, notes && s.flagged, selected && s.selected)}
    >
      {text || <span className={s.empty}>{tr(locale, 'emptyParagraph')}</span>}
      {notes
        ? notes.map((m, k) => (
            <span key={k} className={s.flagNote}>
              <Badge size="small" appearance="filled" color="danger">
                {tr(locale, 'flagged')}
              </Badge>{' '}
              {m}
            </span>
          ))
        : null}
    </div>
  );
});

function DocumentView({ host, locale }: { host: MemoryHost; locale: Locale }) {
  const s = useStyles();
  React.useSyncExternalStore(
    (cb) => host.subscribe(cb),
    () => host.revision,
  );
  const doc = host.document;
  const sel = host.selected;
  const flags = host.flagged;
  const pageRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const page = pageRef.current;
    if (!sel || !page) return;
    const el = page.querySelector<HTMLElement>(`[data-paragraph="${sel.paragraph}"]`);
    // Scroll only the document view (it is sticky), never the pane itself.
    if (el && typeof page.scrollTo === 'function') page.scrollTo({ top: Math.max(0, el.offsetTop - 8), behavior: 'smooth' });
  }, [sel]);
  return (
    <section className={s.root} aria-label={tr(locale, 'previewDocTitle')} data-testid="preview-doc">
      <div className={s.head}>
        <Text as="h2" weight="semibold" size={300} className={s.title}>
          {tr(locale, 'previewDocTitle')}
        </Text>
        <Caption1 className={s.hint}>{tr(locale, 'previewDocHint')}</Caption1>
      </div>
      <div className={s.page} ref={pageRef}>
        {doc.paragraphs.map((p, i) => (
          <Para key={i} p={p} i={i} selected={sel?.paragraph === i} notes={flags.get(i)} locale={locale} />
        ))}
      </div>
    </section>
  );
}

/** Memoised: the pane's own state changes (a notice, the current card) do not re-render the document. */
export default React.memo(DocumentView);
