/** The pane's reducer and selectors, without React. */
import fc from 'fast-check';
import { modelFromLines, type Finding } from '../../../src/core';
import { initialState, reducer, type Action, type PaneState } from '../../../src/taskpane/state/pane';
import { findingsView, position, step } from '../../../src/taskpane/state/select';
import { applyTo, changeInContext, inverseFix, mergeFixes, toCards } from '../../../src/taskpane/state/fixes';
import { localeOfTag, pickLocale, storedDismissed, storedLocale } from '../../../src/taskpane/state/prefs';
import type { CheckOutcome } from '../../../src/taskpane/engine';

const run = (s: PaneState, ...actions: Action[]) => actions.reduce(reducer, s);

const doc = modelFromLines(['一、学习情况', '我没有认识到解决"四风"问题的重要性。', '二、存在的问题', '问题是“严以律已”。']);
const f = (over: Partial<Finding>): Finding => ({ ruleId: 'punct/halfwidth', severity: 'warning', message: 'm', paragraph: 1, ...over });
const qa = doc.paragraphs[1].text.indexOf('"');
const qb = doc.paragraphs[1].text.lastIndexOf('"');
const quoteA = f({ start: qa, length: 1, fix: { start: qa, length: 1, replacement: '“' } });
const quoteB = f({ start: qb, length: 1, fix: { start: qb, length: 1, replacement: '”' } });
const typo = f({ ruleId: 'terms/typo', severity: 'error', paragraph: 3, start: 4, length: 4, fix: { start: 4, length: 4, replacement: '严以律己' } });
const missing = f({ ruleId: 'structure/missing-section', severity: 'error', paragraph: null, message: '缺少原因分析' });
const info = f({ ruleId: 'quality/no-example', severity: 'info', paragraph: 1, message: 'i' });

function outcome(findings: Finding[]): CheckOutcome {
  return {
    result: {
      profile: 'p',
      profileName: 'P',
      profileReason: '',
      sections: [],
      focusAreas: [],
      findings,
      summary: { sectionsPresent: 1, sectionsRequired: 2, aspectsAddressed: 0, aspectsTotal: 0, errors: 2, warnings: 2, infos: 1 },
    },
    profile: { id: 'p' } as CheckOutcome['profile'],
    reason: '',
    detected: false,
  };
}

const checked = (findings = [quoteA, quoteB, typo, missing, info]) => run(initialState('zh-CN'), { type: 'checkStart' }, { type: 'checkDone', outcome: outcome(findings), doc });

describe('pane reducer', () => {
  it('a check clears the notices about the last action but keeps errors and sticky notes; a new action notice replaces the old one', () => {
    let s = run(
      initialState('zh-CN'),
      { type: 'notify', intent: 'success', text: '已清除 2 处标注' },
      { type: 'notify', intent: 'error', text: '操作未完成：x' },
      { type: 'notify', intent: 'warning', text: '规则包无法读取', scope: 'sticky' },
    );
    expect(s.notices.map((n) => n.text)).toEqual(['已清除 2 处标注', '操作未完成：x', '规则包无法读取']);
    s = run(s, { type: 'notify', intent: 'success', text: '已修改' });
    expect(s.notices.map((n) => n.text)).toEqual(['操作未完成：x', '规则包无法读取', '已修改']);
    s = run(s, { type: 'checkStart' });
    expect(s.notices.map((n) => n.text)).toEqual(['操作未完成：x', '规则包无法读取']);
    expect(s.busy && s.checking).toBe(true);
    s = run(s, { type: 'closeNotice', id: s.notices[0].id });
    expect(s.notices.map((n) => n.text)).toEqual(['规则包无法读取']);
  });

  it('a notice about the profile goes when the choice changes', () => {
    let s = run(initialState('zh-CN'), { type: 'notify', intent: 'success', text: '已加载配置文件「甲」', scope: 'profile' });
    s = run(s, { type: 'checkStart' });
    expect(s.notices).toHaveLength(1);
    s = run(s, { type: 'choice', choice: { kind: 'builtin', id: 'generic' } });
    expect(s.notices).toHaveLength(0);
  });

  it('ignores and ignored rules are sets; 撤销 takes back exactly what was added', () => {
    let s = run(initialState('zh-CN'), { type: 'ignore', keys: ['a', 'b'] }, { type: 'ignore', keys: ['b', 'c'] });
    expect(s.ignores).toEqual(['a', 'b', 'c']);
    s = run(s, { type: 'unignore', keys: ['b'] });
    expect(s.ignores).toEqual(['a', 'c']);
    s = run(s, { type: 'ignoreRule', ruleId: 'punct/halfwidth' }, { type: 'ignoreRule', ruleId: 'punct/halfwidth' });
    expect(s.ignoredRules).toEqual(['punct/halfwidth']);
    s = run(s, { type: 'unignoreRule', ruleId: 'punct/halfwidth' });
    expect(s.ignoredRules).toEqual([]);
  });

  it('the category filter toggles, and a check with another profile resets it', () => {
    let s = run(checked(), { type: 'filter', group: 'punct' });
    expect(s.filter).toBe('punct');
    s = run(s, { type: 'filter', group: 'punct' });
    expect(s.filter).toBeNull();
    s = run(s, { type: 'filter', group: 'punct' }, { type: 'checkDone', outcome: { ...outcome([]), profile: { id: 'other' } as CheckOutcome['profile'] }, doc });
    expect(s.filter).toBeNull();
  });

  it('notes closed for good are remembered once each', () => {
    const s = run(initialState('zh-CN', ['x']), { type: 'dismiss', id: 'cap-comments' }, { type: 'dismiss', id: 'cap-comments' });
    expect(s.dismissed).toEqual(['x', 'cap-comments']);
  });
});

