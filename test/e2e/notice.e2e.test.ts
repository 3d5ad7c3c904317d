/**
 * The pane's 从通知生成… flow in the built pane (dist/), headless Chromium at 320 px, preview mode, offline:
 * paste a notice, use the profile it gives, check, and see the item the document lacks named as missing.
 * The dialog is a lazy chunk: nothing of it is fetched before 从通知生成… is clicked.
 * Run with `npm run test:e2e` (builds first).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'test-results');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

let server: http.Server;
let base: string;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)');
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 320, height: 800 },
    locale: 'zh-CN',
  });
  context.on('request', (r) => requests.push(r.url()));
  // office.js may be attempted but never fetched; anything else outside this machine is refused too.
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort(),
  );
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});


const NOTICE = fs.readFileSync(path.join(ROOT, 'test/fixtures/notices/01-minzhu-2024-semicolon.txt'), 'utf8');

test('paste a notice, use it, check: the missing 四个带头 items are named; the dialog loads only when opened', async () => {
  await page.goto(`${base}/taskpane.html`);
  await page.getByText('预览模式：未在 Word 中运行，正在检查内置示例文档').waitFor();
  await page.getByTestId('notice-open').waitFor();
  expect(requests.filter((u) => /notice-dialog/.test(u))).toEqual([]);

  await page.getByTestId('notice-open').click();
  await page.getByTestId('notice-text').fill(NOTICE);
  expect(requests.some((u) => /notice-dialog/.test(u))).toBe(true);
  await page.getByTestId('notice-read').click();
  await expect(page.getByTestId('notice-item-title').count()).resolves.toBe(4);
  await expect(page.getByTestId('notice-item-title').nth(1).inputValue()).resolves.toBe('带头增强党性、严守纪律、砥砺作风');
  await page.getByTestId('notice-use').click();

  // The pane checks against the derived profile: the sample is a 2022 作风建设 report
  await page.getByTestId('stat-sections').waitFor();
  // (its 聚焦 paragraphs touch three of the four by topic; 全面从严治党政治责任 it never mentions).
  const focus = page.locator('[data-testid^="focus-"]');
  await expect(focus.count()).resolves.toBe(4);
  const missing = page.locator('[data-testid^="focus-"][data-status="missing"]');
  await expect(missing.count()).resolves.toBeGreaterThanOrEqual(1);
  await expect(missing.last().innerText()).resolves.toContain('带头履行全面从严治党政治责任');
  await expect(page.getByTestId('profile-select').inputValue()).resolves.toBe('__custom__');

  // Offline: only this machine was asked for anything (office.js is attempted and refused).
  const outside = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1|data:|blob:)/.test(u) && !u.startsWith(OFFICE_JS));
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, 'pane-notice.png'), fullPage: true });
});
