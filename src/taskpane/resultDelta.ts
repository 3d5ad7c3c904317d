/**
 * What the engine worker sends back after a re-check: the findings and explanations that changed since the
 * last result it sent, not all of them again (a 5,000-paragraph report has ~2,000 findings, ~700 KB to
 * structured-clone on the pane's main thread). Unchanged entries keep their objects on the main thread,
 * so memoised cards need not render again. Pure; the worker compares entries by their JSON (worker time).
 */
import type { CheckResult, Explanation, Finding } from '../core';
import type { CheckOutcome } from './engine';

export interface ListDelta<T> {
  length: number;
  changes: [number, T][];
}

/** The list as the worker last sent it, entry by entry (JSON), to compare the next one with. */
export type Signatures = { findings: string[]; explanations: string[]; rest: string };

/** The outcome without its two long lists, plus their changes against the last result sent. */
export interface OutcomeDelta {
  outcome: Omit<CheckOutcome, 'result'> & { result: Omit<CheckResult, 'findings' | 'explanations'> };
  findings: ListDelta<Finding>;
  explanations: ListDelta<Explanation> | null;
  /** Nothing at all changed: the main thread keeps the last outcome object. */
  same: boolean;
}

function listDelta<T>(base: readonly string[] | null, next: readonly T[], sigs: string[]): ListDelta<T> {
  const changes: [number, T][] = [];
  for (let i = 0; i < next.length; i++) {
    const s = JSON.stringify(next[i]);
    sigs.push(s);
    if (!base || base[i] !== s) changes.push([i, next[i]]);
  }
  return { length: next.length, changes };
}

export function applyListDelta<T>(base: readonly T[], d: ListDelta<T>): T[] {
  const out = base.slice(0, d.length);
  for (const [i, v] of d.changes) out[i] = v;
  return out;
}

/** In the worker: the delta of `o` against the last signatures (null: send everything), and the new signatures. */
export function outcomeDelta(o: CheckOutcome, last: Signatures | null): { delta: OutcomeDelta; sigs: Signatures } {
  const { findings, explanations, ...result } = o.result;
  const sigs: Signatures = { findings: [], explanations: [], rest: '' };
  const f = listDelta(last?.findings ?? null, findings, sigs.findings);
  const e = explanations ? listDelta(last?.explanations ?? null, explanations, sigs.explanations) : null;
  const outcome = { ...o, result };
  sigs.rest = JSON.stringify([outcome, !!explanations]);
  const same = !!last && f.changes.length === 0 && (e?.changes.length ?? 0) === 0 && last.findings.length === findings.length && last.explanations.length === (explanations?.length ?? 0) && last.rest === sigs.rest;
  return { delta: { outcome, findings: f, explanations: e, same }, sigs };
}

/** On the main thread: the outcome from the last one received (null: none) and a delta. */
export function applyOutcomeDelta(last: CheckOutcome | null, d: OutcomeDelta): CheckOutcome {
  if (d.same && last) return last;
  const findings = applyListDelta(last?.result.findings ?? [], d.findings);
  const result: CheckResult = { ...d.outcome.result, findings };
  if (d.explanations) result.explanations = applyListDelta(last?.result.explanations ?? [], d.explanations);
  return { ...d.outcome, result };
}
