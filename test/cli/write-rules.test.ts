/**
 * The write rules (review A1, A2, A8 / cases S3–S14): no command writes over one of its inputs, an
 * existing file is replaced only with --force, a report never gets a .docx name, and --in-place keeps
 * mode, owner and links. Each test failed on 896da08.
 */
import { chmodSync, chownSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { buildVariant, seedWithout } from '../docx/write-helpers';
import { bytes, run, SEED_DOCX, SEED_TXT, tmp } from './helpers';

let dir: string;
beforeEach(() => {
  dir = tmp('write');
  copyFileSync(SEED_DOCX, path.join(dir, 'a.docx'));
  copyFileSync(SEED_DOCX, path.join(dir, 'b.docx'));
  copyFileSync(SEED_TXT, path.join(dir, 'notes.txt'));
});
const p = (f: string) => path.join(dir, f);
const noTemp = () => expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);

describe('check -o never replaces a document (A1)', () => {
  it('S6: check a.docx -o a.docx is refused and a.docx is unchanged', async () => {
    const before = bytes(p('a.docx'));
    const r = await run(['check', 'a.docx', '-o', 'a.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/报告不能写入 Word 文档文件名/);
    expect(bytes(p('a.docx')).equals(before)).toBe(true);
  });

  it('S7: check -o a.docx b.docx (a glob after -o) is refused, with the right way to write it', async () => {
    const before = bytes(p('a.docx'));
    const r = await run(['check', '-o', 'a.docx', 'b.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('-o 报告.html');
    expect(bytes(p('a.docx')).equals(before)).toBe(true);
  });

  it('S7: even with --force, and for a .docm or .doc name that does not exist yet', async () => {
    expect((await run(['check', '--force', '-o', 'a.docx', 'b.docx'], dir)).code).toBe(2);
    expect((await run(['check', '-o', 'new.docm', 'b.docx'], dir)).code).toBe(2);
    expect(existsSync(p('new.docm'))).toBe(false);
  });

  it('S8: check notes.txt a.docx -o notes.txt is refused even with --force (an input)', async () => {
    const before = bytes(p('notes.txt'));
    for (const args of [['check', 'notes.txt', 'a.docx', '-o', 'notes.txt'], ['check', '--force', 'notes.txt', 'a.docx', '-o', 'notes.txt']]) {
      const r = await run(args, dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain('是要检查的文件之一');
    }
    expect(bytes(p('notes.txt')).equals(before)).toBe(true);
  });

  it('an input reached through a folder, a symlink or a hard link is an input too', async () => {
    mkdirSync(p('材料'));
    copyFileSync(SEED_TXT, p('材料/x.txt'));
    symlinkSync(p('材料/x.txt'), p('link.txt'));
    linkSync(p('材料/x.txt'), p('hard.txt'));
    for (const o of ['材料/x.txt', 'link.txt', 'hard.txt']) {
      const r = await run(['check', '--force', '材料', '-o', o], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain('是要检查的文件之一');
    }
    expect(readFileSync(p('材料/x.txt')).equals(bytes(SEED_TXT))).toBe(true);
  });

  it('an existing report is replaced only with --force', async () => {
    writeFileSync(p('汇总.csv'), 'old');
    const r = await run(['check', '-o', '汇总.csv', 'notes.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('已存在，未覆盖；如确要覆盖请加 --force');
    expect(readFileSync(p('汇总.csv'), 'utf8')).toBe('old');
    const f = await run(['check', '--force', '-o', '汇总.csv', 'notes.txt'], dir);
    expect(f.code).toBe(0);
    expect(readFileSync(p('汇总.csv'), 'utf8')).toContain('文件');
    noTemp();
  });
});

describe('fix -o and new -o (A2)', () => {
  it('S5: fix -o an existing, unrelated file is refused without --force and replaced with it', async () => {
    writeFileSync(p('in.docx'), buildVariant(seedWithout(['causes']), 'rich'));
    const other = bytes(p('b.docx'));
    const r = await run(['fix', 'in.docx', '-o', 'b.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('b.docx 已存在，未覆盖；如确要覆盖请加 --force');
    expect(bytes(p('b.docx')).equals(other)).toBe(true);
    const f = await run(['fix', 'in.docx', '-o', 'b.docx', '--force'], dir);
    expect(f.code).toBe(0);
    expect(bytes(p('b.docx')).equals(other)).toBe(false);
  });

  it('S3/S4: fix -o a symlink or a hard link to the input is refused, even with --force', async () => {
    symlinkSync(p('a.docx'), p('sym.docx'));
    linkSync(p('a.docx'), p('hard.docx'));
    for (const o of ['sym.docx', 'hard.docx']) {
      const r = await run(['fix', 'a.docx', '-o', o, '--force'], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain('输出文件与输入文件相同');
    }
    expect(lstatSync(p('sym.docx')).isSymbolicLink()).toBe(true);
  });

  it('new -o still refuses an existing file without --force (same rule, same message)', async () => {
    const r = await run(['new', '-o', 'a.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a.docx 已存在，未覆盖；如确要覆盖请加 --force');
  });
});

describe('fix --in-place keeps the file’s properties (A8)', () => {
  const broken = () => buildVariant(seedWithout(['causes']), 'rich');

  it('S9/S10: a read-only file is refused with a clear message and stays as it was', async () => {
    writeFileSync(p('ro.docx'), broken());
    chmodSync(p('ro.docx'), 0o444);
    const before = bytes(p('ro.docx'));
    const r = await run(['fix', 'ro.docx', '--in-place'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('是只读文件，未修改');
    expect(bytes(p('ro.docx')).equals(before)).toBe(true);
    expect(statSync(p('ro.docx')).mode & 0o777).toBe(0o444);
  });

  it('S12: mode and owner are kept', async () => {
    writeFileSync(p('m.docx'), broken());
    chmodSync(p('m.docx'), 0o640);
    const canChown = process.getuid?.() === 0;
    if (canChown) chownSync(p('m.docx'), 65534, 65534);
    const r = await run(['fix', 'm.docx', '--in-place'], dir);
    expect(r.code).toBe(0);
    const st = statSync(p('m.docx'));
    expect(st.mode & 0o7777).toBe(0o640);
    if (canChown) expect([st.uid, st.gid]).toEqual([65534, 65534]);
    expect(r.out).toContain('插入');
    noTemp();
  });

  it('S13: through a symlink the real file is fixed and the link stays a link', async () => {
    mkdirSync(p('real'));
    writeFileSync(p('real/t.docx'), broken());
    symlinkSync(path.join('real', 't.docx'), p('l.docx'));
    const before = bytes(p('real/t.docx'));
    const r = await run(['fix', 'l.docx', '--in-place'], dir);
    expect(r.code).toBe(0);
    expect(lstatSync(p('l.docx')).isSymbolicLink()).toBe(true);
    expect(bytes(p('real/t.docx')).equals(before)).toBe(false);
    expect(r.out).toContain('已写入链接指向的文件');
    const c = await run(['check', '--format', 'json', 'real/t.docx'], dir);
    expect(JSON.parse(c.out).results[0].sections.find((s: { id: string }) => s.id === 'causes').status).toBe('present');
  });

  it('S14: a file with several hard links is refused (replacing it would split them), both names unchanged', async () => {
    writeFileSync(p('h1.docx'), broken());
    linkSync(p('h1.docx'), p('h2.docx'));
    const before = bytes(p('h1.docx'));
    const r = await run(['fix', 'h1.docx', '--in-place'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('有 2 个硬链接');
    expect(bytes(p('h1.docx')).equals(before)).toBe(true);
    expect(bytes(p('h2.docx')).equals(before)).toBe(true);
  });
});
