import { fixContext, report, type Finding, type Rule } from '../findings';
import { isAllowed, normalizeText } from '../packs';
import { qualityStrings } from './quality-common';
import { hanTable } from '../text';
import compounds from '../../profiles/packs/compounds.json';
import { notContent } from './text-logical';

/** Legitimate ABAB reduplication (verbs "try a bit", colour/state adjectives); profile.quality.reduplicationAllow adds more. */
export const LEGIT_REDUPLICATION = [
  '学习学习', '研究研究', '讨论讨论', '商量商量', '考虑考虑', '了解了解', '琢磨琢磨', '交流交流', '沟通沟通', '锻炼锻炼', '休息休息',
  '活动活动', '检查检查', '比较比较', '整理整理', '打听打听', '认识认识', '体会体会', '思考思考', '总结总结', '反思反思', '收拾收拾',
  '打扫打扫', '准备准备', '介绍介绍', '练习练习', '放松放松', '热闹热闹', '高兴高兴', '明白明白', '雪白雪白', '通红通红', '冰凉冰凉',
  '笔直笔直', '火热火热', '碧绿碧绿', '漆黑漆黑', '滚烫滚烫', '蜡黄蜡黄',
];

/**
 * Accidentally doubled words: a unit of 2–8 Han characters written twice in a row ("用公款用公款",
 * "决策决策"). Single-character doubling (常常, 认认真真) is never flagged; 一X一X (一个一个) and the
 * reduplication list above are legitimate, and so is whatever `exempt` accepts (the rule passes
 * `defaultExempt`: two known words meeting between the copies, 党组织|组织生活会, or quoted speech).
 */
export function findDuplicates(text: string, legit: readonly string[], exempt?: Exempt): { start: number; unit: string }[] {
  const s = normalizeText(text);
  if (!mayHaveDuplicate(s)) return [];
  const out: { start: number; unit: string }[] = [];
  // Same result as scanning with /(\p{Script=Han}{2,8}?)\1/gu (see the property test), without
  // backtracking through seven unit lengths at every character: find runs of at least four Han
  // characters, then compare code units directly.
  HAN_RUN.lastIndex = 0;
  for (let run = HAN_RUN.exec(s); run; run = HAN_RUN.exec(s)) {
    if (SURROGATE.test(run[0])) {
      scanWithRegex(run[0], run.index, text, legit, out, exempt); // astral Han characters: lengths count code points
      continue;
    }
    const end = run.index + run[0].length;
    let i = run.index;
    while (i + 4 <= end) {
      let unitLen = 0;
      for (let len = 2; len <= 8 && i + 2 * len <= end; len++) {
        let k = 0;
        while (k < len && s.charCodeAt(i + k) === s.charCodeAt(i + len + k)) k++;
        if (k === len) {
          unitLen = len;
          break;
        }
      }
      if (unitLen === 0) {
        i++;
        continue;
      }
      const unit = s.slice(i, i + unitLen);
      const legitimate = isLegitimate(unit, legit) || (exempt !== undefined && exempt(s, i, unitLen));
      if (!legitimate) out.push({ start: i, unit: text.slice(i, i + unitLen) });
      i += legitimate ? 1 : unitLen * 2;
    }
  }
  return out;
}

/**
 * A quick, conservative test: false only when no run of Han characters holds a unit of 2 to 8
 * characters written twice in a row. One pass, one table lookup per character: for each
 * distance d it counts how many characters in a row equal the one d places back; d in a row
 * means a doubled unit of length d. Text with surrogates goes the exact way (true).
 */
export function mayHaveDuplicate(s: string): boolean {
  const han = hanTable();
  // Codes 1..8 places back in the same Han run (-1: none), and the match counts per distance.
  let p1 = -1;
  let p2 = -1;
  let p3 = -1;
  let p4 = -1;
  let p5 = -1;
  let p6 = -1;
  let p7 = -1;
  let p8 = -1;
  let r2 = 0;
  let r3 = 0;
  let r4 = 0;
  let r5 = 0;
  let r6 = 0;
  let r7 = 0;
  let r8 = 0;
  const n = s.length;
  for (let j = 0; j < n; j++) {
    const c = s.charCodeAt(j);
    if (han[c] === 0) {
      if (c >= 0xd800 && c <= 0xdfff) return true; // surrogates are never in the table
      p1 = p2 = p3 = p4 = p5 = p6 = p7 = p8 = -1;
      r2 = r3 = r4 = r5 = r6 = r7 = r8 = 0;
      continue;
    }
    // Branches, not r = c === p ? r + 1 : 0 for all seven and one test at the end: twice as fast.
    if (c === p2) {
      if (++r2 >= 2) return true;
    } else r2 = 0;
    if (c === p3) {
      if (++r3 >= 3) return true;
    } else r3 = 0;
    if (c === p4) {
      if (++r4 >= 4) return true;
    } else r4 = 0;
    if (c === p5) {
      if (++r5 >= 5) return true;
    } else r5 = 0;
    if (c === p6) {
      if (++r6 >= 6) return true;
    } else r6 = 0;
    if (c === p7) {
      if (++r7 >= 7) return true;
    } else r7 = 0;
    if (c === p8) {
      if (++r8 >= 8) return true;
    } else r8 = 0;
    p8 = p7;
    p7 = p6;
    p6 = p5;
    p5 = p4;
    p4 = p3;
    p3 = p2;
    p2 = p1;
    p1 = c;
  }
  return false;
}

