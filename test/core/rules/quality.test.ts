import { qualityNoExample } from '../../../src/core/rules/quality-no-example';
import { qualitySelfPraise } from '../../../src/core/rules/quality-self-praise';
import { qualityBoilerplate } from '../../../src/core/rules/quality-boilerplate';
import { qualityCauseAngles } from '../../../src/core/rules/quality-cause-angles';
import { qualityMeasureDeadline } from '../../../src/core/rules/quality-measure-deadline';
import { qualityProblemMeasureMatch } from '../../../src/core/rules/quality-problem-measure-match';
import { profile, run } from './helpers';

const F2 = '聚焦高质量发展，深入查摆在思想观念上有没有因循守旧、固步自封等问题，在工作推动上有没有定力不够、韧劲不足、办法不多等问题。';
const CAUSES_OK = '理想信念有所松懈，党性修养锤炼不够，宗旨意识树得不牢，纪律规矩意识不强，对自己要求不严，这是产生问题的根本原因。';
const MEASURES_OK = '一是推动高质量发展，年底前制定分管领域创新工作方案，每季度听取一次进展汇报。';

function doc(o: { problems?: string[]; causes?: string[]; measures?: string[] }): string[] {
  return [
    '按照市委关于召开组织生活会的有关要求，结合思想和工作实际，现将对照检查情况报告如下：',
    '一、存在的问题',
    ...(o.problems ?? [F2 + '今年3月推进园区项目时，我沿用老办法，2个项目延误1个月。']),
    '二、原因分析',
    ...(o.causes ?? [CAUSES_OK]),
    '三、努力方向和改进措施',
    ...(o.measures ?? [MEASURES_OK]),
  ];
}
const at = (lines: string[], p: number | null) => (p === null ? '' : lines[p]);

describe('quality/no-example', () => {
  it('flags a problem in the writer\'s own words with no concrete instance', () => {
    const lines = doc({ problems: [F2 + '通过查摆我发现自己在思想观念上缺乏开拓创新意识，习惯于凭老经验、老办法处理问题，导致效果不理想。'] });
    const f = run(qualityNoExample, lines);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('见人见事');
    expect(f[0].start).toBe(F2.length);
  });

  it('accepts problems with an example, a number, a time or a named document, and ignores the restated requirement', () => {
    for (const own of ['比如在推进园区改造时沿用老办法，导致进度滞后、群众意见较大。', '今年上半年推进园区改造时沿用老办法，导致进度滞后、群众意见较大。', '学习《习近平谈治国理政》第四卷时只读不思，没有联系分管工作思考改进办法。']) {
      expect(run(qualityNoExample, doc({ problems: [F2 + own] }))).toEqual([]);
    }
    expect(run(qualityNoExample, doc({ problems: [F2] }))).toEqual([]);
  });

  it('checks each item of a run-in series separately, in traditional script too', () => {
    const lines = doc({ problems: [F2 + '一是思想觀念保守，習慣於憑老經驗、老辦法處理問題，創新意識不夠強；二是工作推動不力，比如2022年園區項目延誤了3個月。'] });
    const f = run(qualityNoExample, lines);
    expect(f).toHaveLength(1);
    expect(at(lines, f[0].paragraph).slice(f[0].start, (f[0].start as number) + 2)).toBe('一是');
  });
});

describe('quality/self-praise', () => {
  it('flags achievements and "没有违反" claims in the problems section only', () => {
    const lines = doc({ problems: [F2 + '虽然工作取得了一定成绩，本人也没有违反中央八项规定精神，但仍存在沿用老办法的问题，如3月项目延误。'] });
    const f = run(qualitySelfPraise, lines);
    expect(f.map((x) => x.message.match(/“(.+?)”/)?.[1])).toEqual(['取得了一定成绩', '没有违反']);
    expect(f[0].message).toContain('不摆成绩，只说问题');
    expect(run(qualitySelfPraise, doc({ causes: [CAUSES_OK + '工作取得了一定成绩。'] }))).toEqual([]);
  });

  it('does not flag problem statements that mention achievements critically', () => {
    const lines = doc({ problems: [F2 + '满足于已经取得的成绩，工作没有取得实际成效，对违规问题查处不及时，如3月的一起投诉拖了两周。'] });
    expect(run(qualitySelfPraise, lines)).toEqual([]);
  });
});

describe('quality/boilerplate', () => {
  it('flags a stock phrase with nothing concrete after it, not one followed by an example', () => {
    const f = run(qualityBoilerplate, doc({ problems: [F2 + '理论学习不深不透，担当精神有所弱化，遇到难题往后退。'] }));
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
    expect(f[0].message).toContain('万能问题');
    expect(run(qualityBoilerplate, doc({ problems: [F2 + '理论学习不深不透，比如2022年9次中心组学习我有3次没有发言。'] }))).toEqual([]);
  });
});

describe('quality/cause-angles', () => {
  it('names the standard angles the cause analysis leaves out', () => {
    const lines = doc({ causes: ['对自己要求放松，党性修养锤炼不够，理想信念有所动摇，工作中满足于过得去，遇到困难不敢迎难而上，这是产生问题的主要原因。'] });
    const f = run(qualityCauseAngles, lines);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('“宗旨意识”、“纪律规矩”');
    expect(f[0].paragraph).toBe(lines.indexOf('二、原因分析'));
  });

  it('accepts synonyms, and uses profile.quality.causeAngles when given', () => {
    expect(run(qualityCauseAngles, doc({}))).toEqual([]);
    const p = { ...profile(), quality: { causeAngles: [{ label: '政绩观', keywords: ['政绩观'] }] } };
    expect(run(qualityCauseAngles, doc({}), { profile: p })[0].message).toContain('“政绩观”');
  });
});

describe('quality/measure-deadline', () => {
  it('flags measures with no deadline, owner or checkable outcome', () => {
    const lines = doc({ measures: ['一是要强化理论学习，提高政治能力，切实把学习成效转化为推动发展的强大力量。', MEASURES_OK, '三要建立问题整改台账，逐项销号。'] });
    const f = run(qualityMeasureDeadline, lines);
    expect(f).toHaveLength(1);
    expect(at(lines, f[0].paragraph).startsWith('一是要强化理论学习')).toBe(true);
    expect(f[0].severity).toBe('info');
  });
});

describe('quality/problem-measure-match', () => {
  it('reports a focus area whose problems no measure answers', () => {
    const lines = doc({ measures: ['一是强化宗旨意识，年底前走访联系群众20户，建立群众诉求台账。'] });
    const f = run(qualityProblemMeasureMatch, lines);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('聚焦高质量发展');
    expect(run(qualityProblemMeasureMatch, doc({}))).toEqual([]);
  });
});
