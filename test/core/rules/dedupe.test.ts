/** One finding per span (issue 14). */
import fc from 'fast-check';
import { dedupeFindings } from '../../../src/core/dedupe';
import { check } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/findings';
import { modelFromLines } from '../../../src/core/model';
import { profile } from './helpers';

const f = (ruleId: string, start: number, length: number, extra: Partial<Finding> = {}): Finding => ({ ruleId, severity: 'warning', message: `${ruleId}@${start}`, paragraph: 0, start, length, ...extra });

describe('dedupeFindings', () => {
  it('keeps the most specific of overlapping wording findings: severity, then the longer span, then a fix', () => {
    const long = f('terms/formulation', 2, 16, { severity: 'error' });
    const short = f('terms/formulation', 5, 3, { severity: 'error' });
    expect(dedupeFindings([short, long])).toEqual([long]);
    const typo = f('terms/typo', 5, 3, { severity: 'error', fix: { start: 5, length: 3, replacement: 'x' } });
    const dup = f('text/duplicated', 5, 3, { severity: 'error' });
    expect(dedupeFindings([dup, typo])).toEqual([typo]);
    expect(dedupeFindings([f('terms/typo', 5, 3), f('terms/formulation', 4, 3, { severity: 'info' })])).toEqual([f('terms/typo', 5, 3)]);
  });

  it('keeps findings that do not overlap, other paragraphs, findings without a span, and other kinds of finding', () => {
    const a = f('terms/typo', 0, 2);
    const b = f('terms/typo', 2, 2);
    const other = { ...f('terms/typo', 0, 2), paragraph: 1 };
    const doc: Finding = { ruleId: 'structure/missing-section', severity: 'error', message: 'x', paragraph: null };
    const half = f('punct/halfwidth', 0, 10);
    const vague = f('quality/no-example', 0, 18);
    expect(dedupeFindings([a, b, other, doc, half, vague])).toEqual([a, b, other, doc, half, vague]);
  });

  it('a rule competes with itself: two entries of one pack on one span give one finding', () => {
    expect(dedupeFindings([f('quality/boilerplate', 0, 8), f('quality/boilerplate', 2, 4)])).toEqual([f('quality/boilerplate', 0, 8)]);
  });

  it('property: what is kept never overlaps within a group, and every dropped finding overlaps a kept, more specific one', () => {
    const finding = fc.record({
      ruleId: fc.constantFrom('terms/typo', 'terms/formulation', 'text/duplicated', 'punct/halfwidth'),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      paragraph: fc.constantFrom(0, 1),
      start: fc.nat(20),
      length: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), (raw) => {
        const all: Finding[] = raw.map((r, k) => ({ ...r, message: String(k) }));
        const kept = dedupeFindings(all);
        const group = (x: Finding) => (x.ruleId === 'punct/halfwidth' ? x.ruleId : 'w');
        const overlap = (x: Finding, y: Finding) => x.paragraph === y.paragraph && group(x) === group(y) && (x.start as number) < (y.start as number) + (y.length as number) && (y.start as number) < (x.start as number) + (x.length as number);
        for (const x of kept) for (const y of kept) if (x !== y) expect(overlap(x, y)).toBe(false);
        for (const x of all) if (!kept.includes(x)) expect(kept.some((k) => overlap(k, x))).toBe(true);
        expect(kept.filter((x) => all.includes(x))).toEqual(kept); // order kept
      }),
      { numRuns: 300 },
    );
  });
});

describe('the engine reports one formulation error once', () => {
  it('习近平新世代中国特色社会主义思想: the full-name entry and the 新世代 entry hit the same span; one finding', () => {
    const r = check(modelFromLines(['深入学习习近平新世代中国特色社会主义思想。']), profile('generic'));
    const wording = r.findings.filter((x) => x.ruleId.startsWith('terms/'));
    expect(wording.map((x) => [x.ruleId, x.start, x.length])).toEqual([['terms/formulation', 4, 16]]);
  });
});
