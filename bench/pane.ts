/**
 * Part 4: task pane weight. Builds dist/ with `npm run build` when it is missing or older than the
 * sources, then gzips (level 9) every emitted .js and splits them into what dist/taskpane.html loads
 * first (its <script src> tags, office.js from the CDN excluded) and chunks loaded later.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { gzipSync } from 'zlib';
import { ROOT, OUT_DIR, ensureOutDir, fmtKB, log, table } from './lib';

export interface PaneFile {
  file: string;
  bytes: number;
  gzip: number;
  firstLoad: boolean;
  /** Heuristic: a minified file has long lines. */
  minified: boolean;
}

export interface PaneResult {
  measured: boolean;
  /** Why not measured, or how dist/ was obtained. */
  note: string;
  files: PaneFile[];
  firstLoadGzip: number;
  lazyGzip: number;
  firstLoadBytes: number;
  /** Largest modules of the first-load chunks (webpack stats), when over budget and stats are available. */
  biggestModules: { name: string; size: number }[];
  /** Lazy chunk groups requested right at start-up (Word bootstrap, engine): informational, not budgeted. */
  startup?: { groups: { name: string; files: string[]; gzip: number }[]; gzip: number } | null;
}

const DIST = path.join(ROOT, 'dist');
const STATS = path.join(OUT_DIR, 'webpack-stats.json');
const STATS_BUILD = path.join(OUT_DIR, 'pane-build');

/**
 * The project's webpack config, compiled through the Node API into bench/out/pane-build with full
 * stats (the config's own `stats: 'errors-warnings'` makes `webpack --json` nearly empty). Same config
 * and sources as dist/, so the same chunks; used only to explain sizes, never as the measured artifact.
 */
async function statsBuild(): Promise<boolean> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require('webpack') as typeof import('webpack');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configFn = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<import('webpack').Configuration>;
    const config = await configFn({}, { mode: 'production' });
    config.output = { ...config.output, path: STATS_BUILD };
    log('  pane: webpack (Node API) for module stats → bench/out/pane-build');
    const stats = await new Promise<import('webpack').Stats | undefined>((resolve, reject) =>
      webpack(config, (err, st) => (err ? reject(err) : resolve(st))),
    );
    if (!stats || stats.hasErrors()) return false;
    const json = stats.toJson({ all: false, chunks: true, chunkGroups: true, modules: true, nestedModules: true, assets: true, ids: true });
    ensureOutDir();
    fs.writeFileSync(STATS, JSON.stringify(json));
    return true;
  } catch (e) {
    log(`  pane: stats build failed: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

function newestMtime(dir: string, filter: (f: string) => boolean): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, filter));
    else if (filter(p)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function distJs(): string[] {
  return fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith('.js')) : [];
}

/** dist/ is usable when taskpane.html and some .js exist and nothing the pane is built from is newer. */
function distFresh(): { fresh: boolean; why: string } {
  const html = path.join(DIST, 'taskpane.html');
  if (!fs.existsSync(html) || distJs().length === 0) return { fresh: false, why: 'dist/ missing' };
  const built = fs.statSync(html).mtimeMs;
  const src = Math.max(
    newestMtime(path.join(ROOT, 'src'), (f) => !f.includes(`${path.sep}cli${path.sep}`)),
    ...['webpack.config.js', 'package.json'].map((f) => (fs.existsSync(path.join(ROOT, f)) ? fs.statSync(path.join(ROOT, f)).mtimeMs : 0)),
  );
  return src > built ? { fresh: false, why: 'dist/ older than src/' } : { fresh: true, why: 'dist/ up to date' };
}

function build(): { ok: boolean; message: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.build) return { ok: false, message: 'no "build" script in package.json' };
  const args = ['run', 'build'];
  log(`  pane: npm ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 2 ** 20 });
  const html = path.join(DIST, 'taskpane.html');
  if (r.status !== 0 && fs.existsSync(html) && fs.statSync(html).mtimeMs >= started - 2000) {
    // The pane was built; a later step of the build script (e.g. another page) failed.
    return { ok: true, message: `npm run build exited ${r.status} after building the task pane (measured what it emitted)` };
  }
  if (r.status !== 0) {
    const tail = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').slice(-3).join(' ').slice(0, 300);
    return { ok: false, message: `npm run build failed (${r.error ? r.error.message : `exit ${r.status}`}): ${tail}` };
  }
  return { ok: true, message: 'built with npm run build' };
}

/** The <script src> of taskpane.html that are ours (not office.js or any other absolute URL). */
export function firstLoadScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/gi)) {
    const src = m[1];
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, '').split(/[?#]/)[0]);
  }
  return out;
}

interface StatsModule {
  name?: string;
  size?: number;
  chunks?: (string | number)[];
  modules?: StatsModule[];
}
interface Stats {
  chunks?: { id: string | number; initial?: boolean; files?: string[] }[];
  modules?: StatsModule[];
  children?: Stats[];
}

/** Largest modules (source size, before minification) in the chunks loaded first. */
function biggestModules(firstFiles: Set<string>): { name: string; size: number }[] {
  if (!fs.existsSync(STATS)) return [];
  let stats = JSON.parse(fs.readFileSync(STATS, 'utf8')) as Stats;
  if (!stats.chunks && stats.children?.length) stats = stats.children[0];
  const initial = new Set((stats.chunks ?? []).filter((c) => (c.files ?? []).some((f) => firstFiles.has(f))).map((c) => String(c.id)));
  const flat: { name: string; size: number }[] = [];
  const walk = (m: StatsModule, inInitial: boolean) => {
    const here = inInitial || (m.chunks ?? []).some((c) => initial.has(String(c)));
    if (m.modules?.length) m.modules.forEach((x) => walk(x, here));
    else if (here && m.name) flat.push({ name: m.name, size: m.size ?? 0 });
  };
  (stats.modules ?? []).forEach((m) => walk(m, false));
  // Group by package so 300 Fluent UI files read as one line.
  const groups = new Map<string, number>();
  for (const m of flat) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m.name)?.[1] ?? m.name.replace(/ \+ \d+ modules$/, '');
    groups.set(pkg, (groups.get(pkg) ?? 0) + m.size);
  }
  return [...groups].map(([name, size]) => ({ name, size })).sort((a, b) => b.size - a.size).slice(0, 15);
}

