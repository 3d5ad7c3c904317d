/**
 * The `--env officeJs=local` build (intranets that cannot reach Microsoft's CDN): built here into a
 * temporary folder, served on 127.0.0.1 and opened in headless Chromium. The page must load Office.js
 * from its own server — and, when the URL says Word opened it, the Word host script too — with not one
 * request leaving this machine; outside Office it still ends in preview mode.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPane, type PaneSession } from './harness';

const ROOT = path.resolve(__dirname, '../..');
let dist: string;
let session: PaneSession;
let base: string;
let page: Page;
let requests: string[];
let served: string[];

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-local-officejs-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'officeJs=local', '--output-path', dist], { cwd: ROOT, stdio: 'pipe' });
  session = await openPane(dist);
  ({ base, page, requests, served } = session);
}, 300_000);

afterAll(async () => {
  await session?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

const outside = () => requests.map((r) => new URL(r)).filter((u) => !['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol));

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
