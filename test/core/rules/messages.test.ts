/** Every message of the text and quality rules, word for word, zh-CN and English (issue 14 §5). */
import type { Finding, Rule } from '../../../src/core/findings';
import { punctUnpaired } from '../../../src/core/rules/punct-unpaired';
import { punctDunhaoBetweenQuotes } from '../../../src/core/rules/punct-dunhao-between-quotes';
import { textDuplicated } from '../../../src/core/rules/text-duplicated';
import { termsFormulation } from '../../../src/core/rules/terms-formulation';
import { termsTypo } from '../../../src/core/rules/terms-typo';
import { qualityNoExample } from '../../../src/core/rules/quality-no-example';
import { qualitySelfPraise } from '../../../src/core/rules/quality-self-praise';
import { qualityBoilerplate } from '../../../src/core/rules/quality-boilerplate';
import { qualityCauseAngles } from '../../../src/core/rules/quality-cause-angles';
import { qualityMeasureDeadline } from '../../../src/core/rules/quality-measure-deadline';
import { qualityProblemMeasureMatch } from '../../../src/core/rules/quality-problem-measure-match';
import { run } from './helpers';

const F2 = '聚焦高质量发展，深入查摆在思想观念上有没有因循守旧、固步自封等问题，在工作推动上有没有定力不够、韧劲不足、办法不多等问题。';
const CAUSES = '理想信念有所松懈，党性修养锤炼不够，宗旨意识树得不牢，纪律规矩意识不强，对自己要求不严，这是产生问题的根本原因。';
const MEASURES = '一是推动高质量发展，年底前制定分管领域创新工作方案，每季度听取一次进展汇报。';
function doc(o: { problems?: string[]; causes?: string[]; measures?: string[] }): string[] {
  return [
    '按照市委关于召开组织生活会的有关要求，结合思想和工作实际，现将对照检查情况报告如下：',
    '一、存在的问题',
    ...(o.problems ?? [F2 + '今年3月推进园区项目时，我沿用老办法，2个项目延误1个月。']),
    '二、原因分析',
    ...(o.causes ?? [CAUSES]),
    '三、努力方向和改进措施',
    ...(o.measures ?? [MEASURES]),
  ];
}

const say = (rule: Rule, lines: string[]) => run(rule, lines).map((f: Finding) => [f.severity, f.message, f.messageEn]);

