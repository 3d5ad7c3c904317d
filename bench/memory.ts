/**
 * Part 5: peak resident memory of the real CLI (`node bin/xingshen.js check --format json <50k.docx>`,
 * after `npm run build:cli`), measured from outside the process: GNU time's "Maximum resident set
 * size" when /usr/bin/time exists, else by polling /proc/<pid>/status VmHWM. mammoth.extractRawText
 * on the same file, in its own child process, for comparison.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import { ROOT, fmtInt, fmtMB, fmtMs, log, table } from './lib';

export interface PeakRss {
  what: string;
  command: string;
  /** Peak resident set size in KB; NaN when it could not be measured. */
  peakKB: number;
  wallMs: number;
  exitCode: number | null;
  method: 'gnu-time' | 'proc-poll' | 'none';
  note?: string;
}

export interface MemoryRun {
  /** Which kind of .docx (see bench/docx.ts docxFile): minimal markup or Word's own. */
  markup: string;
  file: string;
  cli: PeakRss;
  mammoth: PeakRss;
}

export interface MemoryResult {
  paragraphs: number;
  runs: MemoryRun[];
  note?: string;
}

const GNU_TIME = '/usr/bin/time';

function hasGnuTime(): boolean {
  if (!fs.existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return /Maximum resident set size/.test(r.stderr ?? '');
}

async function measure(what: string, argv: string[]): Promise<PeakRss> {
  const command = argv.map((a) => (a.includes(' ') ? JSON.stringify(a) : path.isAbsolute(a) ? path.relative(ROOT, a) || a : a)).join(' ');
  const t = performance.now();
  if (hasGnuTime()) {
    const r = await run(GNU_TIME, ['-v', ...argv]);
    const kb = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr)?.[1];
    const status = /Exit status:\s*(\d+)/.exec(r.stderr)?.[1];
    return { what, command, peakKB: kb ? Number(kb) : NaN, wallMs: performance.now() - t, exitCode: status ? Number(status) : r.code, method: 'gnu-time' };
  }
  if (process.platform === 'linux') {
    // Poll the kernel's high-water mark; the last value read before exit is the peak (to within a poll).
    let peak = 0;
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
    const timer = setInterval(() => {
      try {
        const m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch {
        // exited
      }
    }, 10);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(timer);
    return { what, command, peakKB: peak || NaN, wallMs: performance.now() - t, exitCode: code, method: 'proc-poll' };
  }
  return { what, command, peakKB: NaN, wallMs: NaN, exitCode: null, method: 'none', note: 'no /usr/bin/time and no /proc' };
}

/** Runs a command with stdout discarded (the JSON report of a 50k-paragraph file is large) and stderr kept. */
function run(cmd: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

export async function runMemory(files: { markup: string; file: string }[], paragraphs: number): Promise<MemoryResult> {
  log('  memory: npm run build:cli');
  const b = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const note = b.status === 0 ? undefined : `npm run build:cli failed (exit ${b.status}): ${`${b.stderr}${b.stdout}`.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`;
  const cliBuilt = fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'));
  const runs: MemoryRun[] = [];
  for (const { markup, file } of files) {
    const cli: PeakRss = cliBuilt
      ? await measure('xingshen check --format json', [process.execPath, path.join(ROOT, 'bin', 'xingshen.js'), 'check', '--format', 'json', file])
      : { what: 'xingshen check --format json', command: 'node bin/xingshen.js check --format json', peakKB: NaN, wallMs: NaN, exitCode: null, method: 'none', note: 'CLI not built' };
    // Exit 0 (no error-level finding) and 1 (some) are both a completed check; anything else is a failure.
    if (cli.exitCode !== null && cli.exitCode > 1) cli.note = `CLI exited with ${cli.exitCode}`;
    log(`  memory (${markup}): CLI peak ${fmtMB(cli.peakKB)} in ${fmtMs(cli.wallMs)}`);
    const mammoth = await measure('mammoth.extractRawText (child process)', [process.execPath, path.join(__dirname, 'mammoth-child.js'), file]);
    log(`  memory (${markup}): mammoth peak ${fmtMB(mammoth.peakKB)} in ${fmtMs(mammoth.wallMs)}`);
    runs.push({ markup, file: path.relative(ROOT, file), cli, mammoth });
  }
  return { paragraphs, runs, ...(note ? { note } : {}) };
}

/** The CLI's largest peak over the files in MB, or NaN when a run did not complete. */
export function cliPeakMB(r: MemoryResult): number {
  if (r.runs.length === 0) return NaN;
  return Math.max(...r.runs.map((x) => (x.cli.exitCode !== null && x.cli.exitCode <= 1 ? x.cli.peakKB / 1024 : NaN)));
}

export function memoryTable(r: MemoryResult): string {
  return (
    table(
      ['markup', 'process', `peak RSS (${fmtInt(r.paragraphs)}-paragraph .docx)`, 'wall time', 'exit', 'measured with'],
      r.runs.flatMap((run) => [run.cli, run.mammoth].map((x) => [run.markup, x.what, fmtMB(x.peakKB), fmtMs(x.wallMs), x.exitCode ?? '—', x.method + (x.note ? ` (${x.note})` : '')])),
    ) + (r.note ? `\n\n${r.note}` : '')
  );
}
