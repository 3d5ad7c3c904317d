import { check } from '../../src/core/engine';
import { modelFromLines } from '../../src/core/model';
import { allRules, ruleById } from '../../src/core/rules';
import { placeholder } from '../../src/core/rules/text-placeholder';
import { numbering } from '../../src/core/rules/structure-numbering';
import { countMismatch } from '../../src/core/rules/claims-count-mismatch';
import { seedLines, zuofeng } from '../helpers/docs';

const run = (rule: typeof placeholder, lines: string[]) => check(modelFromLines(lines), zuofeng(), { rules: [rule] }).findings;

describe('rule registry', () => {
  it('has unique, documented ids with zh and en descriptions and messages', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules) {
      expect(r.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(r.description.zh).toBeTruthy();
      expect(r.description.en).toBeTruthy();
      for (const m of Object.values(r.messages)) {
        expect(m.zh).toBeTruthy();
        expect(m.en).toBeTruthy();
      }
    }
    for (const id of ['structure/missing-section', 'structure/section-order', 'structure/numbering', 'focus/missing', 'focus/restated-only', 'claims/count-mismatch', 'text/placeholder']) {
      expect(ruleById(id)).toBeDefined();
    }
  });

  it('rules are pure: running twice gives the same findings and leaves the document unchanged', () => {
    const doc = modelFromLines(seedLines());
    const before = JSON.stringify(doc);
    expect(check(doc, zuofeng()).findings).toEqual(check(doc, zuofeng()).findings);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('structure/numbering', () => {
  it('flags a gap, a duplicate and mixed styles, each at its heading', () => {
    const f = run(numbering, ['一、学习情况', '正文。', '三、存在的问题', '（一）问题一', '（一）问题二', '四.原因分析']);
    expect(f.map((x) => x.paragraph)).toEqual([2, 4, 5]);
    expect(f[0].message).toMatch(/^标题编号不连续/);
    expect(f[1].message).toMatch(/^标题编号重复：“（一）”/);
    expect(f[2].message).toMatch(/^同一层级的编号样式不统一/);
    expect(f[0].message).toContain('应为“二、”');
    expect(f[0]).toMatchObject({ start: 0, length: 2 });
  });

  it('restarts level-2 numbering under each level-1 heading', () => {
    expect(run(numbering, ['一、学习情况', '（一）学习', '（二）实践', '二、存在的问题', '（一）问题一', '（二）问题二'])).toEqual([]);
  });

  it('accepts the seed as numbered correctly', () => {
    expect(run(numbering, seedLines())).toEqual([]);
  });
});

describe('text/placeholder', () => {
  it('flags template residue with its span', () => {
    const lines = ['我于202X年参加了xx同志主持的会议，共有x人参加，文号〔*〕，签名____，单位**。'];
    const f = run(placeholder, lines);
    const texts = f.map((x) => lines[0].slice(x.start!, x.start! + x.length!));
    expect(texts.sort()).toEqual(['**', '202X年', '____', 'x人', 'xx', '〔*〕'].sort());
  });

  it('flags our own skeleton placeholders once each, with the hint', () => {
    const f = run(placeholder, ['按照【待填写：上级党组织】的要求，查摆了【待填写：数量】个问题。']);
    expect(f).toHaveLength(2);
    expect(f[0].message).toContain('上级党组织');
  });

  it('does not flag Latin words, real years or markdown-free text', () => {
    expect(run(placeholder, ['我们学习了Linux和XXL-Job的用法，2022年完成了box项目，GB/T 9704-2012。'])).toEqual([]);
  });
});

describe('claims/count-mismatch', () => {
  it('passes when the declared count matches', () => {
    const lines = seedLines().map((l, i) => (i === 0 ? l.replace('十个方面问题', '九个方面问题') : l));
    expect(run(countMismatch, lines)).toEqual([]);
  });

  it('checks 五个聚焦 against the 聚焦 paragraphs', () => {
    const lines = seedLines().filter((l) => !l.startsWith('聚焦群众'));
    const f = run(countMismatch, lines);
    expect(f.map((x) => x.message).join()).toMatch(/五个聚焦[\s\S]*4个分项/);
  });
});

describe('regressions found in the pane', () => {
  it('quotes the claim once in the count-mismatch message', () => {
    const lines = seedLines().filter((l) => !l.startsWith('聚焦群众'));
    const f = run(countMismatch, lines).find((x) => x.message.includes('五个聚焦'))!;
    expect(f.message).toContain('开篇称“五个聚焦”，');
    expect(f.message).not.toContain('”」');
    expect(lines[0].slice(f.start!, f.start! + f.length!)).toBe('五个聚焦');
  });
});
