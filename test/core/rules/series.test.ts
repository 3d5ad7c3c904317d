import { seriesMixedForm } from '../../../src/core/rules/series-mixed-form';
import { seriesLevelJump } from '../../../src/core/rules/series-level-jump';
import { run } from './helpers';

describe('series/mixed-form', () => {
  it('flags a run-in series inside one paragraph that mixes 是 and 要', () => {
    const f = run(seriesMixedForm, ['今后要做好三件事：一是加强学习；二要改进作风；三是狠抓落实。']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('一是…二要…三是');
    expect(f[0].start).toBe('今后要做好三件事：一是加强学习；'.length);
  });

  it('flags a series across paragraphs and a skipped number', () => {
    expect(run(seriesMixedForm, ['一是要强化理论学习。', '二要强化宗旨意识。', '三要强化责任担当。'])).toHaveLength(1);
    const skip = run(seriesMixedForm, ['工作中，一是学习不深；三是落实不够。']);
    expect(skip).toHaveLength(1);
    expect(skip[0].message).toContain('应为“二是”');
  });

  it('accepts consistent series, 一方面…另一方面, traditional text and half-width punctuation', () => {
    expect(run(seriesMixedForm, ['一是深化学习内容。二是创新学习方式；三是深化学习广度。'])).toEqual([]);
    expect(run(seriesMixedForm, ['一要严守规定,二要着力监督,三要狠抓落实.'])).toEqual([]);
    expect(run(seriesMixedForm, ['一是深化學習內容；二是創新學習方式；三是深化學習廣度。'])).toEqual([]);
    expect(run(seriesMixedForm, ['一方面要严守规定，另一方面要着力监督。'])).toEqual([]);
  });
});

describe('series/level-jump', () => {
  it('warns when 一、 goes straight to 1. although （一） is used elsewhere', () => {
    const f = run(seriesLevelJump, ['一、存在的问题', '（一）理论学习方面', '正文。', '二、原因分析', '1.理想信念有所松懈', '正文。']);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].paragraph).toBe(4);
    expect(f[0].message).toContain('（一）');
  });

  it('only hints (info) in a two-level document', () => {
    const f = run(seriesLevelJump, ['一、存在的问题', '1.理论学习不够', '正文。', '二、原因分析', '1.理想信念', '正文。']);
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
  });

  it('accepts properly nested levels', () => {
    expect(run(seriesLevelJump, ['一、存在的问题', '（一）理论学习方面', '1.学习不深', '2.学用脱节', '（二）作风方面', '二、原因分析'])).toEqual([]);
    expect(run(seriesLevelJump, ['一、存在的问题', '(一)理论学习方面', '1.学习不深'])).toEqual([]);
  });
});
