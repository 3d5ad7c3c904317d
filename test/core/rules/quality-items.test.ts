/**
 * Measures and problems given as headings (held-out miss pattern 3): a measure is its heading plus the body under
 * it, a heading with no body is a measure too, and a group title with deeper headings under it is not one.
 */
import { qualityMeasureDeadline } from '../../../src/core/rules/quality-measure-deadline';
import { qualityNoExample } from '../../../src/core/rules/quality-no-example';
import { headingItems } from '../../../src/core/rules/quality-items';
import { ctxOf, profile, run } from './helpers';
import { analyze } from '../../../src/core/analyze';
import type { DocModel } from '../../../src/core/model';
import { docFromReport } from '../../eval/corpus';

const OPENING = '按照市委关于召开组织生活会的有关要求，结合思想和工作实际，现将对照检查情况报告如下：';
const PROBLEMS = ['一、存在的问题', '（一）理论学习方面。今年只写了3篇学习笔记，比如4月中心组学习后没有写体会。'];
const CAUSES = ['二、原因分析', '理想信念有所松懈，党性修养锤炼不够，宗旨意识树得不牢，纪律规矩意识不强，对自己要求不严。'];
const withMeasures = (measures: string[]) => [OPENING, ...PROBLEMS, ...CAUSES, '三、整改措施', ...measures];
const generic = () => profile('generic');
const flagged = (lines: string[]) => run(qualityMeasureDeadline, lines, { profile: generic() }).map((f) => lines[f.paragraph as number]);

describe('quality/measure-deadline: measures as headings', () => {
  it('a heading-only measure with no deadline is a finding, on its heading', () => {
    const lines = withMeasures(['（一）持续加强理论武装', '（二）2025年6月底前完成全部整改', '（三）切实转变工作作风']);
    expect(flagged(lines)).toEqual(['（一）持续加强理论武装', '（三）切实转变工作作风']);
  });

  it('judges a heading and its body together: a deadline in either is enough', () => {
    const lines = withMeasures([
      '（一）持续加强理论武装',
      '坚持把学习贯彻党的创新理论作为首要政治任务，认真落实第一议题制度。',
      '每月自学不少于8小时，年底前撰写2篇调研报告。',
      '（二）2025年6月底前完成全部整改',
      '对照问题清单逐项推进，做到问题不解决不放过。',
      '（三）切实转变工作作风',
      '坚持深入基层调查研究，认真倾听群众呼声，切实解决群众急难愁盼问题。',
    ]);
    expect(flagged(lines)).toEqual(['（三）切实转变工作作风']);
  });

  it('a group title with deeper headings under it is not a measure; its sub-items are', () => {
    const lines = withMeasures(['（一）在理论学习方面', '1.年底前读完《习近平著作选读》两卷', '2.坚持学用结合', '（二）在作风建设方面', '1.每季度到联系村调研一次']);
    expect(flagged(lines)).toEqual(['2.坚持学用结合']);
  });

  it('a list of 一是…二是… under a heading is judged item by item, as before', () => {
    const lines = withMeasures(['（一）持续加强理论武装', '一是年底前读完《习近平著作选读》两卷，撰写学习体会2篇。二是坚持学用结合，切实把学习成果转化为推动工作的实际成效。']);
    expect(flagged(lines)).toEqual([lines[lines.length - 1]]);
  });
});

describe('quality/no-example: problems as headings', () => {
  const withProblems = (problems: string[]) => [OPENING, '一、存在的问题', ...problems, ...CAUSES, '三、整改措施', '一是2025年3月底前制定学习计划，每月写1篇笔记。'];
  const noExample = (lines: string[]) => run(qualityNoExample, lines, { profile: generic() }).map((f) => lines[f.paragraph as number]);

  it('an example anywhere under a problem heading makes the problem concrete', () => {
    const lines = withProblems(['（一）理论学习不够深入', '学习中满足于读原文、记笔记，联系实际思考不够，学用结合做得不好。', '比如今年4月中心组学习后，我没有结合分管工作写出体会文章。']);
    expect(noExample(lines)).toEqual([]);
  });

  it('a problem given as a sub-heading with no body and no example is a finding; a group title is not', () => {
    const lines = withProblems(['（一）作风建设方面', '1.调查研究不够深入，下基层听汇报多', '2.会风文风不实，比如2024年开会38次', '（二）学习方面', '今年只写了3篇笔记，比如4月中心组学习后没有写体会。']);
    expect(noExample(lines)).toEqual(['1.调查研究不够深入，下基层听汇报多']);
  });

  it('a problem heading with a body and no example anywhere is one finding, on its heading', () => {
    const lines = withProblems(['（一）理论学习不够深入', '学习中满足于读原文、记笔记，联系实际思考不够。', '学用结合做得不好，指导实践的能力不强。']);
    expect(noExample(lines)).toEqual(['（一）理论学习不够深入']);
  });
});

describe('headingItems', () => {
  it('splits a section body at its headings, marking group titles', () => {
    const lines = withMeasures(['（一）在理论学习方面', '1.年底前读完两卷', '正文一段。', '（二）转变作风', '正文二段。']);
    const ctx = ctxOf(lines, { profile: generic() });
    const start = lines.indexOf('（一）在理论学习方面');
    const items = headingItems(ctx, [start, start + 1, start + 2, start + 3, start + 4]);
    expect(items.map((g) => [g.heading?.paragraph ?? null, g.group, g.paragraphs])).toEqual([
      [start, true, []],
      [start + 1, false, [start + 2]],
      [start + 3, false, [start + 4]],
    ]);
  });
});

describe('quality/measure-deadline: measures as styled headings', () => {
  it('a styled heading as the last measure is a measure, not a signature', () => {
    const lines = withMeasures(['（一）持续加强理论武装。', '每月自学不少于8小时，年底前撰写2篇调研报告。', '@h2 推进作风建设']);
    const doc = docFromReport(lines.join('\n'));
    const f = qualityMeasureDeadline.run(ctxFromDoc(doc)).map((x) => doc.paragraphs[x.paragraph as number].text);
    expect(f).toEqual(['推进作风建设']);
  });
});

function ctxFromDoc(doc: DocModel) {
  return { doc, profile: generic(), analysis: analyze(doc, generic()) };
}
