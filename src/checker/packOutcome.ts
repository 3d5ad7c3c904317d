/**
 * A check's outcome in pieces that cross postMessage as several short tasks instead of one long one: the
 * findings and the finding cards go in chunks of CHUNK, each its own message, and the rest (summary,
 * sections, focus areas, the card groups as indexes) last. Taking in one 5,000-paragraph result with ~2,000
 * findings and their cards cost the page 50–110 ms in one task on a busy machine.
 * Exact: unpackOutcome(packOutcome(o)) deep-equals o, and the cards refer to the result's own findings.
 */
import type { Finding } from '../core';
import type { GroupId } from '../core/groups';
import type { Card } from '../taskpane/state/fixes';
import type { FindingsView } from '../taskpane/state/select';
import type { Outcome } from './work';

export const CHUNK = 250;

export type PackedCard = Omit<Card, 'findings'> & { findings: number[] };

/** The outcome without its findings and cards; the view's lists as indexes. */
export interface PackedHead {
  outcome: Omit<Outcome, 'result' | 'view'> & { result: Omit<Outcome['result'], 'findings'> };
  findings: number;
  view?: Omit<FindingsView, 'cards' | 'groups' | 'shown' | 'order'> & {
    cards: number;
    groups: { group: GroupId; cards: number[] }[];
    /** Indexes into groups. */
    shown: number[];
    order: number[];
  };
}

export interface PackedOutcome {
  head: PackedHead;
  findingChunks: Finding[][];
  cardChunks: PackedCard[][];
}

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

export function packOutcome(o: Outcome): PackedOutcome {
  const { result, view, ...restOutcome } = o;
  const { findings, ...restResult } = result;
  const fIndex = new Map<Finding, number>(findings.map((f, i) => [f, i]));
  const findingOf = (f: Finding) => {
    const i = fIndex.get(f);
    if (i === undefined) throw new Error('a card refers to a finding not in the result');
    return i;
  };
  const head: PackedHead = { outcome: { ...restOutcome, result: restResult }, findings: findings.length };
  let cards: PackedCard[] = [];
  if (view) {
    const cIndex = new Map<Card, number>(view.cards.map((c, i) => [c, i]));
    const cardOf = (c: Card) => {
      const i = cIndex.get(c);
      if (i === undefined) throw new Error('a group refers to a card not in the list');
      return i;
    };
    cards = view.cards.map((c) => ({ ...c, findings: c.findings.map(findingOf) }));
    const { cards: _c, groups, shown, order, ...restView } = view;
    head.view = {
      ...restView,
      cards: view.cards.length,
      groups: groups.map((g) => ({ group: g.group, cards: g.cards.map(cardOf) })),
      shown: shown.map((g) => groups.indexOf(g)),
      order: order.map(cardOf),
    };
  }
  return { head, findingChunks: chunks(findings), cardChunks: chunks(cards) };
}

export function unpackOutcome(head: PackedHead, findingChunks: readonly Finding[][], cardChunks: readonly PackedCard[][]): Outcome {
  const findings = findingChunks.flat();
  if (findings.length !== head.findings) throw new Error(`outcome: ${findings.length} of ${head.findings} findings arrived`);
  const outcome: Outcome = { ...head.outcome, result: { ...head.outcome.result, findings } };
  if (head.view) {
    const packed = cardChunks.flat();
    if (packed.length !== head.view.cards) throw new Error(`outcome: ${packed.length} of ${head.view.cards} cards arrived`);
    const cards: Card[] = packed.map((c) => ({ ...c, findings: c.findings.map((i) => findings[i]) }));
    const groups = head.view.groups.map((g) => ({ group: g.group, cards: g.cards.map((i) => cards[i]) }));
    const { cards: _n, groups: _g, shown, order, ...rest } = head.view;
    outcome.view = { ...rest, cards, groups, shown: shown.map((i) => groups[i]), order: order.map((i) => cards[i]) };
  }
  return outcome;
}
