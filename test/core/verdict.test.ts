import { check } from '../../src/core/engine';
import { modelFromLines } from '../../src/core/model';
import { parseProfile } from '../../src/core/profile';
import { verdictOf } from '../../src/core/verdict';
import zuofengJson from '../../src/profiles/zuofeng-2022.json';
import { lineIndex, seedLines, zuofeng } from '../helpers/docs';
import { readFileSync } from 'fs';
import * as path from 'path';

describe('verdictOf', () => {
  it('fails a report with a missing required section', () => {
    const lines = seedLines();
    const cut = [...lines.slice(0, lineIndex(lines, '三、')), ...lines.slice(lineIndex(lines, '四、'))];
    const v = verdictOf(check(modelFromLines(cut), zuofeng()), zuofeng());
    expect(v.verdict).toBe('fail');
    expect(v.why).toContain('缺少必备部分');
  });

  it('asks the seed to be revised (one aspect only restated, many warnings)', () => {
    const v = verdictOf(check(modelFromLines(seedLines()), zuofeng()), zuofeng());
    expect(v.verdict).toBe('revise');
    expect(v.why).toContain('重点方面 8/9');
  });

  it('passes the clean report, and the thresholds come from the profile', () => {
    const clean = readFileSync(path.join(__dirname, '../fixtures/text/clean-report.txt'), 'utf8').split(/\r?\n/).filter((l, i, a) => l !== '' || i < a.length - 1);
    const r = check(modelFromLines(clean), zuofeng());
    expect(verdictOf(r, zuofeng()).verdict).toBe('pass');
    const strict = parseProfile({ ...zuofengJson, verdict: { passMinAspectShare: 1, passMaxWarnings: 0, failBelowAspectShare: 1 } });
    const seed = check(modelFromLines(seedLines()), strict);
    expect(verdictOf(seed, strict).verdict).toBe('fail');
  });
});
