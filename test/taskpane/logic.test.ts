import { check, modelFromLines } from '../../src/core';
import { getBuiltinProfile } from '../../src/profiles';
import { flagRequests, groupFindings, ignoreKey, parseIgnores, whereLabel } from '../../src/taskpane/logic';

const profile = getBuiltinProfile('zuofeng-2022')!;
const doc = modelFromLines([
  '关于作风建设专项行动的对照检查材料',
  '按照要求，我围绕“五个聚焦”认真查摆问题，现汇报如下：',
  '一、学习情况',
  '我认真学习了有关文件和讲话精神。',
  '二、作风建设存在的问题',
  '聚焦高质量发展，深入查摆在思想观念上有没有因循守旧、固步自封等问题。我在工作中习惯凭老经验办事，办法不多。',
  '三、今后的努力方向和改进措施',
  '一是加强理论学习。二是改进工作作风。',
]);

describe('pane logic', () => {
  it('flags each missing focus area once and each weak or missing aspect of the others, inside the document', () => {
    const result = check(doc, profile);
    const flags = flagRequests(result, profile, doc);
    const missingAreas = result.focusAreas.filter((f) => f.status === 'missing');
    const openAspects = result.focusAreas.filter((f) => f.status !== 'missing').flatMap((f) => f.aspects.filter((a) => a.status !== 'addressed'));
    expect(flags).toHaveLength(missingAreas.length + openAspects.length);
    expect(missingAreas.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.paragraph).toBeGreaterThanOrEqual(0);
      expect(f.paragraph).toBeLessThan(doc.paragraphs.length);
    }
    // Missing areas with no block of their own go to the problems heading.
    const problems = result.sections.find((s) => s.id === 'problems')!.paragraph;
    expect(flags.filter((f) => /未查摆，请对照要求补充/.test(f.message)).every((f) => f.paragraph === problems)).toBe(true);
  });

  it('groups findings by rule family in display order, errors first', () => {
    const mk = (ruleId: string, severity: 'error' | 'warning' | 'info', paragraph: number) => ({ ruleId, severity, message: ruleId, paragraph });
    const groups = groupFindings([mk('punct/x', 'warning', 1), mk('structure/a', 'info', 0), mk('structure/b', 'error', 5), mk('zzz/unknown', 'warning', 2)]);
    expect(groups.map((g) => g.group)).toEqual(['structure', 'punct', 'other']);
    expect(groups[0].findings.map((f) => f.ruleId)).toEqual(['structure/b', 'structure/a']);
  });

  it('ignore keys follow the paragraph text, not its index', () => {
    const f = { ruleId: 'punct/x', severity: 'warning' as const, message: 'm', paragraph: 3, start: 2 };
    const shifted = { ...f, paragraph: 4 };
    const doc2 = modelFromLines(['插入的段落', ...doc.paragraphs.map((p) => p.text)]);
    expect(ignoreKey(shifted, doc2)).toBe(ignoreKey(f, doc));
    expect(ignoreKey({ ...f, start: 3 }, doc)).not.toBe(ignoreKey(f, doc));
    expect(parseIgnores('not json')).toEqual([]);
    expect(parseIgnores(JSON.stringify(['a', 1, 'b']))).toEqual(['a', 'b']);
  });

  it('describes where an op goes', () => {
    const op = { key: 'k', kind: 'section' as const, label: 'l', anchor: 2, position: 'before' as const, paragraphs: [] };
    expect(whereLabel('zh-CN', op, doc)).toBe('插在第 3 段“一、学习情况”之前');
    expect(whereLabel('en', { ...op, anchor: null }, doc)).toBe('At the start of the document');
  });
});
