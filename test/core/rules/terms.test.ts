import { termsFormulation } from '../../../src/core/rules/terms-formulation';
import { termsTypo } from '../../../src/core/rules/terms-typo';
import { applyFixes, run } from './helpers';

describe('terms/formulation', () => {
  it('does not flag correct formulations and their accepted variants', () => {
    for (const ok of [
      '树牢“四个意识”，坚定“四个自信”，坚决做到“两个维护”',
      '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”',
      '切实提高政治判断力、政治领悟力和政治执行力，衷心拥护“两个确立”，忠诚践行“两个维护”',
      '坚定中国特色社会主义道路、理论、制度、文化自信',
      '树牢"四个意识",坚定"四个自信",做到"两个维护"',
      '樹牢“四個意識”，堅定“四個自信”，做到“兩個維護”',
    ]) {
      expect([ok, run(termsFormulation, [ok])]).toEqual([ok, []]);
    }
  });

  it('flags wrong formulations in half-width and traditional text', () => {
    expect(run(termsFormulation, ['深刻感悟"两个确立"的决定性意义,坚定"四个意识"'])).toHaveLength(2);
    expect(run(termsFormulation, ['增強政治意識、核心意識、大局意識、看齊意識'])).toHaveLength(1);
    const text = '深入学习习近平新世代中国特色社会主义思想。';
    expect(applyFixes(text, run(termsFormulation, [text]))).toBe('深入学习习近平新时代中国特色社会主义思想。');
  });
});

describe('terms/typo', () => {
  it('fixes typos and leaves correct words alone', () => {
    const text = '按照上级布署，再接再励，截止2022年底建立整改台帐。';
    const f = run(termsTypo, [text]);
    expect(f).toHaveLength(4);
    expect(applyFixes(text, f)).toBe('按照上级部署，再接再厉，截至2022年底建立整改台账。');
    expect(run(termsTypo, ['敢于针砭时弊，保持艰苦朴素作风，报名截止日期为5月10日，按排名先后安排'])).toEqual([]);
  });
});
