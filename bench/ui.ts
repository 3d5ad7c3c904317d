/**
 * Part: the pane and the checker stay responsive (issue 16 §3). Headless Chromium (playwright-core, the
 * system Chromium) on the built dist/: the longest main-thread task (PerformanceObserver 'longtask')
 * while the checker checks a 5,000-paragraph document and while the pane re-checks it, and the time from
 * a click on a finding card to the highlighted card and paragraph (two animation frames: painted).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { ROOT, fmtMs, log, table } from './lib';

export interface UiResult {
  measured: boolean;
  why?: string;
  paragraphs: number;
  paneRecheckLongestTaskMs: number | null;
  paneRecheckMs: number | null;
  /** Not budgeted, for the record: the .txt loaded into the preview and checked the first time (the preview's file load, the whole document and result crossing to the worker and back, the first render), after playwright has handed the file over. */
  paneFirstCheckLongestTaskMs: number | null;
  paneCards: number | null;
  clickToHighlightMs: number | null;
  checkerLongestTaskMs: number | null;
  checkerCheckMs: number | null;
}

/** The built pane and checker: dist/, or XINGSHEN_DIST (an engineer's own build, e.g. `npx webpack --output-path /tmp/x`). */
const DIST = path.resolve(process.env.XINGSHEN_DIST || path.join(ROOT, 'dist'));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8' };

