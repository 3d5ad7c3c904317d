/** Part of the sections stage: sections whose heading is missing but whose content is present. */
import { analyze } from '../../../src/core/analyze';
import { modelFromLines } from '../../../src/core/model';
import { generic } from '../../helpers/docs';

const OPENING = '按照要求，我对照“两个方面”认真查摆问题，现汇报如下：';
const PROBLEMS = ['一、存在的问题', '（一）在理论学习方面。我今年只写了3篇学习笔记，学用结合不够。', '（二）在工作作风方面。我去年下基层调研只有4次。'];
const at = (lines: string[], prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
const section = (lines: string[], id: string) => analyze(modelFromLines(lines), generic()).sections.find((s) => s.id === id);

describe('a missing heading with its content present', () => {
  it('causes opened by 究其根源 after the last problem', () => {
    const lines = [OPENING, ...PROBLEMS, '究其根源，主要是理想信念有所松懈，党性修养不够。', '二、整改措施', '一是2025年底前完成学习。'];
    expect(section(lines, 'causes')).toMatchObject({ paragraph: at(lines, '究其根源'), headingMissing: true });
    expect(section(lines, 'problems')).toMatchObject({ paragraph: 1, endParagraph: 3 });
  });
  it('measures numbered on from the causes, recognised by their deadlines', () => {
    const lines = [OPENING, ...PROBLEMS, '二、原因分析', '（一）理想信念有所弱化。对理论学习重视不够。', '（二）党性修养有所放松。', '（三）2025年6月底前完成专题学习，由我负责。', '（四）2025年起每季度下基层调研不少于2次。'];
    expect(section(lines, 'measures')).toMatchObject({ paragraph: at(lines, '（三）2025'), headingMissing: true });
  });
  it('measures whose numbering restarts after the causes', () => {
    const lines = [OPENING, ...PROBLEMS, '二、原因分析', '（一）理想信念有所弱化。', '（二）党性修养有所放松。', '（一）深化理论武装。年底前读完规定书目。', '（二）改进调研方式。每月到基层一次。'];
    expect(section(lines, 'measures')).toMatchObject({ paragraph: 7, headingMissing: true });
  });
  it('never when the items only continue: problems items that mention 理想信念 stay problems', () => {
    const lines = [OPENING, '一、存在的问题', '（一）理想信念方面', '理想信念不够坚定。我今年只写了3篇学习笔记。', '（二）党性修养方面', '党性修养有所放松，批评和自我批评辣味不足。', '二、原因分析', '宗旨意识淡化。', '三、整改措施', '一是2025年底前完成学习。'];
    const a = analyze(modelFromLines(lines), generic());
    expect(a.sections.filter((s) => s.headingMissing)).toEqual([]);
    expect(a.focusAreas.map((f) => f.paragraph)).toEqual([2, 4]);
  });
  it('never when the whole section is gone (no content reads as it)', () => {
    const lines = [OPENING, ...PROBLEMS, '二、整改措施', '一是2025年底前完成学习。'];
    expect(section(lines, 'causes')?.status).toBe('missing');
  });
});
