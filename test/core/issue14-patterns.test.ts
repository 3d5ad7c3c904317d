/**
 * The patterns listed at the top of issue 14, through the public check(): each of these failed on the code before
 * the analysis became a pipeline of stages (commit 896da08).
 */
import { check } from '../../src/core/engine';
import { planSkeleton } from '../../src/core/planner';
import { modelFromLines, type DocModel } from '../../src/core/model';
import { generic, seedLines, zuofeng } from '../helpers/docs';

const OPENING = '按照支部统一安排，我认真对照检查，深入查摆问题，剖析根源。现将有关情况汇报如下：';
const ITEMS = ['（一）在理论学习方面。我今年参加集中学习12次，但自学笔记只有3篇，学用结合不够。', '（二）在工作作风方面。我去年下基层调研只有4次，对群众反映的停车难问题没有跟进。'];
const CAUSES = ['二、原因分析', '理想信念有所松懈，党性修养不够，宗旨意识淡化，纪律规矩意识不强。'];
const MEASURES = ['三、整改措施', '一是2025年6月底前完成专题学习，由我本人负责。'];

const report = (problemsHeading: string, measures = MEASURES): DocModel => modelFromLines([OPENING, problemsHeading, ...ITEMS, ...CAUSES, ...measures]);
const ids = (doc: DocModel, p = generic()) => check(doc, p).findings.map((f) => f.ruleId);

describe('the most common problems headings are recognised (by concept, both scripts)', () => {
  it.each(['一、存在的主要问题', '一、存在的主要问题及表现', '一、存在的主要问题和具体表现', '一、主要问题', '一、对照检查情况', '一、检视出的问题', '一、存在的問題', '一、查摆出的突出问题', '一、存在的差距和不足'])('%s', (heading) => {
    const r = check(report(heading), generic());
    expect(r.sections.find((s) => s.id === 'problems')).toMatchObject({ status: 'present', paragraph: 1 });
    expect(r.findings.filter((f) => f.ruleId === 'structure/missing-section' && f.severity === 'error')).toEqual([]);
  });

  it.each(['三、下步打算', '三、下一步努力方向', '三、今后的整改方向', '三、整改举措'])('measures heading %s', (heading) => {
    const r = check(report('一、存在的问题', [heading, MEASURES[1]]), generic());
    expect(r.sections.find((s) => s.id === 'measures')).toMatchObject({ status: 'present', paragraph: 6 });
  });
});

describe('one missing heading does not cascade', () => {
  // The seed without "三、产生问题的原因分析": its （一）（二）（三） causes follow the problems section directly.
  const lines = seedLines().filter((l) => !l.startsWith('三、产生问题的原因分析'));
  const r = check(modelFromLines(lines), zuofeng());
  const causesAt = lines.findIndex((l) => l.startsWith('（一）政治素养标准不高'));

  it('recognises the causes by their content and reports the missing heading once, with where it starts', () => {
    expect(r.sections.find((s) => s.id === 'causes')).toMatchObject({ status: 'present', paragraph: causesAt, headingMissing: true });
    const structure = r.findings.filter((f) => f.ruleId === 'structure/missing-section' && f.severity !== 'info');
    expect(structure.map((f) => [f.paragraph, f.message])).toEqual([[causesAt, `缺少“三、原因分析”标题，内容从第${causesAt + 1}段开始。请在第${causesAt + 1}段之前加上标题“三、原因分析”。`]]);
  });

  it('keeps the focus areas the seed has: no false 未查摆, the same 8 of 9 aspects', () => {
    expect(r.findings.filter((f) => f.ruleId === 'focus/missing')).toEqual([]);
    expect(r.summary.aspectsAddressed).toBe(8);
    expect(r.focusAreas.map((f) => f.paragraph)).toEqual([4, 5, 6, 7, 8]);
  });
});

describe('titles, site metadata, lead-in sentences and the section heading are never focus items', () => {
  it('a web copy with unnumbered headings: the page title, metadata, the headings and the lead-in give no focus item', () => {
    const doc = modelFromLines([
      '2024年度民主生活会个人对照检查材料范例【5篇】',
      '| 浏览次数:3862 | 发布时间：2024-12-01',
      OPENING,
      '存在的主要问题及具体表现',
      '经过自查，发现存在以下突出问题：',
      '理论学习不够深入。我今年参加集中学习12次，但自学笔记只有3篇，学用结合不够。',
      '工作作风不够扎实。我去年下基层调研只有4次，对群众反映的停车难问题没有跟进。',
      '问题产生的根源',
      CAUSES[1],
      '下步打算',
      MEASURES[1],
    ]);
    const r = check(doc, generic());
    expect(r.focusAreas.map((f) => f.paragraph)).toEqual([5, 6]);
    expect(r.findings.filter((f) => f.ruleId.startsWith('focus/'))).toEqual([]);
  });
});

