/**
 * A virtual list for the preview document: only the paragraphs in and near the viewport are in the DOM, so
 * a 5,000-paragraph report costs the page (style, layout, paint, hit tests) what 60 paragraphs cost.
 * Heights are estimated from the text until a row has been rendered and measured; a selected paragraph is
 * scrolled to and kept in place while the rows around it are measured.
 */
import * as React from 'react';
import { estimateHeight, prefixOffsets, rowWindow, type RowWindow } from './virtualWindow';

export interface VirtualRow {
  /** The row's identity for the height cache (a paragraph object: an edited paragraph is a new one). */
  key: object;
  /** Characters shown (for the first guess of its height). */
  chars: number;
  /** Extra lines below the text (flag notes). */
  extraLines: number;
  /** A heading row has more top padding. */
  heading: boolean;
}

export interface VirtualMetrics {
  fontSize: number;
  lineHeight: number;
  /** Vertical padding of a row (and the heading's extra). */
  padding: number;
  headingExtra: number;
  /** Horizontal padding and border of a row, plus the text indent in characters. */
  inset: number;
  indentChars: number;
  /** Space between rows. */
  gap: number;
}

/** Rendered above and below the viewport, in viewport heights, and at least this many pixels (a narrow pane's preview is short). */
const OVERSCAN = 1;
const MIN_OVERSCAN_PX = 400;
/** The viewport assumed where nothing is laid out (tests). */
const FALLBACK_VIEWPORT = 400;
const FALLBACK_WIDTH = 280;

export interface VirtualRows {
  window: RowWindow;
  /** Space above the first and below the last rendered row. */
  before: number;
  after: number;
  /** Scrolls the page so that row `i` is at the top (instantly: smooth scrolling would render every row on the way). */
  scrollTo(i: number): void;
}

interface Cached {
  h: number;
  width: number;
  extra: number;
}

export function useVirtualRows(page: React.RefObject<HTMLDivElement | null>, inner: React.RefObject<HTMLDivElement | null>, rows: readonly VirtualRow[], m: VirtualMetrics): VirtualRows {
  const cache = React.useRef(new WeakMap<object, Cached>());
  const [scrollTop, setScrollTop] = React.useState(0);
  const [viewport, setViewport] = React.useState({ height: 0, width: 0 });
  const [measured, setMeasured] = React.useState(0);
  const pinned = React.useRef<number | null>(null);
  /** Where we last scrolled to: a scroll elsewhere is the user's, and unpins. */
  const lastSet = React.useRef(-1);

  const width = viewport.width || FALLBACK_WIDTH;
  const offsets = React.useMemo(() => {
    const perLine = Math.max(4, Math.floor((width - m.inset) / m.fontSize));
    const heights = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const c = cache.current.get(r.key);
      heights[i] =
        c && c.width === width && c.extra === r.extraLines
          ? c.h
          : estimateHeight(r.chars + m.indentChars, perLine, m.lineHeight, m.padding + (r.heading ? m.headingExtra : 0), r.extraLines);
    }
    return prefixOffsets(heights, m.gap);
    // `measured` changes when the cache did.
  }, [rows, width, measured, m]);
  const view = viewport.height || FALLBACK_VIEWPORT;
  const win = rowWindow(offsets, scrollTop, view, Math.max(view * OVERSCAN, MIN_OVERSCAN_PX));

  // Viewport size, and the scroll position (once per frame).
  React.useLayoutEffect(() => {
    const el = page.current;
    if (!el) return;
    const size = () => setViewport((v) => (v.height === el.clientHeight && v.width === el.clientWidth ? v : { height: el.clientHeight, width: el.clientWidth }));
    size();
    let frame = 0;
    const onScroll = () => {
      if (Math.abs(el.scrollTop - lastSet.current) > 1) pinned.current = null;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setScrollTop(el.scrollTop);
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(size) : null;
    ro?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [page]);

  // Measures the rendered rows (one layout for all of them); while a selected row is pinned, keeps it in place.
  React.useLayoutEffect(() => {
    const box = inner.current;
    const el = page.current;
    if (!box || !el || !viewport.width) return;
    let changed = false;
    const children = box.children;
    for (let k = 0; k < children.length; k++) {
      const i = win.first + k;
      const r = rows[i];
      if (!r) break;
      const h = (children[k] as HTMLElement).offsetHeight;
      const c = cache.current.get(r.key);
      if (!c || c.width !== width || c.extra !== r.extraLines || Math.abs(c.h - h) > 0.5) {
        cache.current.set(r.key, { h, width, extra: r.extraLines });
        changed = true;
      }
    }
    if (changed) {
      setMeasured((x) => x + 1);
      return;
    }
    if (pinned.current !== null) {
      const top = Math.min(Math.max(0, offsets[pinned.current] - 8), Math.max(0, el.scrollHeight - el.clientHeight));
      if (Math.abs(el.scrollTop - top) > 1) {
        lastSet.current = top;
        el.scrollTop = top;
        setScrollTop(top);
      } else pinned.current = null;
    }
  });

  const scrollTo = React.useCallback(
    (i: number) => {
      const el = page.current;
      if (!el || i < 0 || i >= rows.length) return;
      const top = Math.max(0, offsets[i] - 8);
      pinned.current = i;
      lastSet.current = top;
      el.scrollTop = top;
      setScrollTop(top);
    },
    [page, offsets, rows.length],
  );

  const n = rows.length;
  // offsets[end] includes the gap after the last rendered row, which the flex column does not draw.
  const after = offsets[n] - offsets[win.end] + (win.end < n ? m.gap : 0);
  return { window: win, before: offsets[win.first], after: n ? after : 0, scrollTo };
}
