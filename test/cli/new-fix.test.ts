/** CLI `new` and `fix`: files written, reports, exit codes, and never a half-written or overwritten input. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main, type CliIO } from '../../src/cli/main';
import { readDocx } from '../../src/docx';
import { draftParagraphs } from '../../src/docx/write';
import { getBuiltinProfile } from '../../src/profiles';
import { buildVariant, seedWithout } from '../docx/write-helpers';

const FIXTURES = path.join(__dirname, '../fixtures/docx');

function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'xingshen-newfix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const listing = () => readdirSync(dir).sort();

describe('xingshen new', () => {
  it('writes the skeleton draft for the chosen profile', async () => {
    const r = await run(['new', '--profile', 'zuofeng-2022', '--title', '我的对照检查材料', '-o', 'draft.docx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已生成 draft.docx');
    const model = readDocx(new Uint8Array(readFileSync(path.join(dir, 'draft.docx'))));
    const expected = draftParagraphs(getBuiltinProfile('zuofeng-2022')!, { title: '我的对照检查材料' }).map((p) => p.text);
    expect(model.paragraphs.map((p) => p.text)).toEqual(expected);
    expect(model.paragraphs[0].text).toBe('我的对照检查材料');
    // The checker sees it complete: only unfilled placeholders, no missing section.
    const c = await run(['check', '--profile', 'zuofeng-2022', '--format', 'json', 'draft.docx'], dir);
    const json = JSON.parse(c.stdout);
    const ids = json.results[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('text/placeholder');
    expect(ids).not.toContain('structure/missing-section');
    expect(ids).not.toContain('focus/missing');
    expect(listing()).toEqual(['draft.docx']);
  });

  it('uses the generic profile by default and a profile file when given a path', async () => {
    expect((await run(['new', '-o', 'a.docx'], dir)).code).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(path.join(dir, 'a.docx')))).paragraphs[0].text).toBe(getBuiltinProfile('generic')!.title!.skeleton);
    const file = path.join(dir, 'mine.json');
    writeFileSync(file, readFileSync(path.join(__dirname, '../../src/profiles/zuofeng-2022.json'), 'utf8').replace('"id": "zuofeng-2022"', '"id": "mine"').replace('"$schema": "./profile.schema.json",', ''));
    expect((await run(['new', '-p', './mine.json', '-o', 'b.docx'], dir)).code).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(path.join(dir, 'b.docx')))).paragraphs[0].text).toBe(getBuiltinProfile('zuofeng-2022')!.title!.skeleton);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    writeFileSync(path.join(dir, 'draft.docx'), '我的文字');
    const r = await run(['new', '-o', 'draft.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(path.join(dir, 'draft.docx'), 'utf8')).toBe('我的文字');
    expect((await run(['new', '-o', 'draft.docx', '--force'], dir)).code).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(path.join(dir, 'draft.docx')))).paragraphs.length).toBeGreaterThan(5);
    expect(listing()).toEqual(['draft.docx']);
  });

  it.each([
    [['new'], '-o'],
    [['new', '-o', 'x.txt'], '.docx'],
    [['new', '-p', 'nope', '-o', 'x.docx'], '未知配置'],
    [['new', '-o', 'nodir/x.docx'], '无法写出'],
  ])('%j → usage error', async (argv, msg) => {
    const r = await run(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg);
    expect(listing()).toEqual([]);
  });
});

describe('xingshen fix', () => {
  const write = (name: string, bytes: Uint8Array) => writeFileSync(path.join(dir, name), bytes);
  const bytesOf = (name: string) => readFileSync(path.join(dir, name));

  it('inserts what is missing into a new file, reports it, and leaves the input alone', async () => {
    const input = buildVariant(seedWithout(['causes', 'f3']), 'rich');
    write('in.docx', input);
    const r = await run(['fix', 'in.docx', '-o', 'out.docx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已修复 in.docx → out.docx');
    expect(r.stdout).toContain('插入 2 处');
    expect(r.stdout).toContain('三、原因分析');
    expect(r.stdout).toContain('【待填写：');
    expect(Buffer.from(input).equals(bytesOf('in.docx'))).toBe(true);
    const c = await run(['check', '--format', 'json', 'out.docx'], dir);
    const ids = JSON.parse(c.stdout).results[0].findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('structure/missing-section');
    expect(ids).not.toContain('focus/missing');
    // Fixing the output again changes nothing; -o still writes the output, an identical copy, and says so.
    const again = await run(['fix', 'out.docx', '-o', 'again.docx'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('无需修改');
    expect(again.stdout).toContain('原样复制到 again.docx');
    expect(listing()).toEqual(['again.docx', 'in.docx', 'out.docx']);
    expect(bytesOf('again.docx').equals(bytesOf('out.docx'))).toBe(true);
  });

  it('--in-place rewrites the input atomically, and not at all when nothing changes', async () => {
    write('in.docx', buildVariant(seedWithout(['measures']), 'autonum'));
    const r = await run(['fix', 'in.docx', '--in-place', '--profile', 'zuofeng-2022'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('原地修改');
    expect(readDocx(new Uint8Array(bytesOf('in.docx'))).paragraphs.some((p) => p.text === '努力方向和改进措施')).toBe(true);
    const fixed = bytesOf('in.docx');
    const mtime = statSync(path.join(dir, 'in.docx')).mtimeMs;
    const again = await run(['fix', 'in.docx', '--in-place'], dir);
    expect(again.stdout).toContain('无需修改');
    expect(bytesOf('in.docx').equals(fixed)).toBe(true);
    expect(statSync(path.join(dir, 'in.docx')).mtimeMs).toBe(mtime);
    expect(listing()).toEqual(['in.docx']);
  });

  it('on bad input reports the reader error, exits 2, and leaves the input untouched with no temp files', async () => {
    const bad = readFileSync(path.join(FIXTURES, 'bad-malformed.docx'));
    write('bad.docx', bad);
    const r = await run(['fix', 'bad.docx', '--in-place'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文档内容已损坏');
    expect(bytesOf('bad.docx').equals(bad)).toBe(true);
    write('old.doc', readFileSync(path.join(FIXTURES, 'bad-legacy.doc')));
    const legacy = await run(['fix', 'old.doc', '-o', 'new.docx'], dir);
    expect(legacy.code).toBe(2);
    expect(legacy.stderr).toContain('另存为');
    expect(listing()).toEqual(['bad.docx', 'old.doc']);
  });

  it('a failed write leaves no output and no temp file', async () => {
    write('in.docx', buildVariant(seedWithout(['causes']), 'typed'));
    const r = await run(['fix', 'in.docx', '-o', 'missing-folder/out.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法写出');
    expect(listing()).toEqual(['in.docx']);
    // An output path that is a folder: rename fails after the temp file was written; the temp file is removed.
    const sub = path.join(dir, 'sub');
    mkdirSync(path.join(sub, 'out.docx'), { recursive: true });
    const r2 = await run(['fix', 'in.docx', '-o', 'sub/out.docx'], dir);
    expect(r2.code).toBe(2);
    expect(readdirSync(sub)).toEqual(['out.docx']);
    expect(existsSync(path.join(dir, 'out.docx'))).toBe(false);
  });

  it.each([
    [['fix'], '请指定'],
    [['fix', 'in.docx'], '-o'],
    [['fix', 'in.docx', '-o', 'in.docx'], '--in-place'],
    [['fix', 'in.docx', '-o', 'x.docx', '--in-place'], '不能同时使用'],
    [['fix', 'a.txt', '-o', 'x.docx'], '.txt'],
    [['fix', 'in.docx', '-o', 'x.docx', '-p', 'nope'], '未知配置'],
  ])('%j → usage error', async (argv, msg) => {
    write('in.docx', buildVariant(seedWithout(['causes']), 'typed'));
    const r = await run(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg);
    expect(listing()).toEqual(['in.docx']);
  });

  it('a missing input file is exit 2 with a readable message', async () => {
    const r = await run(['fix', 'nothere.docx', '-o', 'x.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件');
  });

  it('is listed in --help', async () => {
    const r = await run(['--help'], dir);
    expect(r.stdout).toContain('xingshen new');
    expect(r.stdout).toContain('xingshen fix');
  });
});
