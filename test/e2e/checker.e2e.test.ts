/**
 * The built browser checker (dist/checker/) in headless Chromium, opened from file:// and from a
 * 127.0.0.1 static server: two .docx files make a batch table, one is fixed and downloaded, and the
 * CLI checks the downloaded file. Every request is recorded: none may leave this machine.
 * Run with `npm run test:e2e` (builds first).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildDocx, paras } from '../fixtures/docx-builder';
import { LINES_FULL_WIDTH_QUOTES as LINES } from '../taskpane/sample-report';
import { serveStatic } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const PAGE = path.join(DIST, 'checker', 'checker.html');
const OUT = path.join(ROOT, 'test-results');
const SEED = path.join(ROOT, 'test/fixtures/docx/seed-typed.docx');

let server: http.Server;
let base: string;
let browser: Browser;
let tmp: string;
let incomplete: string;
const requests: string[] = [];
const pageErrors: string[] = [];

/** file:, data:, blob: and this machine only. */
const isLocal = (u: string) => {
  const url = new URL(u);
  return ['file:', 'data:', 'blob:'].includes(url.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
};

beforeAll(async () => {
  if (!fs.existsSync(PAGE)) throw new Error('dist/checker/checker.html is missing: run `npm run build` first (npm run test:e2e does)');
  if (!fs.existsSync(path.join(ROOT, 'lib/cli/main.js'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-checker-'));
  incomplete = path.join(tmp, '缺项.docx');
  fs.writeFileSync(incomplete, buildDocx({ body: paras(LINES) }));

  ({ server, base } = await serveStatic(DIST));

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function newPage(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', acceptDownloads: true, deviceScaleFactor: 1 });
  context.on('request', (r) => requests.push(r.url()));
  // Anything leaving the machine is refused (and recorded above, so the test fails on it).
  await context.route((url) => !isLocal(url.href), (route) => route.abort());
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page };
}

/** Rows appear one by one while the files are read: wait for the n-th and for the progress line to go. */
async function allRead(page: Page, n: number) {
  await page.getByTestId('batch-row').nth(n - 1).waitFor();
  await page.getByTestId('progress').waitFor({ state: 'detached' });
}

function cliCheck(file: string): { ruleId: string; severity: string }[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/xingshen.js'), 'check', '--format', 'json', file], { cwd: ROOT, encoding: 'utf8' });
  expect([0, 1]).toContain(r.status); // 1 = the file has findings; 2/3 would be a read or internal error
  return JSON.parse(r.stdout).results[0].findings;
}

test('from file://: two .docx files → batch table → open, insert skeleton, download → the CLI finds nothing missing', async () => {
  const { context, page } = await newPage(1280);
  try {
    await page.goto(pathToFileURL(PAGE).href);
    await page.getByText('所有文件只在本机浏览器中处理，不会上传。').first().waitFor();
    await page.getByTestId('file-input').setInputFiles([SEED, incomplete]);

    const rows = page.getByTestId('batch-row');
    await allRead(page, 2);
    // From file:// too the engine runs in a Web Worker (started from a Blob URL; a worker file may not load there).
    await expect(page.getByTestId('checker').getAttribute('data-engine')).resolves.toBe('worker');
    await expect(rows.count()).resolves.toBe(2);
    const verdicts = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(verdicts).toEqual(['revise', 'fail']);
    await expect(rows.nth(0).locator('[data-col="verdict"]').innerText()).resolves.toBe('需修改');
    await expect(rows.nth(1).locator('[data-col="verdict"]').innerText()).resolves.toBe('不达标');
    await expect(rows.nth(1).locator('[data-col="why"]').innerText()).resolves.toMatch(/缺少必备部分/);
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'checker-batch.png'), fullPage: true, animations: 'disabled' });

    // Open the incomplete file, preview the plan and insert it.
    await rows.nth(1).click();
    await page.getByTestId('file-view').waitFor();
    await expect(page.getByTestId('file-name').innerText()).resolves.toBe('缺项.docx');
    await page.getByRole('button', { name: '插入骨架', exact: true }).click();
    const dialog = page.getByTestId('plan-dialog');
    await dialog.getByTestId('plan-op-section:causes').waitFor();
    await dialog.getByRole('button', { name: '插入', exact: true }).click();
    await page.getByTestId('notice').getByText(/已插入 \d+ 处/).waitFor();
    expect(await page.locator('[data-testid^="section-"][data-status="missing"]').count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, 'checker-file.png'), fullPage: false, animations: 'disabled' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修改后的文件' }).click()]);
    expect(download.suggestedFilename()).toBe('缺项-修改.docx');
    const saved = path.join(tmp, download.suggestedFilename());
    await download.saveAs(saved);

    // The CLI reads the downloaded file: nothing required is missing any more.
    const before = cliCheck(incomplete);
    expect(before.some((f) => f.ruleId === 'structure/missing-section' && f.severity === 'error')).toBe(true);
    expect(before.some((f) => f.ruleId === 'focus/missing')).toBe(true);
    const after = cliCheck(saved);
    expect(after.filter((f) => f.ruleId === 'structure/missing-section' && f.severity === 'error')).toEqual([]);
    expect(after.filter((f) => f.ruleId === 'focus/missing')).toEqual([]);

    // Back in the table the fixed file's row shows every required section (its verdict may still ask for
    // content: the inserted 【待填写】 placeholders do not count as addressed).
    await page.getByTestId('back').click();
    const cell = await page.getByTestId('batch-row').nth(1).locator('[data-col="sections"]').innerText();
    const [have, need] = cell.split('/').map(Number);
    expect(have).toBe(need);
    await expect(page.getByTestId('batch-row').nth(1).locator('[data-col="why"]').innerText()).resolves.not.toMatch(/缺少必备部分/);
  } finally {
    await context.close();
  }
});

test('from 127.0.0.1 at 360 px: a dropped pair of files, no horizontal overflow, CSV export', async () => {
  const { context, page } = await newPage(360);
  try {
    await page.goto(`${base}/checker/checker.html`);
    await page.getByTestId('drop-zone').waitFor();
    const files = [SEED, incomplete].map((f) => ({ name: path.basename(f), b64: fs.readFileSync(f).toString('base64') }));
    // A real DragEvent with a DataTransfer holding the files, as the browser fires for a drop from the desktop.
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, files);
    await allRead(page, 2);
    await expect(page.getByTestId('batch-row').count()).resolves.toBe(2);
    await expect(page.getByTestId('batch-row').nth(1).getAttribute('data-verdict')).resolves.toBe('fail');

    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: path.join(OUT, 'checker-batch-360.png'), fullPage: true, animations: 'disabled' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出表格（CSV）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csvPath = path.join(tmp, 'batch.csv');
    await download.saveAs(csvPath);
    const lines = fs.readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^文件,/);
    expect(lines[1]).toMatch(/^seed-typed\.docx,.*需修改/);
    expect(lines[2]).toMatch(/^缺项\.docx,.*不达标/);
  } finally {
    await context.close();
  }
});

