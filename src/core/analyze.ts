/** The analysis pass: outline, sections, focus-area coverage and declared counts. Pure and linear. */
import type { DocModel } from './model';
import type { AspectSpec, FocusAreaSpec, Matcher, Profile, SectionSpec } from './profile';
import type { Analysis, Claim, FocusBlock, Heading, Span } from './analysis';
import type { AspectResult, CoverageStatus, FocusAreaResult, SectionResult } from './result';
import { PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN } from './plan';
import { recogniseHeadings, recogniseSeries } from './outline';
import { Mark, paragraphMarks } from './marks';
import { excerpt, normalizeForMatch, parseChineseNumber, score, scoreEach, toHalfWidth } from './text';

/** Score a heading must reach to count as a profile section. */
const SECTION_THRESHOLD = 2;
/** Score a block must reach to be assigned to a focus area. */
const FOCUS_THRESHOLD = 2;
/** Score an aspect must reach in the writer's own words to be "addressed". */
const ASPECT_THRESHOLD = 2;

export function sectionScore(title: string, spec: SectionSpec): number {
  const t = normalizeForMatch(title);
  let best = 0;
  for (const v of [spec.title, ...spec.variants]) {
    const nv = normalizeForMatch(v);
    if (nv && t.includes(nv)) best = Math.max(best, 10 + nv.length / 100);
  }
  return best + score(t, spec.keywords).score;
}

/** Replaces our placeholders with spaces (offsets kept) so they never count as the writer's words. */
export function blankPlaceholders(text: string): string {
  let out = text;
  for (let i = out.indexOf(PLACEHOLDER_OPEN); i !== -1; i = out.indexOf(PLACEHOLDER_OPEN, i + 1)) {
    const close = out.indexOf(PLACEHOLDER_CLOSE, i + PLACEHOLDER_OPEN.length);
    const end = close === -1 ? out.length : close + PLACEHOLDER_CLOSE.length;
    out = out.slice(0, i) + ' '.repeat(end - i) + out.slice(end);
  }
  return out;
}

/**
 * Length of the restated requirement at the start of a focus paragraph: "聚焦…，深入查摆在…上有没有…等问题，
 * 在…有没有…等问题；" Words in it are the meeting's, not the writer's.
 */
export function restatedLength(text: string): number {
  const s = text; // every pattern below lists both widths of its punctuation: no conversion needed
  const firstStop = s.search(/[。!?！？]/);
  const head = firstStop === -1 ? s : s.slice(0, firstStop);
  const yes = head.indexOf('有没有');
  if (yes !== -1) {
    const last = head.lastIndexOf('等问题');
    if (last > yes) {
      let end = last + 3;
      while (end < s.length && /[，,；;：:。]/.test(s[end])) end++;
      return end;
    }
    // "…有没有…的问题" without 等
    const alt = head.lastIndexOf('问题');
    if (alt > yes) return alt + 2;
  }
  if (/^\s*(聚焦|对照|围绕)/.test(s)) {
    const comma = s.search(/[，,：:；;。]/);
    return comma === -1 ? s.length : comma + 1;
  }
  return 0;
}

// \s covers the ideographic space, so no half-width conversion is needed first.
const RE_FORMULA = /^\s*(聚焦|对照|围绕)/;
const RE_CLAUSE = /有没有[^。；;!?！？]*?等?问题/g;

function derivedAspectMatchers(a: AspectSpec): Matcher[] {
  const out: Matcher[] = [];
  const m = /在(.+?)(?:上|中|方面)?有没有(.+?)等?问题/.exec(a.requirement);
  if (m) for (const term of m[2].split(/[、，,]/)) if (term.trim().length >= 2) out.push({ text: term.trim(), weight: 2 });
  return out;
}

function aspectMatchers(a: AspectSpec): Matcher[] {
  return [...a.keywords, ...derivedAspectMatchers(a)];
}

const CLAIM_NOUNS = '重点方面|方面|聚焦|带头|突出问题|问题|重点';
const RE_CLAIM = new RegExp(`(^|[^一二三四五六七八九十两\\d])([一二三四五六七八九十两]{1,3}|\\d{1,2})\\s*个\\s*["“‘']?(${CLAIM_NOUNS})["”’']?(问题)?`, 'g');

