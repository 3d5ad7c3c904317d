/** Reading a framework's name and count ("围绕“四个带头”", "以下6个方面"), who a list is for, and what else the notice asks. */
import { parseChineseNumber } from '../text';
import type { Framework } from './types';

const NUM = '[一二三四五六七八九十两]{1,3}|\\d{1,2}';
/** A quoted name that starts with a count: “四个带头”, “三比三看”, “五个聚焦”. */
const RE_QUOTED = new RegExp(`[“"‘「]((?:${NUM})个?[\\p{Script=Han}]{1,8}?)[”"’」]`, 'u');
/** An unquoted count of aspects: 六个方面, 6个重点方面, 4个方面. */
const RE_ASPECTS = new RegExp(`(${NUM})\\s*个\\s*(?:重点)?方面`);

export function countOf(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  return parseChineseNumber(numeral.replace(/两/g, '二'));
}

/** The framework a piece of notice text names, or null. A quoted name wins over "N个方面". */
export function frameworkIn(text: string): Framework | null {
  const q = RE_QUOTED.exec(text);
  if (q) {
    const num = new RegExp(`^(${NUM})`).exec(q[1]);
    const count = num ? countOf(num[1]) : NaN;
    if (count > 0) return { name: q[1], count };
  }
  const a = RE_ASPECTS.exec(text);
  if (a) {
    const count = countOf(a[1]);
    if (count > 0) return { name: a[0].replace(/\s+/g, ''), count };
  }
  return null;
}

const AUDIENCES: [RegExp, string][] = [
  [/支部班子|支委班子|党支部班子|支部委员会/, '支部班子'],
  [/党员个人|每名党员|各位党员|全体党员|普通党员|党员要|党员逐一|党员对照/, '党员个人'],
  [/领导班子|班子成员|党组成员|常委班子|党委班子|党员领导干部/, '领导班子'],
];

/** Who the text says a list is for; null when it does not say. */
export function audienceIn(text: string): string | null {
  let best: { at: number; name: string } | null = null;
  for (const [re, name] of AUDIENCES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, name };
  }
  return best ? best.name : null;
}

/** The audience a meeting implies when a list does not say: 民主生活会 → 领导班子, 组织生活会 → 党员个人. */
export function audienceOfMeeting(text: string): string | null {
  if (/民主生活会/.test(text)) return '领导班子';
  if (/组织生活会/.test(text)) return '党员个人';
  return null;
}

export function asksPrior(text: string): boolean {
  return /上一?年度[^。]{0,24}整改|上次[^。]{0,16}整改|整改(?:措施)?落实情况/.test(text);
}

export function asksStudy(text: string): boolean {
  return /学习研讨|专题学习|集中学习|研讨交流/.test(text);
}