describe('findings view', () => {
  it('a quote pair is one card with both fixes; counts per severity and category add up to the cards', () => {
    const v = findingsView(checked());
    expect(v.cards).toHaveLength(4);
    const pair = v.cards.find((c) => c.ruleId === 'punct/halfwidth')!;
    expect(pair.findings).toHaveLength(2);
    expect(pair.fixes.map((x) => x.replacement)).toEqual(['“', '”']);
    expect(v.severities).toEqual({ error: 2, warning: 1, info: 1 });
    expect(v.counts.reduce((n, c) => n + c.n, 0)).toBe(v.cards.length);
    expect(v.severities.error + v.severities.warning + v.severities.info).toBe(v.cards.length);
  });

  it('ignored findings and ignored rules leave the list and the counts, and are counted apart', () => {
    const s = checked();
    const typoKey = findingsView(s).cards.find((c) => c.ruleId === 'terms/typo')!;
    const { ignoreKey } = jest.requireActual('../../../src/taskpane/logic') as typeof import('../../../src/taskpane/logic');
    const v = findingsView({ ...s, ignores: [ignoreKey(typoKey.findings[0], doc)], ignoredRules: ['punct/halfwidth'] });
    expect(v.cards.map((c) => c.ruleId).sort()).toEqual(['quality/no-example', 'structure/missing-section']);
    expect(v.ignoredCount).toBe(1);
    expect(v.ignoredByRule).toBe(2);
    expect(v.severities).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it('the filter keeps one category; 上一处/下一处 step through it in document order and wrap', () => {
    const s = checked();
    const all = findingsView(s);
    expect(all.order.map((c) => c.paragraph)).toEqual([1, 1, 3]);
    const punct = findingsView({ ...s, filter: 'punct' });
    expect(punct.shown.map((g) => g.group)).toEqual(['punct']);
    expect(punct.order).toHaveLength(1);
    const first = step(all.order, null, 1)!;
    expect(first.paragraph).toBe(1);
    const last = step(all.order, null, -1)!;
    expect(last.ruleId).toBe('terms/typo');
    expect(step(all.order, last.key, 1)!.key).toBe(first.key);
    expect(step(all.order, first.key, -1)!.key).toBe(last.key);
    expect(position(all.order, last.key)).toBe(3);
    expect(step([], null, 1)).toBeNull();
  });

  it('card keys are unique even when paragraphs repeat word for word', () => {
    const twin = modelFromLines(['解决"四风"问题', '解决"四风"问题']);
    const fs = [0, 1].map((p) => f({ paragraph: p, start: 2, length: 1, fix: { start: 2, length: 1, replacement: '“' } }));
    const v = findingsView({ outcome: outcome(fs), doc: twin, ignores: [], ignoredRules: [], filter: null });
    expect(new Set(v.cards.map((c) => c.key)).size).toBe(2);
  });
});

describe('fixes', () => {
  const text = doc.paragraphs[1].text;

  it('the change is shown before → after in context, with the changed marks marked', () => {
    const c = changeInContext('解决"四风"问题', [quoteA.fix!, quoteB.fix!].map((x) => ({ ...x, start: x.start - qa + 2 })))!;
    expect(c.before.map((p) => p.text).join('')).toBe('解决"四风"问题');
    expect(c.after.map((p) => p.text).join('')).toBe('解决“四风”问题');
    expect(c.after.filter((p) => p.changed).map((p) => p.text)).toEqual(['“', '”']);
  });

  it('a long paragraph is cut around the change, with an ellipsis where it was cut', () => {
    const long = '甲'.repeat(30) + '"乙"' + '丙'.repeat(30);
    const c = changeInContext(long, [{ start: 30, length: 1, replacement: '“' }, { start: 32, length: 1, replacement: '”' }], 4)!;
    expect(c.before.map((p) => p.text).join('')).toBe('…甲甲甲甲"乙"丙丙丙丙…');
  });

  it('property: merged fixes do what the fixes do one by one, and the inverse restores the text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.record({ at: fc.nat(), len: fc.nat(3), rep: fc.string({ maxLength: 3 }) }), { minLength: 1, maxLength: 5 }),
        (t, raw) => {
          const fixes = raw.map((r) => {
            const start = r.at % t.length;
            return { start, length: Math.min(r.len, t.length - start), replacement: r.rep };
          });
          const merged = mergeFixes(t, fixes)!;
          const once = applyTo(t, [merged]);
          expect(once).toBe(applyTo(t, fixes));
          expect(applyTo(once, [inverseFix(t, merged)])).toBe(t);
        },
      ),
    );
  });

  it('a pair merged into one replacement leaves the text between unchanged', () => {
    const m = mergeFixes(text, [quoteA.fix!, quoteB.fix!])!;
    expect(m).toEqual({ start: qa, length: 4, replacement: '“四风”' });
  });

  it('findings of one rule in one paragraph share a card only when they have fixes', () => {
    const plain = [f({ fix: undefined, start: 1 }), f({ fix: undefined, start: 2 })];
    expect(toCards(plain, (x) => String(x.start))).toHaveLength(2);
  });
});