/** A 5,000-paragraph 对照检查材料: the pane's sample paragraphs repeated (as in the UX review's stress file). */
export function bigText(paragraphs: number): string {
  const sample = fs.readFileSync(path.join(ROOT, 'src/taskpane/sample.txt'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const head = sample.slice(0, 2);
  const body = sample.slice(2);
  const lines = [...head];
  for (let i = 0; lines.length < paragraphs; i++) lines.push(body[i % body.length]);
  return lines.join('\n');
}

function serve(): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** Collects long tasks from page start; `window.__lt()` returns and clears them. */
const LONGTASKS = `(() => {
  const seen = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  window.__lt = () => seen.splice(0);
})();`;

/** Clicks the n-th card row and waits for the card and the paragraph to be highlighted and painted (a string: no bundler helpers in the page). */
const CLICK = `(async () => {
  const rows = document.querySelectorAll('[data-testid="finding"] [role="button"]');
  const row = rows[(__N__ * 7) % rows.length];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  const t = performance.now();
  row.click();
  while (!row.closest('[data-current="true"]') || !document.querySelector('[data-testid="preview-doc"] [data-selected="true"]')) await frame();
  await frame();
  await frame();
  return performance.now() - t;
})()`;

export async function runUi(paragraphs = 5000): Promise<UiResult> {
  const empty: UiResult = { measured: false, paragraphs, paneRecheckLongestTaskMs: null, paneRecheckMs: null, paneFirstCheckLongestTaskMs: null, paneCards: null, clickToHighlightMs: null, checkerLongestTaskMs: null, checkerCheckMs: null };
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(path.join(DIST, 'taskpane.html')) || !fs.existsSync(path.join(DIST, 'checker', 'checker.html'))) return { ...empty, why: 'dist/ is missing: run `npm run build` first' };
  if (!fs.existsSync(exe)) return { ...empty, why: `no Chromium at ${exe}` };
  const { chromium } = await import('playwright-core');
  const { server, base } = await serve();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-bench-ui-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: exe,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 320, height: 800 },
    locale: 'zh-CN',
  });
  await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:', (r) => r.abort());
  await context.addInitScript(LONGTASKS);
  const text = bigText(paragraphs);
  const bigFile = path.join(dir, '压力测试.txt');
  fs.writeFileSync(bigFile, text, 'utf8');
  const out: UiResult = { ...empty, measured: true };
  try {
    // ---- the pane: load the big document into the preview, check, re-check, click a card --------------
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/taskpane.html`);
    await page.getByTestId('own-text').waitFor();
    await page.waitForTimeout(300);
    await page.evaluate('window.__lt()');
    await page.getByTestId('own-text-file').setInputFiles(bigFile);
    // Not counted: the file hand-over itself (playwright's, not the pane's).
    await page.evaluate('window.__lt()');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"]').length > 0 && !document.querySelector('button[disabled] .fui-Spinner'), null, { timeout: 120_000 });
    await page.waitForTimeout(500);
    out.paneFirstCheckLongestTaskMs = Math.round(Math.max(0, ...((await page.evaluate('window.__lt()')) as number[])));
    const t0 = Date.now();
    // A CSS locator, not getByRole: playwright's accessible-name query over the whole pane forces a layout
    // on the page's main thread (up to a second on this VM), which is the harness's work, not the pane's.
    await page.locator('button', { hasText: /^检查$/ }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '检查' && !b.disabled), null, { timeout: 120_000 });
    out.paneRecheckMs = Date.now() - t0;
    await page.waitForTimeout(300);
    const pane = (await page.evaluate('window.__lt()')) as number[];
    out.paneRecheckLongestTaskMs = Math.round(Math.max(0, ...pane));
    out.paneCards = await page.getByTestId('finding').count();
    const clicks: number[] = [];
    for (let i = 0; i < 5; i++) {
      clicks.push((await page.evaluate(CLICK.replace('__N__', String(i)))) as number);
    }
    out.clickToHighlightMs = Math.round(clicks.sort((a, b) => a - b)[Math.floor(clicks.length / 2)]);


    // ---- the checker: one 5,000-paragraph .txt ---------------------------------------------------------
    const checker = await context.newPage();
    await checker.goto(`${base}/checker/checker.html`);
    await checker.getByTestId('file-input').waitFor({ state: 'attached' });
    await checker.waitForTimeout(500);
    await checker.evaluate('window.__lt()');
    const t1 = Date.now();
    // By path, as a user's file chooser hands it over: with `{buffer}` playwright builds the File inside the
    // page, itself a 0.5–1 s main-thread task that no user's file choice costs.
    await checker.getByTestId('file-input').setInputFiles(bigFile);
    await checker.getByTestId('file-view').waitFor({ timeout: 120_000 });
    await checker.getByTestId('summary').waitFor({ timeout: 120_000 });
    out.checkerCheckMs = Date.now() - t1;
    // The document view mounts in blocks after the result shows: count its tasks too, until it is all there.
    await checker.locator('[data-testid="doc-view"][data-mounted="all"]').waitFor({ timeout: 120_000 });
    await checker.waitForTimeout(300);
    out.checkerLongestTaskMs = Math.round(Math.max(0, ...((await checker.evaluate('window.__lt()')) as number[])));
  } catch (e) {
    out.why = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log(`[bench] ui: pane re-check longest task ${out.paneRecheckLongestTaskMs} ms, click ${out.clickToHighlightMs} ms, checker longest task ${out.checkerLongestTaskMs} ms`);
  return out;
}

/** A longest-task figure: the longtask API reports only tasks of 50 ms or more, so 0 means there was none. */
const longest = (ms: number | null) => (ms === 0 ? 'none ≥ 50 ms' : fmtMs(ms ?? NaN));

export function uiTable(r: UiResult): string {
  if (!r.measured) return `Not measured: ${r.why}`;
  return [
    table(
      ['what (headless Chromium, 320 px, ' + r.paragraphs.toLocaleString('en-US') + ' paragraphs)', 'value'],
      [
        ['pane: longest main-thread task while re-checking', longest(r.paneRecheckLongestTaskMs)],
        ['pane: re-check, click to result', fmtMs(r.paneRecheckMs ?? NaN)],
        ['pane: longest task, .txt loaded and checked the first time (not budgeted)', longest(r.paneFirstCheckLongestTaskMs)],
        ['pane: finding cards rendered (lazy groups)', String(r.paneCards ?? '—')],
        ['pane: click on a card → card and paragraph highlighted (median of 5)', fmtMs(r.clickToHighlightMs ?? NaN)],
        ['checker: longest main-thread task while checking one file', longest(r.checkerLongestTaskMs)],
        ['checker: file chosen → result', fmtMs(r.checkerCheckMs ?? NaN)],
      ],
    ),
    r.why ? `Stopped early: ${r.why}` : '',
  ].join('\n');
}
