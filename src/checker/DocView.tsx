/**
 * A read-only view of the opened document: headings set off, the selected paragraph highlighted and
 * scrolled into view.
 *
 * A 5,000-paragraph document must never block the page: paragraphs are rendered in blocks of BLOCK, the
 * first few at once and the others a few per macrotask after them (each a short task), an unmounted block
 * holding its place with its estimated height. A click on a paragraph whose block is not mounted yet mounts
 * that block at once. Blocks are memoised, so selecting a paragraph re-renders only the block(s) of the
 * old and the new selection.
 */
import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { DocModel, Paragraph } from '../core';
import { tr, type Locale } from '../core/i18n';
import { soon } from './stages';
import { t } from './strings';

/**
 * Paragraphs per block: the unit laid out when it scrolls into view (so small: a paragraph of a long report
 * is ~280 px high in a narrow column), and STEP blocks are mounted per macrotask.
 */
export const BLOCK = 20;
const STEP = 5;
/** The height an unrendered paragraph is given (in a placeholder, and in a block's `contain-intrinsic-size` until it was laid out once). */
const EST_PX = 48;

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
    position: 'relative',
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
  block: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    // Never shrunk by the scrolling column: a skipped block has size containment (no content height), and
    // shrunk to nothing every block would count as on screen and be laid out.
    flexShrink: 0,
    // Off-screen blocks skip layout and paint. Per block, not per paragraph: Chromium tracks each
    // content-visibility: auto element with an intersection observer, and 5,000 of them cost ~35 ms a frame
    // while the view scrolls.
    contentVisibility: 'auto',
  },
  para: {
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

interface BlockProps {
  paragraphs: readonly Paragraph[];
  start: number;
  end: number;
  mounted: boolean;
  /** The selected paragraph if it is in this block, else null (so other blocks do not re-render). */
  selected: number | null;
  locale: Locale;
}

const Block = React.memo(function Block({ paragraphs, start, end, mounted, selected, locale }: BlockProps) {
  const s = useStyles();
  if (!mounted) return <div data-block={start} data-pending="true" style={{ height: `${(end - start) * (EST_PX + 2)}px`, flexShrink: 0 }} aria-hidden />;
  const out: React.ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const p = paragraphs[i];
    const text = displayText(p);
    const trimmed = text.trim();
    const isHeading = (HEADING.test(trimmed) || (p.outlineLevel ?? 9) <= 2) && text.length < 60;
    const isTitle = i === 0 && text.length < 60 && !/[。，]/.test(text);
    out.push(
      <p
        key={i}
        data-paragraph={i}
        data-selected={selected === i ? 'true' : undefined}
        aria-current={selected === i ? 'true' : undefined}
        className={mergeClasses(s.para, isHeading && s.heading, isTitle && s.docTitle, trimmed.includes('【待填写') && s.placeholder, selected === i && s.selected)}
      >
        {text || <span className={s.empty}>{tr(locale, 'emptyParagraph')}</span>}
      </p>,
    );
  }
  return (
    <div
      className={s.block}
      data-block={start}
      // The block with the selection is always rendered: scrolling to the paragraph then lays out this block only.
      style={{ containIntrinsicSize: `auto ${(end - start) * (EST_PX + 2)}px`, ...(selected !== null ? { contentVisibility: 'visible' } : {}) }}
    >
      {out}
    </div>
  );
});

/** Which blocks are mounted: the first STEP at once, then STEP more per macrotask, and any selected one at once. */
function useMountedBlocks(count: number, docKey: unknown, selectedBlock: number | null): readonly boolean[] {
  const [mounted, setMounted] = React.useState<readonly boolean[]>(() => Array.from({ length: count }, (_, i) => i < STEP));
  const [key, setKey] = React.useState(docKey);
  let current = mounted;
  if (key !== docKey || mounted.length !== count) {
    // Another document: start over (during render, so the old blocks never show with the new text).
    current = Array.from({ length: count }, (_, i) => i < STEP);
    setKey(docKey);
    setMounted(current);
  }
  if (selectedBlock !== null && selectedBlock < count && !current[selectedBlock]) {
    current = current.map((m, i) => m || i === selectedBlock);
    setMounted(current);
  }
  const next = current.indexOf(false);
  React.useEffect(() => {
    if (next < 0) return;
    return soon(() =>
      React.startTransition(() =>
        setMounted((m) => {
          const out = [...m];
          for (let i = next, n = 0; i < out.length && n < STEP; i++) {
            if (out[i]) continue;
            out[i] = true;
            n++;
          }
          return out;
        }),
      ),
    );
  }, [next, current]);
  return current;
}

export default function DocView({ doc, locale, selected }: { doc: DocModel; locale: Locale; selected: number | null }) {
  const s = useStyles();
  const pageRef = React.useRef<HTMLDivElement>(null);
  const paragraphs = doc.paragraphs;
  const count = Math.ceil(paragraphs.length / BLOCK);
  const selectedBlock = selected === null ? null : Math.floor(selected / BLOCK);
  const mounted = useMountedBlocks(count, paragraphs, selectedBlock);
  const all = mounted.every(Boolean);

  React.useLayoutEffect(() => {
    const page = pageRef.current;
    if (selected === null || !page) return;
    const el = page.querySelector<HTMLElement>(`[data-paragraph="${selected}"]`);
    // Scroll only the document view, never the page.
    if (el && typeof page.scrollTo === 'function') page.scrollTo({ top: Math.max(0, el.offsetTop - 8) }); // at once: a smooth scroll over thousands of paragraphs costs a layout per frame
  }, [selected, paragraphs]);

  const blocks: React.ReactNode[] = [];
  for (let b = 0; b < count; b++) {
    const start = b * BLOCK;
    const end = Math.min(paragraphs.length, start + BLOCK);
    const sel = selected !== null && selected >= start && selected < end ? selected : null;
    blocks.push(<Block key={b} paragraphs={paragraphs} start={start} end={end} mounted={mounted[b]} selected={sel} locale={locale} />);
  }
  return (
    <section className={s.root} aria-label={t(locale, 'docTitle')} data-testid="doc-view" data-mounted={all ? 'all' : 'partial'} aria-busy={all ? undefined : true}>
      <div className={s.head}>
        <Text as="h2" weight="semibold" size={300} className={s.title}>
          {t(locale, 'docTitle')}
          <Caption1 className={s.hint}> · {t(locale, 'paragraphs', { n: paragraphs.length })}</Caption1>
        </Text>
        <Caption1 className={s.hint}>{t(locale, 'docHint')}</Caption1>
      </div>
      <div className={s.page} ref={pageRef}>
        {blocks}
      </div>
    </section>
  );
}
