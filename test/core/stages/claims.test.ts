/** Stage 6, claims: reading count claims with their roles, and checking each against the unit it counts. */
import { checkClaims, findClaims, namedItems, readClaims } from '../../../src/core/stages/claims';
import { check } from '../../../src/core/engine';
import { generic } from '../../helpers/docs';
import { normalise } from '../../../src/core/stages/normalise';
import { modelFromLines } from '../../../src/core/model';

const read = (...lines: string[]) => {
  const doc = modelFromLines(lines);
  return readClaims(normalise(doc), lines, lines.map((_, i) => i), []);
};

describe('finding claims', () => {
  it('reads framework nouns, counts of problems in either order, named frameworks, and traditional script', () => {
    const texts = (s: string) => findClaims(s, 0).map((c) => [c.text, c.count, c.aboutProblems]);
    expect(texts('共查摆出4个方面12个问题')).toEqual([['4个方面', 4, false], ['12个问题', 12, true]]);
    expect(texts('查摆问题15条')).toEqual([['问题15条', 15, true]]);
    expect(texts('按照“三比三看”要求')).toEqual([['三比三看', 3, false]]);
    expect(texts('對照“六個帶頭”')).toEqual([['六個帶頭', 6, false]]);
    expect(texts('九个方面的问题')).toEqual([['九个方面的问题', 9, true]]);
  });
  it('never takes a fixed formulation for a count', () => {
    expect(findClaims('树牢“四个意识”，坚定“四个自信”，做到“两个维护”', 0)).toEqual([]);
  });
});

describe('roles', () => {
  it('a study requirement is ignored and the examined framework is the framework', () => {
    const r = read('按照“七个聚焦”的要求，认真学习了党的二十大精神；围绕6个重点方面，深入查摆问题。');
    expect(r.claims.map((c) => [c.text, c.role])).toEqual([['七个聚焦', 'ignored'], ['6个重点方面', 'framework']]);
    expect(r.framework?.count).toBe(6);
  });
  it("last year's rectification and a repeat are ignored; a quotation of a speech too", () => {
    const r = read('上年度查摆的4个问题已全部整改到位。我对照“四个带头”查摆问题，对照“四个带头”逐条检视。', '总书记强调：“各级党组织要聚焦8个方面突出问题抓好整改落实工作”，我们认真查摆了问题。');
    expect(r.claims.map((c) => [c.text, c.role])).toEqual([['4个问题', 'ignored'], ['四个带头', 'framework'], ['四个带头', 'ignored'], ['8个方面', 'ignored']]);
  });
  it('explains each decision in zh-CN', () => {
    const r = read('按照要求，我对照“五个带头”，深入查摆问题。');
    expect(r.explanations.map((e) => e.zh)).toEqual(['第1段“五个带头”：框架数量，是对照检查的框架（“对照/围绕/按照…”并查摆问题），与问题部分的分项数核对。']);
  });
});

describe('checking', () => {
  it('a count of problems agrees with any count the report lists, else is compared with the most specific', () => {
    const agree = read('共查摆出9个方面问题。').claims;
    checkClaims(agree, { clauses: 0, aspects: 9, subItems: 0, items: 5 });
    expect([agree[0].against, agree[0].actual]).toEqual(['aspects', 9]);
    const gap = read('共查摆出10个方面问题。').claims;
    checkClaims(gap, { clauses: 9, aspects: 9, subItems: 0, items: 5 });
    expect([gap[0].against, gap[0].actual]).toEqual(['clauses', 9]);
  });
  it('the framework is compared with the focus items', () => {
    const r = read('我对照“四个带头”查摆问题。').claims;
    checkClaims(r, { clauses: 0, aspects: 0, subItems: 7, items: 3 });
    expect([r[0].against, r[0].actual]).toEqual(['items', 3]);
  });
});

describe('items named in the opening', () => {
  it('are read after 即 / ： when there are as many as the count, the last cut at the ending the others share', () => {
    expect(namedItems('的要求，即在服务企业一线、基层治理一线、项目攻坚一线、应急处突一线检验作风，深入查找问题', 4)).toEqual(['服务企业一线', '基层治理一线', '项目攻坚一线', '应急处突一线']);
    expect(namedItems('：理想信念、党性修养、纪律作风、先锋模范作用。', 4)).toEqual(['理想信念', '党性修养', '纪律作风', '先锋模范作用']);
    expect(namedItems('，深入查摆问题', 4)).toBeNull();
    expect(namedItems('，即政治、思想、作风', 4)).toBeNull();
  });
  it('say which item is missing in the one count finding', () => {
    const lines = ['按照要求，班子对照“三个一线”的要求，即在服务企业一线、基层治理一线、应急处突一线检验作风，深入查找问题。现汇报如下：', '一、存在的问题', '（一）在服务企业一线方面。班子今年走访企业只有6家。', '（二）在应急处突一线方面。7月防汛中有2个村预警不到位。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '一是2025年底前完成。'];
    const r = check(modelFromLines(lines), generic());
    expect(r.findings.filter((f) => f.ruleId === 'claims/count-mismatch' || f.ruleId === 'focus/missing').map((f) => f.message)).toEqual(['开篇称“三个一线”，但问题部分只有2个分项，缺少“基层治理一线”。请补写缺少的方面，或更正开篇的表述。']);
  });
});
