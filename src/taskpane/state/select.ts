/** What the pane derives from its state, pure: the cards shown, counts per category and severity, navigation order. */
import type { DocModel, Finding, Severity } from '../../core';
import { GROUP_ORDER, groupOf, type GroupId } from '../../core/groups';
import { ignoreKey } from '../logic';
import { toCards, type Card } from './fixes';
import type { PaneState } from './pane';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function cardSeverity(c: Card): Severity {
  let s: Severity = 'info';
  for (const f of c.findings) if (RANK[f.severity] < RANK[s]) s = f.severity;
  return s;
}

export interface CardGroup {
  group: GroupId;
  cards: Card[];
}

export interface FindingsView {
  /** Every card not ignored, in display order (group, then severity, then document order). */
  cards: Card[];
  groups: CardGroup[];
  /** Cards per category, before the category filter. */
  counts: { group: GroupId; n: number }[];
  /** Cards per severity, before the category filter: these add up to the list. */
  severities: Record<Severity, number>;
  /** The groups shown (after the filter). */
  shown: CardGroup[];
  /** Cards with a paragraph, in document order, after the filter: what 上一处/下一处 step through. */
  order: Card[];
  /** Findings hidden by 忽略 (one by one), and by 忽略此类问题 (whole rules). */
  ignoredCount: number;
  ignoredByRule: number;
}

type Inputs = Pick<PaneState, 'outcome' | 'doc' | 'ignores' | 'ignoredRules' | 'filter'>;

/**
 * ignoreKey for many findings of one document, each paragraph's text normalised once: ignoreKey reads only
 * the first 48 non-space characters, so it is handed a document whose paragraph is just those (the same
 * key, by construction). A 5,000-paragraph report has thousands of findings in long paragraphs.
 */
export function ignoreKeyer(doc: DocModel | null): (f: Finding) => string {
  if (!doc) return (f) => ignoreKey(f, null);
  const prefixes: { text: string }[] = [];
  const short = { paragraphs: prefixes } as unknown as DocModel;
  return (f) => {
    const p = f.paragraph;
    if (p !== null && p >= 0 && p < doc.paragraphs.length && prefixes[p] === undefined) {
      prefixes[p] = { text: (doc.paragraphs[p]?.text ?? '').replace(/\s+/g, '').slice(0, 48) };
    }
    return ignoreKey(f, short);
  };
}

export function findingsView(s: Inputs): FindingsView {
  const all: readonly Finding[] = s.outcome?.result.findings ?? [];
  const keys = new Set(s.ignores);
  const rules = new Set(s.ignoredRules);
  const keyOf = ignoreKeyer(s.doc);
  const keyed = new Map<Finding, string>();
  const key = (f: Finding) => {
    let k = keyed.get(f);
    if (k === undefined) keyed.set(f, (k = keyOf(f)));
    return k;
  };
  let ignoredCount = 0;
  let ignoredByRule = 0;
  const kept: Finding[] = [];
  for (const f of all) {
    if (rules.has(f.ruleId)) ignoredByRule++;
    else if (keys.has(key(f))) ignoredCount++;
    else kept.push(f);
  }
  // Card keys are unique and stable across re-checks: the paragraph, the finding's ignore key, and a
  // counter for the rare twin (the same rule, message and place).
  const seen = new Map<string, number>();
  const cardKey = (f: Finding) => {
    const k = `${f.paragraph ?? '-'}|${key(f)}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n ? `${k}#${n}` : k;
  };
  const cards = toCards(kept, cardKey);
  const by = new Map<GroupId, Card[]>();
  for (const c of cards) {
    const g = groupOf(c.ruleId);
    const list = by.get(g) ?? [];
    list.push(c);
    by.set(g, list);
  }
  const docOrder = (a: Card, b: Card) => (a.paragraph ?? -1) - (b.paragraph ?? -1) || (a.start ?? -1) - (b.start ?? -1);
  const rank = new Map<Card, number>();
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const c of cards) {
    const sev = cardSeverity(c);
    severities[sev]++;
    rank.set(c, RANK[sev]);
  }
  const groups: CardGroup[] = GROUP_ORDER.filter((g) => by.has(g)).map((g) => ({
    group: g,
    cards: by.get(g)!.sort((a, b) => rank.get(a)! - rank.get(b)! || docOrder(a, b)),
  }));
  const shown = s.filter ? groups.filter((g) => g.group === s.filter) : groups;
  const order = shown
    .flatMap((g) => g.cards)
    .filter((c) => c.paragraph !== null)
    .sort(docOrder);
  return {
    cards,
    groups,
    counts: groups.map((g) => ({ group: g.group, n: g.cards.length })),
    severities,
    shown,
    order,
    ignoredCount,
    ignoredByRule,
  };
}

/**
 * The next (or previous) card in document order from the current one, wrapping at the ends. With no
 * current card (or one no longer listed) 下一处 starts at the first card, 上一处 at the last.
 */
export function step(order: readonly Card[], current: string | null, dir: 1 | -1): Card | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.findIndex((c) => c.key === current);
  if (i < 0) return dir === 1 ? order[0] : order[order.length - 1];
  return order[(i + dir + order.length) % order.length];
}

/** Where the current card stands in the order, 1-based (0 when none). */
export function position(order: readonly Card[], current: string | null): number {
  return current === null ? 0 : order.findIndex((c) => c.key === current) + 1;
}
