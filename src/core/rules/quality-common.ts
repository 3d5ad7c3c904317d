/**
 * Shared helpers of the quality rules: profile.quality keys with defaults, the sections they read,
 * the writer's own words of a paragraph, and the "concrete instance" test. Pure.
 */
import type { RuleContext } from '../findings';
import type { Profile } from '../profile';
import { normalizeText } from '../packs';
import type { Analysis, Heading, SeriesItem } from '../analysis';
import { HAN, hanTable } from '../text';
import { logicalParagraphs, type LogicalView } from './text-logical';

/** Per-paragraph lookups of an analysis, built once (rules ask per paragraph; a linear search each time is quadratic). */
export interface ParagraphIndex {
  headingAt: Map<number, Heading>;
  restatedAt: Map<number, number>;
  seriesAt: Map<number, SeriesItem[]>;
}
const indexCache = new WeakMap<Analysis, ParagraphIndex>();
export function paragraphIndex(a: Analysis): ParagraphIndex {
  let idx = indexCache.get(a);
  if (idx) return idx;
  const headingAt = new Map<number, Heading>();
  for (const h of a.headings) if (!headingAt.has(h.paragraph)) headingAt.set(h.paragraph, h);
  const restatedAt = new Map<number, number>();
  for (const b of a.blocks) for (const [i, r] of b.restated) if (!restatedAt.has(i)) restatedAt.set(i, r);
  const seriesAt = new Map<number, SeriesItem[]>();
  for (const g of a.series) for (const item of g) {
    const list = seriesAt.get(item.paragraph) ?? [];
    list.push(item);
    seriesAt.set(item.paragraph, list);
  }
  idx = { headingAt, restatedAt, seriesAt };
  indexCache.set(a, idx);
  return idx;
}

/** A string array from profile.quality[key], or the default when absent or malformed. */
export function qualityStrings(profile: Profile, key: string, fallback: readonly string[]): readonly string[] {
  const v = profile.quality[key];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback;
}

/** A number from profile.quality[key], or the default. */
export function qualityNumber(profile: Profile, key: string, fallback: number): number {
  const v = profile.quality[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Compiles regex sources once per list (invalid sources are skipped, never thrown). */
const listCache = new WeakMap<readonly string[], RegExp | null>();
export function anyOf(sources: readonly string[]): RegExp | null {
  if (listCache.has(sources)) return listCache.get(sources) ?? null;
  const ok = sources.filter((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  });
  const re = ok.length ? new RegExp(ok.map((s) => `(?:${s})`).join('|'), 'u') : null;
  listCache.set(sources, re);
  return re;
}

/** Section ids the quality rules read (profile.quality.problemsSection / causesSection / measuresSection). */
export function sectionId(ctx: RuleContext, which: 'problems' | 'causes' | 'measures'): string {
  const v = ctx.profile.quality[`${which}Section`];
  if (typeof v === 'string') return v;
  if (which === 'problems') return ctx.profile.sections.find((s) => s.holdsFocusAreas)?.id ?? 'problems';
  return which;
}

const CLOSING_REQUEST = /^(?:以上|上述|以上是|以上为)[^。！]{0,30}(?:批评指正|批评帮助|指正|帮助)[。！]?$|(?:恳请|敬请|请)[^。！]{0,16}(?:批评指正|批评帮助|提出宝贵意见|多提宝贵意见)[。！]?$/;
const SOURCE_NOTE = /^[（(【][^）)】]*(?:来源|转载|版权|仅供|整理)[^）)】]*[）)】]$/;
const SIGNATURE = /^[\p{Script=Han}\s·]{2,30}(?:委员会|党支部|党总支|支部|党委|党组|领导班子|班子|人民政府|政府|办公室|局|厅|委|院|所|中心|公司|学校|医院|社区|村)$/u;

