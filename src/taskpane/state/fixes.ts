/**
 * Finding cards and their fixes, pure: which findings show as one card (a quote pair, all half-width
 * marks of a paragraph), the fixes a card applies together, the change shown before → after, and the
 * inverse used by 撤销. No React, no host.
 */
import type { DocModel, Finding, Fix } from '../../core';

/** The fixes of a finding: several applied together (`fixes`, from the engine) or its single `fix`. */
export function fixesOf(f: Finding): Fix[] {
  const many = (f as Finding & { fixes?: Fix[] }).fixes;
  if (many && many.length) return [...many];
  return f.fix ? [f.fix] : [];
}

/** One card in the findings list: one finding, or the fixable findings of one rule in one paragraph. */
export interface Card {
  key: string;
  findings: Finding[];
  /** All fixes of the card, by start, overlapping ones dropped. */
  fixes: Fix[];
  ruleId: string;
  paragraph: number | null;
  start?: number;
  length?: number;
}

function sortFixes(fixes: Fix[]): Fix[] {
  const out: Fix[] = [];
  for (const fx of [...fixes].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && fx.start < last.start + last.length) continue; // overlapping: keep the first
    if (last && fx.start === last.start && fx.length === 0 && last.length === 0) continue;
    out.push(fx);
  }
  return out;
}

/**
 * Findings as cards. Fixable findings of the same rule in the same paragraph become one card (the two
 * marks of a quote pair, every half-width mark of a paragraph); the rest stay one card each. Card order
 * follows the first finding of each card.
 */
export function toCards(findings: readonly Finding[], keyOf: (f: Finding) => string): Card[] {
  const cards: Card[] = [];
  const byPara = new Map<string, Card>();
  for (const f of findings) {
    const fx = fixesOf(f);
    const joinKey = fx.length && f.paragraph !== null ? `${f.ruleId}\u0000${f.paragraph}` : null;
    const existing = joinKey ? byPara.get(joinKey) : undefined;
    if (existing) {
      existing.findings.push(f);
      existing.fixes = sortFixes([...existing.fixes, ...fx]);
      continue;
    }
    const card: Card = { key: keyOf(f), findings: [f], fixes: sortFixes(fx), ruleId: f.ruleId, paragraph: f.paragraph };
    if (f.start !== undefined) card.start = f.start;
    if (f.length !== undefined) card.length = f.length;
    cards.push(card);
    if (joinKey) byPara.set(joinKey, card);
  }
  for (const c of cards) {
    if (c.findings.length > 1 && c.fixes.length) {
      const first = c.fixes[0];
      const last = c.fixes[c.fixes.length - 1];
      c.start = first.start;
      c.length = last.start + last.length - first.start;
    }
  }
  return cards;
}

/** The text after applying non-overlapping fixes (sorted by start). */
export function applyTo(text: string, fixes: readonly Fix[]): string {
  let out = '';
  let at = 0;
  for (const f of sortFixes([...fixes])) {
    out += text.slice(at, f.start) + f.replacement;
    at = f.start + f.length;
  }
  return out + text.slice(at);
}

/**
 * Several fixes of one paragraph as one replacement spanning them all (one host call, one round trip):
 * the text between them is written back unchanged.
 */
export function mergeFixes(text: string, fixes: readonly Fix[]): Fix | null {
  const list = sortFixes([...fixes]);
  if (list.length === 0) return null;
  if (list.length === 1) return { ...list[0] };
  const start = list[0].start;
  const end = list[list.length - 1].start + list[list.length - 1].length;
  const shifted = list.map((f) => ({ ...f, start: f.start - start }));
  return { start, length: end - start, replacement: applyTo(text.slice(start, end), shifted) };
}

/** The fix that undoes `fix` on the text it produced. */
export function inverseFix(before: string, fix: Fix): Fix {
  return { start: fix.start, length: fix.replacement.length, replacement: before.slice(fix.start, fix.start + fix.length) };
}

/** A piece of a before/after line: `changed` pieces are marked. */
export interface Piece {
  text: string;
  changed: boolean;
}

