import { analyze } from '../../src/core/analyze';
import { check } from '../../src/core/engine';
import { modelFromLines } from '../../src/core/model';
import type { CheckResult } from '../../src/core/result';
import { generic, lineIndex, seedDoc, seedLines, zuofeng } from '../helpers/docs';

function statuses(r: Pick<CheckResult, 'focusAreas'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.focusAreas) for (const a of f.aspects) out[a.id] = a.status;
  return out;
}

const ALL_ADDRESSED_BUT_F5B = { f1a: 'addressed', f1b: 'addressed', f2a: 'addressed', f2b: 'addressed', f3a: 'addressed', f4a: 'addressed', f4b: 'addressed', f5a: 'addressed', f5b: 'weak' };

/** The seed's problems section rewritten in the writer's own words under （一）…方面 headings, leaving out 工作推动 and 工作标准. */
const REWRITTEN_PROBLEMS = [
  '二、存在的问题',
  '（一）在贯彻落实习近平总书记重要讲话重要指示和党中央决策部署方面',
  '对重要讲话精神领会不够深，学了就放下，2022年上半年单位组织的6次专题学习中，我有2次只是读了原文，没有结合分管工作谈体会。抓落实时存在打折扣现象，比如对市里部署的营商环境整改任务，只完成了规定动作。',
  '（二）在推动高质量发展方面',
  '思想观念比较保守，习惯凭老经验办事，对数字化办公等新手段接受慢，今年推行的线上审批系统，我分管的科室上线最晚。',
  '（三）在解决群众急难愁盼问题方面',
  '为民服务意识不强，接待群众来访时有推诿现象，3月份一位群众反映的供暖问题，我以不属于分管范围为由让其找别的部门。',
  '（四）在防范化解重大风险方面',
  '对风险隐患存在麻痹思想，认为安全生产是业务部门的事，9月份汛期检查只听了汇报，没有到现场。',
  '（五）在落实中央八项规定精神、纠“四风”树新风方面',
  '对“四风”问题的隐形变异认识不足，思想上有松劲情绪，觉得八项规定执行了十年已经常态化，对公务接待的检查不够经常。',
];

function replaceSection(lines: string[], headingPrefix: string, nextPrefix: string, replacement: string[]): string[] {
  const a = lineIndex(lines, headingPrefix);
  const b = lineIndex(lines, nextPrefix);
  return [...lines.slice(0, a), ...replacement, ...lines.slice(b)];
}

describe('coverage on the seed (zuofeng-2022)', () => {
  const r = check(seedDoc(), zuofeng());

  it('finds every section present', () => {
    expect(r.sections.map((s) => [s.id, s.status])).toEqual([
      ['preamble', 'present'],
      ['study', 'present'],
      ['problems', 'present'],
      ['causes', 'present'],
      ['measures', 'present'],
    ]);
    expect(r.sections.find((s) => s.id === 'problems')!.paragraph).toBe(3);
  });

  it('decides f5b weak (only restated) and every other aspect addressed', () => {
    expect(statuses(r)).toEqual(ALL_ADDRESSED_BUT_F5B);
    const f5b = r.focusAreas.find((f) => f.id === 'f5')!.aspects.find((a) => a.id === 'f5b')!;
    expect(f5b.reason).toBe('restated');
    expect(f5b.paragraphs).toEqual([8]);
  });

  it('gives the evidence paragraphs of each focus area in seed order', () => {
    expect(r.focusAreas.map((f) => f.paragraph)).toEqual([4, 5, 6, 7, 8]);
  });

  it('reports the 十个方面 claim against the nine aspects listed, and f5b as restated-only', () => {
    const ids = r.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.paragraph]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['claims/count-mismatch', 0],
        ['focus/restated-only', 8],
      ]),
    );
    const claim = r.findings.find((f) => f.ruleId === 'claims/count-mismatch')!;
    expect(claim.message).toContain('十个方面问题');
    expect(claim.message).toContain('9');
    expect(seedLines()[0].slice(claim.start!, claim.start! + claim.length!)).toBe('十个方面问题');
    expect(r.summary).toMatchObject({ sectionsPresent: 5, sectionsRequired: 5, aspectsAddressed: 8, aspectsTotal: 9, errors: 0 });
  });
});

