/**
 * The key concepts section headings are recognised by. Generic vocabulary of 对照检查材料 (no meeting's wording):
 * a heading is a section when it contains one of `words` and, when given, one of `with`, and none of `unless`.
 * A profile adds its own concepts per section (`sections[].concepts`) and keeps its titles and variants as extra
 * evidence. All words are simplified; headings are matched on their folded (simplified, half-width) form.
 */
import type { SectionSpec } from '../profile';
import { normalizeForMatch } from '../text';

export type ConceptId = 'problems' | 'causes' | 'measures' | 'study' | 'prior';

export interface Concept {
  words: readonly string[];
  with: readonly string[];
  unless: readonly string[];
  /** 'strong' identifies the section on its own; 'weak' only when nothing stronger matches. */
  strength: 'strong' | 'weak';
}

const LAST_YEAR = ['上年度', '上一年', '上年', '去年', '上次', '前次', '上一次'];

export const BUILTIN_CONCEPTS: Record<ConceptId, readonly Concept[]> = {
  problems: [
    { words: ['问题', '不足', '差距', '短板'], with: ['存在', '查摆', '检视', '主要', '突出', '对照检查', '具体表现', '表现', '查找', '剖析出', '方面'], unless: ['原因', '根源', '症结', '措施', ...LAST_YEAR], strength: 'strong' },
    { words: ['对照检查', '查摆', '检视', '自查'], with: ['情况', '问题'], unless: ['原因', '措施', ...LAST_YEAR], strength: 'strong' },
    { words: ['问题', '不足', '差距', '短板'], with: [], unless: ['原因', '根源', '症结', '措施', '整改', ...LAST_YEAR], strength: 'weak' },
  ],
  causes: [{ words: ['原因', '根源', '剖析', '症结', '根子'], with: [], unless: LAST_YEAR, strength: 'strong' }],
  measures: [
    { words: ['措施', '方向', '打算', '整改', '改进', '努力', '举措', '今后', '下步', '下一步'], with: [], unless: [...LAST_YEAR, '原因', '根源'], strength: 'strong' },
  ],
  study: [
    { words: ['学习'], with: ['情况', '体会', '研讨', '收获', '心得', '认识'], unless: ['问题', '不足', '差距', ...LAST_YEAR], strength: 'strong' },
    { words: ['学习'], with: [], unless: ['问题', '不足', '差距', '原因', '措施', ...LAST_YEAR], strength: 'weak' },
  ],
  prior: [{ words: LAST_YEAR, with: ['整改', '落实', '问题', '措施'], unless: [], strength: 'strong' }],
};

export const CONCEPT_IDS = Object.keys(BUILTIN_CONCEPTS) as ConceptId[];

/** The concepts of a profile section: its built-in concept (by `concept`, else by id) and the profile's own. */
export function conceptsOf(spec: SectionSpec): Concept[] {
  const id = spec.concept ?? (CONCEPT_IDS.includes(spec.id as ConceptId) ? (spec.id as ConceptId) : null);
  const own = spec.concepts.map((c): Concept => ({ words: c.words, with: c.with, unless: c.unless, strength: 'strong' }));
  return [...own, ...(id ? BUILTIN_CONCEPTS[id] : [])];
}

export interface ConceptMatch {
  strength: 'strong' | 'weak';
  /** The words found (for explanations). */
  words: string[];
}

/** The strongest concept of `concepts` that `title` matches, or null. */
export function matchConcepts(title: string, concepts: readonly Concept[]): ConceptMatch | null {
  const t = normalizeForMatch(title);
  let best: ConceptMatch | null = null;
  for (const c of concepts) {
    const w = c.words.find((x) => t.includes(x));
    if (!w) continue;
    if (c.unless.some((x) => t.includes(x))) continue;
    let q: string | undefined;
    if (c.with.length) {
      q = c.with.find((x) => x !== w && t.includes(x));
      if (!q) continue;
    }
    const m: ConceptMatch = { strength: c.strength, words: q ? [w, q] : [w] };
    if (!best || (best.strength === 'weak' && m.strength === 'strong')) best = m;
  }
  return best;
}

/** Score of a concept match: strong 8, weak 3 (a profile variant scores 10). */
export function conceptScore(m: ConceptMatch | null): number {
  return !m ? 0 : m.strength === 'strong' ? 8 : 3;
}

/** How many different built-in concepts a line names strongly ("存在的问题及整改措施" names two). */
export function conceptsNamed(title: string): ConceptId[] {
  const t = normalizeForMatch(title);
  const out: ConceptId[] = [];
  for (const id of CONCEPT_IDS) {
    const hit = BUILTIN_CONCEPTS[id].some((c) => c.strength === 'strong' && c.words.some((w) => t.includes(w)) && (!c.with.length || c.with.some((x) => t.includes(x))));
    if (hit) out.push(id);
  }
  // "整改措施" also says 整改 (measures) and "问题" may hide in "原因": only count concepts with distinct words.
  return out;
}
