/**
 * Stage 3, sections: which heading is which section of the profile, by concept (stages/concepts.ts), the
 * profile's titles and variants, position and structure — with the evidence kept as explanations. A section whose
 * heading is missing but whose content is there ("（一）政治素养标准不高…" causes after the problems) is recognised
 * as that section with `headingMissing`, so it is never taken as focus items. Knows nothing of focus items or rules.
 */
import type { DocModel } from '../model';
import type { Profile, SectionSpec } from '../profile';
import type { Heading, Span } from '../analysis';
import type { SectionResult } from '../result';
import type { Explanation } from './explanation';
import type { Normalised } from './normalise';
import { conceptScore, conceptsNamed, conceptsOf, matchConcepts, type ConceptMatch } from './concepts';
import { formatMarker } from '../outline';
import { normalizeForMatch, score } from '../text';
import { inferMissingHeadings } from './section-inference';

/** Score a heading must reach to count as a profile section. */
const SECTION_THRESHOLD = 2;

export interface SectionEvidence {
  score: number;
  variant: string | null;
  concept: ConceptMatch | null;
}

/** How well a heading title fits a section: a variant (10), a concept (8 strong, 3 weak), the profile's keywords. */
export function sectionEvidence(title: string, spec: SectionSpec): SectionEvidence {
  const t = normalizeForMatch(title);
  let best = 0;
  let variant: string | null = null;
  for (const v of [spec.title, ...spec.variants]) {
    const nv = normalizeForMatch(v);
    if (nv && t.includes(nv) && 10 + nv.length / 100 > best) {
      best = 10 + nv.length / 100;
      variant = v;
    }
  }
  const concept = matchConcepts(title, conceptsOf(spec));
  const kw = score(t, spec.keywords).score;
  return { score: Math.max(best, conceptScore(concept)) + (best || concept ? Math.min(kw, 1.5) : kw), variant, concept };
}

export function sectionScore(title: string, spec: SectionSpec): number {
  return sectionEvidence(title, spec).score;
}

export interface SectionsStage {
  title: number | null;
  /** Every heading of the outline plus the unnumbered lines taken as level-1 headings, in document order. */
  headings: Heading[];
  sections: SectionResult[];
  spans: Record<string, Span>;
  sectionOfParagraph: (string | null)[];
  /** Paragraphs of the headings taken as section headings. */
  usedHeadings: Set<number>;
  /** The heading to suggest for each missing or heading-less section, numbered from the document's own numbering. */
  suggested: Record<string, string>;
  /** Whose report it is, from its opening: a person's, a leading group's (领导班子) or a party branch's (支部). */
  kind: ReportKind;
  explanations: Explanation[];
}

export type ReportKind = '个人' | '班子' | '支部';

/** Whose report it is: who the opening speaks as (班子…, 支部…, or 我). */
export function reportKind(doc: DocModel, upTo = 3): ReportKind {
  // The title and the opening say who speaks; the findings below may well say 我 in a team's report.
  let text = '';
  let taken = 0;
  for (const p of doc.paragraphs) {
    if (taken >= upTo) break;
    if (!p.text.trim()) continue;
    text += p.text;
    taken++;
  }
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const me = count(/我(?!们)|本人/g);
  const team = count(/领导班子|班子成员|班子/g);
  const branch = count(/党支部|支部委员会|支委会|支部/g);
  if (branch > team && branch >= 2 && branch > me) return '支部';
  if (team >= 2 && team > me) return '班子';
  return '个人';
}

const TITLE_WORDS = ['对照检查', '检视剖析', '检查材料', '发言提纲', '剖析材料', '个人对照', '发言材料'];

function findTitle(doc: DocModel, profile: Profile, norm: Normalised, firstHeading: number): number | null {
  const ps = doc.paragraphs;
  const first = ps.findIndex((p, i) => p.text.trim() !== '' && !norm.nonContent[i]);
  if (first === -1 || (firstHeading !== -1 && first >= firstHeading)) return null;
  const p = ps[first];
  const t = p.text.trim();
  if (p.style === 'Title') return first;
  if (t.length > 60 || /[。：:]$/.test(t) || /。/.test(t) || startsOpening(t)) return null;
  const words = [...TITLE_WORDS, ...(profile.title?.keywords ?? [])].map(normalizeForMatch);
  const nt = normalizeForMatch(t);
  return words.some((w) => nt.includes(w)) || t.length <= 30 ? first : null;
}

/** Words an opening sentence starts with (根据…要求，…; 按照…部署，…), never a title's. */
const RE_OPENING_START = /^(根据|按照|遵照|依据|对照|围绕|结合|紧扣|聚焦|为深入|为认真|为进一步|近期|近日|今年以来|会前)/;
/** A salutation line ("各位同志：", "同志们：") is said before the opening; it is not the opening. */
const RE_SALUTATION = /^(各位|同志们|尊敬的)[^，,。；;]{0,14}[：:]$/;

