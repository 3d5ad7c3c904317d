/**
 * The pane's 从通知生成… flow in the built pane (dist/), headless Chromium at 320 px, preview mode, offline:
 * paste a notice, use the profile it gives, check, and see the item the document lacks named as missing.
 * The dialog is a lazy chunk: nothing of it is fetched before 从通知生成… is clicked.
 * Run with `npm run test:e2e` (builds first).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPane, type PaneSession } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'test-results');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let session: PaneSession;
let base: string;
let page: Page;
let requests: string[];
let pageErrors: string[];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)');
  session = await openPane(DIST);
  ({ base, page, requests, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
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
