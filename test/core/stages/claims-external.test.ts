/**
 * Counts of something else (held-out miss pattern 4): a count in the opening that describes the notice's or the
 * campaign's list ("对照…8个方面突出问题", a quoted requirement, a named method whose items are not this report's)
 * is not the report's framework — unless the report really lists that many items. The report's own count still is.
 */
import { analyze } from '../../../src/core/analyze';
import { check } from '../../../src/core/engine';
import { modelFromLines } from '../../../src/core/model';
import { generic } from '../../helpers/docs';

const ITEMS = [
  '（一）理论学习方面。今年只写了3篇学习笔记，比如4月中心组学习后没有写体会。',
  '（二）工作作风方面。下基层调研少，全年只去了2个村，比如防汛检查只听了汇报。',
  '（三）廉洁自律方面。对家属要求不严，比如去年春节亲属收受了1张购物卡，我知道后才退回。',
];
const report = (opening: string, items = ITEMS) => [
  opening,
  '一、存在的问题',
  ...items,
  '二、原因分析',
  '理想信念有所松懈，党性修养锤炼不够，宗旨意识树得不牢，纪律规矩意识不强。',
  '三、整改措施',
  '一是2025年3月底前制定学习计划，每月写1篇笔记。二是6月底前走遍全镇12个村。',
];
const run = (lines: string[]) => {
  const doc = modelFromLines(lines);
  const r = check(doc, generic());
  return {
    framework: analyze(doc, generic()).claims.filter((c) => c.role === 'framework').map((c) => c.text),
    mismatch: r.findings.filter((f) => f.ruleId === 'claims/count-mismatch' || f.ruleId === 'focus/missing').map((f) => f.ruleId),
  };
};

describe('a count of something else is not the framework', () => {
  it("the campaign's 8个方面突出问题 next to the report's own 三个方面", () => {
    const r = run(report('按照县委统一部署，对照主题教育检视整改的8个方面突出问题，我重点从以下三个方面进行了检视，现报告如下：'));
    expect(r).toEqual({ framework: ['三个方面'], mismatch: [] });
  });

  it("the campaign's list alone draws no count finding", () => {
    expect(run(report('根据县委安排，我对照党中央列出的8个方面突出问题，认真进行了检视剖析，现报告如下：'))).toEqual({ framework: [], mismatch: [] });
  });

  it("the campaign's 8个突出问题 (a count of problems) is not this report's problem count", () => {
    expect(run(report('按照县委统一部署，我对照主题教育检视整改的8个突出问题，认真查摆了自身存在的不足，现报告如下：')).mismatch).toEqual([]);
    // …but the report's own count of problems still is.
    expect(run(report('按照县委统一部署，我认真对照检查，共查摆出8个突出问题，现报告如下：')).mismatch).toContain('claims/count-mismatch');
  });

  it('a count inside a quoted requirement is the notice’s, not the report’s', () => {
    expect(run(report('根据通知中“紧扣主题，重点围绕六个方面进行对照检查，把问题找准查实”的要求，我结合工作实际查摆了问题，现报告如下：'))).toEqual({ framework: [], mismatch: [] });
  });

  it('a named method whose items are none of the report’s items', () => {
    expect(run(report('按照“四个对照”的要求，即对照党章党规、对照初心使命、对照人民期待、对照先进典型，认真查摆问题，现报告如下：'))).toEqual({ framework: [], mismatch: [] });
  });

  it('a named method no item title bears (“四个对照”, items 理论学习/工作作风/廉洁自律) is not the framework', () => {
    expect(run(report('按照“四个对照”的要求，我认真查摆了问题，现报告如下：'))).toEqual({ framework: [], mismatch: [] });
    // …while a named framework the item titles bear, with one item short, still is.
    const daitou = ['（一）带头强化政治忠诚方面。2024年3月传达文件后没有研究落实，比如某项目拖了2个月。', '（二）带头严守纪律方面。比如2024年5月我参加了1次老乡聚会。', '（三）带头树立正确政绩观方面。比如某镇的3个项目只看进度。'];
    expect(run(report('按照县委统一部署，我对照“四个带头”，认真查摆问题，现报告如下：', daitou)).mismatch).toContain('claims/count-mismatch');
  });

  it('…but it is the framework when the report lists exactly that many items', () => {
    const four = [...ITEMS, '（四）担当作为方面。遇到难题绕着走，比如2024年5月某村土地纠纷我没有到现场。'];
    expect(run(report('根据县委安排，我对照党中央列出的4个方面突出问题，认真进行了检视剖析，现报告如下：', four)).framework).toEqual(['4个方面']);
  });

  it('the report’s own framework count that its items do not bear out is still a finding', () => {
    expect(run(report('按照县委统一部署，我对照“四个带头”，认真查摆问题，现报告如下：')).mismatch).toContain('claims/count-mismatch');
    expect(run(report('按照县委统一部署，我重点从四个方面进行了检视，现报告如下：')).mismatch).toContain('claims/count-mismatch');
  });
});