/** A line that opens the report's text rather than titling it: ends with 如下, or starts like an opening sentence and goes on past a comma. */
function startsOpening(t: string): boolean {
  return /如下[：:。.]?$/.test(t) || (RE_OPENING_START.test(t) && /[，,]/.test(t));
}

/**
 * Whether a line before the first section heading is (the start of) the opening: a long line, one that ends with
 * 如下, or a sentence — ending in a sentence mark, running past a comma, or starting like an opening — as opposed
 * to a byline ("区财政局党组书记、局长　张某某"), a bare name or a salutation.
 */
function readsAsOpening(t: string): boolean {
  if (t.length >= 20 || startsOpening(t)) return true;
  if (t.length < 6 || RE_SALUTATION.test(t)) return false;
  return /[。！？!?；;：:]["”’」』）)]*$/.test(t) || /[，,]/.test(t) || (RE_OPENING_START.test(t) && t.length >= 8);
}

/** Longest increasing subsequence (by value) of `values`, as a set of positions. Small n. */
function lisPositions(values: number[]): Set<number> {
  const n = values.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++)
      if (values[j] < values[i] && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
  let best = -1;
  for (let i = 0; i < n; i++) if (best === -1 || len[i] > len[best]) best = i;
  const out = new Set<number>();
  for (let i = best; i !== -1; i = prev[i]) out.add(i);
  return out;
}

const q = (s: string) => `“${s}”`;

/** Level-1 headings: the outline's, minus non-content lines and titles, plus short unnumbered lines that are clearly a section title. */
function levelOneHeadings(doc: DocModel, profile: Profile, norm: Normalised, outline: readonly Heading[], explanations: Explanation[]): Heading[] {
  const ps = doc.paragraphs;
  const headingSpecs = profile.sections.filter((s) => s.kind === 'heading');
  const headings = outline.filter((h) => !norm.nonContent[h.paragraph]);
  const isHeading = new Set(headings.map((h) => h.paragraph));
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (isHeading.has(i) || p.inTable || norm.nonContent[i]) continue;
    const t = p.text.trim();
    // "理论学习方面" is an item's title, not a section's.
    if (!t || t.length > 20 || /[。，,；;：:]/.test(t) || /(方面|上)$/.test(t)) continue;
    if (headingSpecs.some((s) => sectionScore(t, s) >= 8)) {
      const lead = p.text.length - p.text.trimStart().length;
      headings.push({ paragraph: i, level: 1, number: null, form: 'style', source: 'style', marker: '', markerStart: 0, markerLength: 0, title: t, titleStart: lead, runIn: false });
    }
  }
  headings.sort((a, b) => a.paragraph - b.paragraph);
  // A line that names several sections and is not numbered ("…存在的问题及整改措施") is a title, not a heading.
  return headings.filter((h) => {
    if (h.level !== 1 || h.number !== null) return true;
    const named = conceptsNamed(h.title);
    if (named.length < 2) return true;
    explanations.push({ subject: 'outline', paragraph: h.paragraph, zh: `第${h.paragraph + 1}段${q(h.title)}同时提到几个部分（${named.join('、')}），是标题，不是部分标题。`, en: `Paragraph ${h.paragraph + 1} names several sections: a title, not a section heading.` });
    return false;
  });
}