/**
 * The closing lines after the last section's content: "以上检视，恳请各位同志批评指正。", a source note
 * "（本文来源于网络……）", the signing body "中共某街道机关第二党支部委员会". They belong to no section's judgement.
 */
export function isClosingLine(t: string): boolean {
  return t.length <= 50 && (CLOSING_REQUEST.test(t) || SOURCE_NOTE.test(t) || SIGNATURE.test(t));
}

/** Paragraph indexes of a present section, heading and closing lines excluded. */
export function sectionBody(ctx: RuleContext, which: 'problems' | 'causes' | 'measures'): number[] {
  const span = ctx.analysis.spans[sectionId(ctx, which)];
  if (!span) return [];
  const out: number[] = [];
  const heading = paragraphIndex(ctx.analysis).headingAt.get(span.start);
  for (let i = span.start + (heading ? 1 : 0); i <= span.end; i++) {
    const t = ctx.doc.paragraphs[i]?.text.trim();
    if (t && !isClosingLine(t)) out.push(i);
  }
  return out;
}

/**
 * Where the writer's own words start in paragraph i: after a run-in heading's title, after the
 * restated requirement of a focus paragraph; null for a heading with no body text.
 */
export function ownStart(ctx: RuleContext, i: number): number | null {
  const text = ctx.doc.paragraphs[i].text;
  const idx = paragraphIndex(ctx.analysis);
  const h = idx.headingAt.get(i);
  if (h) {
    if (!h.runIn) return null;
    const at = text.indexOf(h.title, h.titleStart);
    let from = (at === -1 ? h.titleStart : at) + h.title.length;
    while (from < text.length && /[。！？!?\s]/.test(text[from])) from++;
    return from;
  }
  return idx.restatedAt.get(i) ?? 0;
}

/** Items of a paragraph's own words: split at run-in series items (一是…二是…) when there are two or more. */
export function ownItems(ctx: RuleContext, i: number): { start: number; end: number }[] | null {
  const from = ownStart(ctx, i);
  if (from === null) return null;
  const text = ctx.doc.paragraphs[i].text;
  const inPara = (paragraphIndex(ctx.analysis).seriesAt.get(i) ?? []).filter((s) => s.start >= from);
  if (inPara.length >= 2) {
    const starts = inPara.map((s) => s.start).sort((a, b) => a - b);
    const items = starts.map((s, k) => ({ start: s, end: k + 1 < starts.length ? starts[k + 1] : text.length }));
    if (starts[0] > from && hanCount(text.slice(from, starts[0])) >= 15) items.unshift({ start: from, end: starts[0] });
    return items;
  }
  return [{ start: from, end: text.length }];
}

/**
 * The writer's own items of a logical paragraph (several hard-wrapped lines joined, see text-logical.ts),
 * with offsets into `lp.text`: what `ownItems` gives for one paragraph, over the joined lines.
 */
export function logicalOwnItems(ctx: RuleContext, lp: LogicalView): { start: number; end: number }[] | null {
  if (lp.first === lp.last) return ownItems(ctx, lp.first);
  const own = ownStart(ctx, lp.first);
  const from = own ?? lp.starts[1];
  const idx = paragraphIndex(ctx.analysis);
  const starts: number[] = [];
  for (let p = lp.first; p <= lp.last; p++) for (const item of idx.seriesAt.get(p) ?? []) if (lp.starts[p - lp.first] + item.start >= from) starts.push(lp.starts[p - lp.first] + item.start);
  const text = lp.text;
  if (starts.length >= 2) {
    starts.sort((a, b) => a - b);
    const items = starts.map((st, k) => ({ start: st, end: k + 1 < starts.length ? starts[k + 1] : text.length }));
    if (starts[0] > from && hanCount(text.slice(from, starts[0])) >= 15) items.unshift({ start: from, end: starts[0] });
    return items;
  }
  return [{ start: from, end: text.length }];
}

