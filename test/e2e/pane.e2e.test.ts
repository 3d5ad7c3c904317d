/**
 * The built task pane (dist/) in headless Chromium at Word's narrowest pane width, outside Office:
 * office.js is blocked, so the pane must fall back to preview mode, and nothing may leave the machine.
 * Run with `npm run test:e2e` (builds first).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { openPane, type PaneSession } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'test-results');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let session: PaneSession;
let base: string;
let context: BrowserContext;
let page: Page;
let requests: string[];
let pageErrors: string[];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)');
  session = await openPane(DIST);
  ({ base, context, page, requests, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

const button = (name: string) => page.getByRole('button', { name, exact: true });

async function noHorizontalOverflow() {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth).toBeLessThanOrEqual(320);
  expect(scrollWidth).toBeLessThanOrEqual(320);
}

test('preview mode at 320 px: check, locate, insert all, flag and clear, offline', async () => {
  await page.goto(`${base}/taskpane.html`);
  await page.getByText('预览模式：未在 Word 中运行，正在检查内置示例文档').waitFor();
  await page.locator('[data-testid="preview-doc"] [data-paragraph]').first().waitFor();

  // Check.
  await button('检查').click();
  await page.getByTestId('stat-sections').waitFor();
  const sections = await page.getByTestId('stat-sections').innerText();
  const [present, required] = sections.split('\n')[0].split('/').map(Number);
  expect(present).toBeLessThan(required); // the sample lacks 原因分析
  expect(await page.locator('[data-testid^="section-"][data-status="missing"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-testid^="focus-"][data-status="missing"]').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('detection-reason').innerText()).resolves.toMatch(/^识别为：/);
  // The verdict where the writer looks, and counts that add up to the cards.
  await expect(page.getByTestId('pane-verdict').getAttribute('data-verdict')).resolves.toMatch(/^(pass|revise|fail)$/);
  const count = async (id: string) => Number((await page.getByTestId(id).innerText()).match(/\d+/)![0]);
  expect((await count('stat-errors')) + (await count('stat-warnings')) + (await count('stat-infos'))).toBe(await page.getByTestId('finding').count());
  await noHorizontalOverflow();
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, 'pane-after-check.png'), fullPage: true, animations: 'disabled' });
  await page.screenshot({ path: path.join(OUT, 'pane-320-after-check.png'), animations: 'disabled' });

  // The category filter: 标点 only.
  await page.getByTestId('filter-punct').click();
  expect(await page.locator('[data-testid="finding"]:not([data-rule^="punct/"])').count()).toBe(0);
  await page.getByTestId('category-filter').scrollIntoViewIfNeeded();
  await noHorizontalOverflow();
  await page.screenshot({ path: path.join(OUT, 'pane-320-category-filter.png'), animations: 'disabled' });

  // A quote pair is one card, before → after; one click fixes both marks, and 撤销 is offered.
  const pair = page.locator('[data-testid="finding"][data-rule="punct/halfwidth"]', { hasText: '四风' });
  expect(await pair.count()).toBe(1);
  await pair.scrollIntoViewIfNeeded();
  await pair.screenshot({ path: path.join(OUT, 'pane-320-pair-fix-card.png'), animations: 'disabled' });
  await pair.getByRole('button', { name: '一键修改', exact: true }).click();
  await page.getByTestId('notice').getByText(/已修改：.*"四风".*→.*“四风”/).waitFor();
  await page.getByTestId('undo').waitFor();
  expect(await page.locator('[data-testid="finding"][data-rule="punct/halfwidth"]', { hasText: '四风' }).count()).toBe(0);
  await page.getByTestId('filter-all').click();

  // Clicking a finding highlights its paragraph in the preview document.
  const finding = page.locator('[data-testid="finding"] [role="button"]').first();
  await finding.click();
  const selected = page.locator('[data-testid="preview-doc"] [data-selected="true"]');
  await selected.waitFor();
  expect(await selected.count()).toBe(1);
  await expect(selected.getAttribute('aria-current')).resolves.toBe('true');

  // Insert everything that is missing, then the structure is complete.
  await button('插入缺项').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.locator('[data-testid^="op-"]').count()).toBeGreaterThan(0);
  await noHorizontalOverflow();
  await page.screenshot({ path: path.join(OUT, 'pane-insert-dialog.png'), animations: 'disabled' });
  await dialog.getByRole('button', { name: '全部插入', exact: true }).click();
  await dialog.getByText('没有需要插入的内容：结构已完整。').waitFor();
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect(page.getByTestId('notice').innerText()).resolves.toMatch(/已插入 \d+ 处/);
  await button('检查').click();
  await page.waitForFunction(() => {
    const t = document.querySelector('[data-testid="stat-sections"]')?.textContent ?? '';
    const m = /(\d+)\/(\d+)/.exec(t);
    return !!m && m[1] === m[2];
  });
  expect(await page.locator('[data-testid^="section-"][data-status="missing"]').count()).toBe(0);

  // Flag unaddressed focus areas, then clear exactly those flags.
  await button('标注').click();
  await page.getByTestId('notice').getByText(/已添加 \d+ 处标注/).waitFor();
  expect(await page.locator('[data-testid="preview-doc"] [data-flagged="true"]').count()).toBeGreaterThan(0);
  await button('清除标注').click();
  await page.getByTestId('notice').getByText(/已清除 \d+ 处标注/).waitFor();
  expect(await page.locator('[data-testid="preview-doc"] [data-flagged="true"]').count()).toBe(0);
  await noHorizontalOverflow();
  await page.screenshot({ path: path.join(OUT, 'pane-after-insert.png'), fullPage: true, animations: 'disabled' });

  // Nothing but office.js was even attempted outside this machine, and office.js was blocked.
  const outside = requests.filter((u) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(u));
  expect(outside.filter((u) => u !== OFFICE_JS)).toEqual([]);
  expect(requests).toContain(`${base}/taskpane.html`);
  expect(pageErrors).toEqual([]);
});

test('an old web view without modern features gets a clear message instead of a blank pane', async () => {
  const old = await context.newPage();
  await old.addInitScript(() => {
    // What Internet Explorer 11 lacks among the features the inline check tests.
    (window as unknown as { fetch?: unknown }).fetch = undefined;
  });
  await old.goto(`${base}/taskpane.html`);
  await old.getByText(/这个版本的 Word 使用旧版浏览器内核（Internet Explorer 11 或旧版 Edge）/).waitFor();
  await old.getByText(/legacy web view/).waitFor();
  await old.waitForTimeout(300);
  expect(await old.getByTestId('pane').count()).toBe(0);
  await old.close();
});