describe('language', () => {
  const mem = (v: Record<string, string>) => ({ getItem: (k: string) => v[k] ?? null, setItem: (k: string, x: string) => void (v[k] = x) });
  it('the user’s remembered choice wins; else the display language; Chinese variants are zh-CN, others English', () => {
    expect(pickLocale({ stored: 'en', display: 'zh-CN' })).toBe('en');
    expect(pickLocale({ stored: null, display: 'en-US' })).toBe('en');
    expect(pickLocale({ stored: null, display: 'zh-TW' })).toBe('zh-CN');
    expect(pickLocale({ stored: null, display: 'fr-FR' })).toBe('en');
    expect(pickLocale({ stored: null, display: undefined })).toBe('zh-CN');
    expect(localeOfTag('')).toBeNull();
    expect(storedLocale(mem({ 'xingshen.locale': 'en' }))).toBe('en');
    expect(storedLocale(mem({ 'xingshen.locale': 'de' }))).toBeNull();
    expect(storedDismissed(mem({ 'xingshen.dismissed': '{bad' }))).toEqual([]);
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(storedLocale(throwing)).toBeNull();
  });
});

describe('profile and pack errors in plain zh-CN', () => {
  const { parseProfileJson } = jest.requireActual('../../../src/core/profile') as typeof import('../../../src/core/profile');
  const message = (text: string) => {
    try {
      parseProfileJson(text, 'my.json');
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected an error');
  };
  it('a JSON syntax error names the line and column and the cause, without parser English', () => {
    const m = message('{"schemaVersion": 1, name: "x"}');
    expect(m).toMatch(/第 1 行第 22 列附近：缺少引号/);
    expect(m).not.toMatch(/Expected|position|JSON at/);
    expect(message('{"id": "x",\n')).toMatch(/第 \d+ 行第 \d+ 列附近：/);
  });
  it('a missing field is 缺少必填项 with what it is', () => {
    const m = message(JSON.stringify({ schemaVersion: 1, id: 'x', name: 'n', sections: [{ id: 'a', title: 't', required: true }], focusAreas: [{ id: 'f', title: 't', aspects: [] }] }));
    expect(m).toMatch(/缺少必填项“requirement”（要求原文）/);
  });
});

describe('renumber preview', () => {
  const { renumberLabel } = jest.requireActual('../../../src/taskpane/logic') as typeof import('../../../src/taskpane/logic');
  it('names the heading: 三、今后的努力方向和改进措施 → 四、…', () => {
    const d = modelFromLines(['一、学习情况', '三、今后的努力方向和改进措施']);
    const label = renumberLabel('zh-CN', { paragraph: 1, start: 0, length: 2, from: '三、', to: '四、' }, d);
    expect(label).toBe('第 2 段：三、今后的努力方向和改进措施 → 四、今后的努力方向和改进措施');
    // Text that no longer matches: the bare marker change.
    expect(renumberLabel('zh-CN', { paragraph: 0, start: 0, length: 2, from: '三、', to: '四、' }, d)).toBe('第 1 段：三、 → 四、');
  });
});
