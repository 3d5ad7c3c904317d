/**
 * File-system faults and hostile inputs (review C13, D16, B12): zh-CN messages with what to do, never
 * a bare errno; one file that exhausts memory or time stops only itself; symlinked folders followed.
 * Each test failed on 896da08.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runCheck } from '../../src/cli/cmd-check';
import { fsMessage } from '../../src/cli/fs-errors';
import type { CliIO } from '../../src/cli/main';
import { numberingBomb, run, SEED_DOCX, SEED_TXT, tmp } from './helpers';

const results = (out: string) => JSON.parse(out).results as { file: string; error?: string; sections?: unknown[]; encoding?: string }[];
const byName = (out: string, name: string) => results(out).find((r) => path.basename(r.file) === name)!;

describe('file-system messages (D16)', () => {
  it.each([
    ['EACCES', 'read', '没有权限读取'],
    ['EPERM', 'write', '没有权限写入'],
    ['ENOENT', 'write', '目标文件夹不存在'],
    ['EISDIR', 'write', '是一个文件夹'],
    ['ENOSPC', 'write', '磁盘空间已满'],
    ['ELOOP', 'read', '符号链接形成了循环'],
    ['EROFS', 'write', '只读'],
  ] as const)('%s on %s says what happened and what to do, in zh-CN', (code, action, what) => {
    const m = fsMessage({ code }, action, 'a.docx');
    expect(m).toContain(what);
    expect(m).toMatch(/请/); // what to do
    expect(m.startsWith(code)).toBe(false);
    expect(m).not.toMatch(new RegExp(`：${code}`)); // never "无法读取文件：EACCES"
  });

  it('an unknown code still reads as a sentence', () => {
    expect(fsMessage({ code: 'EWHATEVER' }, 'read')).toMatch(/^无法读取：系统报告了一个文件错误.*（错误代码 EWHATEVER）$/);
  });

  it('S16/S17: fix -o into a missing folder or onto a folder says so in words', async () => {
    const dir = tmp('faults');
    copyFileSync(SEED_DOCX, path.join(dir, 'in.docx'));
    const a = await run(['fix', 'in.docx', '-o', 'missing/dir/out.docx'], dir);
    expect(a.code).toBe(2);
    expect(a.err).toContain('目标文件夹不存在');
    mkdirSync(path.join(dir, 'folder.docx'));
    const b = await run(['fix', 'in.docx', '-o', 'folder.docx', '--force'], dir);
    expect(b.code).toBe(2);
    expect(b.err).toContain('是一个文件夹');
    expect(a.err + b.err).not.toMatch(/ENOENT（cannot|：ENOENT|：EISDIR/);
  });

  it('a symlink loop is called a loop, not "找不到文件"', async () => {
    const dir = tmp('faults');
    symlinkSync('self.docx', path.join(dir, 'self.docx'));
    const r = await run(['check', '--format', 'json', 'self.docx'], dir);
    expect(r.code).toBe(2);
    expect(byName(r.out, 'self.docx').error).toContain('符号链接形成了循环');
    expect(byName(r.out, 'self.docx').error).not.toContain('找不到文件');
  });
});

describe('folders reached through symlinks (B12)', () => {
  it('are followed, each real folder once, and a link back is named, not skipped silently', async () => {
    const dir = tmp('faults');
    mkdirSync(path.join(dir, 'top/real'), { recursive: true });
    copyFileSync(SEED_TXT, path.join(dir, 'top/real/in-real.txt'));
    mkdirSync(path.join(dir, 'elsewhere'));
    copyFileSync(SEED_TXT, path.join(dir, 'elsewhere/linked.txt'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'top/link'));
    symlinkSync(path.join(dir, 'top'), path.join(dir, 'top/real/back')); // a loop
    symlinkSync('nowhere', path.join(dir, 'top/dangling.docx'));
    const r = await run(['check', '--format', 'json', 'top'], dir);
    const names = results(r.out).map((x) => path.basename(x.file));
    expect(names).toEqual(expect.arrayContaining(['in-real.txt', 'linked.txt', 'dangling.docx']));
    expect(names.filter((n) => n === 'in-real.txt')).toHaveLength(1);
    expect(r.err).toMatch(/已跳过 top\/real\/back：它是指向已检查过的文件夹的链接/);
    expect(byName(r.out, 'dangling.docx').error).toContain('找不到文件');
  });
});

describe('every file of a batch has its own budget (C13)', () => {
  it('a batch with the 10 KB numbering-bomb file still reports every other file', async () => {
    const dir = tmp('faults');
    copyFileSync(SEED_TXT, path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'b-bomb.docx'), numberingBomb());
    copyFileSync(SEED_DOCX, path.join(dir, 'c.docx'));
    const r = await run(['check', '--format', 'json', 'a.txt', 'b-bomb.docx', 'c.docx'], dir);
    const rs = results(r.out);
    expect(rs).toHaveLength(3);
    expect(rs[0].sections).toBeDefined();
    expect(rs[2].sections).toBeDefined();
    // The bomb is either read within limits (the reader caps labels) or stopped with a message.
    if (rs[1].error) expect(rs[1].error).toMatch(/内存超过上限|超过|无法/);
    expect(r.err).not.toMatch(/\n\s+at |heap/i);
  }, 120_000);

  const io = (cwd: string) => {
    let out = '';
    let err = '';
    const o: CliIO = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd, env: {} };
    return { o, get: () => ({ out, err }) };
  };

  it('a file that needs more memory than the budget is stopped with a message; the next files are checked', async () => {
    const dir = tmp('faults');
    copyFileSync(SEED_TXT, path.join(dir, 'a.txt'));
    const seed = readFileSync(SEED_TXT, 'utf8');
    writeFileSync(path.join(dir, 'big.txt'), seed.repeat(3000)); // ~15 MB of text: far beyond a 48 MB heap once checked
    copyFileSync(SEED_TXT, path.join(dir, 'c.txt'));
    const { o, get } = io(dir);
    const code = await runCheck(['--format', 'json', 'a.txt', 'big.txt', 'c.txt'], o, { budget: { memoryMb: 48 } });
    const rs = results(get().out);
    expect(code).toBe(2);
    expect(rs.map((x) => x.file)).toEqual(['a.txt', 'big.txt', 'c.txt']);
    expect(rs[1].error).toContain('检查此文件所需内存超过上限（48 MB）');
    expect(rs[0].sections).toBeDefined();
    expect(rs[2].sections).toBeDefined();
  }, 120_000);

  it('a file that takes longer than the time budget is stopped; the next files are checked', async () => {
    const dir = tmp('faults');
    copyFileSync(SEED_TXT, path.join(dir, 'a.txt'));
    const seed = readFileSync(SEED_TXT, 'utf8');
    writeFileSync(path.join(dir, 'slow.txt'), seed.repeat(6000)); // ~100,000 paragraphs: seconds of work
    copyFileSync(SEED_TXT, path.join(dir, 'c.txt'));
    const { o, get } = io(dir);
    // 100,000 paragraphs take seconds even on a fast machine; a 17-line file (after a fresh worker start, not counted) well under 2 s.
    await runCheck(['--format', 'json', 'a.txt', 'slow.txt', 'c.txt'], o, { budget: { timeoutMs: 2000 } });
    const rs = results(get().out);
    expect(rs[1].error).toContain('检查此文件超过 2 秒仍未完成');
    expect(rs[2].error).toBeUndefined();
    expect(rs[2].sections).toBeDefined();
  }, 120_000);
});