export function findSections(doc: DocModel, profile: Profile, norm: Normalised, outline: readonly Heading[]): SectionsStage {
  const ps = doc.paragraphs;
  const n = ps.length;
  const explanations: Explanation[] = [];
  const headingSpecs = profile.sections.filter((s) => s.kind === 'heading');
  // Levels by the document's own structure: when the sections are numbered "1." or "（一）" (no "一、" heading is a
  // section), the shallowest numbering the document uses is its top level.
  const strongAt = (hs: readonly Heading[]) => hs.filter((h) => h.level === 1 && headingSpecs.some((sp) => sectionScore(h.title, sp) >= 8)).length;
  const releveled = relevel(outline);
  const useReleveled = releveled !== null && strongAt(releveled) >= 2 && strongAt(releveled) > strongAt(outline);
  if (useReleveled) explanations.push({ subject: 'outline', paragraph: null, zh: '各部分标题用的是“1.”或“（一）”编号：按文中实际用到的最浅一级编号作为一级标题。', en: 'The sections are numbered "1." or "（一）": the shallowest numbering used is taken as the top level.' });
  const headings = levelOneHeadings(doc, profile, norm, useReleveled ? (releveled as Heading[]) : outline, explanations);
  let level1 = headings.filter((h) => h.level === 1);
  const firstL1Raw = level1.length ? level1[0].paragraph : -1;
  const title = findTitle(doc, profile, norm, firstL1Raw);
  if (title !== null) {
    level1 = level1.filter((h) => h.paragraph !== title);
    explanations.push({ subject: 'outline', paragraph: title, zh: `第${title + 1}段${q(ps[title].text.trim())}是材料标题。`, en: `Paragraph ${title + 1} is the document title.` });
  }

  // Assign level-1 headings to sections: best scores first, each heading and section once.
  const pairs: { h: Heading; s: SectionSpec; ev: SectionEvidence }[] = [];
  for (const h of level1)
    for (const s of headingSpecs) {
      const ev = sectionEvidence(h.title, s);
      if (ev.score >= SECTION_THRESHOLD) pairs.push({ h, s, ev });
    }
  pairs.sort((a, b) => b.ev.score - a.ev.score || a.h.paragraph - b.h.paragraph);
  const headingOf = new Map<string, Heading>();
  const sectionAt = new Map<number, string>();
  const why = new Map<number, string>();
  for (const { h, s, ev } of pairs) {
    if (headingOf.has(s.id) || sectionAt.has(h.paragraph)) continue;
    headingOf.set(s.id, h);
    sectionAt.set(h.paragraph, s.id);
    why.set(h.paragraph, ev.variant ? `与配置的标题${q(ev.variant)}相符` : ev.concept ? `含${ev.concept.words.map(q).join('和')}（${ev.concept.strength === 'strong' ? '' : '较弱的'}“${s.title}”概念）` : `关键词得分 ${ev.score}`);
  }

  // Position and structure: the first unassigned top-level heading after the opening that has sub-items, before
  // the causes and measures, is the problems section.
  const holder = profile.sections.find((s) => s.holdsFocusAreas);
  if (holder && !headingOf.has(holder.id)) {
    const later = profile.sections.slice(profile.sections.indexOf(holder) + 1).map((s) => headingOf.get(s.id)?.paragraph ?? Infinity);
    const limit = Math.min(...later);
    const cand = level1.find((h, k) => {
      if (sectionAt.has(h.paragraph) || h.paragraph > limit) return false;
      const end = k + 1 < level1.length ? level1[k + 1].paragraph : n;
      return headings.some((x) => x.level === 2 && x.paragraph > h.paragraph && x.paragraph < end);
    });
    if (cand) {
      headingOf.set(holder.id, cand);
      sectionAt.set(cand.paragraph, holder.id);
      why.set(cand.paragraph, `标题没有“${holder.title}”的字样，但它是开篇之后第一个带分项的一级标题，位置在后面各部分之前`);
    }
  }

  const spans: Record<string, Span> = {};
  const sectionOfParagraph: (string | null)[] = new Array(n).fill(null);
  const preSpec = profile.sections.find((s) => s.kind === 'preamble');
  const firstL1 = level1.length ? level1[0].paragraph : -1;
  const preEnd = firstL1 === -1 ? n - 1 : firstL1 - 1;
  const preStart = title === null ? 0 : title + 1;
  let preFirst = -1;
  for (let i = preStart; i <= preEnd; i++) {
    if (norm.nonContent[i]) continue;
    if (readsAsOpening(ps[i].text.trim())) {
      preFirst = i;
      break;
    }
  }
  if (preSpec && preFirst !== -1) {
    spans[preSpec.id] = { start: preFirst, end: preEnd };
    explanations.push({ subject: 'section', id: preSpec.id, paragraph: preFirst, zh: `第${preFirst + 1}段起为开篇：${title === null ? '' : '标题之后、'}第一个一级标题之前的正文。`, en: `The opening starts at paragraph ${preFirst + 1}: body text before the first top-level heading.` });
  }
  for (let k = 0; k < level1.length; k++) {
    const h = level1[k];
    const id = sectionAt.get(h.paragraph);
    const end = k + 1 < level1.length ? level1[k + 1].paragraph - 1 : n - 1;
    if (!id) {
      explanations.push({ subject: 'section', paragraph: h.paragraph, zh: `第${h.paragraph + 1}段一级标题${q(h.title)}不是配置中的任何部分：没有问题、原因、措施、学习、上年度整改等概念，也不与配置的标题相符。`, en: `Top-level heading ${h.paragraph + 1} is none of the profile's sections.` });
      continue;
    }
    spans[id] = { start: h.paragraph, end };
    const spec = profile.sections.find((s) => s.id === id) as SectionSpec;
    explanations.push({ subject: 'section', id, paragraph: h.paragraph, zh: `第${h.paragraph + 1}段${q(h.title)}判为“${spec.title}”：${why.get(h.paragraph)}。`, en: `Paragraph ${h.paragraph + 1} is the "${spec.title}" section.` });
  }

  const inferred = inferMissingHeadings(doc, profile, spans, headings);
  for (const inf of inferred) {
    spans[inf.from].end = inf.start - 1;
    spans[inf.id] = { start: inf.start, end: inf.end };
    explanations.push({ subject: 'section', id: inf.id, paragraph: inf.start, zh: `没有“${inf.title}”标题，但第${inf.start + 1}段起的内容${inf.why}，判为该部分（标题缺失），不当作重点分项。`, en: `No "${inf.title}" heading, but from paragraph ${inf.start + 1} the content reads as that section; taken as it, not as focus items.` });
  }
  const headingMissing = new Set(inferred.map((x) => x.id));
  // A closing formula, a signature or site metadata at the end of a section is not part of it.
  for (const sp of Object.values(spans)) while (sp.end > sp.start && (norm.nonContent[sp.end] || !ps[sp.end].text.trim())) sp.end--;

  for (const [id, sp] of Object.entries(spans)) for (let i = sp.start; i <= sp.end; i++) sectionOfParagraph[i] = id;

  // Section results, with order checked against the profile (longest increasing run stays "present").
  const present = profile.sections
    .map((s, order) => ({ s, order, span: spans[s.id] }))
    .filter((x) => x.span)
    .sort((a, b) => a.span.start - b.span.start);
  const inOrder = lisPositions(present.map((x) => x.order));
  const misordered = new Set(present.filter((_, i) => !inOrder.has(i)).map((x) => x.s.id));
  const sections: SectionResult[] = profile.sections.map((s) => {
    const span = spans[s.id];
    return {
      id: s.id,
      title: s.title,
      required: s.required,
      status: !span ? 'missing' : misordered.has(s.id) ? 'misordered' : 'present',
      paragraph: span ? span.start : null,
      endParagraph: span ? span.end : null,
      ...(headingMissing.has(s.id) ? { headingMissing: true } : {}),
    };
  });
  for (const s of profile.sections) {
    if (spans[s.id]) continue;
    explanations.push({ subject: 'section', id: s.id, paragraph: null, zh: s.kind === 'preamble' ? '没有找到开篇：第一个一级标题之前没有成段的正文。' : `没有找到“${s.title}”：没有一级标题含这一部分的概念或配置的标题，也没有读作这一部分的内容。`, en: `No "${s.title}" section found.` });
  }
  const suggested = suggestHeadings(profile, spans, level1, headingMissing);
  return { title, headings, sections, spans, sectionOfParagraph, usedHeadings: new Set(sectionAt.keys()), suggested, kind: reportKind(doc), explanations };
}

