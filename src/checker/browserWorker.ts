/**
 * The checker's default WorkClient: the engine worker started from a Blob URL (it works from file:// too,
 * where a worker script file may not be loaded), with work.ts on the main thread as the fallback.
 * `checker.html?engine=main` keeps everything on the main thread (diagnostics, and the e2e comparison).
 */
import { loadWork } from './loadWork';
import { createWorkClient, type WorkClient } from './workClient';

let url: string | null = null;

async function startWorker(): Promise<Worker> {
  if (typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL.createObjectURL !== 'function') throw new Error('no Web Worker here');
  if (typeof location !== 'undefined' && new URLSearchParams(location.search).get('engine') === 'main') throw new Error('engine=main');
  if (!url) {
    const { default: source } = await import(/* webpackChunkName: "checker-worker" */ 'xingshen-checker-worker');
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  }
  return new Worker(url, { name: 'xingshen-checker' });
}

let shared: WorkClient | null = null;

/** One client per page (the worker is started on the first call). */
export function browserWorkClient(): WorkClient {
  shared ??= createWorkClient({ makeWorker: startWorker, main: loadWork });
  return shared;
}
