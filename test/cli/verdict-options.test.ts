/**
 * Issue 16 §1 and §4 for the CLI: the verdict in the text report and the JSON, --fail-on, zh-CN option
 * errors, English reasons, a file given twice; issue 17: .txt encodings named, empty files. Each test
 * failed on 896da08.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { parseCsv } from '../helpers/csv';
import { lineIndex, seedLines } from '../helpers/docs';
import { run, SEED_DOCX, SEED_TXT, tmp } from './helpers';

const seed = readFileSync(SEED_TXT, 'utf8').replace(/^\uFEFF/, '');
const results = (out: string) => JSON.parse(out).results;

function utf16(s: string, le: boolean): Buffer {
  const b = Buffer.from(s, 'utf16le');
  return le ? b : b.swap16();
}

describe('the verdict (issue 16 §1)', () => {
  it('is the first line of each file in the text report, with its reason', async () => {
    const r = await run(['check', SEED_TXT], process.cwd());
    expect(r.out).toMatch(/━━\n结论：需修改 — 警告 \d+ 处（>5），重点方面 8\/9\n配置：/);
  });

  it('is in the JSON as verdict and verdictReason for every readable file', async () => {
    const dir = tmp('verdict');
    const lines = seedLines();
    writeFileSync(path.join(dir, 'no-causes.txt'), [...lines.slice(0, lineIndex(lines, '三、')), ...lines.slice(lineIndex(lines, '四、'))].join('\n'));
    const r = await run(['check', '--format', 'json', SEED_TXT, 'no-causes.txt'], dir);
    const [a, b] = results(r.out);
    expect(a.verdict).toBe('revise');
    expect(b.verdict).toBe('fail');
    expect(b.verdictReason).toMatch(/^(错误 \d+ 处（≥3）|缺少必备部分（4\/5）)$/);
  });

  it('--fail-on sets what makes the exit code 1', async () => {
    const cwd = process.cwd();
    expect((await run(['check', SEED_TXT], cwd)).code).toBe(0); // default: no error finding
    expect((await run(['check', '--fail-on', 'error', SEED_TXT], cwd)).code).toBe(0);
    expect((await run(['check', '--fail-on', '不达标', SEED_TXT], cwd)).code).toBe(0); // 需修改 is not 不达标
    expect((await run(['check', '--fail-on', '需修改', SEED_TXT], cwd)).code).toBe(1);
    const bad = await run(['check', '--fail-on', 'maybe', SEED_TXT], cwd);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--fail-on 的值“maybe”无效，可用：不达标、需修改、error');
  });

  it('an untouched `new` draft does not pass --fail-on 不达标', async () => {
    const dir = tmp('verdict');
    for (const profile of ['generic', 'zuofeng-2022']) {
      const name = `${profile}.docx`;
      expect((await run(['new', '-p', profile, '-o', name], dir)).code).toBe(0);
      const r = await run(['check', '--fail-on', '不达标', '--format', 'json', name], dir);
      expect({ profile, code: r.code, verdict: results(r.out)[0].verdict }).toEqual({ profile, code: 1, verdict: 'fail' });
    }
  }, 60_000);

  it('English reports (--lang en or LANG=en_…) have English verdicts and reasons', async () => {
    const dir = tmp('verdict');
    const t = await run(['check', '--lang', 'en', SEED_TXT], dir);
    expect(t.out).toMatch(/Verdict: Revise — \d+ warnings \(>5\); focus aspects 8\/9/);
    expect(t.out).not.toMatch(/结论|警告 \d+ 处/);
    const h = await run(['check', '--format', 'html', SEED_TXT], dir, { LANG: 'en_US.UTF-8' });
    expect(h.out).toContain('<html lang="en">');
    expect(h.out).toMatch(/\d+ warnings \(&gt;5\); focus aspects 8\/9/);
    expect(h.out).not.toContain('警告 ');
    const c = await run(['check', '--format', 'csv', SEED_TXT], dir, { LANG: 'C.UTF-8' });
    expect(c.out).toContain('结论依据');
    expect((await run(['check', '--lang', 'fr', SEED_TXT], dir)).err).toContain('不支持的报告语言');
  });
});

describe('zh-CN option errors (issue 16 §2)', () => {
  it.each([
    [['check', '--formt', 'json', 'a.txt'], '未知选项“--formt”；是不是要用 --format？'],
    [['check', 'a.txt', '-o'], '选项 --output 后面缺少值'],
    [['fix', 'a.docx', '--in-place=yes'], '选项 --in-place 不需要值'],
    [['new', '--titel', 'x', '-o', 'x.docx'], '是不是要用 --title？'],
  ])('%j', async (args, message) => {
    const r = await run(args as string[], tmp('opts'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/Unknown option|argument missing|does not take/);
  });
});

it('`xingshen <command> --help` prints the help (the option errors point to it)', async () => {
  for (const cmd of ['check', 'fix', 'new']) {
    const r = await run([cmd, '--help'], tmp('opts'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('xingshen check');
  }
});

describe('a file given twice (issue 16 §4)', () => {
  it('is marked as such in the JSON, the CSV and the text report, and not checked twice', async () => {
    const dir = tmp('dup');
    copyFileSync(SEED_TXT, path.join(dir, 'a.txt'));
    linkSync(path.join(dir, 'a.txt'), path.join(dir, 'same.txt'));
    const j = await run(['check', '--format', 'json', 'a.txt', './a.txt', 'same.txt'], dir);
    const rs = results(j.out);
    expect(rs.map((r: { duplicateOf?: string }) => r.duplicateOf)).toEqual([undefined, 'a.txt', 'a.txt']);
    expect(rs[1].verdict).toBe(rs[0].verdict);
    const c = parseCsv((await run(['check', '--format', 'csv', 'a.txt', 'a.txt'], dir)).out.slice(1));
    expect(c[0][c[0].length - 1]).toBe('备注');
    expect(c[2][c[0].length - 1]).toBe('与第 1 个文件相同（重复）');
    const t = await run(['check', 'a.txt', 'a.txt'], dir);
    expect(t.out).toContain('与 a.txt 是同一文件（重复给出）');
    expect(t.out).toMatch(/共 2 个文件：.*（其中 1 个重复给出）/);
  });
});

describe('.txt encodings and empty files through the CLI (issue 17 B12, D18)', () => {
  it('reads UTF-16 with and without BOM, says which encoding was used, and the result equals the UTF-8 one', async () => {
    const dir = tmp('enc');
    writeFileSync(path.join(dir, 'le.txt'), utf16(seed, true)); // H-txt-u16nobom
    writeFileSync(path.join(dir, 'be-bom.txt'), utf16('\uFEFF' + seed, false));
    copyFileSync(SEED_TXT, path.join(dir, 'u8.txt'));
    const r = await run(['check', '--format', 'json', 'le.txt', 'be-bom.txt', 'u8.txt'], dir);
    const [le, be, u8] = results(r.out);
    expect([le.encoding, be.encoding, u8.encoding]).toEqual(['utf-16le', 'utf-16be', 'utf-8']);
    const shape = (x: { sections: unknown; focusAreas: unknown; verdict: unknown }) => ({ s: x.sections, f: x.focusAreas, v: x.verdict });
    expect(shape(le)).toEqual(shape(u8));
    expect(shape(be)).toEqual(shape(u8));
    const t = await run(['check', 'le.txt'], dir);
    expect(t.out).toContain('编码：UTF-16LE');
  });

  it('says "文件为空" for an empty .txt instead of judging it 不达标', async () => {
    const dir = tmp('enc');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const r = await run(['check', '--format', 'json', 'empty.txt'], dir);
    expect(r.code).toBe(2);
    expect(results(r.out)[0].error).toContain('文件为空');
  });
});

describe('a folder run lists every document-like file (issue 16 §4)', () => {
  it('names each one it cannot read with what to do, so the count is complete', async () => {
    const dir = tmp('folder');
    mkdirSync(path.join(dir, '材料'));
    copyFileSync(SEED_DOCX, path.join(dir, '材料/a.docx'));
    copyFileSync(SEED_TXT, path.join(dir, '材料/b.txt'));
    copyFileSync(path.join(__dirname, '../fixtures/docx/bad-legacy.doc'), path.join(dir, '材料/c.doc'));
    writeFileSync(path.join(dir, '材料/d.pdf'), '%PDF-1.4\n');
    copyFileSync(path.join(__dirname, '../fixtures/docx/bad-legacy.doc'), path.join(dir, '材料/e.wps'));
    writeFileSync(path.join(dir, '材料/f.rtf'), '{\\rtf1 }');
    writeFileSync(path.join(dir, '材料/g.odt'), 'PK');
    writeFileSync(path.join(dir, '材料/notes.md'), '# not a document');
    const r = await run(['check', '--format', 'json', '材料'], dir);
    const rs = results(r.out);
    expect(rs.map((x: { file: string }) => path.basename(x.file))).toEqual(['a.docx', 'b.txt', 'c.doc', 'd.pdf', 'e.wps', 'f.rtf', 'g.odt']);
    for (const x of rs.slice(2)) expect(x.error).toMatch(/另存为/);
    const t = await run(['check', '材料'], dir);
    expect(t.out).toMatch(/共 7 个文件：.*无法读取 5/);
  });
});