const FORM_RANK: Record<string, number> = { 'cn-dun': 1, 'cn-dot': 1, 'cn-paren': 2, 'ar-dot': 3, 'ar-dun': 3, 'ar-paren': 4 };

/** Numbered headings with their levels ranked by the forms the document uses (一、 > （一） > 1. > （1）); null when unchanged. */
function relevel(outline: readonly Heading[]): Heading[] | null {
  const ranks = [...new Set(outline.filter((h) => h.source !== 'style').map((h) => FORM_RANK[h.form]).filter((r) => r !== undefined))].sort((a, b) => a - b);
  if (!ranks.length || ranks[0] === 1) return null;
  const levelOf = new Map(ranks.map((r, k) => [r, Math.min(3, k + 1) as 1 | 2 | 3]));
  return outline.map((h) => (h.source === 'style' || FORM_RANK[h.form] === undefined ? h : { ...h, level: levelOf.get(FORM_RANK[h.form]) as 1 | 2 | 3 }));
}

/**
 * The heading to suggest for each missing or heading-less section, numbered from the document's own numbering:
 * the number after the previous top-level heading in the document (or before the next one), in its form.
 */
function suggestHeadings(profile: Profile, spans: Record<string, Span>, level1: readonly Heading[], headingMissing: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  const numbered = level1.filter((h) => h.number !== null);
  for (const s of profile.sections) {
    if (s.kind !== 'heading' || (spans[s.id] && !headingMissing.has(s.id))) continue;
    let at: number;
    if (spans[s.id]) at = spans[s.id].start;
    else {
      const order = profile.sections.indexOf(s);
      const prev = profile.sections.slice(0, order).reverse().find((x) => spans[x.id]);
      at = prev ? spans[prev.id].end + 1 : 0;
    }
    const before = numbered.filter((h) => h.paragraph < at).pop();
    const after = numbered.find((h) => h.paragraph >= at);
    const form = before?.form ?? after?.form ?? 'cn-dun';
    const num = before ? (before.number as number) + 1 : after ? Math.max(1, (after.number as number) - 1) : 1;
    out[s.id] = `${formatMarker(form === 'style' ? 'cn-dun' : form, num)}${s.title}`;
  }
  return out;
}
