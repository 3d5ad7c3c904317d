/**
 * npm run bench [-- --check] [-- --quick] [-- --only=engine,docx,word,pane,memory] [-- --out=<file>]
 *
 * Runs every benchmark part in one process, prints the tables (Markdown), writes bench/results.json
 * and, with --check, exits 1 when a budget in bench/budgets.json is broken or could not be measured.
 * --quick leaves out the 50,000-paragraph sizes (for trying changes; writes bench/out/results-quick.json).
 * --report=<results.json> measures nothing: prints the tables of a stored run and checks its metrics
 * against the current budgets.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { runEngine, engineTables, type EngineResult } from './engine';
import { runDocx, docxTable, docxFile, type DocxResult } from './docx';
import { runWord, wordTable, type WordResult } from './word';
import { runPane, paneTable, type PaneResult } from './pane';
import { runUi, uiTable, type UiResult } from './ui';
import { runMemory, memoryTable, cliPeakMB, type MemoryResult } from './memory';
import { runFix, fixTable, type FixResult } from './fix';
import { ROOT, fmtX, log, machine, table } from './lib';

export interface Budget {
  id: string;
  metric: string;
  max?: number;
  lt?: number;
  equals?: boolean | number;
  unit: string;
  reason: string;
}

export interface BudgetOutcome {
  id: string;
  metric: string;
  limit: string;
  value: number | boolean | null;
  status: 'pass' | 'FAIL' | 'not measured';
}

const PARTS = ['engine', 'docx', 'word', 'pane', 'memory', 'fix', 'ui'] as const;
type Part = (typeof PARTS)[number];

export function evaluate(budgets: Budget[], metrics: Record<string, number | boolean | null>, ran: (metric: string) => boolean): BudgetOutcome[] {
  const out: BudgetOutcome[] = [];
  for (const b of budgets) {
    if (!ran(b.metric)) continue;
    const v = metrics[b.metric];
    const limit = b.equals !== undefined ? `= ${b.equals}` : b.lt !== undefined ? `< ${b.lt} ${b.unit}` : `≤ ${b.max} ${b.unit}`;
    let status: BudgetOutcome['status'];
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) status = 'not measured';
    else if (b.equals !== undefined) status = v === b.equals ? 'pass' : 'FAIL';
    else if (typeof v !== 'number') status = 'FAIL';
    else if (b.lt !== undefined) status = v < b.lt ? 'pass' : 'FAIL';
    else status = v <= (b.max as number) ? 'pass' : 'FAIL';
    out.push({ id: b.id, metric: b.metric, limit, value: v ?? null, status });
  }
  return out;
}

function fmtValue(v: number | boolean | null): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return String(v);
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

interface StoredResults {
  generatedAt: string;
  command: string;
  quick: boolean;
  machine: Record<string, unknown>;
  secondsPerPart: Record<string, number>;
  totalSeconds: number;
  metrics: Record<string, number | boolean | null>;
  budgets: BudgetOutcome[];
  engine?: EngineResult;
  docx?: DocxResult;
  word?: WordResult;
  pane?: PaneResult;
  ui?: UiResult;
  memory?: MemoryResult;
  fix?: FixResult;
}

/** All tables of one run, as Markdown. */
function render(r: StoredResults, outcomes: BudgetOutcome[]): string {
  const m = r.machine;
  const sections: string[] = [
    `# 省身 benchmarks${r.quick ? ' (quick: no 50k sizes)' : ''}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memTotalMB} MB RAM, Node ${m.node}, ${m.platform}. Run ${r.generatedAt}.`,
  ];
  if (r.engine) sections.push(`## 1. Engine scaling (full check, all ${r.engine.rules.length} rules, ${r.engine.profile})`, engineTables(r.engine), `10k / 1k cost: ${fmtX(r.engine.growth10kOver1k ?? NaN)}`);
  if (r.docx) sections.push('## 2. .docx throughput (same files, same process)', docxTable(r.docx));
  if (r.word) sections.push('## 3. Word round trips (fake Word: syncs and loaded paths)', wordTable(r.word));
  if (r.pane) sections.push('## 4. Task pane weight (dist/, gzip -9)', paneTable(r.pane));
  if (r.ui) sections.push('## Pane and checker responsiveness (headless Chromium)', uiTable(r.ui));
  if (r.memory) sections.push('## 5. Peak memory (measured outside the process)', memoryTable(r.memory));
  if (r.fix) sections.push('## 6. `fix` against a plain check (same file, same process)', fixTable(r.fix));
  sections.push(
    '## Budgets (bench/budgets.json)',
    table(
      ['budget', 'metric', 'limit', 'measured', 'status'],
      outcomes.map((o) => [o.id, o.metric, o.limit, fmtValue(o.value), o.status === 'pass' ? 'pass' : `**${o.status}**`]),
    ),
    `Total bench time: ${r.totalSeconds} s (${Object.entries(r.secondsPerPart).map(([k, v]) => `${k} ${v} s`).join(', ')})`,
  );
  return sections.join('\n\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
    },
  });
  const budgets = (JSON.parse(fs.readFileSync(path.join(__dirname, 'budgets.json'), 'utf8')) as { budgets: Budget[] }).budgets;
  if (values.report) {
    const stored = JSON.parse(fs.readFileSync(path.resolve(values.report), 'utf8')) as StoredResults;
    const parts = PARTS.filter((p) => stored[p]);
    const outcomes = evaluate(budgets, stored.metrics, (m) => parts.includes(m.split('.')[0] as Part));
    process.stdout.write(render(stored, outcomes) + '\n');
    const broken = outcomes.filter((o) => o.status !== 'pass');
    return values.check && broken.length ? 1 : 0;
  }
  const only = values.only ? (values.only.split(',').map((s) => s.trim()) as Part[]) : [...PARTS];
  for (const p of only) if (!PARTS.includes(p)) throw new Error(`unknown part ${p} (parts: ${PARTS.join(', ')})`);
  const quick = values.quick;
  const budgetOf = (id: string) => budgets.find((b) => b.id === id);
  const started = Date.now();
  const seconds: Record<string, number> = {};
  const timed = async <T>(part: Part, fn: () => Promise<T> | T): Promise<T> => {
    log(`[bench] ${part}…`);
    const t = Date.now();
    const r = await fn();
    seconds[part] = Math.round((Date.now() - t) / 100) / 10;
    return r;
  };

  const big = quick ? 10000 : 50000;
  let engine: EngineResult | undefined;
  let docx: DocxResult | undefined;
  let word: WordResult | undefined;
  let pane: PaneResult | undefined;
  let ui: UiResult | undefined;
  let memory: MemoryResult | undefined;
  let fix: FixResult | undefined;
  if (only.includes('word')) word = await timed('word', () => runWord([100, 10000]));
  if (only.includes('pane')) pane = await timed('pane', () => runPane(budgetOf('pane-first-load')?.max ?? 160));
  if (only.includes('ui')) ui = await timed('ui', () => runUi(5000));
  if (only.includes('engine')) engine = await timed('engine', () => runEngine(quick ? [100, 1000, 10000] : [100, 1000, 10000, 50000], quick ? [1000, 10000] : [10000, 50000]));
  if (only.includes('docx')) docx = await timed('docx', () => runDocx(quick ? [1000, 10000] : [1000, 10000, 50000]));
  if (only.includes('fix')) fix = await timed('fix', () => runFix(big));
  if (only.includes('memory')) memory = await timed('memory', () => runMemory([{ markup: 'minimal', file: docxFile(big) }, { markup: 'word', file: docxFile(big, 'word') }], big));

  const metrics: Record<string, number | boolean | null> = {
    'engine.growth10kOver1k': engine?.growth10kOver1k ?? null,
    'engine.maxRuleRatio': engine?.maxRuleRatioPer5x ?? null,
    'docx.oursOverMammoth': docx?.ratio ?? null,
    'docx.oursOverMammothWordMarkup': docx?.ratioWord ?? null,
    'word.readSyncs': word?.readSyncs ?? null,
    'word.applySyncs': word?.applySyncs ?? null,
    'word.sameAtAllSizes': word?.sameAtAllSizes ?? null,
    'word.readCleanups10k': word?.readCleanups ?? null,
    'word.idlePolls5min10k': word?.idle?.polls ?? null,
    'word.idleVsFixedPolling': word?.idleVsFixed ?? null,
    'ui.paneRecheckLongestTaskMs': ui?.paneRecheckLongestTaskMs ?? null,
    'ui.checkerLongestTaskMs': ui?.checkerLongestTaskMs ?? null,
    'ui.clickToHighlightMs': ui?.clickToHighlightMs ?? null,
    'pane.firstLoadGzipKB': pane?.measured ? Math.round((pane.firstLoadGzip / 1024) * 10) / 10 : null,
    'memory.cliPeakMB': memory ? Math.round(cliPeakMB(memory)) : null,
    'fix.overCheck': fix ? Math.round(fix.ratio * 100) / 100 : null,
  };
  const ran = (metric: string) => only.includes(metric.split('.')[0] as Part);
  const outcomes = evaluate(budgets, metrics, ran);

  const info = machine();
  const totalSec = Math.round((Date.now() - started) / 1000);
  const results: StoredResults = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
    quick,
    machine: info,
    secondsPerPart: seconds,
    totalSeconds: totalSec,
    metrics,
    budgets: outcomes,
    engine,
    docx,
    word,
    pane,
    ui,
    memory,
    fix,
  };
  process.stdout.write(render(results, outcomes) + '\n');

  const outFile = values.out ? path.resolve(values.out) : quick ? path.join(ROOT, 'bench', 'out', 'results-quick.json') : path.join(ROOT, 'bench', 'results.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  log(`[bench] wrote ${path.relative(process.cwd(), outFile)}`);

  const broken = outcomes.filter((o) => o.status !== 'pass');
  if (broken.length) log(`[bench] budgets not met: ${broken.map((o) => `${o.id} (${o.status}: ${fmtValue(o.value)}, limit ${o.limit})`).join('; ')}`);
  return values.check && broken.length ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
