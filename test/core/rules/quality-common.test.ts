import fc from 'fast-check';
import { anyOf, DEFAULT_CONCRETE, hanCount, isClosingLine } from '../../../src/core/rules/quality-common';
import { qualityMeasureDeadline } from '../../../src/core/rules/quality-measure-deadline';
import { run } from './helpers';
import { restatedParagraphs } from '../../../src/core/rules/quality-no-example';

describe('hanCount', () => {
  it('counts what /\\p{Script=Han}/u counts, astral characters and lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom('学', '〇', '々', '⺀', '㐀', '𠀀', '𪜀', '，', 'a', ' ', '\ud840', '\udc00', 'Σ', '〆'),
      fc.integer({ min: 0x2e00, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (a) => {
        const s = a.join('');
        expect(hanCount(s)).toBe((s.match(/\p{Script=Han}/gu) ?? []).length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('concrete markers', () => {
  it('the place marker finds a place exactly when the plain 2–6 character pattern does', () => {
    const place = anyOf([DEFAULT_CONCRETE[DEFAULT_CONCRETE.length - 1]]) as RegExp;
    const plain = /\p{Script=Han}{2,6}(?:县|乡|镇|村|街道|社区|窗口)(?![委民级长干])/u;
    const unit = fc.constantFrom('县', '乡', '镇', '村', '街道', '社区', '窗口', '委', '民', '学', '习', '，', 'a', '1', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (a) => {
        const s = a.join('');
        expect(place.test(s)).toBe(plain.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('closing lines (issue 14)', () => {
  it('the closing request, a source note and the signing body are no measure, problem or cause', () => {
    for (const t of ['以上检视，恳请各位党员同志批评指正。', '以上是我的个人对照检查，恳请各位党员同志批评帮助。', '以上对照检查，请各位党员同志批评指正。', '（本文来源于网络，版权归原作者所有，仅供学习参考）', '中共某街道机关第二党支部委员会', '某某县财政局领导班子']) {
      expect([t, isClosingLine(t)]).toEqual([t, true]);
    }
    for (const t of ['一是加强理论学习，每周集中学习不少于半天。', '对群众反映的问题办理不及时，请示报告不够规范。', '加强党支部建设', '三是严格落实“三会一课”制度，由支部书记负责。']) {
      expect([t, isClosingLine(t)]).toEqual([t, false]);
    }
  });

  it('quality/measure-deadline leaves them alone', () => {
    const lines = ['按照要求，现将对照检查情况报告如下：', '一、存在的问题', '今年3月推进园区项目时，我沿用老办法，2个项目延误1个月。', '二、原因分析', '理想信念有所松懈，党性修养锤炼不够，宗旨意识树得不牢，纪律规矩意识不强。', '三、整改措施', '一是推动高质量发展，年底前制定分管领域创新工作方案。', '以上是我的个人对照检查，恳请各位党员同志批评帮助。', '（本文来源于网络，版权归原作者所有，仅供学习参考）', '中共某某县某某街道机关第二党支部委员会'];
    expect(run(qualityMeasureDeadline, lines)).toEqual([]);
  });
});

describe('concrete markers added for issue 14', () => {
  const re = new RegExp(DEFAULT_CONCRETE.map((s) => `(?:${s})`).join('|'), 'u');
  it('a named occasion, a named unit, a share and a duration count as concrete', () => {
    for (const t of ['党组会上讨论执法办案经费调剂时，我虽然有不同看法', '某外资企业反映的进口设备通关慢问题', '读书笔记中这两部分只占三分之一', '试点方案讨论了半年仍未印发', '方案推迟一个月才通过']) expect([t, re.test(t)]).toEqual([t, true]);
  });
  it('but not the everyday words that look alike', () => {
    for (const t of ['工作中有时，满足于完成任务', '同时，学习不够深入', '对某些问题重视不够', '及时，主动', '对某种倾向警惕不够']) expect([t, re.test(t)]).toEqual([t, false]);
  });
});

describe('restatedParagraphs', () => {
  it('is where focus/restated-only reports, unless an addressed aspect has its evidence there', () => {
    const area = (aspects: unknown[]) => ({ id: 'f', title: 'T', status: 'weak', paragraph: 3, aspects }) as never;
    expect([...restatedParagraphs([area([{ id: 'a', title: 'A', status: 'weak', reason: 'restated', paragraphs: [5] }])])]).toEqual([5]);
    expect([...restatedParagraphs([area([{ id: 'a', title: 'A', status: 'weak', reason: 'few-words', paragraphs: [] }])])]).toEqual([3]);
    expect([...restatedParagraphs([area([{ id: 'a', title: 'A', status: 'weak', reason: 'restated', paragraphs: [5] }, { id: 'b', title: 'B', status: 'addressed', paragraphs: [5] }])])]).toEqual([]);
    expect([...restatedParagraphs([area([{ id: 'a', title: 'A', status: 'weak', reason: 'placeholder', paragraphs: [5] }])])]).toEqual([]);
  });
});
