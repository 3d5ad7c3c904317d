/** CLI: `profile from-notice`, `profiles` with the user folder, and new/fix/check with a profile made from a notice. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main, type CliIO } from '../../src/cli/main';
import { defaultProfilesDir } from '../../src/cli/profile-store';
import { parseProfileJson } from '../../src/core/profile';
import { readDocx } from '../../src/docx';
import { buildDocx } from '../fixtures/docx-builder';

const NOTICES = path.join(__dirname, '../fixtures/notices');

/** GBK bytes for a text (Node has no GBK encoder: built from the gb18030 decoder). */
function encodeGbk(s: string): Uint8Array {
  const map = new Map<string, [number, number]>();
  const d = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = d.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

function run(argv: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'xingshen-profile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const notice = (name: string) => path.join(NOTICES, `${name}.txt`);

describe('xingshen profile from-notice', () => {
  it('prints the framework, each item and sub-point in zh-CN, and writes a valid profile with -o', async () => {
    const r = await run(['profile', 'from-notice', notice('10-nested-numbering'), '-o', 'p.json', '--id', 'minzhu-2024-local'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('框架“四个带头”，共 4 项');
    expect(r.stdout).toContain('  1. 带头严守政治纪律和政治规矩，维护党的团结统一');
    expect(r.stdout).toContain('     - 贯彻落实党中央决策部署的情况');
    expect(r.stdout).toContain('已写入 p.json');
    const p = parseProfileJson(readFileSync(path.join(dir, 'p.json'), 'utf8'));
    expect(p.id).toBe('minzhu-2024-local');
    expect(p.focusAreas).toHaveLength(4);
    // -o never replaces a file without --force
    const again = await run(['profile', 'from-notice', notice('10-nested-numbering'), '-o', 'p.json'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
  });

  it('reads a .docx notice, auto-numbered items included', async () => {
    const bytes = buildDocx({
      numbering: true,
      body: [
        { text: '关于召开2025年度组织生活会的通知' },
        { text: '支部班子要重点对照以下3个方面进行检视剖析：' },
        { text: '发挥政治引领作用。重点对照检查带领党员学习创新理论的情况。', numId: 1, ilvl: 1 },
        { text: '联系服务群众。重点对照检查为群众办实事的情况。', numId: 1, ilvl: 1 },
        { text: '改进工作作风。重点对照检查整治形式主义的情况。', numId: 1, ilvl: 1 },
      ],
    });
    writeFileSync(path.join(dir, 'n.docx'), bytes);
    expect(readDocx(bytes).paragraphs[2].listString).toBeTruthy();
    const r = await run(['profile', 'from-notice', 'n.docx'], dir);
    expect(r.code).toBe(0);
    const p = parseProfileJson(r.stdout.slice(r.stdout.indexOf('{')));
    expect(p.focusAreas.map((f) => f.title)).toEqual(['发挥政治引领作用', '联系服务群众', '改进工作作风']);
    expect(p.focusAreas[1].aspects[0].requirement).toBe('为群众办实事的情况');
  });

  it('reads a .txt notice saved in GBK, as Chinese Windows Notepad does', async () => {
    const text = readFileSync(notice('06-duizhao-kan'), 'utf8');
    writeFileSync(path.join(dir, 'gbk.txt'), encodeGbk(text));
    const r = await run(['profile', 'from-notice', 'gbk.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  1. 对照党章党规');
  });

  it('names the other lists and takes --list N', async () => {
    const first = await run(['profile', 'from-notice', notice('07-two-lists'), '-o', 'a.json'], dir);
    expect(first.stdout).toContain('找到 2 个清单：第1个 支部班子；第2个 党员个人');
    expect(first.stdout).toMatch(/用 --list N 选用/);
    const second = await run(['profile', 'from-notice', notice('07-two-lists'), '--list', '2', '-o', 'b.json'], dir);
    expect(second.code).toBe(0);
    expect(parseProfileJson(readFileSync(path.join(dir, 'b.json'), 'utf8')).focusAreas.map((f) => f.title)).toEqual(['理想信念', '党性修养', '纪律作风', '发挥先锋模范作用']);
    const bad = await run(['profile', 'from-notice', notice('07-two-lists'), '--list', '3'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('只有 2 个清单');
  });

  it('exits 2 with a clear message when the notice has no list, or the file is missing', async () => {
    writeFileSync(path.join(dir, 'x.txt'), '关于召开组织生活会的通知\n请各支部认真准备，按时参加。\n');
    const r = await run(['profile', 'from-notice', 'x.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未能在 x.txt 中找到对照检查的框架清单');
    expect(r.stderr).not.toMatch(/at .*\.ts/);
    const m = await run(['profile', 'from-notice', 'none.txt'], dir);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('无法读取通知 none.txt');
    writeFileSync(path.join(dir, 'bad.docx'), 'not a zip');
    const bad = await run(['profile', 'from-notice', 'bad.docx'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('无法读取通知 bad.docx');
    expect((await run(['profile', 'from-notice', notice('01-minzhu-2024-semicolon'), '--id', 'Bad Id'], dir)).code).toBe(2);
    expect((await run(['profile', 'frm-notice'], dir)).code).toBe(2);
  });
});

describe('profiles people keep', () => {
  it('defaults to xingshen/profiles in the config directory of each platform', () => {
    expect(defaultProfilesDir({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux', '/home/u')).toBe(path.join('/x/cfg', 'xingshen', 'profiles'));
    expect(defaultProfilesDir({}, 'darwin', '/Users/u')).toBe(path.join('/Users/u', '.config', 'xingshen', 'profiles'));
    expect(defaultProfilesDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toBe(path.join('C:\\Users\\u\\AppData\\Roaming', 'xingshen', 'profiles'));
  });

  it('--save keeps the profile; `profiles` lists it; check/new/fix find it by id', async () => {
    const store = path.join(dir, 'store');
    const env = { XINGSHEN_PROFILES_DIR: store };
    const saved = await run(['profile', 'from-notice', notice('09-invented-kan-subpoints'), '--id', 'sanbi', '--save', '--profiles-dir', store], dir);
    expect(saved.code).toBe(0);
    expect(existsSync(path.join(store, 'sanbi.json'))).toBe(true);
    writeFileSync(path.join(store, 'broken.json'), '{"id": 1}');
    const list = await run(['profiles', '--profiles-dir', store], dir);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('内置配置：');
    expect(list.stdout).toContain('minzhu-2024');
    expect(list.stdout).toMatch(/sanbi\t.*“三比三看”/);
    expect(list.stdout).toMatch(/broken\.json\t无法使用：/);

    const prev = process.env.XINGSHEN_PROFILES_DIR;
    process.env.XINGSHEN_PROFILES_DIR = store; // check resolves --profile in its worker, which inherits the environment
    try {
      const report = readFileSync(path.join(NOTICES, 'reports', 'sanbi-incomplete.txt'), 'utf8');
      writeFileSync(path.join(dir, 'r.txt'), report);
      const c = await run(['check', '--profile', 'sanbi', '--format', 'json', 'r.txt'], dir, env);
      const res = JSON.parse(c.stdout).results[0];
      expect(res.profile).toBe('sanbi');
      expect(res.focusAreas.map((f: { status: string }) => f.status)).toEqual(['addressed', 'missing', 'weak']);
      expect(res.findings.some((f: { ruleId: string; message: string }) => f.ruleId === 'focus/missing' && f.message.includes('比履职实绩'))).toBe(true);

      // new: a skeleton draft for the derived framework, every item in it
      const n = await run(['new', '--profile', 'sanbi', '-o', 'draft.docx'], dir, env);
      expect(n.code).toBe(0);
      const draft = readDocx(new Uint8Array(readFileSync(path.join(dir, 'draft.docx')))).paragraphs.map((p) => p.text).join('\n');
      for (const t of ['比政治站位', '比履职实绩', '比纪律作风']) expect(draft).toContain(t);

      // fix: inserts the missing item into a .docx report, and a second fix finds nothing missing
      mkdirSync(path.join(dir, 'in'));
      writeFileSync(path.join(dir, 'in', 'r.docx'), buildDocx({ body: report.split('\n').map((text) => ({ text })) }));
      const f = await run(['fix', 'in/r.docx', '-o', 'fixed.docx', '--profile', 'sanbi'], dir, env);
      expect(f.code).toBe(0);
      const fixed = readDocx(new Uint8Array(readFileSync(path.join(dir, 'fixed.docx')))).paragraphs.map((p) => p.text);
      expect(fixed.some((t) => t.includes('比履职实绩'))).toBe(true);
      const c2 = await run(['check', '--profile', 'sanbi', '--format', 'json', 'fixed.docx'], dir, env);
      expect(JSON.parse(c2.stdout).results[0].focusAreas.map((x: { status: string }) => x.status)).not.toContain('missing');
    } finally {
      if (prev === undefined) delete process.env.XINGSHEN_PROFILES_DIR;
      else process.env.XINGSHEN_PROFILES_DIR = prev;
    }
  });

  it('an unknown id says where user profiles are looked for', async () => {
    const r = await run(['check', '--profile', 'nosuch', 'x.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用户配置文件夹');
  });
});
