import { readFileSync } from 'fs';
import * as path from 'path';
import { batchCsv, batchHtml, batchRows, batchTotals, csvField, escapeHtml, BATCH_COLUMNS, type BatchInput } from '../../src/core/batch';
import { check } from '../../src/core/engine';
import { modelFromLines } from '../../src/core/model';
import { parseProfile, type Profile } from '../../src/core/profile';
import { getBuiltinProfile } from '../../src/profiles';
import zuofengJson from '../../src/profiles/zuofeng-2022.json';
import { lineIndex, seedLines, zuofeng } from '../helpers/docs';
import { parseCsv } from '../helpers/csv';

const lookup = (id: string) => getBuiltinProfile(id);

function cleanLines(): string[] {
  return readFileSync(path.join(__dirname, '../fixtures/text/clean-report.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l, i, a) => l !== '' || i < a.length - 1);
}

function missingSection(): string[] {
  const lines = seedLines();
  return [...lines.slice(0, lineIndex(lines, '三、')), ...lines.slice(lineIndex(lines, '四、'))];
}

function item(file: string, lines: string[], profile: Profile = zuofeng()): BatchInput {
  return { file, result: check(modelFromLines(lines), profile, { profileReason: '测试' }) };
}

describe('batchRows', () => {
  const items: BatchInput[] = [item('seed.txt', seedLines()), item('缺原因.txt', missingSection()), item('clean.txt', cleanLines()), { file: 'bad.docx', error: '文件已损坏' }];
  const rows = batchRows(items, lookup);

  it('gives each readable file its counts and the verdict from the profile thresholds', () => {
    expect(rows.map((r) => r.verdict)).toEqual(['revise', 'fail', 'pass', null]);
    expect(rows[0]).toMatchObject({ index: 1, anchor: 'f1', file: 'seed.txt', profile: 'zuofeng-2022', sectionsPresent: 5, sectionsRequired: 5, aspectsAddressed: 8, aspectsTotal: 9, errors: 0, error: null });
    expect(rows[0].verdictWhy).toContain('重点方面 8/9');
    expect(rows[1].sectionsPresent).toBe(4);
    expect(rows[1].verdictWhy).toContain('缺少必备部分');
    expect(rows[2]).toMatchObject({ aspectsAddressed: 9, aspectsTotal: 9, errors: 0, warnings: 0 });
  });

  it('leaves the counts of an unreadable file empty and keeps its error', () => {
    expect(rows[3]).toMatchObject({ index: 4, file: 'bad.docx', profile: null, sectionsPresent: null, errors: null, verdict: null, verdictWhy: '', error: '文件已损坏' });
    expect(batchTotals(rows)).toEqual({ pass: 1, revise: 1, fail: 1, unreadable: 1 });
  });

  it('uses the profile the lookup returns (a stricter custom profile fails the seed)', () => {
    const strict = parseProfile({ ...zuofengJson, verdict: { passMinAspectShare: 1, passMaxWarnings: 0, failBelowAspectShare: 1 } });
    const [row] = batchRows([item('seed.txt', seedLines(), strict)], (id) => (id === strict.id ? strict : undefined));
    expect(row.verdict).toBe('fail');
    const [unknown] = batchRows([item('seed.txt', seedLines())], () => undefined);
    expect(unknown.verdict).toBeNull();
    expect(unknown.errors).toBe(0);
  });

  it('shows the n/m pairs in the display columns', () => {
    const cells = BATCH_COLUMNS.map((c) => c.cell(rows[1], 'zh-CN'));
    expect(cells).toEqual(['缺原因.txt', rows[1].profileName, '4/5', expect.stringMatching(/^\d+\/9$/), String(rows[1].errors), String(rows[1].warnings), String(rows[1].infos), '不达标', rows[1].verdictWhy, '']);
    expect(BATCH_COLUMNS.find((c) => c.id === 'verdict')!.cell(rows[2], 'en')).toBe('Pass');
  });
});

describe('batchCsv', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes a BOM, a zh-CN header and one row per file that parse back to the same values', () => {
    const odd = '第一批,"张三"\n终稿.txt';
    const items: BatchInput[] = [item(odd, seedLines()), { file: 'x, "y".docx', error: '无法读取，"损坏"\n第二行' }, item('clean.txt', cleanLines())];
    const csv = batchCsv(batchRows(items, lookup));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['文件', '配置', '必备部分（已有）', '必备部分（应有）', '重点方面（已查摆）', '重点方面（总数）', '错误', '警告', '提示', '结论', '结论依据', '无法读取的原因', '备注']);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(13);
    expect(rows[1].slice(0, 6)).toEqual([odd, zuofeng().name, '5', '5', '8', '9']);
    expect(rows[1][9]).toBe('需修改');
    expect(rows[2]).toEqual(['x, "y".docx', '', '', '', '', '', '', '', '', '', '', '无法读取，"损坏"\n第二行', '']);
    expect(rows[3][9]).toBe('达标');
    expect(rows[3][10]).toBe('结构完整，重点方面均已查摆');
  });

  it('keeps spreadsheet formulas out of text cells and can leave out the BOM', () => {
    const csv = batchCsv(batchRows([{ file: '=HYPERLINK("x")', error: '+1' }], lookup), { bom: false });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows[1][0]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1][11]).toBe(`'+1`);
  });
});

