/**
 * Items given as 一是…二是… paragraphs whose lead-in is not "在…方面，" (一是在…方面存在差距。), each followed by
 * paragraphs that go on about it (同时，… / 此外，…): the numbered paragraphs are the items, the others continue them.
 */
import { analyze } from '../../../src/core/analyze';
import { check } from '../../../src/core/engine';
import { modelFromLines } from '../../../src/core/model';
import { generic } from '../../helpers/docs';

const lines = [
  '按照县委统一部署，班子对照四个方面认真检视，现报告如下：',
  '一、存在的问题',
  '一是在理论武装方面存在差距。班子中心组2024年专题学习只有4次，比如3月的研讨只传达了文件。',
  '同时，学用结合不够，2024年班子成员撰写的调研报告只有2篇。',
  '二是在担当作为方面存在差距。面对老旧小区改造中的矛盾，班子3次研究都没有拍板。',
  '三是在联系群众方面存在差距。班子成员全年下社区走访人均只有5次。',
  '此外，群众反映的12件诉求中有3件超过10个工作日才答复。',
  '四是在廉洁自律方面存在差距。对2个社区的补贴发放监督不严，比如某社区虚报了3户。',
  '二、原因分析',
  '理想信念有所松懈，党性修养锤炼不够，宗旨意识树得不牢，纪律规矩意识不强。',
  '三、整改措施',
  '一是2025年3月底前制定学习计划，每月写1篇笔记。二是6月底前走遍全街道12个社区。',
];

describe('series paragraphs as items', () => {
  it('the 一是…四是 paragraphs are the four items; 同时/此外 paragraphs continue them', () => {
    const a = analyze(modelFromLines(lines), generic());
    expect(a.blocks.map((b) => [b.start, b.end])).toEqual([[2, 3], [4, 4], [5, 6], [7, 7]]);
  });
  it('so the opening’s 四个方面 agrees', () => {
    expect(check(modelFromLines(lines), generic()).findings.filter((f) => f.ruleId === 'claims/count-mismatch' || f.ruleId === 'focus/missing')).toEqual([]);
  });
});
