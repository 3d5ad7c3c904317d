/** Stage 1, normalise: the matching view, non-content lines, logical paragraphs of hard-wrapped text. */
import fc from 'fast-check';
import { findNonContent, joinLines, matchView, normalise, toOriginal, wrapWidth } from '../../../src/core/stages/normalise';
import { foldScript, looksTraditional } from '../../../src/core/stages/script-fold';
import { modelFromLines } from '../../../src/core/model';

describe('matching view', () => {
  it('folds traditional to simplified and full width to half, one code unit for one', () => {
    expect(matchView('存在的問題（一）')).toBe('存在的问题(一)');
    expect(foldScript('對照檢查材料')).toBe('对照检查材料');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => expect(matchView(s)).toHaveLength(s.length)));
  });
  it('leaves simplified text as it is (no simplified character is folded)', () => {
    const simplified = '著作乾坤了解借口余下存在的问题原因分析整改措施学习情况';
    expect(foldScript(simplified)).toBe(simplified);
    expect(looksTraditional('黨員領導幹部')).toBe(true);
    expect(looksTraditional('党员领导干部')).toBe(false);
  });
});

describe('lines that are not content', () => {
  it('marks site metadata, page titles, the closing formula and the signature block', () => {
    const lines = ['2024年度民主生活会对照检查材料范文【5篇】', '发布时间：2024-12-01 | 浏览次数:3862', '【第一篇】', '按照要求，我认真查摆问题。', '一、存在的问题', '我学习不够。', '以上检视，恳请各位同志批评指正。', '中共某街道第二党支部委员会', '2024年12月', '（本文来源于网络，版权归原作者所有，仅供学习参考）'];
    expect(findNonContent(modelFromLines(lines).paragraphs)).toEqual(['page-title', 'metadata', 'page-title', null, null, null, 'closing', 'name-date', 'name-date', 'metadata']);
  });
  it('never marks a heading or a sentence', () => {
    const lines = ['一、存在的问题', '三、整改措施', '我的作风不够扎实，来源于对群众的感情不深。'];
    expect(findNonContent(modelFromLines(lines).paragraphs)).toEqual([null, null, null]);
  });
});

describe('hard-wrapped text', () => {
  const wrapped = [
    '一、存在的问题',
    '（一）理论学习方面。对党的创新理论的学习还存',
    '在碎片化的问题，今年自学笔记只有3篇，学用结',
    '合不够，对新知识新业务的学习也不够系统深入，',
    '与岗位要求相比还有不小差距。',
    '（二）工作作风方面。下基层调研的次数偏少，全',
    '年只有4次，对群众反映的停车难问题没有跟进到',
    '底，群众的满意度不高，这些问题需要认真整改。',
    '二、原因分析',
    '理想信念有所松懈，党性修养不够，宗旨意识淡化，',
    '纪律规矩意识不强，这是产生问题的根本原因。',
  ];
  const doc = modelFromLines(wrapped);
  it('is recognised by its width, and lines that continue one sentence are joined', () => {
    const n = normalise(doc);
    expect(n.hardWrapped).toBe(true);
    expect(n.logical.map((lp) => [lp.first, lp.last])).toEqual([[0, 0], [1, 4], [5, 7], [8, 8], [9, 10]]);
    expect(n.logical[1].text).toBe(wrapped.slice(1, 5).join(''));
  });
  it('maps every offset of a logical paragraph back to its line and offset', () => {
    const n = normalise(doc);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n.logical.length - 1 }), fc.nat(), (k, raw) => {
        const lp = n.logical[k];
        const off = raw % lp.text.length;
        const o = toOriginal(lp, off);
        expect(wrapped[o.paragraph][o.offset]).toBe(lp.text[off]);
      }),
    );
  });
  it('leaves ordinary text one line one paragraph', () => {
    const plain = modelFromLines(['按照要求，我认真查摆。现汇报如下：', '一、存在的问题', '我学习不够深入，今年只写了3篇笔记。', '二、原因分析', '理想信念松懈。']);
    expect(wrapWidth(plain.paragraphs, findNonContent(plain.paragraphs))).toBe(0);
    expect(joinLines(plain.paragraphs, [], 0)).toHaveLength(5);
  });
});

describe('what is not hard-wrapped', () => {
  it('a draft of typed headings and 【待填写：…】 lines between long paragraphs is not a PDF copy', () => {
    const long = '通过查摆我发现自己在思想观念上缺乏开拓创新意识，习惯于凭老经验、老办法处理问题，导致效果不理想。';
    const doc = modelFromLines([
      long,
      '一、学习情况',
      '【待填写：学习了哪些内容、采用了哪些方式、参加了几次集中学习和研讨，有何收获和体会】',
      '二、存在的问题',
      '聚焦习近平总书记重要讲话重要指示和党中央决策部署，深入查摆问题。【待填写：结合自身实际写出查摆出的具体问题，见人见事见思想】',
      long,
      long,
      long,
      '三、原因分析',
      '【待填写：从理想信念、党性修养、宗旨意识、纪律规矩等方面深挖问题根源，与查摆出的问题逐条对应】',
      '四、努力方向和改进措施',
      '【待填写：针对查摆出的问题逐条提出整改措施，写明责任人、完成时限和可检验的成效】',
    ]);
    const n = normalise(doc);
    expect(n.logicalOf).toEqual(doc.paragraphs.map((_, i) => n.logical.findIndex((lp) => lp.first === i)));
    expect(n.logical.every((lp) => lp.first === lp.last)).toBe(true);
  });
});
