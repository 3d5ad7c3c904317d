/**
 * Part of the sections stage: a section whose heading is missing but whose content is present. The content of a
 * missing section sits at the end of the section before it ("二、存在的问题" … （一）政治素养标准不高… with no
 * "三、原因分析" in between). It is recognised when the items there change kind or restart their numbering and
 * every item from there on reads as the missing section (causes: 思想根源, 党性修养, 理想信念…; measures: 一是要…,
 * 加强…); problems content is recognised in the opening when it holds （一） items.
 */
import type { DocModel } from '../model';
import type { Profile, SectionSpec } from '../profile';
import type { Heading, Span } from '../analysis';
import { normalizeForMatch, toHalfWidth } from '../text';
import type { ConceptId } from './concepts';

export interface InferredSection {
  id: string;
  title: string;
  /** The section whose span held the content. */
  from: string;
  start: number;
  end: number;
  /** Why, in zh-CN, for the explanation ("读作原因分析（含“党性”“宗旨”…）"). */
  why: string;
}

interface Item {
  paragraph: number;
  kind: 'h2' | 'h3' | 'series' | 'formula' | 'lead';
  number: number | null;
  /** Folded text the item is read by: its first 300 characters. */
  text: string;
  /** Folded text after the item marker, for how it begins. */
  lead: string;
}

const CN = '一二三四五六七八九十';
const RE_SERIES_START = new RegExp(`^\\s*([${CN}]{1,2})(是|要|则|来)`);
const RE_FORMULA = /^\s*(聚焦|对照|围绕)/;

const CAUSE_WORDS = ['原因', '根源', '根子', '症结', '究其', '思想认识', '自我要求', '放松', '淡化', '弱化', '松懈', '主观世界', '世界观', '改造', '初心', '理想信念', '信念', '党性', '修养', '宗旨', '为了谁', '群众观点', '纪律', '规矩', '党纪', '政治素养', '站位不高', '认识不足', '认识不到位', '精神之钙', '总开关', '自我革命'];
const STRONG_CAUSE = ['原因', '根源', '根子', '症结', '究其'];
/** A paragraph that opens the causes: "究其根源，…", "产生这些问题的原因…", "理想信念有所弱化。…". */
const RE_CAUSE_LEAD = /^\s*(究其(根源|原因|根本)|(产生|出现|存在)(以上|上述|这些)?问题的(主要|根本|深层次)?(原因|根源)|深挖(问题)?根源|剖析(问题)?(产生的)?根源|(理想信念|党性修养|宗旨意识|纪律规矩|思想根源|世界观)[^，。,]{0,6}(弱化|淡化|放松|松懈|不够|不牢|不强|有所|缺失|滑坡))/;
/** A paragraph that opens the measures: "下一步，我将…", "今后，班子要…". */
const RE_MEASURE_LEAD = /^\s*(下一步|下步|今后|针对(以上|上述|这些)问题)[，,]?\s*(我|我们|班子|支部|本人)?(将|要|决心|一定)/;
const RE_DEADLINE = /\d{4}\s*年(\d{1,2}\s*月)?(底|前|起|内)|年底前|月底前|季度|每月|每年|限期|责任人|牵头/;
const MEASURE_START = /^(\d{4}年|改进|改善|转变|加大|深化|树立|优化|完善|建立|健全|规范|落实|攻坚|压实|开展|组织|实行|实施|要|将|坚持|加强|强化|提高|提升|增强|树牢|筑牢|扎实|切实|持续|进一步|着力|深入|严格|始终|努力|坚决|全面|不断|把|以|在|做到|确保|从严|主动|自觉|带头|聚焦|突出|注重|狠抓|抓好|抓实|推动|推进|锤炼|锻造|践行|发扬|弘扬|恪守|坚守|牢记|牢固|勇于|敢于|善于|认真|积极)/;
const FAULT = /不够|不足|不强|不深|不到位|不高|欠缺|缺乏|薄弱|差距|不严|不实|不细|偏差|滞后|有待|松懈|淡化|弱化|问题/;

function itemsIn(doc: DocModel, span: Span, headings: readonly Heading[]): Item[] {
  const ps = doc.paragraphs;
  const headingAt = new Map(headings.map((h) => [h.paragraph, h]));
  const out: Item[] = [];
  for (let i = span.start + 1; i <= span.end; i++) {
    const p = ps[i];
    const h = headingAt.get(i);
    const text = normalizeForMatch(p.text.slice(0, 300));
    if (h && (h.level === 2 || h.level === 3)) {
      out.push({ paragraph: i, kind: h.level === 2 ? 'h2' : 'h3', number: h.number, text, lead: normalizeForMatch(h.title) });
      continue;
    }
    if (h) continue;
    const s = toHalfWidth(p.text);
    const m = RE_SERIES_START.exec(s);
    // A lead right under an item heading is that item's body ("（一）理想信念方面" / "理想信念不够坚定。…"), not a new section.
    let prevNonEmpty = i - 1;
    while (prevNonEmpty > span.start && !ps[prevNonEmpty].text.trim()) prevNonEmpty--;
    const prevHeading = headingAt.get(prevNonEmpty);
    const underHeading = prevHeading !== undefined && prevHeading.level > 1 && !prevHeading.runIn;
    if (!underHeading && (RE_CAUSE_LEAD.test(s) || RE_MEASURE_LEAD.test(s))) out.push({ paragraph: i, kind: 'lead', number: null, text, lead: normalizeForMatch(s.slice(0, 40)) });
    else if (m) out.push({ paragraph: i, kind: 'series', number: null, text, lead: normalizeForMatch(s.slice(m[0].length, m[0].length + 40)) });
    else if (RE_FORMULA.test(s)) out.push({ paragraph: i, kind: 'formula', number: null, text, lead: text.slice(0, 40) });
  }
  return out;
}

