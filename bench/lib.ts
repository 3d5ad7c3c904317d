/** Small helpers shared by the benchmark parts: timing, statistics, machine info, table output. */
import * as os from 'os';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..');
/** Generated inputs (gitignored). */
export const OUT_DIR = path.join(ROOT, 'bench', 'out');

export function ensureOutDir(): string {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  return OUT_DIR;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function now(): number {
  return performance.now();
}

/** Collects garbage before a timed run when node runs with --expose-gc (npm run bench does), so one run does not pay for the last one's garbage. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface Timing {
  /** Median wall time in ms. */
  ms: number;
  runs: number;
  /** All samples in ms (rounded to 0.01). */
  samples: number[];
}

/**
 * Runs `fn` up to `runs` times (after `warmup` untimed runs) and returns the median. Stops early when
 * the time spent exceeds `capMs` (at least one timed run is always made), so a slow engine still
 * finishes the benchmark; the number of runs actually made is recorded.
 */
/** Times `fn`: `runs` samples after `warmup`, each after a full GC; reports the median. */
export function time(fn: () => unknown, opts: { runs: number; warmup?: number; capMs?: number }): Timing {
  const cap = opts.capMs ?? Infinity;
  const started = now();
  for (let i = 0; i < (opts.warmup ?? 0) && now() - started < cap / 4; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    collect();
    const t = now();
    fn();
    samples.push(now() - t);
    if (now() - started > cap) break;
  }
  return { ms: median(samples), runs: samples.length, samples: samples.map((x) => Math.round(x * 100) / 100) };
}

export function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  let model = cpus[0]?.model?.trim() || 'unknown';
  try {
    // Some VMs report a generic model in os.cpus(); /proc/cpuinfo has the same, but keep the first non-empty.
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const m = /^model name\s*:\s*(.+)$/m.exec(info);
    if (m && model === 'unknown') model = m[1].trim();
  } catch {
    // not Linux
  }
  const memTotalMB = Math.round(os.totalmem() / 2 ** 20);
  return {
    cpu: model,
    cores: cpus.length,
    memTotalMB,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

export const fmtMs = (ms: number): string => (!Number.isFinite(ms) ? '—' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
export const fmtInt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
export const fmtX = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '—');
export const fmtKB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const fmtMB = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

/** A Markdown table (also readable in a terminal). */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => '| ' + r.map((c, i) => c + ' '.repeat(width[i] - displayWidth(c))).join(' | ') + ' |';
  return [line(head), '|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map((r) => line(r.map(String)))].join('\n');
}

/** Terminal width: CJK and full-width characters take two columns. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function log(msg: string): void {
  process.stderr.write(msg + '\n');
}
