import { check, type CheckProgress } from '../../src/core/engine';
import { modelFromLines } from '../../src/core/model';
import { allRules } from '../../src/core/rules';
import { seedLines, zuofeng } from '../helpers/docs';

describe('check onProgress', () => {
  it('reports the analysis, each rule that runs, then done, with a steady total', () => {
    const seen: CheckProgress[] = [];
    const disable = [allRules[0].id, allRules[3].id];
    const result = check(modelFromLines(seedLines()), zuofeng(), { disable, onProgress: (p) => seen.push(p) });
    const total = allRules.length - disable.length + 1;
    expect(seen[0]).toEqual({ stage: 'analysis', done: 1, total });
    const rules = seen.filter((p) => p.stage === 'rules');
    expect(rules.map((p) => p.ruleId)).toEqual(allRules.filter((r) => !disable.includes(r.id)).map((r) => r.id));
    expect(rules.map((p) => p.done)).toEqual(rules.map((_, i) => i + 2));
    expect(seen[seen.length - 1]).toEqual({ stage: 'done', done: total, total });
    expect(seen.every((p) => p.total === total)).toBe(true);
    expect(result.findings).toEqual(check(modelFromLines(seedLines()), zuofeng(), { disable }).findings);
  });

  it('a throwing callback aborts the check (how a superseded check is cancelled)', () => {
    const stop = new Error('cancelled');
    expect(() =>
      check(modelFromLines(seedLines()), zuofeng(), {
        onProgress: (p) => {
          if (p.done === 3) throw stop;
        },
      }),
    ).toThrow(stop);
  });
});
