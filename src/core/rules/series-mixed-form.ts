import { report, type Finding, type Rule } from '../findings';
import type { SeriesItem } from '../analysis';
import { formatChineseNumber } from '../text';

const show = (s: SeriesItem) => `${formatChineseNumber(s.number)}${s.word}`;

/** A run-in series (一是…二是…) that mixes forms (一是…二要) or skips or repeats a number. */
export const seriesMixedForm: Rule = {
  id: 'series/mixed-form',
  category: 'series',
  description: { zh: '“一是……二是……”序列写法不一致（一是/二要混用）或序号跳号、重复', en: 'A 一是/二是 series that mixes forms or skips a number' },
  messages: {
    mixed: {
      zh: '序列写法不一致：{list}。请统一为“{a}”或“{b}”这样的同一种写法。',
      en: 'The series mixes forms: {list}. Use one form throughout, e.g. "{a}" or "{b}".',
    },
    skip: { zh: '序列序号不连续：“{prev}”之后是“{actual}”，应为“{expected}”。请补上缺少的一项或改正序号。', en: 'The series skips: "{actual}" follows "{prev}"; expected "{expected}".' },
  },
  run({ analysis }) {
    const out: Finding[] = [];
    for (const group of analysis.series) {
      const items = group.filter((s) => s.word !== '方面');
      if (items.length < 2) continue;
      const words = new Set(items.map((s) => s.word));
      if (words.size > 1) {
        // Majority form first; point at the first item that differs from it.
        const count = new Map<string, number>();
        for (const s of items) count.set(s.word, (count.get(s.word) ?? 0) + 1);
        const major = [...count.entries()].sort((x, y) => y[1] - x[1] || items.findIndex((s) => s.word === x[0]) - items.findIndex((s) => s.word === y[0]))[0][0];
        const odd = items.find((s) => s.word !== major) as SeriesItem;
        const [w1, w2] = [...words];
        out.push(
          report(this, 'mixed', 'warning', odd.paragraph, { list: items.map(show).join('…'), a: `一${w1}、二${w1}`, b: `一${w2}、二${w2}` }, { start: odd.start, length: odd.length }),
        );
      }
      for (let k = 1; k < items.length; k++) {
        const prev = items[k - 1];
        const cur = items[k];
        if (cur.number !== prev.number + 1) {
          out.push(
            report(this, 'skip', 'warning', cur.paragraph, { prev: show(prev), actual: show(cur), expected: `${formatChineseNumber(prev.number + 1)}${cur.word}` }, { start: cur.start, length: cur.length }),
          );
        }
      }
    }
    return out;
  },
};
