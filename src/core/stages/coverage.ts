/**
 * Stage 5, coverage: addressed / weak / missing for every focus area and aspect, with the evidence. For a profile
 * with focus areas, each block is assigned to its area and each aspect is scored on the writer's own words (not the
 * restated requirement, a heading or a placeholder). For a generic profile each item is one area; an item whose
 * own words only repeat the framework's wording — no own subject (我/我们/班子…) with a concrete fault, example,
 * time or number — is weak, with the reason.
 */
import type { DocModel } from '../model';
import type { AspectSpec, FocusAreaSpec, Matcher } from '../profile';
import type { Analysis, FocusBlock } from '../analysis';
import type { AspectResult, CoverageStatus, FocusAreaResult } from '../result';
import type { Explanation } from './explanation';
import { PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN } from '../plan';
import { excerpt, normalizeForMatch, score, scoreEach, toHalfWidth } from '../text';

/** Score a block must reach to be assigned to a focus area. */
const FOCUS_THRESHOLD = 2;
/** Score an aspect must reach in the writer's own words to be "addressed". */
const ASPECT_THRESHOLD = 2;
const RE_CLAUSE = /有没有[^。；;!?！？]*?等?问题/g;

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
  // "在理论学习方面，…" / "一是在…上，…": the lead-in names the item, the rest is the writer's.
  const lead = /^\s*(?:[一二三四五六七八九十]{1,2}是)?在[^，。,；;：:]{2,24}?(?:方面|上)[，,：:]/.exec(s);
  if (lead) return lead[0].length;
  return 0;
}

export function derivedAspectMatchers(a: AspectSpec): Matcher[] {
  const out: Matcher[] = [];
  const m = /在(.+?)(?:上|中|方面)?有没有(.+?)等?问题/.exec(a.requirement);
  if (m) for (const term of m[2].split(/[、，,]/)) if (term.trim().length >= 2) out.push({ text: term.trim(), weight: 2 });
  return out;
}

function aspectMatchers(a: AspectSpec): Matcher[] {
  return [...a.keywords, ...derivedAspectMatchers(a)];
}