function causeHits(it: Item, extra: readonly string[]): string[] {
  const words = [...CAUSE_WORDS, ...extra];
  return [...new Set(words.filter((w) => it.text.includes(w)))];
}

/** Reads as the section beyond doubt: a cause word that names itself, or a deadline in a measure. */
function readsStrongly(concept: ConceptId, it: Item, extra: readonly string[]): boolean {
  if (!readsAs(concept, it, extra)) return false;
  if (concept === 'causes') return it.kind === 'lead' || causeHits(it, extra).length >= 2;
  if (concept === 'measures') return it.kind === 'lead' || RE_DEADLINE.test(it.text);
  return false;
}

function readsAs(concept: ConceptId, it: Item, extra: readonly string[]): boolean {
  if (it.kind === 'lead') return concept === 'causes' ? RE_CAUSE_LEAD.test(it.lead) : concept === 'measures' ? RE_MEASURE_LEAD.test(it.lead) : false;
  // "聚焦/对照/围绕…" paragraphs restate the framework: they are problems, never causes or measures.
  if (it.kind === 'formula' && concept !== 'problems') return false;
  if (concept === 'causes') {
    const hits = causeHits(it, extra);
    return hits.length >= 1 && (hits.length >= 2 || STRONG_CAUSE.some((w) => hits.includes(w)) || it.kind !== 'formula');
  }
  if (concept === 'measures') {
    const lead = it.lead.replace(/^(是|要)?/, (m) => (m === '要' ? '要' : ''));
    return MEASURE_START.test(lead) && !FAULT.test(lead.slice(0, 12));
  }
  if (concept === 'problems') return true; // any item after the opening paragraph (at least two （一） items, checked below)
  return false;
}

function boundary(a: Item, b: Item): boolean {
  if (a.kind !== b.kind) return true;
  return a.number !== null && b.number !== null && b.number <= a.number;
}

/** Words the profile lists for the cause angles (quality.causeAngles), which also say "this reads as causes". */
function causeAngleWords(profile: Profile): string[] {
  const angles = (profile.quality as { causeAngles?: { keywords?: unknown }[] }).causeAngles;
  if (!Array.isArray(angles)) return [];
  return angles.flatMap((a) => (Array.isArray(a.keywords) ? a.keywords.filter((k): k is string => typeof k === 'string').map(normalizeForMatch) : []));
}

/** The concept whose content can be recognised without its heading (problems, causes, measures), or null. */
function builtinConcept(spec: SectionSpec): ConceptId | null {
  const id = spec.concept ?? spec.id;
  return id === 'causes' || id === 'measures' || id === 'problems' ? id : null;
}

export function inferMissingHeadings(doc: DocModel, profile: Profile, spans: Record<string, Span>, headings: readonly Heading[]): InferredSection[] {
  const out: InferredSection[] = [];
  const extra = causeAngleWords(profile);
  for (const s of profile.sections) {
    if (s.kind !== 'heading' || spans[s.id]) continue;
    const concept = builtinConcept(s);
    if (!concept) continue;
    const order = profile.sections.indexOf(s);
    const prev = profile.sections.slice(0, order).reverse().find((x) => spans[x.id]);
    if (!prev) continue;
    const span = spans[prev.id];
    const fromPreamble = prev.kind === 'preamble';
    if (fromPreamble !== (concept === 'problems')) continue;
    const items = itemsIn(doc, span, headings);
    if (items.length === 0) continue;
    let k = -1;
    for (let j = fromPreamble ? 0 : 1; j < items.length; j++) {
      const suffix = items.slice(j);
      if (!suffix.every((it) => readsAs(concept, it, extra))) continue;
      const clear = fromPreamble ? suffix.filter((it) => it.kind === 'h2').length >= 2 : boundary(items[j - 1], items[j]) || (!readsAs(concept, items[j - 1], extra) && suffix.every((it) => readsStrongly(concept, it, extra)));
      if (clear) {
        k = j;
        break;
      }
    }
    if (k === -1) continue;
    let start = items[k].paragraph;
    // A lead-in sentence just before the first item ("究其原因，主要有以下几点：") belongs to the section too.
    const before = start - 1;
    if (before > span.start && /[：:]\s*$/.test(doc.paragraphs[before].text) && !items.some((it) => it.paragraph === before)) start = before;
    const hits = concept === 'causes' ? [...new Set(items.slice(k).flatMap((it) => causeHits(it, extra)))].slice(0, 4) : [];
    const why = concept === 'causes' ? `读作原因分析（含${hits.map((h) => `“${h}”`).join('')}等）` : concept === 'measures' ? '读作整改措施（以“要”“加强”“强化”等开头）' : '是开篇之后的（一）（二）分项，读作查摆的问题';
    out.push({ id: s.id, title: s.title, from: prev.id, start, end: span.end, why });
    spans[s.id] = { start, end: span.end }; // so a later missing section looks in this one
    span.end = start - 1;
  }
  // The caller re-applies the spans; undo the provisional edits so it sees what it passed in.
  for (const inf of [...out].reverse()) {
    spans[inf.from].end = inf.end;
    delete spans[inf.id];
  }
  return out;
}
