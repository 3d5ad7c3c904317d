/**
 * Preview only: a read-only view of the in-memory document that shows the selection and the flags. A long
 * document is rendered virtually (only the paragraphs near the viewport are in the DOM; see useVirtualRows).
 */
import * as React from 'react';
import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { DocModel, Paragraph } from '../core';
import type { MemoryHost } from '../core/memory-host';
import { tr, type Locale } from '../core/i18n';
import { useVirtualRows, type VirtualMetrics, type VirtualRow } from './useVirtualRows';

/** Documents longer than this are rendered virtually; shorter ones whole (as they are in tests and the sample). */
export const VIRTUAL_FROM = 300;

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
  rows: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  para: {
    boxSizing: 'border-box',
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
  // Top padding, not margin: a row's offsetHeight is all the room it takes (the virtual list measures it).
  heading: { fontWeight: tokens.fontWeightSemibold, textIndent: 0, fontSize: tokens.fontSizeBase300, paddingTop: tokens.spacingVerticalS },
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
const isHeadingText = (text: string, i: number) => (HEADING.test(text.trim()) && text.length < 40) || (i === 0 && text.length < 40 && !/[。，]/.test(text));

/** The row box in pixels (fontSizeBase200 12px, lineHeightBase300 20px, the paddings above): for height guesses only. */
const METRICS: VirtualMetrics = { fontSize: 12, lineHeight: 20, padding: 4, headingExtra: 6, inset: 19, indentChars: 2, gap: 4 };

/** One paragraph; memoised so that a new selection re-renders two paragraphs, not the whole document. */
const Para = React.memo(function Para({
  p,
  i,
  selected,
  notes,
  locale,
}: {
  p: Paragraph;
  i: number;
  selected: boolean;
  notes: readonly string[] | undefined;
  /** The host adds flags to a paragraph's list in place: a new count re-renders it. */
  noteCount: number;
  locale: Locale;
}) {
  const s = useStyles();
  const text = displayText(p);
  return (
    <div
      data-paragraph={i}
      data-selected={selected ? 'true' : undefined}
      data-flagged={notes ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      className={mergeClasses(s.para, isHeadingText(text, i) && s.heading, notes && s.flagged, selected && s.selected)}
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

interface PagesProps {
  doc: DocModel;
  /** The host's revision (its document and flags change in place). */
  revision: number;
  selected: number | undefined;
  /** A new object for every selection (also of the same paragraph again): scrolls to it. */
  selection: object | null;
  flags: ReadonlyMap<number, readonly string[]>;
  locale: Locale;
}

/** A short document: every paragraph, smooth scrolling to the selection. */
function WholeDocument({ doc, selected, selection, flags, locale }: PagesProps) {
  const s = useStyles();
  const pageRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const page = pageRef.current;
    if (selected === undefined || !page) return;
    const el = page.querySelector<HTMLElement>(`[data-paragraph="${selected}"]`);
    // Scroll only the document view (it is sticky), never the pane itself.
    if (el && typeof page.scrollTo === 'function') page.scrollTo({ top: Math.max(0, el.offsetTop - 8), behavior: 'smooth' });
  }, [selection, selected]);
  return (
    <div className={mergeClasses(s.page, s.rows)} ref={pageRef}>
      {doc.paragraphs.map((p, i) => (
        <Para key={i} p={p} i={i} selected={selected === i} notes={flags.get(i)} noteCount={flags.get(i)?.length ?? 0} locale={locale} />
      ))}
    </div>
  );
}

/** The rows of the virtual list, reusing `prev` (and its row objects) where nothing changed. */
function rowsOf(doc: DocModel, flags: ReadonlyMap<number, readonly string[]>, prev: VirtualRow[]): VirtualRow[] {
  const ps = doc.paragraphs;
  let changed = ps.length !== prev.length;
  const out: VirtualRow[] = new Array(ps.length);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    const extra = flags.get(i)?.length ?? 0;
    const old = prev[i];
    if (old && old.key === p && old.extraLines === extra) out[i] = old;
    else {
      const text = displayText(p);
      out[i] = { key: p, chars: text.length, extraLines: extra, heading: isHeadingText(text, i) };
      changed = true;
    }
  }
  return changed ? out : prev;
}

/** A long document: the paragraphs near the viewport only. */
function VirtualDocument({ doc, revision, selected, selection, flags, locale }: PagesProps) {
  const s = useStyles();
  const pageRef = React.useRef<HTMLDivElement>(null);
  const innerRef = React.useRef<HTMLDivElement>(null);
  const last = React.useRef<VirtualRow[]>([]);
  // The host edits its document and flags in place: every revision may have changed them. The rows are
  // compared with the last ones, so that a new selection (also a revision) keeps the same array.
  const rows = React.useMemo(() => (last.current = rowsOf(doc, flags, last.current)), [doc, flags, revision]);
  const v = useVirtualRows(pageRef, innerRef, rows, METRICS);
  const { scrollTo } = v;
  React.useLayoutEffect(() => {
    if (selected !== undefined) scrollTo(selected);
    // Only a new selection scrolls, not a re-measure.
  }, [selection]);
  const shown: React.ReactNode[] = [];
  for (let i = v.window.first; i < v.window.end; i++) {
    shown.push(<Para key={i} p={doc.paragraphs[i]} i={i} selected={selected === i} notes={flags.get(i)} noteCount={flags.get(i)?.length ?? 0} locale={locale} />);
  }
  return (
    <div className={s.page} ref={pageRef} data-virtual="true" data-paragraphs={doc.paragraphs.length}>
      <div className={s.rows} ref={innerRef} style={{ paddingTop: v.before, paddingBottom: v.after }}>
        {shown}
      </div>
    </div>
  );
}

function DocumentView({ host, locale }: { host: MemoryHost; locale: Locale }) {
  const s = useStyles();
  const revision = React.useSyncExternalStore(
    (cb) => host.subscribe(cb),
    () => host.revision,
  );
  const doc = host.document;
  const sel = host.selected;
  const flags = host.flagged;
  const Pages = doc.paragraphs.length > VIRTUAL_FROM ? VirtualDocument : WholeDocument;
  return (
    <section className={s.root} aria-label={tr(locale, 'previewDocTitle')} data-testid="preview-doc" data-revision={revision}>
      <div className={s.head}>
        <Text as="h2" weight="semibold" size={300} className={s.title}>
          {tr(locale, 'previewDocTitle')}
        </Text>
        <Caption1 className={s.hint}>{tr(locale, 'previewDocHint')}</Caption1>
      </div>
      <Pages doc={doc} revision={revision} selected={sel?.paragraph} selection={sel} flags={flags} locale={locale} />
    </section>
  );
}

/** Memoised: the pane's own state changes (a notice, the current card) do not re-render the document. */
export default React.memo(DocumentView);