describe('messages, word for word', () => {
  it('punct/unpaired', () => {
    expect(say(punctUnpaired, ['树牢”四个意识“'])).toEqual([['warning', '引号方向颠倒：先用了右引号，左引号应在前，请调换。', 'Reversed quotation marks: "”" comes first; the opening mark is "“".']]);
    expect(say(punctUnpaired, ['学习《习近平谈治国理政'])).toEqual([['warning', '“《”没有对应的“》”：请补上或删去多余的书名号。', '"《" has no matching "》"; add it or remove the extra mark.']]);
    expect(say(punctUnpaired, ['学习习近平谈治国理政）'])).toEqual([['warning', '“）”前面没有对应的“（”：请补上或删去多余的括号。', '"）" has no matching "（" before it; add it or remove the extra mark.']]);
    expect(say(punctUnpaired, ['增强“四个意识，坚定“四个自信”'])).toEqual([['warning', '左引号之后还没有右引号就又出现了左引号：引号不成对，请检查。', '"“" opens again before "”" closes it; check the pairing.']]);
  });

  it('punct/dunhao-between-quotes', () => {
    expect(say(punctDunhaoBetweenQuotes, ['对照“四个意识”、“四个自信”'])).toEqual([
      ['info', '两个标有引号的并列成分之间（”、“）用了顿号：按 GB/T 15834—2011 4.5.3.5，这种情况通常不用顿号，建议删去。', expect.any(String)],
    ]);
  });

  it('text/duplicated', () => {
    expect(say(textDuplicated, ['存在用公款用公款吃喝问题'])).toEqual([['warning', '“用公款”连续重复了两次（“用公款用公款”），疑为误输入。请删去多余的“用公款”。', '"用公款" is written twice in a row; remove the extra one.']]);
  });

  it('terms/formulation: wrong, order, missing', () => {
    expect(say(termsFormulation, ['深刻感悟“两个确立”的决定性意义'])[0][1]).toBe('“感悟“两个确立”的决定性意义”表述不规范，应为“深刻领悟“两个确立”的决定性意义”。固定表述为“深刻领悟‘两个确立’的决定性意义”，不是“感悟”“领会”。');
    expect(say(termsFormulation, ['增强政治意识、核心意识、大局意识、看齐意识'])).toEqual([
      ['warning', '“政治意识、核心意识、大局意识、看齐意识”顺序不对，应为“政治意识、大局意识、核心意识、看齐意识”。“四个意识”依次为政治意识、大局意识、核心意识、看齐意识，不可颠倒或缺项。', '"政治意识、核心意识、大局意识、看齐意识" is out of order; the fixed order is "政治意识、大局意识、核心意识、看齐意识". The Four Consciousnesses are, in this order: political integrity, thinking in big-picture terms, following the leadership core, keeping in alignment.'],
    ]);
    expect(say(termsFormulation, ['牢固树立政治意识、大局意识、看齐意识'])[0][1]).toBe('“政治意识、大局意识、看齐意识”缺少“核心意识”，完整表述为“政治意识、大局意识、核心意识、看齐意识”。“四个意识”依次为政治意识、大局意识、核心意识、看齐意识，不可颠倒或缺项。');
  });

  it('terms/typo: wrong and doubled', () => {
    expect(say(termsTypo, ['始终做到严以律已。'])).toEqual([['warning', '“严以律已”疑为错别字，应为“严以律己”。“律己”是约束自己，“己”不是“已”。', '"严以律已" looks like a typo for "严以律己". Should be 严以律己.']]);
    expect(say(termsTypo, ['对党的的创新理论学习不够。'])).toEqual([['warning', '“的的”重复了，应为“的”。多写了一个“的”。', '"的的" is written twice; use "的". A doubled 的.']]);
  });

  it('quality/no-example', () => {
    expect(say(qualityNoExample, doc({ problems: [F2 + '通过查摆我发现自己在思想观念上缺乏开拓创新意识，习惯于凭老经验、老办法处理问题，导致效果不理想。'] }))).toEqual([
      ['warning', '问题不具体，建议见人见事：“通过查摆我发现自己在思想观念上缺乏开…”没有具体事例。请补充“比如……”，写明时间、地点、数字或具体哪项工作。', 'The problem is not specific: "通过查摆我发现自己在思想观念上缺乏开…" gives no concrete instance. Add an example with a time, place, number or named piece of work.'],
    ]);
  });

  it('quality/self-praise and quality/boilerplate', () => {
    const praise = say(qualitySelfPraise, doc({ problems: [F2 + '虽然工作取得了一定成绩，但今年3月推进园区项目时，我沿用老办法，2个项目延误1个月。'] }));
    expect(praise.map((m) => m[1])).toEqual([expect.stringMatching(/^不摆成绩，只说问题：查摆问题部分出现“取得了一定成绩”。/)]);
    const stock = say(qualityBoilerplate, doc({ problems: [F2 + '理论学习不深不透，遇到难题往后退。'] }));
    expect(stock.map((m) => m[1])).toEqual(['“理论学习不深不透”是常见的“万能问题”表述，本段没有具体内容支撑。“理论学习不深不透”是年年出现的万能表述，应写明哪次学习、哪篇原著、学了多少、用得怎样。请写明具体表现和事例。']);
  });

  it('quality/cause-angles, measure-deadline, problem-measure-match', () => {
    expect(say(qualityCauseAngles, doc({ causes: ['理想信念有所松懈，党性修养锤炼不够，对自己要求不严，放松了学习，这是产生问题的根本原因所在。'] }))[0][1]).toBe(
      '原因剖析没有涉及“宗旨意识”、“纪律规矩”方面：请从理想信念、党性修养、宗旨意识、纪律规矩等方面深挖思想根源，补写“宗旨意识”、“纪律规矩”方面的原因。',
    );
    expect(say(qualityMeasureDeadline, doc({ measures: ['一是要强化理论学习，提高政治能力，切实把学习成效转化为推动发展的强大力量。', MEASURES] }))).toEqual([
      ['info', '整改措施“一是要强化理论学习，提高政治能力…”没有完成时限、责任人或可检验的目标。请写明何时完成、由谁负责、做到什么程度（如“每季度……”“年底前建立……台账”）。', 'The measure "一是要强化理论学习，提高政治能力…" has no deadline, owner or checkable outcome; say when, who and what result.'],
    ]);
    expect(say(qualityProblemMeasureMatch, doc({ measures: ['一是强化宗旨意识，年底前走访联系群众20户，建立群众诉求台账。'] }))[0][1]).toBe('“聚焦高质量发展”方面查摆了问题，但整改措施中没有针对这方面的措施。请在整改措施部分补写对应措施（如涉及“高质量发展”“发展”的具体做法）。');
  });
});