export function findClaims(text: string, paragraph: number): Claim[] {
  const s = toHalfWidth(text);
  const out: Claim[] = [];
  RE_CLAIM.lastIndex = 0;
  for (let m = RE_CLAIM.exec(s); m; m = RE_CLAIM.exec(s)) {
    const n = parseChineseNumber(m[2].replace('两', '二'));
    if (!(n > 0)) continue;
    const start = m.index + m[1].length;
    const noun = m[3];
    // The claim as shown to people: without a closing quote the pattern may have taken along (“五个聚焦”).
    const raw = text.slice(start, start + m[0].length - m[1].length);
    const shown = raw.replace(/["”’']+$/, '');
    out.push({ paragraph, start, length: shown.length, count: n, noun, aboutProblems: Boolean(m[4]) || noun === '问题' || noun === '突出问题', text: shown });
  }
  return out;
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

const TITLE_WORDS = ['对照检查', '检视剖析', '检查材料', '发言提纲', '剖析材料', '个人对照', '发言材料'];

function findTitle(doc: DocModel, profile: Profile, firstHeading: number): number | null {
  const ps = doc.paragraphs;
  const first = ps.findIndex((p) => p.text.trim() !== '');
  if (first === -1 || (firstHeading !== -1 && first >= firstHeading)) return null;
  const p = ps[first];
  const t = p.text.trim();
  if (p.style === 'Title') return first;
  if (t.length > 60 || /[。：:]$/.test(t) || /。/.test(t)) return null;
  const words = [...TITLE_WORDS, ...(profile.title?.keywords ?? [])].map(normalizeForMatch);
  const nt = normalizeForMatch(t);
  return words.some((w) => nt.includes(w)) || t.length <= 30 ? first : null;
}

export function analyze(doc: DocModel, profile: Profile): Analysis {
  const ps = doc.paragraphs;
  const n = ps.length;
  const headings: Heading[] = recogniseHeadings(doc);
  const headingSpecs = profile.sections.filter((s) => s.kind === 'heading');

  // Unnumbered, unstyled short paragraphs that are clearly a section title ("存在的问题") count as level-1 headings.
  const isHeading = new Set(headings.map((h) => h.paragraph));
  for (let i = 0; i < n; i++) {
    const p = ps[i];
    if (isHeading.has(i) || p.inTable) continue;
    const t = p.text.trim();
    if (!t || t.length > 20 || /[。，,；;：:]/.test(t)) continue;
    if (headingSpecs.some((s) => sectionScore(t, s) >= 10)) {
      const lead = p.text.length - p.text.trimStart().length;
      headings.push({ paragraph: i, level: 1, number: null, form: 'style', source: 'style', marker: '', markerStart: 0, markerLength: 0, title: t, titleStart: lead, runIn: false });
    }
  }
  headings.sort((a, b) => a.paragraph - b.paragraph);
  const level1 = headings.filter((h) => h.level === 1);

  // Assign level-1 headings to sections: best scores first, each heading and section once.
  const pairs: { h: Heading; s: SectionSpec; score: number }[] = [];
  for (const h of level1) for (const s of headingSpecs) {
    const sc = sectionScore(h.title, s);
    if (sc >= SECTION_THRESHOLD) pairs.push({ h, s, score: sc });
  }
  pairs.sort((a, b) => b.score - a.score || a.h.paragraph - b.h.paragraph);
  const headingOf = new Map<string, Heading>();
  const usedHeadings = new Set<number>();
  for (const { h, s } of pairs) {
    if (headingOf.has(s.id) || usedHeadings.has(h.paragraph)) continue;
    headingOf.set(s.id, h);
    usedHeadings.add(h.paragraph);
  }

  const firstL1 = level1.length ? level1[0].paragraph : -1;
  const title = findTitle(doc, profile, firstL1);
  const spans: Record<string, Span> = {};
  const sectionOfParagraph: (string | null)[] = new Array(n).fill(null);

  // Preamble: substantive text after the title and before the first level-1 heading.
  const preSpec = profile.sections.find((s) => s.kind === 'preamble');
  const preEnd = firstL1 === -1 ? n - 1 : firstL1 - 1;
  const preStart = title === null ? 0 : title + 1;
  let preFirst = -1;
  for (let i = preStart; i <= preEnd; i++) {
    const t = ps[i].text.trim();
    if (t.length >= 20 || /如下[：:。.]?$/.test(t)) {
      preFirst = i;
      break;
    }
  }
  if (preSpec && preFirst !== -1) {
    spans[preSpec.id] = { start: preFirst, end: preEnd };
    for (let i = preFirst; i <= preEnd; i++) sectionOfParagraph[i] = preSpec.id;
  }

  for (let k = 0; k < level1.length; k++) {
    const h = level1[k];
    const end = k + 1 < level1.length ? level1[k + 1].paragraph - 1 : n - 1;
    const entry = [...headingOf.entries()].find(([, hh]) => hh === h);
    if (!entry) continue;
    spans[entry[0]] = { start: h.paragraph, end };
    for (let i = h.paragraph; i <= end; i++) sectionOfParagraph[i] = entry[0];
  }

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
    };
  });

  // The region that holds focus areas: the problems section, or whatever no other section claims.
  const holder = profile.sections.find((s) => s.holdsFocusAreas);
  const region: number[] = [];
  if (holder && spans[holder.id]) {
    for (let i = spans[holder.id].start + 1; i <= spans[holder.id].end; i++) region.push(i);
  } else {
    for (let i = 0; i < n; i++) if (sectionOfParagraph[i] === null && i !== title && !usedHeadings.has(i) && (firstL1 === -1 || i > firstL1)) region.push(i);
  }
  const marks = paragraphMarks(ps);
  const placeholderParagraphs = new Set<number>();
  marks.forEach((m, i) => {
    if (m & Mark.placeholder) placeholderParagraphs.add(i);
  });

  const headingAt = new Map(headings.map((h) => [h.paragraph, h]));
  const blocks = findBlocks(doc, region, headingAt);
  const restatedCache = new Map<number, number>();
  const restated = (i: number) => {
    let r = restatedCache.get(i);
    if (r === undefined) restatedCache.set(i, (r = restatedLength(ps[i].text)));
    return r;
  };
  for (const b of blocks) for (let i = b.start; i <= b.end; i++) if (!headingAt.has(i)) b.restated.set(i, restated(i));

  /** The writer's own words in a paragraph of a block: no heading title, no restatement, no placeholder. */
  const ownText = (i: number): string => {
    const p = ps[i];
    const h = headingAt.get(i);
    let from = 0;
    if (h) {
      if (!h.runIn) return '';
      from = p.text.indexOf(h.title, h.titleStart) + h.title.length;
    } else from = restated(i);
    return blankPlaceholders(p.text.slice(from));
  };
  const restatedText = (i: number): string => {
    const h = headingAt.get(i);
    if (h) return h.title;
    return ps[i].text.slice(0, restated(i));
  };
  // Block assignment and coverage both match against the writer's own words: normalise them once.
  const ownNormCache = new Map<number, string>();
  const ownNorm = (i: number): string => {
    let r = ownNormCache.get(i);
    if (r === undefined) ownNormCache.set(i, (r = normalizeForMatch(ownText(i))));
    return r;
  };

  let focusAreas: FocusAreaResult[];
  let declaredFocusCount: number | null = null;
  const claims: Claim[] = [];
  if (preSpec && spans[preSpec.id]) for (let i = spans[preSpec.id].start; i <= spans[preSpec.id].end; i++) claims.push(...findClaims(ps[i].text, i));

  if (!profile.focusFromDocument) {
    assignBlocks(blocks, profile.focusAreas, (i) => normalizeForMatch(restatedText(i) || ps[i].text.slice(0, 80)), ownNorm);
    const texts = ps.map((p) => p.text);
    focusAreas = profile.focusAreas.map((f) => coverFocus(f, blocks.filter((b) => b.focusId === f.id), ownText, ownNorm, restatedText, texts));
  } else {
    const declared = claims.find((c) => !c.aboutProblems);
    declaredFocusCount = declared ? declared.count : null;
    focusAreas = blocks.map((b, k) => {
      b.focusId = `d${k + 1}`;
      let own = '';
      for (let i = b.start; i <= b.end; i++) own += ownText(i);
      const words = own.replace(/[\s\p{P}]/gu, '').length;
      const status: CoverageStatus = words >= 15 ? 'addressed' : 'weak';
      const paras = range(b.start, b.end);
      const aspect: AspectResult = { id: `d${k + 1}a`, title: b.title, status, paragraphs: paras, evidence: excerpt(own.trim() || b.title), ...(status === 'weak' ? { reason: placeholderIn(paras, placeholderParagraphs) ? ('placeholder' as const) : ('few-words' as const) } : {}) };
      return { id: `d${k + 1}`, title: b.title, status, paragraph: b.start, aspects: [aspect] };
    });
    if (declaredFocusCount !== null) {
      for (let k = blocks.length; k < declaredFocusCount; k++) {
        focusAreas.push({ id: `d${k + 1}`, title: `第${k + 1}个方面`, status: 'missing', paragraph: null, aspects: [{ id: `d${k + 1}a`, title: `第${k + 1}个方面`, status: 'missing', paragraphs: [] }] });
      }
    }
  }

  return {
    headings,
    series: recogniseSeries(doc, headings),
    title,
    sections,
    spans,
    sectionOfParagraph,
    focusAreas,
    blocks,
    claims,
    declaredFocusCount,
    placeholderParagraphs,
    marks,
  };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

function placeholderIn(paras: number[], set: Set<number>): boolean {
  return paras.some((i) => set.has(i));
}

/** Splits the focus region into blocks: by level-2 headings, else 聚焦 paragraphs, else level-3 headings, else paragraphs. */
function findBlocks(doc: DocModel, region: number[], headingAt: Map<number, Heading>): FocusBlock[] {
  const ps = doc.paragraphs;
  const nonEmpty = region.filter((i) => ps[i].text.trim() !== '' || headingAt.has(i));
  const kinds: { kind: FocusBlock['kind']; starts: number[] }[] = [
    { kind: 'heading', starts: nonEmpty.filter((i) => headingAt.get(i)?.level === 2) },
    { kind: 'formula', starts: nonEmpty.filter((i) => !headingAt.has(i) && RE_FORMULA.test(ps[i].text)) },
    { kind: 'heading', starts: nonEmpty.filter((i) => headingAt.get(i)?.level === 3) },
  ];
  const chosen = kinds.find((k) => k.starts.length > 0);
  const blocks: FocusBlock[] = [];
  const mk = (start: number, end: number, kind: FocusBlock['kind']): FocusBlock => {
    const h = headingAt.get(start);
    const t = h ? h.title : ps[start].text.trim();
    const cut = h ? t : t.slice(0, Math.max(0, toHalfWidth(t).search(/[，,。；;]/))) || t;
    return { start, end, kind, focusId: null, restated: new Map(), title: excerpt(cut, 0, 40) };
  };
  if (!chosen) {
    for (const i of nonEmpty) blocks.push(mk(i, i, 'paragraph'));
    return blocks;
  }
  const last = region.length ? region[region.length - 1] : -1;
  chosen.starts.forEach((s, k) => {
    const next = k + 1 < chosen.starts.length ? chosen.starts[k + 1] - 1 : last;
    let end = next;
    while (end > s && ps[end].text.trim() === '') end--;
    blocks.push(mk(s, end, chosen.kind));
  });
  return blocks;
}

/** Assigns each block to its best focus area (head words count double); unmatched plain paragraphs continue the previous block. */
function assignBlocks(blocks: FocusBlock[], areas: readonly FocusAreaSpec[], head: (i: number) => string, own: (i: number) => string): void {
  let prev: string | null = null;
  const scoreAll = scoreEach(areas.map((f) => f.keywords));
  for (const b of blocks) {
    let best: string | null = null;
    let bestScore = 0;
    const h = head(b.start);
    let body = '';
    for (let i = b.start; i <= b.end; i++) body += own(i);
    const inBody = scoreAll(body);
    for (const [k, f] of areas.entries()) {
      const sc = 2 * score(h, f.keywords).score + 0.5 * inBody[k];
      if (sc > bestScore) {
        bestScore = sc;
        best = f.id;
      }
    }
    if (bestScore >= FOCUS_THRESHOLD) b.focusId = best;
    else if (b.kind === 'paragraph') b.focusId = prev;
    prev = b.focusId;
  }
}

function coverFocus(
  f: FocusAreaSpec,
  blocks: FocusBlock[],
  ownText: (i: number) => string,
  ownNorm: (i: number) => string,
  restatedText: (i: number) => string,
  texts: string[],
): FocusAreaResult {
  const paras: number[] = [];
  for (const b of blocks) for (let i = b.start; i <= b.end; i++) paras.push(i);
  const own = new Map(paras.map((i) => [i, ownNorm(i)]));
  const restated = new Map(paras.map((i) => [i, normalizeForMatch(restatedText(i))]));
  const anyOwn = [...own.values()].some((t) => t.replace(/\p{P}/gu, '').length > 0);
  const aspects: AspectResult[] = f.aspects.map((a) => {
    const matchers = aspectMatchers(a);
    let total = 0;
    const seen = new Set<string>();
    const evidence: number[] = [];
    let bestPara = -1;
    let bestParaScore = 0;
    for (const i of paras) {
      const r = score(own.get(i) as string, matchers);
      let fresh = 0;
      for (const hit of r.hits) if (!seen.has(hit)) {
        seen.add(hit);
        fresh += matchers.find((m) => (m.text ?? m.regex) === hit)?.weight ?? 1;
      }
      total += fresh;
      if (r.score > 0) evidence.push(i);
      if (r.score > bestParaScore) {
        bestParaScore = r.score;
        bestPara = i;
      }
    }
    if (total >= ASPECT_THRESHOLD) {
      const t = texts[bestPara];
      return { id: a.id, title: a.title, status: 'addressed', paragraphs: evidence, evidence: excerpt(blankPlaceholders(t).trim(), Math.max(0, t.length - ownText(bestPara).length)) };
    }
    const titleWords: Matcher[] = [{ text: a.title, weight: 2 }, ...derivedAspectMatchers(a)];
    // Only the aspect's own title and required wording count as restating it (a focus heading such as
    // “在推动高质量发展方面” restates the area, not the aspect “工作推动”).
    const restatedIn = paras.filter((i) => score(restated.get(i) as string, titleWords).score > 0);
    if (total > 0) return { id: a.id, title: a.title, status: 'weak', reason: 'few-words', paragraphs: evidence, evidence: excerpt(texts[bestPara]) };
    if (restatedIn.length > 0) {
      const reason = restatedIn.some((i) => texts[i].includes(PLACEHOLDER_OPEN)) ? 'placeholder' : blocks.some((b) => b.kind === 'heading' && restatedIn.includes(b.start)) && !blocks.some((b) => b.kind === 'formula') ? 'heading' : 'restated';
      return { id: a.id, title: a.title, status: 'weak', reason, paragraphs: restatedIn, evidence: excerpt(texts[restatedIn[0]]) };
    }
    if (!anyOwn && paras.some((i) => texts[i].includes(PLACEHOLDER_OPEN))) return { id: a.id, title: a.title, status: 'weak', reason: 'placeholder', paragraphs: paras.slice(0, 1) };
    return { id: a.id, title: a.title, status: 'missing', paragraphs: [] };
  });
  const status: CoverageStatus = blocks.length === 0 ? 'missing' : aspects.every((a) => a.status === 'addressed') ? 'addressed' : 'weak';
  return { id: f.id, title: f.title, status, paragraph: blocks.length ? blocks[0].start : null, aspects };
}

/** Number of "有没有…等问题" clauses restated in the focus region (what a "十个方面问题" claim is checked against). */
export function countRestatedClauses(doc: DocModel, a: Analysis): number {
  let count = 0;
  for (const b of a.blocks) for (const [i, len] of b.restated) {
    if (len === 0) continue;
    const s = toHalfWidth(doc.paragraphs[i].text.slice(0, len));
    count += (s.match(RE_CLAUSE) ?? []).length;
  }
  return count;
}