const HAN_RUN = /\p{Script=Han}{4,}/gu;
const SURROGATE = /[\ud800-\udfff]/;

function isLegitimate(unit: string, legit: readonly string[]): boolean {
  return new Set(unit).size === 1 || /^一.$/u.test(unit) || legit.includes(unit + unit) || /^(.)\1/u.test(unit);
}

/** The reference scan, for a run that holds characters outside the Basic Multilingual Plane. */
function scanWithRegex(run: string, offset: number, text: string, legit: readonly string[], out: { start: number; unit: string }[], exempt?: Exempt): void {
  const re = /(\p{Script=Han}{2,8}?)\1/gu;
  const s = normalizeText(text);
  for (let m = re.exec(run); m; m = re.exec(run)) {
    const unit = m[1];
    const start = offset + m.index;
    const legitimate = isLegitimate(unit, legit) || (exempt !== undefined && exempt(s, start, unit.length));
    if (!legitimate) out.push({ start, unit: text.slice(start, start + unit.length) });
    // Step by a whole code point: V8 moves a lastIndex that points into a surrogate pair back to
    // the pair's start, so stepping one code unit past an astral character would loop forever.
    re.lastIndex = m.index + (legitimate ? codePointLength(run, m.index) : unit.length * 2);
  }
}

/** Whether a doubled unit at `start` (normalised text `s`, unit length `len`) is legitimate after all. */
export type Exempt = (s: string, start: number, len: number) => boolean;

/** The checked-in compound words (src/profiles/packs/compounds.json), normalised. */
export const COMPOUND_WORDS: ReadonlySet<string> = new Set((compounds.words as string[]).map((w) => normalizeText(w)));
const MAX_WORD = Math.max(...[...COMPOUND_WORDS].map((w) => w.length));

/**
 * A repeat that straddles a word boundary: the text splits into a known word ending with the first copy
 * (and starting before it) and a known word starting with the second copy (and going on after it):
 * 党组织|组织生活会, 领导班子|班子成员. Both words must be known, so 组织组织生活会 is still a doubling.
 */
export function straddlesCompounds(s: string, start: number, len: number, words: ReadonlySet<string> = COMPOUND_WORDS, maxWord = MAX_WORD): boolean {
  const mid = start + len;
  let left = false;
  for (let a = start - 1; a >= 0 && mid - a <= maxWord; a--) {
    if (words.has(s.slice(a, mid))) {
      left = true;
      break;
    }
  }
  if (!left) return false;
  for (let b = mid + len + 1; b <= s.length && b - mid <= maxWord; b++) if (words.has(s.slice(mid, b))) return true;
  return false;
}

/**
 * Inside a quotation (“…” or "…"), a doubled two-character unit is the colloquial reduplication of quoted
 * speech (“再研究研究”“凑合凑合”), not a typing slip.
 */
export function insideQuotation(s: string, start: number): boolean {
  let open = false;
  for (let k = 0; k < start; k++) {
    const c = s[k];
    if (c === '"') open = !open; // normalised text: every double quote is "
  }
  if (!open) return false;
  return s.indexOf('"', start) !== -1;
}

/** The rule's exemptions: compounds across a boundary, and two-character reduplication in quoted speech. */
export const defaultExempt: Exempt = (s, start, len) => straddlesCompounds(s, start, len) || (len === 2 && insideQuotation(s, start));

function codePointLength(s: string, index: number): number {
  return (s.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

export const textDuplicated: Rule = {
  id: 'text/duplicated',
  category: 'text',
  description: { zh: '词语或短语意外重复（如“用公款用公款”“决策决策”）', en: 'A word or phrase accidentally written twice' },
  messages: {
    dup: { zh: '“{unit}”连续重复了两次（“{unit}{unit}”），疑为误输入。请删去多余的“{unit}”。', en: '"{unit}" is written twice in a row; remove the extra one.' },
  },
  run(ctx) {
    const out: Finding[] = [];
    const legit = [...LEGIT_REDUPLICATION, ...qualityStrings(ctx.profile, 'reduplicationAllow', [])];
    const skip = notContent(ctx);
    ctx.doc.paragraphs.forEach((p, i) => {
      if (skip(i)) return;
      for (const d of findDuplicates(p.text, legit, defaultExempt)) {
        const len = d.unit.length;
        if (isAllowed(p.text, d.start, len * 2, ctx.allow)) continue;
        const context = fixContext(p.text, [{ start: d.start + len, length: len, replacement: '' }], 30, len + 2); // both copies in view
        out.push(report(this, 'dup', 'warning', i, { unit: d.unit }, { start: d.start, length: len * 2, fix: { start: d.start + len, length: len, replacement: '' }, ...(context ? { context } : {}) }));
      }
    });
    return out;
  },
};