/**
 * The paragraphs of a section body grouped by logical paragraph, each visited once: `fn` gets the logical
 * paragraph (one original paragraph when the text is not hard-wrapped) and its text.
 */
export function forEachLogical(ctx: RuleContext, body: readonly number[], fn: (lp: LogicalView, text: string) => void): void {
  const { logical, logicalOf } = logicalParagraphs(ctx);
  const seen = new Set<number>();
  for (const i of body) {
    const k = logicalOf[i] ?? -1;
    const lp = logical[k];
    if (!lp || lp.first === lp.last) {
      fn(lp && lp.first === i ? lp : { first: i, last: i, text: ctx.doc.paragraphs[i].text, starts: [0] }, ctx.doc.paragraphs[i].text);
      continue;
    }
    if (seen.has(k)) continue;
    seen.add(k);
    fn(lp, lp.text);
  }
}

/** Number of Han characters (Unicode Script=Han, astral ones too) in `s`. */
export function hanCount(s: string): number {
  // A table lookup per code unit: this runs on whole sections of long documents.
  const han = hanTable();
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const cp = s.codePointAt(i) as number;
      if (cp > 0xffff) {
        if (HAN.test(String.fromCodePoint(cp))) n++;
        i++;
        continue;
      }
    }
    n += han[c];
  }
  return n;
}

/**
 * What makes a problem concrete (regex sources; profile.quality.concreteMarkers replaces them):
 * an example word, a digit, a counted thing, a time, a named document or project, a place.
 */
export const DEFAULT_CONCRETE = [
  '比如|例如|譬如|举例|诸如|有一次|曾经|曾在|当时|其中|像在|如在',
  '[0-9０-９]',
  '(?:[两三四五六七八九十百千万几]|[一二三四五六七八九十]{2,})(?:次|件|项|起|名|人|天|周|个|年|份|篇|场|批|家|户|条|处)(?!规定|意识|自信|维护|确立|务必|代表|全面|自觉|服从|摆进去|聚焦|带头|方面|基本|坚持|不|之)',
  '一次|一件|一起|一回|[一两三四五六七八九十半]个多?月',
  // A named occasion: a clause ending in 时 (讨论经费调剂时，), a named meeting (党组会上), a named unit (某外资企业).
  '(?<![平有同及随按临届准适暂定])时[，,]|(?:党组|党委|支部|班子|常委|专题|办公|务虚|周例)会[上中]',
  '某(?!些|种|方面|某些)[\\p{Script=Han}]{0,6}?(?:企业|公司|单位|村|社区|同志|干部|学校|医院|项目|部门|群众|党员)',
  '[上下]?半年|去年|今年|前年|年初|年底|年末|月初|月底|季度|[一二三四五六七八九十]{1,2}月',
  // A share of something counted: 三分之一, 百分之二十, 七成.
  '分之[一二三四五六七八九十]|[一二三四五六七八九]成(?:以上|左右|多)?(?=[，。；、的])',
  '《[^》]{2,}》|项目|工程',
  // A place: two or more Han characters before 县/乡/…. Written suffix first, with a look-behind for
  // the two characters, so the scan only stops at 县/乡/… (~8× faster than trying 2–6 characters
  // at every position; the markers are only ever tested, never located).
  '(?:县|乡|镇|村|街道|社区|窗口)(?<=\\p{Script=Han}{2}(?:县|乡|镇|村|街道|社区|窗口))(?![委民级长干])',
];

export function concreteRegex(profile: Profile): RegExp | null {
  return anyOf(qualityStrings(profile, 'concreteMarkers', DEFAULT_CONCRETE));
}

/**
 * Whether text.slice(start, end) has a concrete marker, tested on the slice of the paragraph's
 * normalisation (cached for the check; normalisation maps code unit for code unit, so that is the
 * slice's own normalisation).
 */
export function isConcreteAt(text: string, start: number, end: number, re: RegExp | null): boolean {
  return re !== null && re.test(normalizeText(text).slice(start, end));
}