describe('variants a writer might produce', () => {
  it('recognises renamed headings by meaning', () => {
    const lines = seedLines();
    const renames: [string, string][] = [
      ['一、学习情况', '一、理论学习情况'],
      ['二、作风建设存在的问题', '二、查摆出的突出问题'],
      ['三、产生问题的原因分析', '三、问题根源剖析'],
      ['四、今后的努力方向和改进措施', '四、下一步整改方向'],
    ];
    const renamed = lines.map((l) => renames.find(([a]) => a === l)?.[1] ?? l);
    const r = check(modelFromLines(renamed), zuofeng());
    expect(r.sections.every((s) => s.status === 'present')).toBe(true);
    const other = lines.map((l) => (l === '一、学习情况' ? '一、学习贯彻情况' : l === '二、作风建设存在的问题' ? '二、存在的问题' : l === '三、产生问题的原因分析' ? '三、原因分析' : l === '四、今后的努力方向和改进措施' ? '四、整改措施' : l));
    expect(check(modelFromLines(other), zuofeng()).sections.every((s) => s.status === 'present')).toBe(true);
  });

  it('recognises focus areas written in the writer own words under （一）…方面 headings, and names the two aspects left out', () => {
    const lines = replaceSection(seedLines(), '二、', '三、', REWRITTEN_PROBLEMS);
    const r = check(modelFromLines(lines), zuofeng());
    expect(statuses(r)).toEqual({ f1a: 'addressed', f1b: 'addressed', f2a: 'addressed', f2b: 'missing', f3a: 'addressed', f4a: 'addressed', f4b: 'missing', f5a: 'addressed', f5b: 'addressed' });
    const missing = r.findings.filter((f) => f.ruleId === 'focus/missing');
    expect(missing.map((f) => f.message).join('\n')).toMatch(/工作推动[\s\S]*工作标准/);
    expect(missing.map((f) => f.paragraph)).toEqual([lines.indexOf('（二）在推动高质量发展方面'), lines.indexOf('（四）在防范化解重大风险方面')]);
  });

  it('does not count heading words as the writer own findings', () => {
    const lines = replaceSection(seedLines(), '二、', '三、', ['二、存在的问题', '（一）在推动高质量发展方面，思想观念和工作推动上的问题']);
    const r = check(modelFromLines(lines), zuofeng());
    const f2 = r.focusAreas.find((f) => f.id === 'f2')!;
    expect(f2.aspects.map((a) => a.status)).toEqual(['weak', 'weak']);
    expect(f2.aspects.map((a) => a.reason)).toEqual(['heading', 'heading']);
  });

  it('flags sections out of order', () => {
    const lines = seedLines();
    const causes = lineIndex(lines, '三、');
    const measures = lineIndex(lines, '四、');
    const reordered = [...lines.slice(0, causes), ...lines.slice(measures), ...lines.slice(causes, measures)];
    const r = check(modelFromLines(reordered), zuofeng());
    expect(r.sections.find((s) => s.id === 'causes')!.status).toBe('misordered');
    expect(r.sections.find((s) => s.id === 'measures')!.status).toBe('present');
    const order = r.findings.filter((f) => f.ruleId === 'structure/section-order');
    expect(order).toHaveLength(1);
    expect(order[0].paragraph).toBe(reordered.indexOf('三、产生问题的原因分析'));
  });

  it('reports a missing section as an error with where it belongs', () => {
    const lines = seedLines();
    const without = [...lines.slice(0, lineIndex(lines, '三、')), ...lines.slice(lineIndex(lines, '四、'))];
    const r = check(modelFromLines(without), zuofeng());
    expect(r.sections.find((s) => s.id === 'causes')!.status).toBe('missing');
    const f = r.findings.find((x) => x.ruleId === 'structure/missing-section' && x.severity === 'error')!;
    expect(f.message).toContain('原因分析');
    expect(f.message).toContain('存在的问题”之后');
    expect(r.summary.errors).toBeGreaterThan(0);
  });

  it('handles an empty document: every required section missing, no crash', () => {
    for (const doc of [modelFromLines([]), modelFromLines(['', '  ', ''])]) {
      const r = check(doc, zuofeng());
      expect(r.sections.filter((s) => s.status === 'missing').map((s) => s.id)).toEqual(['preamble', 'study', 'problems', 'causes', 'measures']);
      expect(r.focusAreas.every((f) => f.status === 'missing')).toBe(true);
    }
  });

  it('reads the seed typed with half-width punctuation and 一. headings the same way', () => {
    const half = seedLines().map((l) =>
      l
        .replace(/，/g, ',')
        .replace(/：/g, ':')
        .replace(/；/g, ';')
        .replace(/（/g, '(')
        .replace(/）/g, ')')
        .replace(/^([一二三四])、/, '$1.'),
    );
    const r = check(modelFromLines(half), zuofeng());
    expect(r.sections.every((s) => s.status === 'present')).toBe(true);
    expect(statuses(r)).toEqual(ALL_ADDRESSED_BUT_F5B);
  });

  it('recognises auto-numbered and Heading-styled section headings', () => {
    const doc = seedDoc();
    for (const p of doc.paragraphs) {
      const m = /^([一二三四])、(.*)$/.exec(p.text);
      if (m) {
        p.listString = `${m[1]}、`;
        p.text = m[2];
      }
    }
    expect(check(doc, zuofeng()).sections.every((s) => s.status === 'present')).toBe(true);
    const styled = seedDoc();
    for (const p of styled.paragraphs) {
      const m = /^[一二三四]、(.*)$/.exec(p.text);
      if (m) {
        p.text = m[1];
        p.style = 'Heading1';
      }
    }
    expect(check(styled, zuofeng()).sections.every((s) => s.status === 'present')).toBe(true);
  });
});