export interface Change {
  before: Piece[];
  after: Piece[];
}

/**
 * The change a card makes, in context: `margin` characters either side of the changed span, cut at
 * the paragraph's ends (an ellipsis marks a cut), the changed characters marked on both sides.
 * 解决"四风"问题 → 解决“四风”问题.
 */
export function changeInContext(text: string, fixes: readonly Fix[], margin = 8): Change | null {
  const list = sortFixes([...fixes]).filter((f) => f.start >= 0 && f.start + f.length <= text.length);
  if (list.length === 0) return null;
  const from = Math.max(0, list[0].start - margin);
  const lastEnd = list[list.length - 1].start + list[list.length - 1].length;
  const to = Math.min(text.length, lastEnd + margin);
  const before: Piece[] = [];
  const after: Piece[] = [];
  const lead = from > 0 ? '…' : '';
  const push = (arr: Piece[], t: string, changed: boolean) => {
    if (!t) return;
    const prev = arr[arr.length - 1];
    if (prev && prev.changed === changed) prev.text += t;
    else arr.push({ text: t, changed });
  };
  push(before, lead, false);
  push(after, lead, false);
  let at = from;
  for (const f of list) {
    const same = text.slice(at, f.start);
    push(before, same, false);
    push(after, same, false);
    push(before, text.slice(f.start, f.start + f.length), true);
    push(after, f.replacement, true);
    at = f.start + f.length;
  }
  const tail = text.slice(at, to) + (to < text.length ? '…' : '');
  push(before, tail, false);
  push(after, tail, false);
  return { before, after };
}

/** The change of a card against the document as checked, else the engine's own context, else none. */
export function cardChange(card: Card, doc: DocModel | null, margin = 8): Change | null {
  return cardChangeIn(card, card.paragraph !== null ? doc?.paragraphs[card.paragraph]?.text : undefined, margin);
}

/** cardChange, given the text of the card's paragraph (undefined: none). */
export function cardChangeIn(card: Card, text: string | undefined, margin = 8): Change | null {
  if (text !== undefined && card.fixes.length) return changeInContext(text, card.fixes, margin);
  const ctx = (card.findings[0] as Finding & { context?: { before: string; after: string } }).context;
  if (ctx && typeof ctx.before === 'string' && typeof ctx.after === 'string') {
    return { before: [{ text: ctx.before, changed: false }], after: [{ text: ctx.after, changed: false }] };
  }
  return null;
}

/** A short summary of what a card's fix changed, e.g. `"四风" → “四风”`. */
export function changeLabel(change: Change | null): string {
  if (!change) return '';
  const pick = (p: Piece[]) => p.map((x) => x.text).join('').replace(/^…|…$/g, '');
  return `${pick(change.before)} → ${pick(change.after)}`;
}

const sameFix = (a: Fix, b: Fix) => a.start === b.start && a.length === b.length && a.replacement === b.replacement;

function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  const ca = (a as Finding & { context?: { before: string; after: string } }).context;
  const cb = (b as Finding & { context?: { before: string; after: string } }).context;
  return (
    a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.messageEn === b.messageEn &&
    a.paragraph === b.paragraph &&
    a.start === b.start &&
    a.length === b.length &&
    ca?.before === cb?.before &&
    ca?.after === cb?.after
  );
}

/**
 * Two cards show the same thing (same key, findings and fixes): a re-check that found the same can keep
 * the old card object, so a memoised card view does not render again.
 */
export function sameCard(a: Card, b: Card): boolean {
  if (a === b) return true;
  if (a.key !== b.key || a.ruleId !== b.ruleId || a.paragraph !== b.paragraph || a.start !== b.start || a.length !== b.length) return false;
  if (a.findings.length !== b.findings.length || a.fixes.length !== b.fixes.length) return false;
  for (let i = 0; i < a.findings.length; i++) if (!sameFinding(a.findings[i], b.findings[i])) return false;
  for (let i = 0; i < a.fixes.length; i++) if (!sameFix(a.fixes[i], b.fixes[i])) return false;
  return true;
}
