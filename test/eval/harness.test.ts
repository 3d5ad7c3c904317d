/** The eval harness itself: the corpus line markers, anchors, and how a result is scored against labels. */
import * as path from 'path';
import fc from 'fast-check';
import { anchorIndex, docFromReport, LabelError, paragraphFromLine, parseLabel, reportLines, type Label } from './corpus';
import { scoreReport } from './score';
import { belowFloors, runEval } from './run';
import type { CheckResult } from '../../src/core/result';
import type { Finding } from '../../src/core/findings';
import { getBuiltinProfile } from '../../src/profiles';

const generic = getBuiltinProfile('generic')!;

describe('line markers → paragraphs (docs/corpus-format.md)', () => {
  it('reads each marker as the .docx would carry it', () => {
    expect(paragraphFromLine('@h1 一、存在的问题')).toEqual({ text: '一、存在的问题', style: 'Heading1', outlineLevel: 1 });
    expect(paragraphFromLine('@h3 小标题')).toEqual({ text: '小标题', style: 'Heading3', outlineLevel: 3 });
    expect(paragraphFromLine('@title 对照检查材料')).toEqual({ text: '对照检查材料', style: 'Title' });
    expect(paragraphFromLine('@list1[（一）] 在理论学习方面')).toEqual({ text: '在理论学习方面', listString: '（一）', listLevel: 1 });
    expect(paragraphFromLine('@h1list[一、] 存在的问题')).toEqual({ text: '存在的问题', style: 'Heading1', outlineLevel: 1, listString: '一、', listLevel: 0 });
    expect(paragraphFromLine('@h2list[（二）] 在作风方面')).toEqual({ text: '在作风方面', style: 'Heading2', outlineLevel: 2, listString: '（二）', listLevel: 1 });
    expect(paragraphFromLine('@table 表格内容')).toEqual({ text: '表格内容', inTable: true });
  });

  it('leaves a line without a marker as it is (an @ that is no marker included)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const line = s.startsWith('@') ? `x${s}` : s;
        expect(paragraphFromLine(line)).toEqual({ text: line });
      }),
    );
    expect(paragraphFromLine('@someone 你好')).toEqual({ text: '@someone 你好' });
  });

  it('counts paragraphs as the .txt reader does: blank lines kept, BOM and CRLF fine, no phantom last line', () => {
    expect(reportLines('\uFEFFa\r\n\r\nb\r\n')).toEqual(['a', '', 'b']);
    expect(docFromReport('a\n\nb').paragraphs.map((p) => p.text)).toEqual(['a', '', 'b']);
  });
});

describe('anchors and labels', () => {
  const doc = docFromReport('标题\n一、存在的问题\n（一）在学习方面\n（二）在学习方面不够');
  it('finds the one line with the anchor, and refuses a missing or ambiguous one', () => {
    expect(anchorIndex(doc, '存在的问题', 'x')).toBe(1);
    expect(() => anchorIndex(doc, '原因', 'x')).toThrow(LabelError);
    expect(() => anchorIndex(doc, '在学习方面', 'x')).toThrow(/出现在多行（第3、4行）/);
  });
  it('rejects a label file that is not JSON or has no expectProfile, with the file named', () => {
    expect(() => parseLabel('{', 'a.label.json')).toThrow(/a\.label\.json：不是有效的 JSON/);
    expect(() => parseLabel('{}', 'a.label.json')).toThrow(/缺少 expectProfile/);
    expect(parseLabel('{"expectProfile":"generic"}', 'a').defects).toEqual([]);
  });
});

function result(partial: Partial<CheckResult>): CheckResult {
  return { profile: 'generic', profileName: '', profileReason: '', sections: [], focusAreas: [], findings: [], summary: { sectionsPresent: 0, sectionsRequired: 0, aspectsAddressed: 0, aspectsTotal: 0, errors: 0, warnings: 0, infos: 0 }, ...partial };
}
function label(partial: Partial<Label>): Label {
  return { framework: 'invented', kind: '个人', styles: [], expectProfile: 'generic', clean: false, sections: [], focusItems: [], claims: [], notClaims: [], defects: [], mustNotFlag: [], ...partial };
}
const finding = (f: Partial<Finding>): Finding => ({ ruleId: 'text/duplicated', severity: 'warning', message: 'm', paragraph: 0, ...f });

