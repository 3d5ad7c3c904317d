/** Stage 3, sections: headings by concept, the profile's variants as extra evidence, and the profile's own concepts. */
import { matchConcepts, BUILTIN_CONCEPTS, conceptsNamed } from '../../../src/core/stages/concepts';
import { analyze } from '../../../src/core/analyze';
import { modelFromLines } from '../../../src/core/model';
import { parseProfile } from '../../../src/core/profile';
import { generic } from '../../helpers/docs';

describe('concepts', () => {
  it.each([
    ['存在的主要问题及表现', 'problems'],
    ['对照检查情况', 'problems'],
    ['问题产生的原因', 'causes'],
    ['症结剖析', 'causes'],
    ['下步打算', 'measures'],
    ['学习研讨情况', 'study'],
    ['上年度整改措施落实情况', 'prior'],
  ])('%s is %s', (title, id) => {
    const hits = Object.entries(BUILTIN_CONCEPTS).filter(([, cs]) => matchConcepts(title, cs)?.strength === 'strong').map(([k]) => k);
    expect(hits).toEqual([id]);
  });
  it('a line naming several sections names them all', () => {
    expect(conceptsNamed('存在的问题及整改措施')).toEqual(['problems', 'measures']);
  });
});

describe('sections stage through analyze', () => {
  const lines = ['按照要求，我认真对照检查，深入查摆问题，现汇报如下：', '一、突出短板', '（一）学习方面。我今年只写了3篇笔记。', '二、症结所在', '理想信念有所松懈。', '三、下步打算', '一是年底前完成学习。'];
  it('recognises headings by concept and keeps why', () => {
    const a = analyze(modelFromLines(lines), generic());
    expect(a.sections.filter((s) => s.status !== 'missing').map((s) => [s.id, s.paragraph])).toEqual([['preamble', 0], ['problems', 1], ['causes', 3], ['measures', 5]]);
    expect(a.explanations.find((e) => e.subject === 'section' && e.id === 'problems')?.zh).toBe('第2段“突出短板”判为“存在的问题”：含“短板”和“突出”（“存在的问题”概念）。');
  });
  it('a profile can add a concept of its own', () => {
    const base = generic();
    const own = parseProfile({ ...base, sections: base.sections.map((s) => (s.id === 'causes' ? { ...s, concepts: [{ words: ['所在'], with: ['症结'] }] } : s)) });
    const doc = modelFromLines(lines.map((l) => (l === '二、症结所在' ? '二、症结所在' : l)));
    expect(analyze(doc, own).sections.find((s) => s.id === 'causes')?.paragraph).toBe(3);
    const odd = modelFromLines(lines.map((l) => (l === '二、症结所在' ? '二、短在何处' : l)));
    expect(analyze(odd, generic()).sections.find((s) => s.id === 'causes')?.status).toBe('missing');
    const withConcept = parseProfile({ ...base, sections: base.sections.map((s) => (s.id === 'causes' ? { ...s, concepts: [{ words: ['短在何处'] }] } : s)) });
    expect(analyze(odd, withConcept).sections.find((s) => s.id === 'causes')?.paragraph).toBe(3);
  });
  it('the first unassigned top-level heading with sub-items is the problems section (position and structure)', () => {
    const doc = modelFromLines(['按照要求，我认真对照检查，现汇报如下：', '一、对照“四个带头”', '（一）在政治方面。我今年只写了3篇笔记。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '一是年底前完成学习。']);
    const a = analyze(doc, generic());
    expect(a.sections.find((s) => s.id === 'problems')?.paragraph).toBe(1);
  });
});
