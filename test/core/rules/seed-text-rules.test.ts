/** Expected findings of the punct/series/terms/text/quality rules on the seed report. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../../src/core/engine';
import { modelFromLines } from '../../../src/core/model';
import { profile } from './helpers';

const lines = readFileSync(join(__dirname, '../../fixtures/text/seed.txt'), 'utf8').replace(/\n$/, '').split(/\r?\n/);
const result = check(modelFromLines(lines), profile('zuofeng-2022'));
const mine = /^(punct|series|terms|quality)\/|^text\/duplicated$/;
const by = (id: string) => result.findings.filter((f) => f.ruleId === id);

describe('text rules on the seed', () => {
  it('flags the half-width quotes around "四风" as one finding whose fix changes both marks (was two findings before issue 14)', () => {
    const f = by('punct/halfwidth');
    expect(f).toHaveLength(1);
    const p = lines[f[0].paragraph as number];
    expect(p.slice(f[0].start, (f[0].start as number) + (f[0].length as number))).toBe('"四风"');
    expect(f[0].fixes?.map((x) => x.replacement)).toEqual(['“', '”']);
    expect(f[0].fix?.replacement).toBe('“四风”');
    expect(f[0].message).toBe('中文语句中用了半角引号，应改为全角：解决"四风"问题 → 解决“四风”问题。');
  });

  it('flags the 一是要/二要/三要 series under 四、 and not the 一是/二是/三是 series under 二、学习情况', () => {
    const f = by('series/mixed-form');
    expect(f).toHaveLength(1);
    expect(lines[f[0].paragraph as number].startsWith('一是要强化理论学习')).toBe(true);
    expect(result.findings.some((x) => x.ruleId.startsWith('series/') && lines[x.paragraph as number]?.startsWith('为增强履职能力'))).toBe(false);
  });

  it('raises no false alarm on the correct formulations and has no typos or doubled words', () => {
    expect(by('terms/formulation')).toEqual([]);
    expect(by('terms/typo')).toEqual([]);
    expect(by('text/duplicated')).toEqual([]);
    expect(by('punct/unpaired')).toEqual([]);
    expect(by('series/level-jump')).toEqual([]);
    expect(by('quality/self-praise')).toEqual([]);
    expect(by('quality/cause-angles')).toEqual([]);
  });

  it('suggests removing the 顿号 in “四个意识”、“四个自信”', () => {
    const f = by('punct/dunhao-between-quotes');
    expect(f).toHaveLength(1);
    expect(lines[f[0].paragraph as number].slice((f[0].start as number) - 6, (f[0].start as number) + 7)).toBe('“四个意识”、“四个自信”');
  });

  it('finds the problems vague (no concrete instance), the risk area unanswered by measures, and measures without deadlines', () => {
    const problems = by('quality/no-example').map((f) => f.paragraph);
    expect(problems).toEqual([4, 5, 6, 7, 8]);
    const match = by('quality/problem-measure-match');
    expect(match).toHaveLength(1);
    expect(match[0].message).toContain('防范化解重大风险');
    expect(by('quality/measure-deadline').map((f) => f.paragraph)).toEqual([14, 15, 16]);
  });

  it('raises nothing else from these rules', () => {
    const counted = ['punct/halfwidth', 'series/mixed-form', 'punct/dunhao-between-quotes', 'quality/no-example', 'quality/problem-measure-match', 'quality/measure-deadline'];
    expect(result.findings.filter((f) => mine.test(f.ruleId) && !counted.includes(f.ruleId))).toEqual([]);
  });
});
