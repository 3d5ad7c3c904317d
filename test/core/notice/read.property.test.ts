/** Property: whatever items a notice lists, in each of the forms notices use, the reader gives them back with their sub-points. */
import fc from 'fast-check';
import { readNotice } from '../../../src/core/notice';
import { formatChineseNumber } from '../../../src/core/text';

const WORDS = ['数字', '治理', '乡村', '振兴', '产业', '规划', '教育', '医疗', '基层', '平台', '项目', '资金', '环境', '安全', '生态', '文化', '科技', '交通', '水利', '物业'];
const phrase = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((ws) => ws.join(''));
const item = fc.record({ title: phrase(2, 3), subs: fc.array(phrase(2, 3), { minLength: 0, maxLength: 3 }) });
const items = fc.array(item, { minLength: 2, maxLength: 6 });

type Item = { title: string; subs: string[] };
type Form = { render(xs: Item[]): string[]; titles(xs: Item[]): string[]; subs(xs: Item[]): string[][] };

const head = ['关于召开专题组织生活会的通知', '各党支部：'];
const FORMS: Record<string, Form> = {
  paren: {
    render: (xs) => [...head, '一、对照检查内容', '支部班子要重点对照以下方面进行检视剖析。', ...xs.map((x, k) => `（${formatChineseNumber(k + 1)}）${x.title}。${x.subs.length ? `重点对照检查${x.subs.map((s) => `${s}的情况`).join('；')}。` : ''}`), '二、时间安排', '会议于月底前召开。'],
    titles: (xs) => xs.map((x) => x.title),
    subs: (xs) => xs.map((x) => x.subs.map((s) => `${s}的情况`)),
  },
  arabic: {
    render: (xs) => [...head, `党员个人要从以下${xs.length}个方面进行检视：`, ...xs.map((x, k) => `${k + 1}.${x.title}方面${k + 1 < xs.length ? '；' : '。'}`)],
    titles: (xs) => xs.map((x) => x.title),
    subs: (xs) => xs.map(() => []),
  },
  series: {
    render: (xs) => [...head, `党员要对照以下要求开展对照检查，${xs.map((x, k) => `${formatChineseNumber(k + 1)}是着力${x.title}`).join('，')}。会前要认真准备。`],
    titles: (xs) => xs.map((x) => `着力${x.title}`),
    subs: (xs) => xs.map(() => []),
  },
  daitou: {
    render: (xs) => [...head, `领导班子要重点对照以下内容进行对照检查：${xs.map((x) => `带头${x.title}`).join('；')}。会上通报有关情况。`],
    titles: (xs) => xs.map((x) => `带头${x.title}`),
    subs: (xs) => xs.map(() => []),
  },
  zai: {
    render: (xs) => [...head, '领导班子要围绕以下方面查摆问题。', ...xs.map((x) => `在${x.title}方面，${x.subs.length ? `重点检视${x.subs.join('；')}` : '认真查摆'}。`), '会议要严肃认真。'],
    titles: (xs) => xs.map((x) => x.title),
    subs: (xs) => xs.map((x) => x.subs),
  },
};

describe.each(Object.keys(FORMS))('readNotice, %s form', (name) => {
  const form = FORMS[name];
  it('finds every item, worded as written, and its sub-points', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = readNotice(form.render(xs));
        expect(r.lists).toHaveLength(1);
        expect(r.lists[0].items.map((i) => i.title)).toEqual(form.titles(xs));
        expect(r.lists[0].items.map((i) => i.subPoints)).toEqual(form.subs(xs));
      }),
      { numRuns: 60 },
    );
  });
});

describe('readNotice never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 20 }), (lines) => {
        const r = readNotice(lines);
        for (const l of r.lists) expect(l.items.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 200 },
    );
  });
});