describe('batchHtml', () => {
  const evil = '<script>alert("x")</script> & 报告.txt';
  const lines = seedLines();
  const i = lineIndex(lines, '聚焦群众');
  lines[i] = lines[i].replace('通过查摆我发现', '通过查摆我发现<script>alert(1)</script>&amp;R&D，');
  const items: BatchInput[] = [item(evil, lines), item('缺原因.txt', missingSection()), item('clean.txt', cleanLines()), { file: 'bad<b>.docx', error: '损坏 <i>' }];
  const html = batchHtml(items, lookup, { generatedAt: '2025-01-31 14:05' });

  it('is one self-contained zh-CN page: charset, inline style, no script, no outside reference', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<link|src=|@import|url\(/i);
    expect(html).toContain('生成时间：2025-01-31 14:05');
  });

  it('escapes document text, file names and errors', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 报告.txt');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;R&amp;D'); // from the document's own text
    expect(html).toContain('bad&lt;b&gt;.docx');
    expect(html).toContain('损坏 &lt;i&gt;');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
  });

  it('has the summary table with coloured verdicts linking to each file detail', () => {
    const table = html.slice(html.indexOf('<table class="summary">'), html.indexOf('</table>'));
    for (const c of BATCH_COLUMNS) expect(table).toContain(`<th class="c-${c.id}">${escapeHtml(c.label.zh)}</th>`);
    const body = table.slice(table.indexOf('<tbody>'));
    expect(body.match(/<tr /g)).toHaveLength(4);
    expect(body).toContain('<span class="v v-revise">需修改</span>');
    expect(body).toContain('<span class="v v-fail">不达标</span>');
    expect(body).toContain('<span class="v v-pass">达标</span>');
    expect(body).toContain('<span class="v v-unreadable">无法读取</span>');
    for (let n = 1; n <= 4; n++) {
      expect(body).toContain(`<a href="#f${n}">`);
      expect(html).toContain(`<section class="file" id="f${n}">`);
    }
    expect(html).toContain('共 4 个文件：达标 1 · 需修改 1 · 不达标 1 · 无法读取 1');
  });

  it('details each file: section checklist, focus aspects with evidence, findings grouped with 1-based paragraphs', () => {
    const seed = html.slice(html.indexOf('id="f1"'), html.indexOf('id="f2"'));
    expect(seed).toContain('学习情况 — 已有（第2段）');
    expect(seed).toContain('具体执行 — 不充分，只复述了要求（第9段）');
    expect(seed).toContain('class="evidence"');
    expect(seed).toContain('<h4>重点方面（1）</h4>');
    const restated = items[0].result!.findings.find((f) => f.ruleId === 'focus/restated-only')!;
    expect(restated.paragraph).toBe(8);
    expect(seed).toMatch(/<span class="at">第9段<\/span>[^<]*具体执行[^<]*<span class="rule">\[focus\/restated-only\]<\/span>/);
    const cut = html.slice(html.indexOf('id="f2"'), html.indexOf('id="f3"'));
    expect(cut).toContain('原因分析 — 缺少');
    expect(cut).toContain('[structure/missing-section]');
    const clean = html.slice(html.indexOf('id="f3"'), html.indexOf('id="f4"'));
    expect(clean).toContain('<span class="v v-pass">达标</span>');
    expect(clean).not.toContain('<span class="sev sev-warning">');
    const bad = html.slice(html.indexOf('id="f4"'));
    expect(bad).toContain('损坏 &lt;i&gt;');
    expect(bad).not.toContain('<h3>');
  });

  it('has an English rendering for the en locale', () => {
    const en = batchHtml(items.slice(2, 3), lookup, { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<th class="c-verdict">Verdict</th>');
    expect(en).toContain('<span class="v v-pass">Pass</span>');
  });
});
