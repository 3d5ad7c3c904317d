/**
 * Checks the files of a batch, each within its own budget of time and memory: the files go one by
 * one to a worker_thread whose heap is capped. A file that exceeds the cap or the time limit stops
 * that worker only; the file gets a row saying so, a new worker takes the remaining files, and the
 * report still covers every file. One worker serves the whole batch in the common case, so a
 * 300-file run pays for one worker start (≈ 0.1 s), not 300.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { CheckSpec, FileResult } from './check-spec';
import type { WorkerReply, WorkerRequest } from './check-worker';

export interface FileBudget {
  /** Heap limit of the checking worker in MB (V8 old generation). */
  memoryMb: number;
  /** Time limit for one file in milliseconds. */
  timeoutMs: number;
}

/**
 * The default budget. A legitimate file needs far less: the largest accepted input (100 MB, inflating
 * to at most 200 MB) peaks near 550 MB resident; a 10 KB file with a numbering bomb would take 4 GB.
 */
export const DEFAULT_BUDGET: FileBudget = { memoryMb: 1024, timeoutMs: 120_000 };

export interface PoolOptions {
  budget?: Partial<FileBudget>;
  /**
   * Check a lone file in this process (default true). With one file there is no other file to
   * protect, and a worker would add its own heap (~45 MB on the 50,000-paragraph file) to the peak;
   * the reader's own input limits still bound it. Tests set false to exercise the worker.
   */
  singleInProcess?: boolean;
  onFile?: (index: number, total: number, file: string) => void;
}

