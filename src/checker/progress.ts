/**
 * Where the checker's work stands, kept outside React state: progress messages arrive for every rule of
 * every file, and only the progress bar may re-render for them, not the page with its batch table.
 */
import type { WorkProgress } from './work';

export interface Progress {
  /** 'read': a batch being read and checked; 'recheck': the opened files re-checked with another profile. */
  kind: 'read' | 'recheck';
  /** This file is the n-th of total (1-based). */
  n: number;
  total: number;
  name: string;
  /** Inside this file: read, analysis, rules i/N, done. */
  step: WorkProgress | null;
}

export interface ProgressState {
  read: Progress | null;
  recheck: Progress | null;
}

export interface ProgressStore {
  get(): ProgressState;
  set(kind: Progress['kind'], p: Progress | null): void;
  /** Updates the step of the file in progress. */
  step(kind: Progress['kind'], step: WorkProgress): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let state: ProgressState = { read: null, recheck: null };
  const listeners = new Set<() => void>();
  const emit = (s: ProgressState) => {
    state = s;
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    set: (kind, p) => emit({ ...state, [kind]: p }),
    step: (kind, step) => {
      const cur = state[kind];
      if (cur) emit({ ...state, [kind]: { ...cur, step } });
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/** How far one file is, 0…1: reading counts as the first 5 %, the engine's steps as the rest. */
export function stepFraction(step: WorkProgress | null): number {
  if (!step) return 0;
  if (step.stage === 'read') return 0.05;
  if (step.stage === 'done') return 1;
  return 0.05 + 0.95 * (step.total > 0 ? Math.min(1, step.done / step.total) : 0);
}

/** How far the whole task is, 0…1. */
export function overall(p: Progress): number {
  return Math.min(1, Math.max(0, (p.n - 1 + stepFraction(p.step)) / Math.max(1, p.total)));
}