describe('generic profile', () => {
  it('takes the focus areas from the framework the opening declares', () => {
    const a = analyze(seedDoc(), generic());
    expect(a.declaredFocusCount).toBe(5);
    expect(a.focusAreas).toHaveLength(5);
    expect(a.focusAreas.every((f) => f.status === 'addressed')).toBe(true);
  });

  it('requires as many focus subsections as declared, and reports the gap once (claims/count-mismatch, not focus/missing too)', () => {
    const lines = seedLines();
    const cut = lines.filter((l) => !l.startsWith('聚焦群众') && !l.startsWith('聚焦防范'));
    const r = check(modelFromLines(cut), generic());
    expect(r.focusAreas.filter((f) => f.status === 'missing').map((f) => f.id)).toEqual(['d4', 'd5']);
    expect(r.findings.filter((x) => x.ruleId === 'focus/missing')).toEqual([]);
    const gap = r.findings.filter((x) => x.ruleId === 'claims/count-mismatch' && x.message.includes('五个聚焦'));
    expect(gap.map((f) => f.message)).toEqual(['开篇称“五个聚焦”，但问题部分有3个分项。请核对数量，使开篇与正文一致。']);
  });

  it('understands 对照“六个带头” and 6个重点方面', () => {
    for (const phrase of ['对照“六个带头”', '围绕6个重点方面']) {
      const doc = modelFromLines([`按照要求，我${phrase}，认真查摆问题，现将对照检查情况汇报如下：`, '一、存在的问题', '（一）在带头强化政治忠诚方面', '我对政治理论的学习不够系统，比如今年只参加了两次专题研讨。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '2023年6月底前完成全部学习任务。']);
      const a = analyze(doc, generic());
      expect(a.declaredFocusCount).toBe(6);
      expect(a.focusAreas.filter((f) => f.status === 'missing')).toHaveLength(5);
    }
  });
});