/** A 5,000-paragraph report: the pane's sample paragraphs repeated (as bench/ui.ts does). */
function longReport(paragraphs: number): string {
  const sample = fs.readFileSync(path.join(ROOT, 'src/taskpane/sample.txt'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const lines = sample.slice(0, 2);
  for (let i = 0; lines.length < paragraphs; i++) lines.push(sample[2 + (i % (sample.length - 2))]);
  return lines.join('\n');
}

/** What the page shows of one file's result, to compare two runs: verdict, tiles, checklists, finding groups. */
async function shownResult(page: Page) {
  await page.getByTestId('summary').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="doc-view"]')?.getAttribute('data-mounted') === 'all', null, { timeout: 60_000 });
  return page.evaluate(() => ({
    verdict: document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict'),
    why: document.querySelector('[data-testid="verdict-why"]')?.textContent,
    summary: document.querySelector('[data-testid="summary"]')?.textContent,
    sections: [...document.querySelectorAll('[data-testid^="section-"]')].map((e) => `${e.getAttribute('data-testid')}=${e.getAttribute('data-status')}`),
    focus: [...document.querySelectorAll('[data-testid^="focus-"]')].map((e) => `${e.getAttribute('data-testid')}=${e.getAttribute('data-status')}`),
    groups: [...document.querySelectorAll('[data-testid^="group-"] h3')].map((e) => e.textContent),
    paragraphs: document.querySelectorAll('[data-testid="doc-view"] [data-paragraph]').length,
  }));
}

test('a 5,000-paragraph document: checked in the worker with progress (规则 i/N), the same result as on the main thread, and a click on a finding highlights its paragraph', async () => {
  const file = path.join(tmp, '压力测试.txt');
  fs.writeFileSync(file, longReport(5000));
  const { context, page } = await newPage(1280);
  try {
    await page.goto(`${base}/checker/checker.html`);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    // Record every progress step the page shows (a MutationObserver: the check may be quick).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __steps: string[] }).__steps = seen;
      new MutationObserver(() => {
        const t = document.querySelector('[data-testid="progress-text"]')?.textContent;
        const bar = document.querySelector('[data-testid="progress"] [role="progressbar"]');
        if (t && bar && seen[seen.length - 1] !== t) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByTestId('file-input').setInputFiles(file);
    const viaWorker = await shownResult(page);
    await expect(page.getByTestId('checker').getAttribute('data-engine')).resolves.toBe('worker');
    const steps = await page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
    expect(steps.some((t) => /^正在检查 1\/1：压力测试\.txt · 规则 \d+\/\d+$/.test(t))).toBe(true);
    await page.getByTestId('progress').waitFor({ state: 'detached' });
    expect(viaWorker.paragraphs).toBe(5000);
    expect(viaWorker.groups.length).toBeGreaterThan(0);

    // A finding far down the document: its paragraph is selected, mounted and scrolled into view.
    const cards = page.locator('[data-testid="finding"] [role="button"]');
    await cards.last().click();
    const selected = page.locator('[data-testid="doc-view"] [data-selected="true"]');
    await selected.waitFor();
    await expect(selected.isVisible()).resolves.toBe(true);
    // Scrolled to inside the document view's own scroller (which really scrolls: its blocks keep their height).
    const place = await selected.evaluate((el) => {
      const scroller = el.closest('[data-block]')!.parentElement!;
      const a = el.getBoundingClientRect();
      const b = scroller.getBoundingClientRect();
      return { inside: a.top >= b.top - 1 && a.top < b.bottom, scrolls: scroller.scrollHeight > scroller.clientHeight * 10, n: Number(el.getAttribute('data-paragraph')) };
    });
    expect(place).toMatchObject({ inside: true, scrolls: true });
    expect(place.n).toBeGreaterThan(0);

    // The same file on the main thread (checker.html?engine=main): the same result.
    await page.goto(`${base}/checker/checker.html?engine=main`);
    await page.getByTestId('file-input').setInputFiles(file);
    const onMain = await shownResult(page);
    await expect(page.getByTestId('checker').getAttribute('data-engine')).resolves.toBe('main');
    expect(onMain).toEqual(viaWorker);
  } finally {
    await context.close();
  }
});

test('no request left this machine, and the page raised no error', () => {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.some((u) => u.startsWith('file:'))).toBe(true);
  expect(requests.some((u) => u.startsWith(base))).toBe(true);
  expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(pageErrors).toEqual([]);
});
