import { termsFormulation } from '../../../src/core/rules/terms-formulation';
import { termsTypo } from '../../../src/core/rules/terms-typo';
import { textDuplicated } from '../../../src/core/rules/text-duplicated';
import { applyFixes, run } from './helpers';
import { dedupeFindings } from '../../../src/core/dedupe';
import { check } from '../../../src/core/engine';
import { modelFromLines } from '../../../src/core/model';
import { profile } from './helpers';

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
    // Two entries hit this span; the engine keeps the more specific one (dedupe.ts).
    expect(applyFixes(text, dedupeFindings(run(termsFormulation, [text])))).toBe('深入学习习近平新时代中国特色社会主义思想。');
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

/** The typos and formulation errors of issue 14: each found once, with the exact message and a fix. */
describe('common 公文 errors (issue 14)', () => {
  const wording = (line: string) => check(modelFromLines([line]), profile('generic')).findings.filter((f) => f.ruleId.startsWith('terms/') || f.ruleId === 'text/duplicated');
  const cases: [string, string, string, string][] = [
    ['部份党员学习不深入。', 'terms/typo', '“部份”疑为错别字，应为“部分”。“部份”是旧写法，规范词形为“部分”。', '部分党员学习不深入。'],
    ['工作习惯于按步就班。', 'terms/typo', '“按步就班”疑为错别字，应为“按部就班”。“部”是门类。', '工作习惯于按部就班。'],
    ['放松了对自已的要求。', 'terms/typo', '“自已”疑为错别字，应为“自己”。“自己”的“己”不是“已”。', '放松了对自己的要求。'],
    ['对党的的创新理论学习不够。', 'terms/typo', '“的的”重复了，应为“的”。多写了一个“的”。', '对党的创新理论学习不够。'],
    ['理论学习不够深入。。', 'terms/typo', '“。。”重复了，应为“。”。句号多打了一个，删去一个。', '理论学习不够深入。'],
    ['学习贯彻党的二十大三中全会精神。', 'terms/formulation', '“二十大三中全会”表述不规范，应为“二十届三中全会（届次＋中全会）”。全会按中央委员会届次称“X届X中全会”：党的二十大选出的是第二十届中央委员会，应为“二十届三中全会”，不是“二十大三中全会”。', '学习贯彻党的二十届三中全会精神。'],
    ['深入学习新时期中国特色社会主义思想。', 'terms/formulation', '“新时期”表述不规范，应为“习近平新时代中国特色社会主义思想”。思想全称为“习近平新时代中国特色社会主义思想”，是“新时代”不是“新时期”。', '深入学习新时代中国特色社会主义思想。'],
    ['坚决维护党中央权威和统一领导。', 'terms/formulation', '“党中央权威和统一领导”表述不规范，应为“坚决维护党中央权威和集中统一领导”。“两个维护”的第二项是“坚决维护党中央权威和集中统一领导”，不能漏写“集中”或“统一”。', '坚决维护党中央权威和集中统一领导。'],
  ];
  for (const [line, rule, message, fixed] of cases) {
    it(`${line} → ${fixed}`, () => {
      const f = wording(line);
      expect(f.map((x) => [x.ruleId, x.message])).toEqual([[rule, message]]);
      expect(applyFixes(line, f)).toBe(fixed);
    });
  }

  it('习近平新时期中国特色社会主义思想 is one finding (the full name), not two', () => {
    const f = wording('用习近平新时期中国特色社会主义思想武装头脑。');
    expect(f.map((x) => [x.ruleId, x.start, x.length])).toEqual([['terms/formulation', 1, 16]]);
    expect(applyFixes('用习近平新时期中国特色社会主义思想武装头脑。', f)).toBe('用习近平新时代中国特色社会主义思想武装头脑。');
  });

  it('traditional script is found but not auto-fixed with simplified characters', () => {
    const f = wording('學習新時期中國特色社會主義思想不夠系統。');
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
  });

  it('leaves the correct forms alone', () => {
    for (const ok of ['部分党员', '按部就班', '各自已经完成', '的的确确', '实现目的的手段', '学习贯彻党的二十大和二十届三中全会精神', '县委十四届二次全会', '改革开放新时期', '坚决维护党中央权威和集中统一领导', '他说：“好。”……']) {
      expect([ok, wording(ok)]).toEqual([ok, []]);
    }
  });
});

describe('before → after context of one-replacement findings', () => {
  it('typos, formulations and doubled words carry the text around the change as it is and as it will be', () => {
    expect(run(termsTypo, ['放松了对自已的要求。'])[0].context).toEqual({ before: '了对自已的要', after: '了对自己的要' });
    expect(run(textDuplicated, ['存在用公款用公款吃喝问题'])[0].context).toEqual({ before: '存在用公款用公款吃喝问题', after: '存在用公款吃喝问题' });
    expect(run(termsFormulation, ['学习贯彻党的二十大三中全会精神'])[0].context).toEqual({ before: '党的二十大三中全会精神', after: '党的二十届三中全会精神' });
  });
});
