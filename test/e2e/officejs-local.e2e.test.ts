/**
 * The `--env officeJs=local` build (intranets that cannot reach Microsoft's CDN): built here into a
 * temporary folder, served on 127.0.0.1 and opened in headless Chromium. The page must load Office.js
 * from its own server — and, when the URL says Word opened it, the Word host script too — with not one
 * request leaving this machine; outside Office it still ends in preview mode.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml' };

let dist: string;
let server: http.Server;
let base: string;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const requests: { url: string; status?: number }[] = [];
const served: string[] = [];

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-local-officejs-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'officeJs=local', '--output-path', dist], { cwd: ROOT, stdio: 'pipe' });
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    served.push(url.pathname);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 320, height: 800 },
    locale: 'zh-CN',
  });
  context.on('request', (r) => requests.push({ url: r.url() }));
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort(),
  );
  page = context.pages()[0] ?? (await context.newPage());
}, 300_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  for (const d of [userDataDir, dist]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

const outside = () => requests.map((r) => new URL(r.url)).filter((u) => !['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol));

test('the page references Office.js on its own server only', () => {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(refs).toContain('office-js/office.js');
  expect(refs.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
  for (const f of ['office.js', 'word-win32-16.01.js', 'word-web-16.00.js', 'word-mac-16.00.js', 'zh-cn/office_strings.js']) expect(fs.existsSync(path.join(dist, 'office-js', f))).toBe(true);
});

test('outside Office: Office.js is loaded from 127.0.0.1, the pane ends in preview mode, nothing leaves the machine', async () => {
  await page.goto(`${base}/taskpane.html`);
  await page.locator('[data-testid="preview-doc"] [data-paragraph]').first().waitFor({ timeout: 30_000 });
  expect(served).toContain('/office-js/office.js');
  expect(outside().map(String)).toEqual([]);
});

test('opened as by Word desktop (_host_Info): the Word host script comes from 127.0.0.1 too', async () => {
  served.length = 0;
  requests.length = 0;
  await page.goto(`${base}/taskpane.html?_host_Info=Word$Win32$16.01$zh-CN$$$$0`);
  const deadline = Date.now() + 15_000;
  while (!served.some((p) => /\/office-js\/word-win32-16\.01\.js$/.test(p)) && Date.now() < deadline) await page.waitForTimeout(250);
  expect(served).toContain('/office-js/word-win32-16.01.js');
  expect(outside().map(String)).toEqual([]);
});
