/** Loads the heavy chunk (readers, engine, profiles, fixer) once; the first call starts the download. */
export type Work = typeof import('./work');

let pending: Promise<Work> | null = null;

export function loadWork(): Promise<Work> {
  pending ??= import(/* webpackChunkName: "checker-engine" */ './work');
  return pending;
}
