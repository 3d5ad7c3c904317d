/** The virtual list's arithmetic (the preview of a long document renders only what the viewport needs). */
import fc from 'fast-check';
import { estimateHeight, indexAt, prefixOffsets, rowWindow } from '../../src/taskpane/virtualWindow';

const heights = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 0, maxLength: 300 });

describe('virtual window', () => {
  it('offsets are row starts with the gap between rows, and the total at the end', () => {
    expect([...prefixOffsets([10, 20, 30], 4)]).toEqual([0, 14, 38, 68]);
    expect([...prefixOffsets([], 4)]).toEqual([0]);
  });

  it('indexAt finds the row that contains the offset (property)', () => {
    fc.assert(
      fc.property(heights, fc.integer({ min: 0, max: 8 }), fc.integer({ min: -50, max: 130_000 }), (hs, gap, y) => {
        const off = prefixOffsets(hs, gap);
        const i = indexAt(off, y);
        if (hs.length === 0) return i === -1;
        if (y < 0) return i === 0;
        if (y >= off[hs.length]) return i === hs.length - 1;
        // Row i starts at or before y, and the next row starts after it.
        return off[i] <= y && (i === hs.length - 1 || off[i + 1] > y);
      }),
    );
  });

  it('the window covers the viewport and its overscan, and is within the list (property)', () => {
    fc.assert(
      fc.property(heights, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 900 }), (hs, top, view, over) => {
        const off = prefixOffsets(hs, 4);
        const w = rowWindow(off, top, view, over);
        if (hs.length === 0) return w.first === 0 && w.end === 0;
        if (!(w.first >= 0 && w.first < w.end && w.end <= hs.length)) return false;
        // Every row that intersects [top - over, top + view + over] is inside the window.
        for (let i = 0; i < hs.length; i++) {
          const a = off[i];
          const b = off[i] + hs[i];
          const visible = b > Math.max(0, top - over) && a < top + view + over;
          if (visible && hs[i] > 0 && (i < w.first || i >= w.end)) return false;
        }
        return true;
      }),
    );
  });

  it('a 5,000-paragraph document in a 200 px viewport renders a few dozen rows, not thousands', () => {
    const off = prefixOffsets(new Array(5000).fill(60), 4);
    const w = rowWindow(off, 150_000, 200, 200);
    expect(w.end - w.first).toBeLessThan(20);
    expect(off[w.first]).toBeLessThanOrEqual(150_000 - 200);
  });

  it('estimates a paragraph by its lines', () => {
    expect(estimateHeight(10, 20, 20, 4)).toBe(24);
    expect(estimateHeight(45, 20, 20, 4)).toBe(64);
    expect(estimateHeight(0, 20, 20, 4, 1)).toBe(44);
  });
});
