/**
 * Part 6: `xingshen fix` on a 50,000-paragraph report against a plain check of the same file (issue 17).
 * The file is the review's case: typed headings, the causes section missing (so fix inserts it and
 * renumbers the measures heading 三、→四、), and an appendix after the measures with 1,400 typed
 * 一、…十、 list items — which fix used to renumber too, one whole-document copy per edit (82 s and
 * 2 GB). Now they are left alone and the edits are applied in one pass: fix ≈ check + write + read-back.
 */
import * as fs from 'fs';
import * as path from 'path';
import { check, type Profile } from '../src/core';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { fixDocx } from '../src/docx/write';
import { getBuiltinProfile } from '../src/profiles';
import { buildDocx } from '../test/fixtures/docx-builder';
import { formatChineseNumber } from '../src/core/text';
import { generate, toLines } from './generate';
import { ensureOutDir, fmtInt, fmtMs, log, median, now, table } from './lib';

export interface FixResult {
  paragraphs: number;
  file: string;
  bytes: number;
  appendixItems: number;
  checkMs: number;
  fixMs: number;
  /** fix / check (medians; budgeted). */
  ratio: number;
  inserted: number;
  renumbered: number;
}

const APPENDIX_ITEMS = 1400;

/** The 50k report with typed headings, causes removed, measures numbered 三、, and a 1,400-item appendix. */
export function fixBenchFile(n: number): string {
  const file = path.join(ensureOutDir(), `bench-fix-${n}.docx`);
  // Generate more than needed (the causes section goes), then drop the surplus from the end of the
  // problems section so that the file has exactly n paragraphs.
  const target = n - APPENDIX_ITEMS - 1;
  const lines = toLines(generate(Math.ceil(target * 1.5)));
  const causes = lines.findIndex((l) => /^三、/.test(l));
  const measures = lines.findIndex((l) => /^四、/.test(l));
  const report = [...lines.slice(0, causes), lines[measures].replace(/^四、/, '三、'), ...lines.slice(measures + 1)];
  const surplus = Math.max(0, report.length - target);
  const kept = [...report.slice(0, causes - surplus), ...report.slice(causes)];
  const appendix = Array.from({ length: APPENDIX_ITEMS }, (_, k) => `${formatChineseNumber((k % 10) + 1)}、整改事项第${k + 1}项，明确责任人和完成时限。`);
  const body = [...kept, '附件：问题整改清单', ...appendix];
  fs.writeFileSync(file, buildDocx({ body: body.map((text) => ({ text })), markup: 'word' }));
  return file;
}

export function runFix(n: number): FixResult {
  useZlibInflate();
  const profile = getBuiltinProfile('zuofeng-2022') as Profile;
  const file = fixBenchFile(n);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const checks: number[] = [];
  const fixes: number[] = [];
  let inserted = 0;
  let renumbered = 0;
  let paragraphs = 0;
  // Warm-up, then alternate check and fix (this VM's speed drifts; both sides see the same phases).
  check(readDocx(bytes), profile);
  for (let i = 0; i < 4; i++) {
    let t = now();
    const doc = readDocx(bytes);
    check(doc, profile);
    if (i > 0) checks.push(now() - t);
    paragraphs = doc.paragraphs.length;
    t = now();
    const out = fixDocx(bytes, profile);
    if (i > 0) fixes.push(now() - t);
    inserted = out.inserted.length;
    renumbered = out.renumbered.length;
  }
  const checkMs = median(checks);
  const fixMs = median(fixes);
  log(`  fix ${fmtInt(paragraphs)}: check ${fmtMs(checkMs)}, fix ${fmtMs(fixMs)} (${inserted} inserted, ${renumbered} renumbered)`);
  return { paragraphs, file: path.relative(process.cwd(), file), bytes: bytes.length, appendixItems: APPENDIX_ITEMS, checkMs, fixMs, ratio: fixMs / checkMs, inserted, renumbered };
}

export function fixTable(r: FixResult): string {
  return table(
    ['paragraphs', 'file', 'appendix items', 'check (read + check)', 'fix (read, plan, write, read back)', 'fix / check', 'inserted', 'renumbered'],
    [[fmtInt(r.paragraphs), `${r.file} (${Math.round(r.bytes / 1024)} KB)`, fmtInt(r.appendixItems), fmtMs(r.checkMs), fmtMs(r.fixMs), `${r.ratio.toFixed(2)}×`, r.inserted, r.renumbered]],
  );
}
