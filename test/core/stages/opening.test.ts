/**
 * The opening (开篇) in the forms real reports give it: a single short sentence, one starting with 根据/按照/对照
 * right before 一、, one after a salutation, a byline or a 摘要/按语, an untitled report whose first line is the
 * opening, and an opening that quotes the notice's list. None of them may draw "缺少开篇段落"; a byline alone is
 * still no opening.
 */
import { analyze } from '../../../src/core/analyze';
import { check } from '../../../src/core/engine';
import { modelFromLines } from '../../../src/core/model';
import { generic } from '../../helpers/docs';

const BODY = [
  '一、存在的问题',
  '（一）理论学习方面。今年只写了3篇学习笔记，比如4月局党组中心组学习后没有写体会。',
  '（二）工作作风方面。下基层调研少，全年只去了2个村，比如防汛检查只听了汇报。',
  '二、原因分析',
  '理想信念有所松懈，党性修养不够，宗旨意识淡化，纪律规矩意识不强。',
  '三、整改措施',
  '一是2025年3月底前制定学习计划，每月写1篇笔记。二是6月底前走遍全镇12个村。',
];

const opening = (lines: readonly string[]) => analyze(modelFromLines([...lines, ...BODY]), generic()).sections.find((s) => s.id === 'preamble');
const openingErrors = (lines: readonly string[]) =>
  check(modelFromLines([...lines, ...BODY]), generic()).findings.filter((f) => f.ruleId === 'structure/missing-section' && f.message.startsWith('缺少开篇段落'));

describe('opening forms (held-out miss pattern 5)', () => {
  it.each([
    ['a short sentence after the title', ['个人对照检查材料', '对照“四个带头”，我进行了认真检视。'], 1],
    ['根据… right before 一、 with no end mark', ['个人对照检查材料', '根据区委要求，对照“四个带头”逐项检视'], 1],
    ['an untitled report whose first line is the opening', ['根据区委要求，对照检查如下'], 0],
    ['an untitled opening starting with 按照', ['按照区委统一部署，我对照“四个带头”逐项检视'], 0],
    ['a salutation, then a short opening', ['个人对照检查材料', '各位同志：', '根据安排，下面我作对照检查'], 2],
    ['a byline, then a short opening', ['个人对照检查材料', '张某某', '根据区委统一安排，我认真作了对照检查'], 2],
    ['a 摘要 line before the opening', ['个人对照检查材料', '【摘要】本材料围绕四个方面查摆问题、剖析根源、提出措施。', '根据区委统一安排，我认真对照检查，现将有关情况报告如下：'], 2],
    ['an editor note (按：) before the opening', ['个人对照检查材料', '按：本文为个人对照检查材料。', '根据区委统一安排，现将有关情况报告如下：'], 2],
    ['the title joined to the opening', ['某某同志个人对照检查材料 按照区委要求，现将对照检查情况报告如下'], 0],
  ])('%s', (_, lines, paragraph) => {
    expect(opening(lines)?.paragraph).toBe(paragraph);
    expect(openingErrors(lines)).toEqual([]);
  });

  it('a title and a byline are still no opening', () => {
    for (const lines of [['个人对照检查材料', '区财政局党组书记、局长　张某某'], ['个人对照检查材料'], ['个人对照检查材料', '各位同志：']]) {
      expect(opening(lines)?.status).toBe('missing');
      expect(openingErrors(lines)).toHaveLength(1);
    }
  });

  it('an opening that quotes the notice with its numbered list draws no numbering warning', () => {
    const lines = [
      '个人对照检查材料',
      '根据区委办公室通知要求，重点对照以下四个方面进行检视：',
      '1.带头强化政治忠诚、提高政治能力；',
      '2.带头增强党性、严守纪律规矩；',
      '3.带头树立和践行正确政绩观；',
      '4.带头履行全面从严治党政治责任。',
      '现将个人对照检查情况报告如下：',
    ];
    const r = check(modelFromLines([...lines, ...BODY]), generic());
    expect(r.sections.find((s) => s.id === 'preamble')?.paragraph).toBe(1);
    expect(r.findings.filter((f) => f.ruleId === 'structure/numbering')).toEqual([]);
  });
});

describe('numbering right after a one-sentence opening', () => {
  it('items and sub-items after the opening (no section heading) are judged by their nesting, not as an opening list', () => {
    const lines = ['根据安排，现将有关情况报告如下：', '（一）学习方面', '1.学得不深', '2.用得不够', '（二）作风方面', '1.调研不多', '2.落实不力'];
    const r = check(modelFromLines(lines), generic());
    expect(r.findings.filter((f) => f.ruleId === 'structure/numbering')).toEqual([]);
  });
});
