/**
 * Property tests for the spans the adapter searches for (src/office/find.ts, audit M2): whatever Word's
 * Find treats as equal — straight/curly quotes, and maybe full/half width — the first hit of the span is
 * where the fix is meant to go. The fake's Find (test/fakes/fake-find.ts) plays Word, both ways.
 */
import fc from 'fast-check';
import { foldForFind, uniqueSpan } from '../../src/office/find';
import { findAll } from '../fakes/fake-find';
import { applyFixes, readsAs } from '../../src/core/memory-host';

const ALPHABET = ['"', '“', '”', "'", '‘', '’', ',', '，', '（', '(', '四', '风', '两', 'a', 'A', ' ', '　', '𠀋'];
const text = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));

describe('uniqueSpan under Word Find semantics', () => {
  it('the first Find hit of the span is at `start`, with or without width folding, and the span starts with the target', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % t.length;
        const length = 1 + (b % (t.length - start));
        const s = uniqueSpan(t, start, length);
        if (s === null) return;
        expect(s.startsWith(t.slice(start, start + length))).toBe(true);
        for (const width of [false, true]) expect(findAll(t, s, { matchCase: true, width })[0]).toBe(start);
      }),
      { numRuns: 2000 },
    );
  });

  it('never cuts a surrogate pair (a lone surrogate cannot be searched, audit L8)', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % t.length;
        const s = uniqueSpan(t, start, 1 + (b % (t.length - start)));
        if (s === null) return;
        const last = s.charCodeAt(s.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }),
    );
  });

  it('folds one unit for one, so offsets carry over', () => {
    fc.assert(fc.property(text, (t) => expect(foldForFind(t)).toHaveLength(t.length)));
  });

  it('finds the straight quote of the audit example, not the curly one before it', () => {
    const t = '坚持“两个维护”，解决"四风"问题';
    expect(uniqueSpan(t, t.indexOf('"'), 1)).toBe('"四');
  });
});

describe('several fixes in one paragraph (applyFixes) and readsAs', () => {
  it('applying fixes together equals applying them one by one from the right', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 4 }), (t, raw) => {
        // Non-overlapping fixes, sorted from the left.
        const fixes: { start: number; length: number; replacement: string }[] = [];
        let from = 0;
        for (const [a, l, r] of raw) {
          const start = from + (a % Math.max(1, t.length - from + 1));
          const length = Math.min(l, t.length - start);
          if (start > t.length || (length === 0 && r === '')) continue;
          fixes.push({ start, length, replacement: r });
          from = start + Math.max(length, 1);
          if (from > t.length) break;
        }
        const together = applyFixes(t, fixes);
        if (fixes.length === 0) return expect(together).toBeNull();
        let one = t;
        for (const f of [...fixes].sort((x, y) => y.start - x.start)) one = one.slice(0, f.start) + f.replacement + one.slice(f.start + f.length);
        expect(together).toBe(one);
      }),
    );
  });

  it('refuses overlapping fixes', () => {
    expect(applyFixes('abcdef', [{ start: 1, length: 3, replacement: 'x' }, { start: 2, length: 1, replacement: 'y' }])).toBeNull();
  });

  it('a text with characters left out (tracked deletions) still reads as the seen text; anything else does not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(fc.boolean(), { maxLength: 20 }), (raw, keep) => {
        const seen = [...raw].filter((_, i) => keep[i] ?? true).join('');
        expect(readsAs(raw, seen)).toBe(true);
        fc.pre(!raw.includes('\ue000'));
        expect(readsAs(raw, `${seen}\ue000`)).toBe(false);
      }),
    );
  });
});
