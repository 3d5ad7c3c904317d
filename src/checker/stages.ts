/**
 * Progressive mounting: a large result is shown part by part (verdict and summary first, then the
 * checklists, the findings, the document), each part rendered in its own macrotask and as a transition,
 * so that no single main-thread task does all of it.
 */
import * as React from 'react';

/** The parts of one file's result: 0 verdict + summary, 1 sections + focus areas, 2 findings, 3 the document. */
export const STAGES = 4;

/** Schedules `f` as its own macrotask (MessageChannel: not clamped like nested timeouts, not paused like rAF in a background tab). */
export function soon(f: () => void): () => void {
  if (typeof MessageChannel !== 'function') {
    const id = setTimeout(f, 0);
    return () => clearTimeout(id);
  }
  const ch = new MessageChannel();
  let live = true;
  ch.port1.onmessage = () => {
    if (live) f();
    ch.port1.close();
  };
  ch.port2.postMessage(null);
  return () => {
    live = false;
    ch.port1.close();
  };
}

/** How many of `count` parts are shown; starts over at 0 when `key` changes (a new result), then one more per macrotask. */
export function useStages(count: number, key: unknown): number {
  const [state, setState] = React.useState({ key, shown: 1 });
  let shown = state.shown;
  if (state.key !== key) {
    // A re-check of the same file keeps what is shown (no flicker); a first result starts with one part.
    shown = state.key === undefined || state.key === null ? 1 : state.shown;
    setState({ key, shown });
  }
  React.useEffect(() => {
    if (shown >= count) return;
    return soon(() => React.startTransition(() => setState((s) => ({ ...s, shown: Math.max(s.shown, shown + 1) }))));
  }, [shown, count]);
  return shown - 1;
}
