/** Multi-fix findings: findingFixes, applyFixes, fixContext (issue 14). */
import fc from 'fast-check';
import { applyFixes, findingFixes, fixContext, fixesProblem, totalCount, tryApplyFixes, type Fix } from '../../src/core/findings';
import { punctHalfwidth } from '../../src/core/rules/punct-halfwidth';
import { run } from './rules/helpers';

/** Random text and non-overlapping fixes over it, each with `was` = the text it replaces. */
const textAndFixes = fc
  .tuple(fc.array(fc.constantFrom('学', '习', ',', '"', 'a', '1', '，', ' '), { minLength: 1, maxLength: 40 }).map((a) => a.join('')), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('', '，', '“', 'XY', '”')), { maxLength: 8 }))
  .map(([text, raw]) => {
    const fixes: Fix[] = [];
    let end = 0;
    for (const [at, len, replacement] of [...raw].sort((a, b) => a[0] - b[0])) {
      const start = end + (at % 5);
      const length = Math.min(len, text.length - start);
      if (start > text.length || length < 0 || (length === 0 && start === end && fixes.length)) continue;
      fixes.push({ start, length, replacement, was: text.slice(start, start + length) });
      end = start + length;
    }
    return { text, fixes };
  });

describe('applyFixes (property)', () => {
  it('never loses text outside the fixed spans: the result is the untouched pieces in order with the replacements between them', () => {
    fc.assert(
      fc.property(textAndFixes, ({ text, fixes }) => {
        let expected = '';
        let at = 0;
        for (const f of fixes) {
          expected += text.slice(at, f.start) + f.replacement;
          at = f.start + f.length;
        }
        expected += text.slice(at);
        expect(applyFixes(text, [...fixes].reverse())).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects fixes applied a second time when each replaces its text with different text of the same length', () => {
    fc.assert(
      fc.property(textAndFixes, ({ text, fixes }) => {
        const swaps = fixes.filter((f) => f.length === 1).map((f) => ({ ...f, replacement: f.was === '，' ? ',' : '，' }));
        fc.pre(swaps.length > 0);
        const once = applyFixes(text, swaps);
        expect(tryApplyFixes(once, swaps)).toBeNull();
        expect(() => applyFixes(once, swaps)).toThrow('stale');
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses overlapping fixes and fixes outside the text', () => {
    expect(fixesProblem('abcdef', [{ start: 1, length: 3, replacement: 'x' }, { start: 2, length: 1, replacement: 'y' }])).toBe('overlap');
    expect(fixesProblem('abc', [{ start: 2, length: 2, replacement: 'x' }])).toBe('range');
    expect(fixesProblem('abc', [{ start: 1, length: 0, replacement: 'x' }, { start: 1, length: 0, replacement: 'y' }])).toBe('overlap');
    expect(fixesProblem('abc', [{ start: 1, length: 0, replacement: 'x' }, { start: 1, length: 1, replacement: 'y' }])).toBeNull();
    expect(applyFixes('abc', [{ start: 1, length: 0, replacement: 'x' }, { start: 1, length: 1, replacement: 'y' }])).toBe('axyc');
  });

  it('half-width findings: one pass of their fixes leaves nothing to find, and a second pass is refused', () => {
    const unit = fc.constantFrom(',', ':', ';', '!', '?', '(', ')', '"', "'", '学', '習', '，', '“', '”', '1', 'a', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (a) => {
        const text = a.join('');
        const f = run(punctHalfwidth, [text]);
        expect(f.length).toBeLessThanOrEqual(1);
        if (!f.length) return;
        const fixes = findingFixes(f[0]);
        fc.pre(fixes.length > 0);
        const once = applyFixes(text, fixes);
        expect(tryApplyFixes(once, fixes)).toBeNull();
        const again = run(punctHalfwidth, [once]);
        // Only marks that had no safe fix can remain.
        expect(again.flatMap((x) => findingFixes(x))).toEqual([]);
        if (f[0].fix) expect(applyFixes(text, [f[0].fix])).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('findingFixes and fixContext', () => {
  it('returns fixes in text order, or the single fix, or nothing', () => {
    const a = { start: 5, length: 1, replacement: 'x' };
    const b = { start: 1, length: 1, replacement: 'y' };
    expect(findingFixes({ fixes: [a, b] })).toEqual([b, a]);
    expect(findingFixes({ fix: a })).toEqual([a]);
    expect(findingFixes({})).toEqual([]);
  });

  it('shows the text around the change as it is and as it will be', () => {
    expect(fixContext('我们要解决"四风"问题。', [{ start: 5, length: 1, replacement: '“' }, { start: 8, length: 1, replacement: '”' }])).toEqual({ before: '解决"四风"问题', after: '解决“四风”问题' });
    const long = '甲'.repeat(50);
    const ctx = fixContext(long, [{ start: 10, length: 1, replacement: '乙' }, { start: 45, length: 1, replacement: '乙' }]);
    expect(ctx?.before).toHaveLength(30);
    expect(ctx?.after).toBe('甲甲乙' + '甲'.repeat(27));
    expect(fixContext('abc', [])).toBeUndefined();
  });
});

describe('totalCount', () => {
  it('sums the marks of every half-width finding of a document', () => {
    const f = run(punctHalfwidth, ['通过查摆,我发现,问题不少;', '现汇报如下:', '解决"四风"问题']);
    expect(f.map((x) => x.count)).toEqual([3, undefined, 2]);
    expect(totalCount(f, 'punct/halfwidth')).toBe(6);
    expect(totalCount(f, 'punct/unpaired')).toBe(0);
  });
});
