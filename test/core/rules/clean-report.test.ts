/** The clean, well-written fixture report gets no warning or error from any rule. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../../src/core/engine';
import { allRules } from '../../../src/core/rules';
import { modelFromLines } from '../../../src/core/model';
import { profile } from './helpers';

const lines = readFileSync(join(__dirname, '../../fixtures/text/clean-report.txt'), 'utf8').replace(/\n$/, '').split(/\r?\n/);
const prof = profile('zuofeng-2022');

describe('clean-report.txt (zuofeng-2022)', () => {
  const result = check(modelFromLines(lines), prof);

  it('is recognised as complete: every section present, every aspect addressed', () => {
    expect(result.summary.sectionsPresent).toBe(result.summary.sectionsRequired);
    expect(result.summary.aspectsAddressed).toBe(result.summary.aspectsTotal);
    expect(result.summary.aspectsTotal).toBeGreaterThan(0);
  });

  it('gets no warning or error from any rule', () => {
    expect(allRules.length).toBeGreaterThan(15);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('gets no finding at all from the text and quality rules', () => {
    expect(result.findings.filter((f) => /^(punct|series|terms|quality)\/|^text\/duplicated$/.test(f.ruleId))).toEqual([]);
  });

  it('stops being clean when typical defects are introduced', () => {
    const spoiled = lines.map((l) =>
      l
        .replace('增强“四个意识”', '增强"四个意识"')
        .replace('二是推动高质量发展', '二要推动高质量发展')
        .replace('理想信念有所松懈。', '理想信念有所松懈。严以律已不够。')
        .replace('我在为民服务上存在推诿现象', '我在为民服务上存在推诿推诿现象'),
    );
    const ids = new Set(check(modelFromLines(spoiled), prof).findings.map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(expect.arrayContaining(['punct/halfwidth', 'series/mixed-form', 'terms/typo', 'text/duplicated']));
  });
});
