/**
 * Stage 4, focus items: the items of the problems section — （一）/1. headings, "聚焦/对照/围绕…" and "在…方面"
 * lead-ins, or one (logical) paragraph per item. Never the section heading, a title, a non-content line, or a
 * lead-in sentence ending in "：" ("经过自查，发现存在以下突出问题："). Knows nothing of coverage, claims or rules.
 */
import type { DocModel } from '../model';
import type { FocusBlock, Heading, Span } from '../analysis';
import type { Explanation } from './explanation';
import type { Normalised } from './normalise';
import { excerpt, toHalfWidth } from '../text';
import { createNester } from '../outline';

// \s covers the ideographic space, so no half-width conversion is needed first.
export const RE_FORMULA = /^\s*(聚焦|对照|围绕)/;
/** "在理论学习方面，…" / "一是在…上，…": a lead-in naming the item. */
const RE_ASPECT_LEAD = /^\s*(?:[一二三四五六七八九十]{1,2}是)?在[^，。,；;：:]{2,40}?(方面|上)[，,：:。]/;
/** A lead-in numbered as a run-in series ("一是在…方面"): when some are, the others are continuations. */
const RE_SERIES_LEAD = /^\s*[一二三四五六七八九十]{1,2}是/;
/** A lead-in sentence that announces the items and is none ("…存在以下突出问题：", "具体表现在："). */
const RE_ANNOUNCE = /[：:]\s*$/;

export interface FocusItemsStage {
  blocks: FocusBlock[];
  /** The paragraphs the items were looked for in. */
  region: number[];
  explanations: Explanation[];
}

/** The paragraphs that may hold focus items: the problems section after its heading, else what no section claims. */
export function focusRegion(doc: DocModel, norm: Normalised, holderSpan: Span | undefined, holderHeadingMissing: boolean, sectionOfParagraph: readonly (string | null)[], title: number | null, usedHeadings: ReadonlySet<number>, firstL1: number): number[] {
  const n = doc.paragraphs.length;
  const region: number[] = [];
  if (holderSpan) {
    for (let i = holderSpan.start + (holderHeadingMissing ? 0 : 1); i <= holderSpan.end; i++) if (!norm.nonContent[i]) region.push(i);
  } else {
    for (let i = 0; i < n; i++) if (sectionOfParagraph[i] === null && i !== title && !usedHeadings.has(i) && !norm.nonContent[i] && (firstL1 === -1 || i > firstL1)) region.push(i);
  }
  return region;
}

