/** Loads the engine chunk once; the first call starts the download. */
import * as React from 'react';

export type Engine = typeof import('./engine');

let pending: Promise<Engine> | null = null;
let loaded: Engine | null = null;

export function loadEngine(): Promise<Engine> {
  pending ??= import(/* webpackChunkName: "engine" */ './engine').then((m) => (loaded = m));
  return pending;
}

/** The engine once loaded (null before); starts loading on first use. */
export function useEngine(): Engine | null {
  const [engine, setEngine] = React.useState<Engine | null>(loaded);
  React.useEffect(() => {
    if (engine) return;
    let live = true;
    loadEngine().then((m) => live && setEngine(m));
    return () => {
      live = false;
    };
  }, [engine]);
  return engine;
}