function startWorker(spec: CheckSpec, budget: FileBudget): Worker {
  // Only the old generation is capped: a larger young generation than V8's default costs resident memory and time.
  const resourceLimits = { maxOldGenerationSizeMb: budget.memoryMb };
  if (__filename.endsWith('.ts')) {
    // Running from the sources (tests, tsx): load the worker through tsx's require hook.
    const tsx = require.resolve('tsx/cjs');
    const file = path.join(__dirname, 'check-worker.ts');
    return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(file)});`, { eval: true, workerData: { spec }, resourceLimits });
  }
  return new Worker(path.join(__dirname, 'check-worker.js'), { workerData: { spec }, resourceLimits });
}

const mb = (n: number) => `${n} MB`;
const seconds = (ms: number) => (ms >= 10_000 ? String(Math.round(ms / 1000)) : String(Math.round(ms / 100) / 10));

/** The row of a file whose check was stopped, with what happened and what to do. */
function stopped(file: string, why: 'memory' | 'timeout' | 'crash', budget: FileBudget, detail = ''): FileResult {
  if (why === 'memory')
    return { file, error: `检查此文件所需内存超过上限（${mb(budget.memoryMb)}），已停止检查此文件，其他文件照常检查。文件内容可能异常（如极大的编号起始值），请在 Word 中打开后另存为 .docx 再试` };
  if (why === 'timeout')
    return { file, error: `检查此文件超过 ${seconds(budget.timeoutMs)} 秒仍未完成，已停止检查此文件，其他文件照常检查。请在 Word 中打开后另存为 .docx 再试` };
  return { file, error: `检查此文件时检查进程意外退出${detail ? `（${detail}）` : ''}，其他文件照常检查` };
}

/** A file's identity on disk ("dev:ino"), to mark the same file given twice; null when it cannot be had. */
async function identity(file: string, cwd: string): Promise<string | null> {
  try {
    const st = await fs.stat(path.resolve(cwd, file));
    return st.isFile() ? `${st.dev}:${st.ino}` : null;
  } catch {
    return null;
  }
}

/** Checks `files` in order, each under the budget; always returns one result per file. */
export async function checkFilesBudgeted(files: readonly string[], spec: CheckSpec, opts: PoolOptions = {}): Promise<FileResult[]> {
  const budget: FileBudget = { ...DEFAULT_BUDGET, ...opts.budget };
  // A file's result, or its JSON text from the worker (parsed once the worker has stopped).
  const out: (FileResult | string)[] = new Array(files.length);
  const firstOf = new Map<string, number>();
  const dupOf: (number | undefined)[] = [];
  for (let i = 0; i < files.length; i++) {
    const id = await identity(files[i], spec.cwd);
    if (id === null) continue;
    if (firstOf.has(id)) dupOf[i] = firstOf.get(id);
    else firstOf.set(id, i);
  }

  let worker: Worker | null = null;
  let started = false;
  let inProcess: ((file: string) => Promise<FileResult>) | null = null;
  if (files.length === 1 && opts.singleInProcess !== false) {
    const { checkOne, resolveSpec } = await import('./check-one');
    const { collector } = await import('./gc');
    const resolved = await resolveSpec(spec);
    inProcess = (f) => checkOne(f, resolved, spec.cwd, { afterRead: collector() });
  }
  const stop = async () => {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  };
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      opts.onFile?.(i, files.length, file);
      const d = dupOf[i];
      if (d !== undefined) continue; // filled in from the first occurrence below
      if (inProcess) {
        out[i] = await inProcess(file);
        continue;
      }
      if (!worker) {
        worker = startWorker(spec, budget);
        const failed = await whenReady(worker);
        if (failed !== null) {
          await stop();
          if (!started) {
            // No worker could be started at all (an unusual Node build): check in this process instead.
            const { checkOne, resolveSpec } = await import('./check-one');
            const resolved = await resolveSpec(spec);
            inProcess = (f) => checkOne(f, resolved, spec.cwd);
            out[i] = await inProcess(file);
          } else out[i] = { file, error: failed };
          continue;
        }
        started = true;
      }
      out[i] = await runOne(worker, i, file, budget, stop);
    }
  } finally {
    await stop();
  }
  const results = out.map((r) => (typeof r === 'string' ? (JSON.parse(r) as FileResult) : r));
  for (let i = 0; i < files.length; i++) {
    const d = dupOf[i];
    if (d !== undefined) results[i] = { ...results[d], file: files[i], duplicateOf: files[d] };
  }
  return results;
}

/** Time a worker may take to load the checker before it is given up on. */
const STARTUP_MS = 60_000;

/** Waits until the worker has loaded the checker and the profile; null when ready, else why not. */
function whenReady(worker: Worker): Promise<string | null> {
  return new Promise((resolve) => {
    const done = (why: string | null) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(why);
    };
    const onMessage = (m: WorkerReply) => {
      if ('ready' in m) done(null);
      else if ('fatal' in m) done(m.fatal);
    };
    const onError = (e: Error) => done(`无法启动检查进程（${e.message}）`);
    const onExit = (code: number) => done(`检查进程启动后立即退出（退出码 ${code}）`);
    const timer = setTimeout(() => done('检查进程启动超时'), STARTUP_MS);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

/** Sends one file to the worker and waits for its result, the time limit, or the worker's end. */
function runOne(worker: Worker, id: number, file: string, budget: FileBudget, stop: () => Promise<void>): Promise<FileResult | string> {
  return new Promise<FileResult | string>((resolve) => {
    let settled = false;
    const finish = (r: FileResult | string, kill: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (kill) void stop().then(() => resolve(r));
      else resolve(r);
    };
    const onMessage = (m: WorkerReply) => {
      if ('fatal' in m) finish({ file, error: m.fatal }, true);
      else if ('json' in m && m.id === id) finish(m.json, false);
    };
    const onError = (e: Error & { code?: string }) =>
      finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? stopped(file, 'memory', budget) : stopped(file, 'crash', budget, e.message), true);
    const onExit = (code: number) => finish(stopped(file, 'crash', budget, `退出码 ${code}`), true);
    const timer = setTimeout(() => finish(stopped(file, 'timeout', budget), true), budget.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, file } satisfies WorkerRequest);
  });
}