export function assignBlocks(blocks: FocusBlock[], areas: readonly FocusAreaSpec[], head: (i: number) => string, own: (i: number) => string): void {
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

export function coverFocus(
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
  // The block's own words as a whole: a finding of the writer's own, or only the framework's wording restated?
  if (blocks.length) {
    let own = '';
    for (const i of paras) own += ownText(i);
    const framework = [f.title, f.requirement, ...(f.headingTitle ? [f.headingTitle] : []), ...f.aspects.map((a) => a.title), ...blocks.map((b) => b.title)];
    const found = ownFinding(own, framework);
    aspects.forEach((a, k) => {
      if (a.status === 'addressed' && !found.ok) {
        // Restated only (in every profile): the keywords are there, but only as the framework's own wording.
        aspects[k] = { ...a, status: 'weak', reason: 'restated', evidence: excerpt(own.trim()) };
      } else if (f.aspects.length === 1 && a.status !== 'addressed' && a.reason !== 'placeholder' && found.ok) {
        // A one-aspect area whose item heading named it: the writer's own finding under that heading addresses it,
        // whatever words it uses (a keyword list is never complete).
        const first = paras.find((i) => ownText(i).trim()) ?? paras[0];
        aspects[k] = { id: a.id, title: a.title, status: 'addressed', paragraphs: [first], evidence: excerpt(blankPlaceholders(texts[first]).trim()) };
      }
    });
  }
  const status: CoverageStatus = blocks.length === 0 ? 'missing' : aspects.every((a) => a.status === 'addressed') ? 'addressed' : 'weak';
  return { id: f.id, title: f.title, status, paragraph: blocks.length ? blocks[0].start : null, aspects };
}

/** Number of "有没有…等问题" clauses restated in the focus region (what a "十个方面问题" claim is checked against). */
export function countRestatedClauses(doc: DocModel, a: Pick<Analysis, 'blocks'>): number {
  let count = 0;
  for (const b of a.blocks) for (const [i, len] of b.restated) {
    if (len === 0) continue;
    const s = toHalfWidth(doc.paragraphs[i].text.slice(0, len));
    count += (s.match(RE_CLAUSE) ?? []).length;
  }
  return count;
}

/** A concrete example, time or number. */
const RE_CONCRETE = /\d|[一二三四五六七八九十两几]+\s*(次|个|项|篇|天|年|月|人|件|条|份|场|期|回|家|户|名)|比如|例如|譬如|有一次|曾经|今年|去年|上半年|下半年|年初|年底|月份/;
/** Words any restatement uses around the framework's own wording: left out when looking for the writer's own finding. */
const FILLER = ['习近平新时代中国特色社会主义思想', '习近平总书记重要讲话', '党的二十大精神', '党中央决策部署', '上级决策部署', '新形势新任务', '不相适应', '还有差距', '进一步', '有待', '还存在', '存在', '一定', '问题', '不够', '不足', '差距', '方面', '需要', '加强', '提升', '提高', '改进', '增强', '今后', '加以', '自己', '自身', '本人', '班子', '支部', '我们', '还有', '要求', '不强', '不高', '不到位', '规范', '精神', '意识', '合格', '党员', '一名', '对照', '带头', '离', '还', '的', '在', '我', '是', '和', '与', '上', '了', '中', '有', '较', '强', '要', '够', '把', '将'];

export interface OwnFinding {
  ok: boolean;
  /** zh-CN: what was found, or why nothing was. */
  why: string;
}

/**
 * Whether the writer's own words hold a finding of their own: a concrete example, time or number, or enough words
 * left once the framework's wording (`framework`: the item's title, the requirement) and the stock words of a
 * restatement (存在…不够的问题，需要进一步加强) are taken out. "在能力本领方面，自己还存在能力本领不足的问题，需要
 * 进一步提升" holds none.
 */
export function ownFinding(own: string, framework: readonly string[]): OwnFinding {
  const t = normalizeForMatch(own).replace(/[\p{P}\p{S}]/gu, '');
  if (t.length >= 8 && RE_CONCRETE.test(t)) return { ok: true, why: '有具体的事例、时间或数字' };
  if (t.length < 15) return { ok: false, why: `自己的话只有${t.length}个字` };
  // A restatement is short: past a few hundred characters there is always something of the writer's own.
  if (t.length > 400) return { ok: true, why: '有自己的具体表述' };
  // Take out every character covered by a two-character piece of the framework's wording, then the stock words.
  const pieces = new Set<string>();
  for (const f of framework) {
    const w = normalizeForMatch(f).replace(/[\p{P}\p{S}]/gu, '');
    for (let i = 0; i + 2 <= w.length; i++) pieces.add(w.slice(i, i + 2));
  }
  const covered = new Uint8Array(t.length);
  for (let i = 0; i + 2 <= t.length; i++) if (pieces.has(t.slice(i, i + 2))) covered[i] = covered[i + 1] = 1;
  let rest = '';
  for (let i = 0; i < t.length; i++) if (!covered[i]) rest += t[i];
  for (const w of FILLER) rest = rest.split(w).join('');
  if (rest.length < 12) return { ok: false, why: `只复述了要求的字样（除去要求的原话和“存在…不够的问题、需要进一步加强”之类，只剩“${rest}”），没有自己的具体问题、事例、时间或数字` };
  return { ok: true, why: '有自己的具体表述' };
}

/** Coverage of document-declared focus items (generic profile): one area per item, and the missing ones up to the declared count. */
export function coverDocumentItems(
  blocks: FocusBlock[],
  declared: number | null,
  ownText: (i: number) => string,
  placeholderParagraphs: ReadonlySet<number>,
): { focusAreas: FocusAreaResult[]; explanations: Explanation[] } {
  const explanations: Explanation[] = [];
  const focusAreas = blocks.map((b, k): FocusAreaResult => {
    b.focusId = `d${k + 1}`;
    let own = '';
    for (let i = b.start; i <= b.end; i++) own += ownText(i);
    const paras: number[] = [];
    for (let i = b.start; i <= b.end; i++) paras.push(i);
    const placeholder = paras.some((i) => placeholderParagraphs.has(i));
    const found = ownFinding(own, [b.title]);
    const status: CoverageStatus = found.ok && !placeholder ? 'addressed' : 'weak';
    const reason = placeholder ? ('placeholder' as const) : own.replace(/[\s\p{P}]/gu, '').length < 8 ? ('few-words' as const) : ('restated' as const);
    const aspect: AspectResult = { id: `d${k + 1}a`, title: b.title, status, paragraphs: paras, evidence: excerpt(own.trim() || b.title), ...(status === 'weak' ? { reason } : {}) };
    explanations.push({ subject: 'aspect', id: aspect.id, paragraph: b.start, zh: `分项“${b.title}”${status === 'addressed' ? '已查摆' : '较弱'}：${placeholder ? '只有未填写的占位' : found.why}。`, en: `Item "${b.title}": ${status}.` });
    return { id: `d${k + 1}`, title: b.title, status, paragraph: b.start, aspects: [aspect] };
  });
  if (declared !== null) {
    for (let k = blocks.length; k < declared; k++) {
      focusAreas.push({ id: `d${k + 1}`, title: `第${k + 1}个方面`, status: 'missing', paragraph: null, aspects: [{ id: `d${k + 1}a`, title: `第${k + 1}个方面`, status: 'missing', paragraphs: [] }] });
      explanations.push({ subject: 'focus', id: `d${k + 1}`, paragraph: null, zh: `开篇声明了${declared}个方面，问题部分只有${blocks.length}个分项：第${k + 1}个方面未查摆。`, en: `The opening declares ${declared}; item ${k + 1} is missing.` });
    }
  }
  return { focusAreas, explanations };
}

/** Explanations of a profile's focus-area coverage: how each aspect's status was reached. */
export function explainCoverage(areas: readonly FocusAreaResult[]): Explanation[] {
  const REASON: Record<string, string> = { restated: '只在复述的要求中出现', heading: '只在标题中出现', placeholder: '只有未填写的占位', 'few-words': '自己的话里只一笔带过' };
  const out: Explanation[] = [];
  for (const f of areas) {
    out.push({ subject: 'focus', id: f.id, paragraph: f.paragraph, zh: f.paragraph === null ? `“${f.title}”：问题部分没有讲这一方面的段落。` : `“${f.title}”从第${f.paragraph + 1}段开始（按段首和正文的关键词归入）。`, en: `"${f.title}": ${f.paragraph === null ? 'not found' : `from paragraph ${f.paragraph + 1}`}.` });
    for (const a of f.aspects) {
      const zh = a.status === 'addressed' ? `“${a.title}”已查摆：自己的话里有这一方面的关键词（第${a.paragraphs.map((i) => i + 1).join('、')}段）。` : a.status === 'weak' ? `“${a.title}”较弱：${REASON[a.reason ?? 'restated']}。` : `“${a.title}”未查摆：自己的话里没有这一方面的关键词。`;
      out.push({ subject: 'aspect', id: a.id, paragraph: a.paragraphs[0] ?? f.paragraph, zh, en: `Aspect "${a.title}": ${a.status}.` });
    }
  }
  return out;
}