describe('counts are tied to the right claim and reported once', () => {
  it('a study requirement (按照“七个聚焦”…学习) is not the framework; the 6个重点方面 next to it is', () => {
    const doc = modelFromLines(['按照“七个聚焦”的要求，认真学习了党的二十大精神；围绕6个重点方面，深入查摆问题。现汇报如下：', '一、存在的问题', ...Array.from({ length: 6 }, (_, k) => `（${'一二三四五六'[k]}）在第${k + 1}项工作方面。我今年有${k + 2}次没有按时完成任务，影响了整体进度。`), ...CAUSES, ...MEASURES]);
    expect(ids(doc)).not.toContain('claims/count-mismatch');
    expect(ids(doc)).not.toContain('focus/missing');
  });

  it("last year's rectified problems (4个问题…已整改到位) are not a framework", () => {
    const doc = modelFromLines(['上年度民主生活会查摆的4个问题已整改到位。按照要求，我对照检查，深入查摆问题，现汇报如下：', '一、存在的问题', ...ITEMS, ...CAUSES, ...MEASURES]);
    expect(ids(doc)).not.toContain('claims/count-mismatch');
  });

  it('九个方面的问题 is checked against the nine aspects, not the five subsections (the seed counts 9)', () => {
    const lines = seedLines().map((l, i) => (i === 0 ? l.replace('十个方面问题', '九个方面的问题') : l));
    expect(check(modelFromLines(lines), zuofeng()).findings.filter((f) => f.ruleId === 'claims/count-mismatch')).toEqual([]);
  });

  it('the same claim in the title and the opening is one claim, and a gap is reported once (not also by focus/missing)', () => {
    const doc = modelFromLines(['对照“四个带头”个人对照检查材料', '按照要求，我对照“四个带头”，深入查摆问题，对照“四个带头”逐条检视。现汇报如下：', '一、存在的问题', ...ITEMS, ...CAUSES, ...MEASURES]);
    const r = check(doc, generic());
    expect(r.findings.filter((f) => f.ruleId === 'claims/count-mismatch' || f.ruleId === 'focus/missing').map((f) => f.message)).toEqual(['开篇称“四个带头”，但问题部分有2个分项。请核对数量，使开篇与正文一致。']);
  });
});

describe('restated-only outside the seed profile', () => {
  it('a generic item that only repeats the framework wording is weak, with the reason', () => {
    const doc = modelFromLines([OPENING.replace('我认真对照检查', '我对照“两个方面”'), '一、存在的问题', '（一）理论学习方面', '在理论学习方面，还存在学习不够深入的问题。', ITEMS[1], ...CAUSES, ...MEASURES]);
    const r = check(doc, generic());
    expect(r.focusAreas.map((f) => f.status)).toEqual(['weak', 'addressed']);
    expect(r.findings.filter((f) => f.ruleId === 'focus/restated-only').map((f) => f.message)).toEqual(['分项“理论学习方面”只复述了要求的字样，没有写出自己的问题。请写明自己（或班子、支部）在这方面的具体表现，最好有事例、时间或数字。']);
  });
});

describe('messages are right', () => {
  it('with the problems section missing, the other missing section is numbered from the document, not "一、"', () => {
    const doc = modelFromLines([OPENING, '一、学习情况', '我今年参加集中学习12次，撰写心得3篇。', '二、问题产生的根源', CAUSES[1], '三、下步打算', MEASURES[1]]);
    const r = check(doc, generic());
    const missing = r.findings.filter((f) => f.ruleId === 'structure/missing-section' && f.severity === 'error');
    expect(missing.map((f) => f.message)).toEqual(['缺少“二、存在的问题”部分。应放在“学习情况”之后，请补写，或用“插入”生成带提示的骨架。']);
  });
});

describe('the fix for a missing heading inserts just the heading', () => {
  it('plans the heading before the content, numbered to fit the gap the document leaves (二、…四、); applying it twice adds nothing', () => {
    const lines = seedLines().filter((l) => !l.startsWith('三、产生问题的原因分析'));
    const causesAt = lines.findIndex((l) => l.startsWith('（一）政治素养标准不高'));
    const plan = planSkeleton(modelFromLines(lines), zuofeng());
    expect(plan.ops.map((o) => [o.key, o.anchor, o.position, o.paragraphs.map((p) => [p.text, p.role])])).toEqual([['section:causes', causesAt, 'before', [['三、原因分析', 'heading1']]]]);
    expect(plan.renumber).toEqual([]);
    const fixed = [...lines.slice(0, causesAt), '三、原因分析', ...lines.slice(causesAt)];
    expect(planSkeleton(modelFromLines(fixed), zuofeng()).ops).toEqual([]);
  });
  it('renumbers the later headings when the document numbered on without the gap', () => {
    const lines = seedLines()
      .filter((l) => !l.startsWith('三、产生问题的原因分析'))
      .map((l) => l.replace(/^四、今后/, '三、今后'));
    const plan = planSkeleton(modelFromLines(lines), zuofeng());
    expect(plan.ops.map((o) => o.paragraphs[0].text)).toEqual(['三、原因分析']);
    expect(plan.renumber.map((r) => [r.from, r.to])).toEqual([['三、', '四、']]);
  });
});

describe('the suggested title follows the kind of report', () => {
  const body = ['一、存在的问题', ...ITEMS, ...CAUSES, ...MEASURES];
  const titleMessage = (opening: string) => check(modelFromLines([opening, ...body]), generic()).findings.find((f) => f.ruleId === 'structure/missing-section' && f.severity === 'info')?.message;
  it.each([
    ['按照要求，我认真对照检查，深入查摆问题。现将个人对照检查情况汇报如下：', '建议在开篇之前加上标题，如“个人对照检查材料”。'],
    ['按照要求，领导班子认真对照检查，班子成员逐一查摆问题。现将班子对照检查情况汇报如下：', '建议在开篇之前加上标题，如“领导班子对照检查材料”。'],
    ['按照要求，党支部召开支委会认真对照检查，支部班子深入查摆问题。现将支部对照检查情况汇报如下：', '建议在开篇之前加上标题，如“党支部对照检查材料”。'],
  ])('%s', (opening, message) => expect(titleMessage(opening)).toBe(message));
});
