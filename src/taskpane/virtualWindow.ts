/**
 * Pure arithmetic of a virtual list with variable row heights (the preview document of a long report):
 * where each row starts, which row is at a given scroll offset, and which rows a viewport needs.
 * No DOM: the component measures rows and passes heights in.
 */

/** Row start offsets: `offsets[i]` is where row i starts, `offsets[n]` the total height; `gap` between rows. */
export function prefixOffsets(heights: ArrayLike<number>, gap = 0): Float64Array {
  const n = heights.length;
  const out = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) out[i + 1] = out[i] + Math.max(0, heights[i]) + (i < n - 1 ? gap : 0);
  return out;
}

/** The row that contains offset `y` (clamped to 0 … n-1; -1 for no rows). */
export function indexAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return -1;
  let lo = 0;
  let hi = n - 1;
  // The last row whose start is ≤ y.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface RowWindow {
  /** First row rendered. */
  first: number;
  /** One past the last row rendered. */
  end: number;
}

/**
 * The rows to render for a viewport at `scrollTop` of height `viewport`, with `overscan` pixels above and
 * below. Empty list: {0, 0}.
 */
export function rowWindow(offsets: Float64Array, scrollTop: number, viewport: number, overscan: number): RowWindow {
  const n = offsets.length - 1;
  if (n <= 0) return { first: 0, end: 0 };
  const first = indexAt(offsets, Math.max(0, scrollTop - overscan));
  const end = indexAt(offsets, scrollTop + viewport + overscan) + 1;
  return { first, end: Math.min(n, end) };
}

/**
 * A first guess of a paragraph's height before it is measured: its characters over the characters per
 * line (one CJK character is about one font size wide), times the line height, plus padding.
 */
export function estimateHeight(chars: number, charsPerLine: number, lineHeight: number, padding: number, extraLines = 0): number {
  const lines = Math.max(1, Math.ceil(chars / Math.max(1, charsPerLine))) + extraLines;
  return lines * lineHeight + padding;
}
