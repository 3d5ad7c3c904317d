/**
 * The HTML batch report prints on A4 without clipping (issue 16 §4): in Chromium's print layout at
 * the A4 content width (210 mm − 2 × 15 mm margins), no cell of the summary table reaches past the
 * right edge, and a PDF of the report is A4. Saves the first page as test-results/report-a4.png when
 * poppler's pdftoppm is there, to look at.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { batchHtml, type BatchInput } from '../../src/core/batch';
import { check } from '../../src/core/engine';
import { modelFromLines } from '../../src/core/model';
import { getBuiltinProfile } from '../../src/profiles';
import { seedLines, zuofeng } from '../helpers/docs';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
});
afterAll(async () => browser?.close());

function report(lang: 'zh-CN' | 'en'): string {
  const result = check(modelFromLines(seedLines()), zuofeng());
  const items: BatchInput[] = [
    { file: '支部材料/旧材料.doc', error: '这是旧版 Word 97-2003 .doc 文件，无法直接读取，请另存为 .docx 后再试：在 Word 或 WPS 中打开，选择“另存为”→“Word 文档 (*.docx)”（legacy .doc format: please save as .docx）' },
    ...[1, 2, 3].map((i) => ({ file: `支部材料/第${i}党支部-张三同志-2024年度组织生活会个人对照检查材料（修改稿第三版）-最终定稿.docx`, result })),
    { file: '支部材料/very-long-file-name-without-any-spaces-or-breaks-at-all-0123456789abcdef.docx', result },
  ];
  return batchHtml(items, (id) => getBuiltinProfile(id), { lang, generatedAt: '2026-12-01 12:00' });
}

const A4_CONTENT_PX = Math.floor(((210 - 30) / 25.4) * 96); // 680 CSS px

describe.each(['zh-CN', 'en'] as const)('HTML report on A4 (%s)', (lang) => {
  it('no summary cell reaches past the printable width', async () => {
    const page = await browser.newPage({ viewport: { width: A4_CONTENT_PX, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(report(lang));
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const cells = [...document.querySelectorAll('table.summary th, table.summary td')].map((c) => c.getBoundingClientRect().right);
      return { width, right: Math.max(...cells), scroll: document.documentElement.scrollWidth };
    });
    expect(overflow.right).toBeLessThanOrEqual(overflow.width + 0.5);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.close();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const mediaBox = /\/MediaBox\s*\[\s*0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*\]/.exec(pdf.toString('latin1'));
    expect(mediaBox && [Math.floor(Number(mediaBox[1])), Math.floor(Number(mediaBox[2]))]).toEqual([595, 842]); // A4 in points
    if (lang === 'zh-CN' && fs.existsSync('/usr/bin/pdftoppm')) {
      const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-print-')), 'r.pdf');
      fs.writeFileSync(tmp, pdf);
      const out = path.join(__dirname, '../../test-results');
      fs.mkdirSync(out, { recursive: true });
      spawnSync('/usr/bin/pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '1', '-l', '1', tmp, path.join(out, 'report-a4')]);
      expect(fs.existsSync(path.join(out, 'report-a4.png'))).toBe(true);
    }
  });
});