export async function runPane(budgetKB: number): Promise<PaneResult> {
  const empty = (note: string): PaneResult => ({ measured: false, note, files: [], firstLoadGzip: NaN, lazyGzip: NaN, firstLoadBytes: NaN, biggestModules: [], startup: null });
  const state = distFresh();
  let note = state.why;
  if (!state.fresh) {
    const b = build();
    if (!b.ok) {
      if (state.why === 'dist/ missing') return empty(`not measured: ${b.message}`);
      return empty(`not measured: ${state.why} and ${b.message}`);
    }
    note = `${state.why}; ${b.message}`;
  }
  const htmlPath = path.join(DIST, 'taskpane.html');
  if (!fs.existsSync(htmlPath)) return empty('not measured: dist/taskpane.html missing after the build');
  const first = new Set(firstLoadScripts(fs.readFileSync(htmlPath, 'utf8')));
  const measure = (): PaneFile[] =>
    distJs()
      .sort()
      .map((f) => {
        const buf = fs.readFileSync(path.join(DIST, f));
        const lines = buf.toString('utf8').split('\n');
        return { file: f, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length, firstLoad: first.has(f), minified: buf.length / lines.length > 400 };
      });
  const files = measure();
  const missing = [...first].filter((f) => !files.some((x) => x.file === f));
  if (missing.length) return empty(`not measured: taskpane.html loads ${missing.join(', ')}, which is not in dist/`);
  const sum = (xs: PaneFile[], k: 'gzip' | 'bytes') => xs.reduce((a, x) => a + x[k], 0);
  const firstLoadGzip = sum(files.filter((f) => f.firstLoad), 'gzip');
  let biggest: PaneResult['biggestModules'] = [];
  let startup: PaneResult['startup'] = null;
  if (await statsBuild()) {
    // Over budget: say what is in it.
    if (firstLoadGzip > budgetKB * 1024) biggest = biggestModules(first);
    startup = startupChunks(files);
  }
  return {
    measured: true,
    note,
    files,
    firstLoadGzip,
    lazyGzip: sum(files.filter((f) => !f.firstLoad), 'gzip'),
    firstLoadBytes: sum(files.filter((f) => f.firstLoad), 'bytes'),
    biggestModules: biggest,
    startup,
  };
}

/**
 * The async chunk groups the pane requests as soon as it starts (index.tsx: the Word bootstrap and the
 * engine), gzip -9, from the stats build. Informational: the pane shell paints before they arrive.
 */
function startupChunks(distFiles: PaneFile[]): PaneResult['startup'] {
  const stats = JSON.parse(fs.readFileSync(STATS, 'utf8')) as { namedChunkGroups?: Record<string, { assets?: ({ name: string } | string)[] }> };
  const groups = stats.namedChunkGroups ?? {};
  const out: NonNullable<PaneResult['startup']> = { groups: [], gzip: 0 };
  const seen = new Set<string>();
  for (const name of STARTUP_GROUPS) {
    const g = groups[name];
    if (!g) continue;
    const assets = (g.assets ?? []).map((a) => (typeof a === 'string' ? a : a.name)).filter((a) => a.endsWith('.js'));
    let gz = 0;
    for (const a of assets) {
      const inDist = distFiles.find((f) => f.file === a);
      const size = inDist ? inDist.gzip : fs.existsSync(path.join(STATS_BUILD, a)) ? gzipSync(fs.readFileSync(path.join(STATS_BUILD, a)), { level: 9 }).length : 0;
      if (!seen.has(a)) out.gzip += size;
      seen.add(a);
      gz += size;
    }
    out.groups.push({ name, files: assets, gzip: gz });
  }
  return out;
}

/** Chunk groups index.tsx imports at start-up, in parallel with the first paint. */
const STARTUP_GROUPS = ['office', 'engine'];

export function paneTable(r: PaneResult): string {
  if (!r.measured) return r.note;
  return (
    table(
      ['file', 'loaded', 'minified bytes', 'gzip -9'],
      [
        ...r.files.map((f) => [f.file, f.firstLoad ? 'first' : 'later (lazy chunk)', `${fmtKB(f.bytes)}${f.minified ? '' : ' (NOT minified)'}`, fmtKB(f.gzip)]),
        ['**first load (taskpane.html scripts)**', '', fmtKB(r.firstLoadBytes), `**${fmtKB(r.firstLoadGzip)}**`],
        ['loaded later', '', '', fmtKB(r.lazyGzip)],
      ],
    ) +
    `\n\n(${r.note}; office.js from the Microsoft CDN not counted)` +
    (r.startup && r.startup.groups.length
      ? `\n\nRequested right after the first paint (lazy, not in the first load): ${r.startup.groups.map((g) => `${g.name} ${fmtKB(g.gzip)}`).join(', ')}; first load + these = ${fmtKB(r.firstLoadGzip + r.startup.gzip)} gzip`
      : '') +
    (r.biggestModules.length ? '\n\nBiggest packages/modules in the first load (webpack stats: source size before tree-shaking and minification):\n\n' + table(['module', 'size'], r.biggestModules.map((m) => [m.name, fmtKB(m.size)])) : '')
  );
}