export function findFocusItems(doc: DocModel, norm: Normalised, region: readonly number[], headingAt: ReadonlyMap<number, Heading>): FocusItemsStage {
  const ps = doc.paragraphs;
  const explanations: Explanation[] = [];
  const nonEmpty = region.filter((i) => ps[i].text.trim() !== '' || headingAt.has(i));
  const isLead = (i: number) => !headingAt.has(i) && (RE_FORMULA.test(ps[i].text) || RE_ASPECT_LEAD.test(toHalfWidth(ps[i].text)));
  // Headings nested inside another heading of the same kind (（1） sub-points under a 1. item, numbered afresh under
  // every item) are that item's content, not items of their own: only the outermost of a kind start items.
  const parentOf = new Map<number, number | null>();
  const nester = createNester<Heading>();
  for (const i of nonEmpty) {
    const h = headingAt.get(i);
    if (h) parentOf.set(i, nester.place(h)?.paragraph ?? null);
  }
  const outermost = (starts: number[]): number[] => {
    const set = new Set(starts);
    return starts.filter((i) => {
      for (let p = parentOf.get(i) ?? null; p !== null; p = parentOf.get(p) ?? null) if (set.has(p)) return false;
      return true;
    });
  };
  const kinds: { kind: FocusBlock['kind']; starts: number[]; zh: string }[] = [
    { kind: 'heading', starts: outermost(nonEmpty.filter((i) => headingAt.get(i)?.level === 2)), zh: '（一）等二级标题' },
    { kind: 'formula', starts: numberedFirst(nonEmpty.filter(isLead), (i) => RE_SERIES_LEAD.test(ps[i].text)), zh: '以“聚焦/对照/围绕”或“在…方面”开头的段落' },
    { kind: 'heading', starts: outermost(nonEmpty.filter((i) => headingAt.get(i)?.level === 3)), zh: '1. 等三级标题' },
  ];
  // Unnumbered, unstyled item titles ("理论学习方面" on a line of its own, its findings below): short lines with no
  // sentence in them, each followed by a body paragraph.
  const bare = nonEmpty.filter((i, k) => {
    const t = ps[i].text.trim();
    const next = nonEmpty[k + 1];
    return !headingAt.has(i) && t.length <= 24 && !/[。；;！？!?：:]/.test(t) && next !== undefined && ps[next].text.trim().length > t.length;
  });
  if (bare.length >= 2) kinds.push({ kind: 'heading', starts: bare, zh: '单独成行的分项标题' });
  // Paragraphs numbered as a run-in series ("一是……存在差距。"), the paragraphs after each going on about it
  // ("同时，……" / "此外，……"): the numbered ones are the items.
  const series = nonEmpty.filter((i) => !headingAt.has(i) && RE_SERIES_LEAD.test(ps[i].text));
  if (series.length >= 2 && series.length < nonEmpty.filter((i) => !headingAt.has(i)).length) kinds.push({ kind: 'paragraph', starts: series, zh: '以“一是、二是……”开头的段落' });
  const chosen = kinds.find((k) => k.starts.length > 0);
  const blocks: FocusBlock[] = [];
  const mk = (start: number, end: number, kind: FocusBlock['kind']): FocusBlock => {
    const h = headingAt.get(start);
    const t = h ? h.title : ps[start].text.trim();
    const cut = h ? t : t.slice(0, Math.max(0, toHalfWidth(t).search(/[，,。；;]/))) || t;
    return { start, end, kind, focusId: null, restated: new Map(), title: excerpt(cut, 0, 40) };
  };
  if (!chosen) {
    // One (logical) paragraph per item: a hard-wrapped paragraph is one item, an announcing lead-in none.
    const seen = new Set<number>();
    const lastNonEmpty = nonEmpty.length ? nonEmpty[nonEmpty.length - 1] : -1;
    for (const i of nonEmpty) {
      const k = norm.logicalOf[i];
      if (seen.has(k)) continue;
      seen.add(k);
      const lp = norm.logical[k];
      const last = Math.min(lp.last, lastNonEmpty);
      if (RE_ANNOUNCE.test(lp.text) && lp.text.trim().length < 80) {
        explanations.push({ subject: 'focus', paragraph: i, zh: `第${i + 1}段以“：”结尾，是引出下文的导语，不是重点分项。`, en: `Paragraph ${i + 1} is a lead-in sentence ending in "：", not a focus item.` });
        continue;
      }
      blocks.push(mk(i, last, 'paragraph'));
    }
    if (blocks.length) explanations.push({ subject: 'focus', paragraph: blocks[0].start, zh: `问题部分没有分项标题，按段落分项：共${blocks.length}段。`, en: `No item headings in the problems section: one item per paragraph (${blocks.length}).` });
    return { blocks, region: [...region], explanations };
  }
  const lastOfRegion = region.length ? region[region.length - 1] : -1;
  chosen.starts.forEach((s, k) => {
    const next = k + 1 < chosen.starts.length ? chosen.starts[k + 1] - 1 : lastOfRegion;
    let end = next;
    while (end > s && ps[end].text.trim() === '') end--;
    blocks.push(mk(s, end, chosen.kind));
  });
  explanations.push({ subject: 'focus', paragraph: chosen.starts[0], zh: `重点分项按${chosen.zh}划分：第${chosen.starts.map((i) => i + 1).join('、')}段，共${blocks.length}项。`, en: `Focus items: ${blocks.length}, at paragraphs ${chosen.starts.map((i) => i + 1).join(', ')}.` });
  const before = nonEmpty.filter((i) => i < chosen.starts[0]);
  if (before.length) explanations.push({ subject: 'focus', paragraph: before[0], zh: `第${before.map((i) => i + 1).join('、')}段在第一个分项之前，是导语，不算分项。`, en: `Paragraphs before the first item are a lead-in, not items.` });
  return { blocks, region: [...region], explanations };
}

/** When some lead-ins are numbered (一是…), only those start items; the others continue the item before them. */
function numberedFirst(starts: number[], numbered: (i: number) => boolean): number[] {
  const withNumber = starts.filter(numbered);
  return withNumber.length >= 2 ? withNumber : starts;
}

/** Sub-items listed under the focus items (1. headings and paragraphs starting 一是/二是…): what "N个问题" may count. */
export function countSubItems(doc: DocModel, blocks: readonly FocusBlock[], headingAt: ReadonlyMap<number, Heading>): number {
  let n = 0;
  const RE_SERIES = /(^|[。；;，,：:！？!?\s])([一二三四五六七八九十]{1,2})是/g;
  for (const b of blocks)
    for (let i = b.start; i <= b.end; i++) {
      const h = headingAt.get(i);
      if (h && h.level === 3 && i !== b.start) {
        n++;
        continue;
      }
      if (h && i === b.start && !h.runIn) continue;
      const m = ps(doc, i).match(RE_SERIES);
      if (m) n += m.length;
    }
  return n;
}

function ps(doc: DocModel, i: number): string {
  return doc.paragraphs[i].text;
}
