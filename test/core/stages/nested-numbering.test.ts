/**
 * Heading levels follow the document's own nesting (一、→（一）→1.→（1）, a level may be skipped): numbering restarts
 * under each parent, and sub-points (（1）（2）…) under an item are that item's content, not items of their own.
 */
import { check } from '../../../src/core/engine';
import { modelFromLines } from '../../../src/core/model';
import { generic } from '../../helpers/docs';

const subPoints = (topic: string, a: string, b: string) => [`（1）${topic}方面，${a}。比如今年3月在调研中，只听汇报不看现场，2个问题没有及时发现。`, `（2）${b}。去年全年只组织了2次专题研讨，没有形成整改清单。`];

// 一、 sections, 1. items, （1） sub-points restarting under every item (the （一） level skipped).
const skipLevel = [
  '个人对照检查材料',
  '按照要求，本人围绕四个方面认真查摆问题，深刻剖析根源，现汇报如下。',
  '一、存在的问题',
  '1.加强政治建设方面',
  ...subPoints('政治建设', '政治站位还不够高', '对重大决策部署领会不深'),
  '2.理论学习方面',
  ...subPoints('理论学习', '学习不够系统', '学用结合不紧'),
  '3.担当作为方面',
  ...subPoints('担当作为', '攻坚克难的劲头不足', '遇到矛盾有畏难情绪'),
  '4.作风纪律方面',
  ...subPoints('作风纪律', '调查研究不够深入', '落实中央八项规定精神有松懈'),
  '二、原因分析',
  '一是理想信念有所松懈，二是党性修养有所放松，三是宗旨意识有所淡化，四是纪律规矩意识有所弱化。',
  '三、整改措施',
  '一是在2025年6月底前完成系统学习，由本人负责，形成学习笔记。二是在年底前完成专题调研，形成调研报告。',
];

// The full 一、/（一）/1./（1） ladder: （一） items, 1. findings, （1） details restarting under every 1.
const fullLadder = [
  '对照检查材料',
  '根据组织安排，我对照三个方面进行了深入检视，现将情况报告如下。',
  '一、检视出的主要问题',
  '（一）在政治忠诚方面',
  '1.对党的创新理论钻研不深。',
  ...subPoints('政治忠诚', '学习停留在表面', '没有做到学深悟透'),
  '2.政治敏锐性不强。今年有2次对苗头性问题反应迟缓，在5月份的检查中被指出。',
  '（二）在干事创业方面',
  '1.工作标准不高。今年8月推进的项目有3项没有按期完成。',
  ...subPoints('干事创业', '满足于过得去', '对基层困难了解不够'),
  '（三）在廉洁自律方面',
  '1.对身边人管教不严。去年有1名工作人员因违规报销被通报。',
  ...subPoints('廉洁自律', '廉洁意识有所淡化', '日常监督不够到位'),
  '二、问题产生的原因',
  '一是理想信念有所松懈，二是党性修养有所放松，三是宗旨意识有所淡化，四是纪律规矩意识有所弱化。',
  '三、下一步整改措施',
  '一是在2025年6月底前完成系统学习，由本人负责，形成学习笔记。二是在年底前完成专题调研，形成调研报告。',
];

// Sections numbered （一）, items 1., sub-points （1）.
const parenSections = [
  '党员领导干部个人对照检查材料',
  '按照要求，我从三个方面查找了差距和不足，剖析如下：',
  '（一）存在的突出问题',
  '1.理论武装不够扎实',
  ...subPoints('理论武装', '读原著学原文不够', '理论联系实际不够'),
  '2.为民服务不够到位',
  ...subPoints('为民服务', '深入群众不够', '解决群众急难愁盼问题办法不多'),
  '3.改革创新意识不强',
  ...subPoints('改革创新', '思想不够解放', '破解难题的招数不多'),
  '（二）产生问题的根源',
  '一是理想信念有所松懈，二是党性修养有所放松，三是宗旨意识有所淡化，四是纪律规矩意识有所弱化。',
  '（三）今后的努力方向',
  '一是在2025年6月底前完成系统学习，由本人负责，形成学习笔记。二是在年底前完成专题调研，形成调研报告。',
];

describe.each([
  ['一、/1./（1）', skipLevel, 4],
  ['一、/（一）/1./（1）', fullLadder, 3],
  ['（一）/1./（1）', parenSections, 3],
])('nested numbering %s', (_name, lines, items) => {
  const result = check(modelFromLines(lines as string[]), generic());
  it('draws no structure/numbering finding', () => {
    expect(result.findings.filter((f) => f.ruleId === 'structure/numbering')).toEqual([]);
  });
  it(`has ${items} focus items, each addressed`, () => {
    expect(result.focusAreas).toHaveLength(items as number);
    expect(result.focusAreas.map((f) => f.status)).toEqual(new Array(items as number).fill('addressed'));
  });
  it('draws no claims/count-mismatch and no warning or error at all', () => {
    expect(result.findings.filter((f) => f.ruleId === 'claims/count-mismatch')).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });
});

describe('numbering still checked within each parent', () => {
  it('a repeated （1） under one item and a gap among items are reported', () => {
    const lines = [...skipLevel];
    lines[5] = lines[5].replace('（2）', '（1）');
    lines[12] = lines[12].replace('4.', '5.');
    const ids = check(modelFromLines(lines), generic()).findings.filter((f) => f.ruleId === 'structure/numbering').map((f) => f.message);
    expect(ids).toHaveLength(2);
  });
  it('a first （二） under a parent with a （一） before it in the document is no gap', () => {
    const lines = ['材料', '按照要求，现将对照检查情况报告如下。', '一、存在的问题', '（一）理论学习不够深入。今年只读了2本原著，学习笔记不足1万字。', '1.学用脱节。在3月份的调研中没有运用所学解决问题。', '（二）担当作为不够。今年有2项工作没有按期完成。', '二、原因分析', '理想信念有所松懈，党性修养有所放松。', '三、整改措施', '在2025年6月底前完成系统学习，由本人负责。'];
    expect(check(modelFromLines(lines), generic()).findings.filter((f) => f.ruleId === 'structure/numbering')).toEqual([]);
  });
  it('a （一） too long to be a heading still numbers the run its （二） heading is in, whatever level the sections took', () => {
    const lines = ['个人对照检查材料', '按照要求，我认真对照检查，深入查摆问题，现汇报如下：', '（一）存在的问题，主要是在理论学习、担当作为、为民服务和作风纪律等方面还有不少差距和不足需要认真加以整改', '1.理论学习不够深入。今年只读了2本原著，学习笔记不足1万字。', '2.担当作为不够。今年有2项工作没有按期完成。', '（二）原因分析', '理想信念有所松懈，党性修养有所放松。', '（三）整改措施', '在2025年6月底前完成系统学习，由本人负责。'];
    expect(check(modelFromLines(lines), generic()).findings.filter((f) => f.ruleId === 'structure/numbering')).toEqual([]);
  });
});
