/**
 * The running check's progress, outside the pane's reducer: it changes a few dozen times per check, and
 * only the progress bar listens (the pane does not re-render for it). Pure: no React, no host.
 */
import type { CheckProgress } from '../../core';

export interface ProgressStore {
  get(): CheckProgress | null;
  set(p: CheckProgress | null): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let value: CheckProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(p) {
      if (p === value) return;
      value = p;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The share done, 0 … 1 (0 before the first report). */
export function progressRatio(p: CheckProgress | null): number {
  if (!p || p.total <= 0) return 0;
  return Math.min(1, Math.max(0, p.done / p.total));
}
