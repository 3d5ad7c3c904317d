import { mkdtempSync, writeFileSync, readFileSync, readdirSync, copyFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { createProgress, fitWidth, displayWidth } from '../../src/cli/progress';
import { parseCsv } from '../helpers/csv';
import { seedLines, lineIndex } from '../helpers/docs';

const FIX = path.join(__dirname, '../fixtures');

async function run(args: string[], cwd: string, isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd, isTTY });
  return { code, out, err };
}

/** A folder of submissions: a .docx seed, the clean report, a report missing a section, and an unreadable file with an awkward name. */
function batchDir(): { dir: string; odd: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'xingshen-batch-'));
  const sub = path.join(dir, '材料');
  mkdirSync(sub);
  copyFileSync(path.join(FIX, 'docx/seed-typed.docx'), path.join(sub, 'a-seed.docx'));
  copyFileSync(path.join(FIX, 'text/clean-report.txt'), path.join(sub, 'b-clean.txt'));
  const lines = seedLines();
  writeFileSync(path.join(sub, 'c-缺原因分析.txt'), [...lines.slice(0, lineIndex(lines, '三、')), ...lines.slice(lineIndex(lines, '四、'))].join('\n'));
  const odd = 'd-张三,"终稿"\n第二版.docx';
  copyFileSync(path.join(FIX, 'docx/bad-not-zip.docx'), path.join(sub, odd));
  return { dir, odd };
}

describe('xingshen check --format csv', () => {
  it('writes one parseable row per file, incl. the unreadable one, with BOM and zh-CN header; exit 2', async () => {
    const { dir, odd } = batchDir();
    const r = await run(['check', '--format', 'csv', '材料'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    expect(r.out.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(r.out.slice(1));
    expect(rows[0][0]).toBe('文件');
    expect(rows[0]).toContain('结论');
    expect(rows[0]).toContain('无法读取的原因');
    const body = rows.slice(1);
    expect(body.map((x) => path.basename(x[0]))).toEqual(['a-seed.docx', 'b-clean.txt', 'c-缺原因分析.txt', path.basename(odd)]);
    const col = (name: string) => rows[0].indexOf(name);
    expect(body.map((x) => x[col('结论')])).toEqual(['需修改', '达标', '不达标', '']);
    expect(body[0].slice(col('必备部分（已有）'), col('重点方面（总数）') + 1)).toEqual(['5', '5', '8', '9']);
    expect(body[2][col('必备部分（已有）')]).toBe('4');
    expect(body[2][col('结论依据')]).toContain('缺少必备部分');
    const bad = body[3];
    expect(bad[0]).toBe(path.join('材料', odd));
    expect(bad[col('无法读取的原因')]).toContain('不是有效的 .docx');
    expect(bad.filter((c, i) => i !== 0 && i !== col('无法读取的原因'))).toEqual(Array(rows[0].length - 2).fill(''));
  });

  it('exits 0 on a batch with no error-severity finding and no unreadable file', async () => {
    const { dir } = batchDir();
    const r = await run(['check', '--format', 'csv', '材料/a-seed.docx', '材料/b-clean.txt'], dir);
    expect(r.code).toBe(0);
    expect(parseCsv(r.out.slice(1))).toHaveLength(3);
  });
});

describe('xingshen check --format html', () => {
  it('writes the report with -o atomically and prints nothing to stdout', async () => {
    const { dir } = batchDir();
    const r = await run(['check', '--format', 'html', '-o', 'out/report.html', '材料'], dir);
    // the output folder does not exist: a usage error, nothing written, nothing on stdout
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('无法写出 out/report.html：目标文件夹不存在');
    expect(r.err).not.toMatch(/：ENOENT|ENOENT（/);
    mkdirSync(path.join(dir, 'out'));
    const ok = await run(['check', '--format', 'html', '-o', 'out/report.html', '材料'], dir);
    expect(ok.code).toBe(2);
    expect(ok.out).toBe('');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.html']); // no temp file left
    const html = readFileSync(path.join(dir, 'out/report.html'), 'utf8');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<table class="summary">');
    expect(html).toMatch(/<a href="#f1">材料\/a-seed\.docx<\/a>/);
    expect(html).toContain('<section class="file" id="f4">');
    expect(html).toContain('<span class="v v-pass">达标</span>');
    expect(html).toContain('<span class="v v-fail">不达标</span>');
    expect(html).toContain('&quot;终稿&quot;');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes <script> and & from a document', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xingshen-batch-'));
    const lines = seedLines();
    const i = lineIndex(lines, '聚焦群众');
    lines[i] = lines[i].replace('通过查摆我发现', '通过查摆我发现<script>alert(1)</script>&R&D，');
    writeFileSync(path.join(dir, '<script>x&.txt'), lines.join('\n'));
    const r = await run(['check', '--format', 'html', '.'], dir);
    expect(r.out).not.toMatch(/<script/i);
    expect(r.out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;R&amp;D');
    expect(r.out).toContain('&lt;script&gt;x&amp;.txt');
  });

  it('picks the format from the -o extension and rejects unknown formats', async () => {
    const { dir } = batchDir();
    const r = await run(['check', '-o', 'r.csv', '材料/b-clean.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const csv = readFileSync(path.join(dir, 'r.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv.slice(1))[1]).toContain('达标');
    const j = await run(['check', '-o', 'r.json', '--format', 'json', '材料/b-clean.txt'], dir);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).results).toHaveLength(1);
    expect(j.out).toBe('');
    const bad = await run(['check', '--format', 'xml', '材料'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('csv');
  });
});

describe('progress on stderr', () => {
  it('is shown only when stderr is a TTY, redrawn with \\r and cleared, never on stdout', async () => {
    const { dir } = batchDir();
    const tty = await run(['check', '--format', 'csv', '材料'], dir, true);
    expect(tty.err).toContain('\r[1/4] 正在检查 ');
    expect(tty.err).toContain('\r[4/4] 正在检查 ');
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true);
    expect(tty.out).not.toContain('正在检查');
    const quiet = await run(['check', '--format', 'csv', '材料'], dir, false);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe(tty.out);
  });

  it('stays quiet for a single file and fits long names to the terminal width', () => {
    let err = '';
    const p = createProgress({ write: (s: string) => (err += s) }, true, { columns: 40 });
    p.update(0, 1, 'one.docx');
    p.done();
    expect(err).toBe('');
    p.update(0, 2, '很长的文件夹名称/很长很长很长很长很长很长的文件名称.docx');
    const line = err.replace(/^\r/, '').replace(/\x1b\[K$/, '');
    expect(displayWidth(line)).toBeLessThanOrEqual(39);
    expect(line).toContain('文件名称.docx');
    expect(fitWidth('abc', 10)).toBe('abc');
    expect(fitWidth('abcdefghij', 5)).toBe('…ghij');
    expect(displayWidth('中a')).toBe(3);
  });
});