describe('scoring a result against labels', () => {
  const doc = docFromReport('按照要求，我对照“三个方面”查摆问题，现汇报如下：\n一、存在的问题\n（一）在学习方面，我学习学习不够。\n二、原因分析');

  it('counts a section right only at the labelled paragraph, and a missing one only when both say missing', () => {
    const l = label({ sections: [{ id: 'problems', anchor: '存在的问题' }, { id: 'causes', anchor: '原因分析' }, { id: 'study', anchor: null }, { id: 'measures', anchor: null }] });
    const r = result({
      sections: [
        { id: 'problems', title: '', required: true, status: 'present', paragraph: 1, endParagraph: 2 },
        { id: 'causes', title: '', required: true, status: 'missing', paragraph: null, endParagraph: null },
        { id: 'study', title: '', required: false, status: 'missing', paragraph: null, endParagraph: null },
        { id: 'measures', title: '', required: true, status: 'present', paragraph: 3, endParagraph: 3 },
      ],
    });
    const s = scoreReport('x', doc, l, generic, r, { claims: [] });
    expect(s.sections).toEqual({ ok: 2, total: 4 });
    expect(s.misses).toEqual(['部分 causes：应在第4段，工具判为缺少', '部分 measures：应缺少，工具判为第4段']);
  });

  it('judges focus items by paragraph and status, a missing one by a missing area, and counts extras', () => {
    const l = label({ focusItems: [{ anchor: '（一）', status: 'addressed' }, { anchor: null, status: 'missing', area: '作风' }] });
    const aspects: CheckResult['focusAreas'][number]['aspects'] = [];
    const r = result({
      focusAreas: [
        { id: 'd1', title: '在学习方面', status: 'weak', paragraph: 2, aspects },
        { id: 'd2', title: '第2个方面', status: 'missing', paragraph: null, aspects },
        { id: 'd3', title: '二、原因分析', status: 'addressed', paragraph: 3, aspects },
      ],
    });
    const s = scoreReport('x', doc, l, generic, r, { claims: [] });
    expect(s.focus).toEqual({ ok: 1, total: 2 });
    expect(s.focusExtra).toBe(1);
    expect(s.misses[0]).toBe('重点分项 第3段（）：应为 addressed，工具判为 weak');
  });

  it('scores claims on the count read and on whether a mismatch was reported; notClaims read as a count are counted', () => {
    const l = label({ claims: [{ anchor: '按照要求', text: '三个方面', declared: 3, actual: 1 }], notClaims: [{ anchor: '按照要求', text: '三个方面' }] });
    const claim = { paragraph: 0, start: 8, length: 4, count: 3, noun: '方面', aboutProblems: false, text: '三个方面' };
    const noFinding = scoreReport('x', doc, l, generic, result({}), { claims: [claim] });
    expect(noFinding.claims).toEqual({ ok: 0, total: 1 });
    expect(noFinding.notClaimsRead).toBe(1);
    const flagged = scoreReport('x', doc, l, generic, result({ findings: [finding({ ruleId: 'claims/count-mismatch', start: 8, length: 4 })] }), { claims: [{ ...claim, role: 'ignored' }] });
    expect(flagged.claims).toEqual({ ok: 1, total: 1 });
  });

  it('matches a defect by rule, paragraph and overlapping span; other error/warning findings are false positives; must-not-flag by span or listed rule', () => {
    const l = label({ defects: [{ rule: 'text/duplicated', anchor: '（一）', text: '学习学习' }], mustNotFlag: [{ anchor: '（一）', text: '在学习方面', rules: ['quality/no-example'] }] });
    const r = result({ findings: [finding({ paragraph: 2, start: 10, length: 4 }), finding({ paragraph: 2, start: 4, length: 2 }), finding({ ruleId: 'quality/no-example', paragraph: 2 })] });
    const s = scoreReport('x', doc, l, generic, r, { claims: [] });
    expect(s.defects).toEqual({ ok: 1, total: 1 });
    expect(s.rules['text/duplicated']).toEqual({ tp: 1, fn: 0, fp: 1 });
    expect(s.mustNotFlag).toEqual({ ok: 0, total: 1 });
    expect(s.misses.at(-1)).toBe('误报：第3段“在学习方面”被 text/duplicated、quality/no-example 标出');
  });

  it('counts every error and warning on a clean report, never an info', () => {
    const r = result({ findings: [finding({ severity: 'info' }), finding({ severity: 'error' })] });
    expect(scoreReport('x', doc, label({ clean: true }), generic, r, { claims: [] }).cleanWarnings).toBe(1);
  });
});

describe('the run and its floors', () => {
  const run = runEval(path.join(__dirname, 'fixtures'));
  it('checks every labelled fixture and reports no label errors', () => {
    expect(run.errors).toEqual([]);
    expect(run.reports).toBeGreaterThanOrEqual(2);
    expect(run.metrics.profile).toBeGreaterThan(0);
  });
  it('fails a metric below its floor or above its ceiling, and an unknown metric', () => {
    const r = { ...run, metrics: { ...run.metrics, sections: 0.5, cleanWarnings: 2 } };
    expect(belowFloors(r, { min: { sections: 0.98, nope: 1 }, max: { cleanWarnings: 0 } })).toEqual(['sections = 50.0%，低于下限 98.0%', '未知指标 nope', 'cleanWarnings = 2，高于上限 0']);
    expect(belowFloors(r, { min: { sections: 0.5 }, max: { cleanWarnings: 2 } })).toEqual([]);
  });
});
