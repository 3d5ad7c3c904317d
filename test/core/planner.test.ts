import fc from 'fast-check';
import { check } from '../../src/core/engine';
import { applyPlan, planSkeleton } from '../../src/core/planner';
import { modelFromLines, type DocModel } from '../../src/core/model';
import type { Profile } from '../../src/core/profile';
import { generic, lineIndex, seedLines, zuofeng } from '../helpers/docs';

function noMissing(doc: DocModel, profile: Profile): void {
  const r = check(doc, profile);
  expect(r.sections.filter((s) => s.required && s.status === 'missing')).toEqual([]);
  expect(r.focusAreas.filter((f) => f.status === 'missing')).toEqual([]);
  expect(r.findings.filter((f) => f.ruleId === 'structure/missing-section' && f.severity === 'error')).toEqual([]);
  expect(r.findings.filter((f) => f.ruleId === 'focus/missing')).toEqual([]);
}

/** True when `sub` appears in `full` in order (every original paragraph survives, in order). */
function isSubsequence(sub: string[], full: string[]): boolean {
  let j = 0;
  for (const s of full) if (j < sub.length && s === sub[j]) j++;
  return j === sub.length;
}

describe('planSkeleton', () => {
  it('inserts a missing section after the previous one, numbered to fit', () => {
    const lines = seedLines();
    const without = [...lines.slice(0, lineIndex(lines, '三、')), ...lines.slice(lineIndex(lines, '四、'))];
    const plan = planSkeleton(modelFromLines(without), zuofeng());
    expect(plan.ops).toHaveLength(1);
    const op = plan.ops[0];
    expect(op).toMatchObject({ key: 'section:causes', anchor: lineIndex(without, '四、') - 1, position: 'after' });
    expect(op.paragraphs[0]).toEqual({ text: '三、原因分析', role: 'heading1' });
    expect(op.paragraphs[1].text).toContain('【待填写：');
    expect(plan.renumber).toEqual([]);
  });

  it('lists the renumbering of later typed headings explicitly', () => {
    const doc = modelFromLines(['关于作风建设的对照检查材料', '按照要求，我围绕“五个聚焦”认真查摆，现将有关情况汇报如下：', '一、存在的问题', ...seedLines().filter((l) => l.startsWith('聚焦')), '二、原因分析', '理想信念不够坚定。', '三、整改措施', '2023年6月底前完成。']);
    const plan = planSkeleton(doc, zuofeng());
    expect(plan.ops.map((o) => o.key)).toEqual(['section:study']);
    expect(plan.ops[0].paragraphs[0].text).toBe('一、学习情况');
    expect(plan.renumber.map((r) => [r.paragraph, r.from, r.to])).toEqual([
      [2, '一、', '二、'],
      [8, '二、', '三、'],
      [10, '三、', '四、'],
    ]);
    const after = applyPlan(doc, plan);
    expect(after.paragraphs.map((p) => p.text).filter((t) => /^[一二三四]、/.test(t))).toEqual(['一、学习情况', '二、存在的问题', '三、原因分析', '四、整改措施']);
    noMissing(after, zuofeng());
  });

  it('leaves auto-numbered headings to Word: no typed number, no renumbering', () => {
    const lines = seedLines();
    const without = [...lines.slice(0, lineIndex(lines, '一、')), ...lines.slice(lineIndex(lines, '二、'))];
    const doc = modelFromLines(without);
    for (const p of doc.paragraphs) {
      const m = /^([一二三四])、(.*)$/.exec(p.text);
      if (m) {
        p.listString = `${m[1]}、`;
        p.text = m[2];
      }
    }
    const plan = planSkeleton(doc, zuofeng());
    expect(plan.ops[0]).toMatchObject({ key: 'section:study', autoNumbered: true });
    expect(plan.ops[0].paragraphs[0].text).toBe('学习情况');
    expect(plan.renumber).toEqual([]);
  });

  it('puts a missing focus area between its neighbours, in profile order', () => {
    const lines = seedLines().filter((l) => !l.startsWith('聚焦群众'));
    const plan = planSkeleton(modelFromLines(lines), zuofeng());
    expect(plan.ops.map((o) => o.key)).toEqual(['focus:f3']);
    expect(plan.ops[0].anchor).toBe(lineIndex(lines, '聚焦高质量发展'));
    const after = applyPlan(modelFromLines(lines), plan);
    const texts = after.paragraphs.map((p) => p.text);
    expect(texts.findIndex((t) => t.startsWith('聚焦群众'))).toBe(lineIndex(lines, '聚焦高质量发展') + 1);
  });

  it('uses a （n） heading and renumbers later ones when the document uses headings for focus areas', () => {
    const doc = modelFromLines(['开篇：按照要求认真查摆，围绕“五个聚焦”查摆问题，现汇报如下：', '一、学习情况', '认真学习了重要讲话。', '二、存在的问题', '（一）在贯彻党中央决策部署方面', '对重要讲话领会不深，落实打折扣。', '（二）在防范化解重大风险方面', '风险意识麻痹，工作标准不高。', '三、原因分析', '理想信念不坚定。', '四、整改措施', '年底前完成。']);
    const plan = planSkeleton(doc, zuofeng());
    const f2 = plan.ops.find((o) => o.key === 'focus:f2')!;
    expect(f2.paragraphs[0]).toEqual({ text: '（二）在推动高质量发展方面', role: 'heading2' });
    expect(plan.renumber.map((r) => [r.from, r.to])).toEqual([['（二）', '（四）']]);
    const after = applyPlan(doc, plan);
    noMissing(after, zuofeng());
    expect(after.paragraphs.map((p) => p.text).filter((t) => /^（[一二三四五]）/.test(t)).map((t) => t.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  it('gives an empty document the whole skeleton, which then checks complete', () => {
    for (const profile of [zuofeng(), generic()]) {
      const plan = planSkeleton(modelFromLines([]), profile);
      const after = applyPlan(modelFromLines([]), plan);
      expect(after.paragraphs.length).toBeGreaterThan(5);
      noMissing(after, profile);
      expect(check(after, profile).findings.some((f) => f.ruleId === 'text/placeholder')).toBe(true);
      expect(planSkeleton(after, profile).ops).toEqual([]);
    }
  });

  it('plans nothing for the complete seed', () => {
    expect(planSkeleton(modelFromLines(seedLines()), zuofeng())).toEqual({ ops: [], renumber: [] });
  });

  it('applying the same plan twice adds nothing more', () => {
    const lines = seedLines().filter((l) => !l.startsWith('聚焦高质量'));
    const doc = modelFromLines(lines);
    const plan = planSkeleton(doc, zuofeng());
    const once = applyPlan(doc, plan);
    const twice = applyPlan(once, plan);
    expect(twice.paragraphs.map((p) => p.text)).toEqual(once.paragraphs.map((p) => p.text));
  });
});

describe('planner properties (fast-check)', () => {
  const lines = seedLines();
  // Units a writer might leave out: each section (heading + body) and each focus paragraph.
  const heads = ['一、', '二、', '三、', '四、'].map((h) => lineIndex(lines, h));
  const units: number[][] = [[0]];
  heads.forEach((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1] : lines.length;
    if (k === 1) {
      units.push([h]);
      for (let i = h + 1; i < end; i++) units.push([i]);
    } else units.push(Array.from({ length: end - h }, (_, i) => h + i));
  });

  it('for any subset of the seed removed: every original paragraph survives in order, nothing is missing after applying, and a second plan is empty', () => {
    fc.assert(
      fc.property(fc.subarray(units.map((_, i) => i)), fc.boolean(), (removed, halfWidth) => {
        const drop = new Set(removed.flatMap((u) => units[u]));
        let kept = lines.filter((_, i) => !drop.has(i));
        if (halfWidth) kept = kept.map((l) => l.replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')'));
        const doc = modelFromLines(kept);
        const plan = planSkeleton(doc, zuofeng());
        const after = applyPlan(doc, plan);
        const texts = after.paragraphs.map((p) => p.text);
        const renumbered = new Set(plan.renumber.map((r) => r.paragraph));
        expect(isSubsequence(kept.filter((_, i) => !renumbered.has(i)), texts)).toBe(true);
        expect(after.paragraphs.length).toBe(kept.length + plan.ops.reduce((n, o) => n + o.paragraphs.length, 0));
        noMissing(after, zuofeng());
        const again = planSkeleton(after, zuofeng());
        expect(again.ops).toEqual([]);
        expect(applyPlan(after, plan).paragraphs.map((p) => p.text)).toEqual(texts);
      }),
      // The first example is a counterexample fast-check once found: without the study section, the first focus
      // paragraph and the last two sections, the inserted placeholder lines made the text read as hard-wrapped.
      { numRuns: 60, examples: [[[1, 3, 8, 9], false]] },
    );
  });
});
