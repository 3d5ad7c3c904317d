import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import { main } from '../../src/cli/main';
import zuofengJson from '../../src/profiles/zuofeng-2022.json';
import { seedLines, lineIndex } from '../helpers/docs';

const ROOT = path.join(__dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures');

async function run(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd });
  return { code, out, err };
}

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'xingshen-cli-'));
}

describe('xingshen check --format json', () => {
  it('prints exactly the documented shape for the seed, with exit code 0', async () => {
    const r = await run(['check', '--format', 'json', 'test/fixtures/text/seed.txt']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['version', 'results']);
    expect(json.version).toBe(1);
    const res = json.results[0];
    expect(Object.keys(res)).toEqual(['file', 'profile', 'profileReason', 'verdict', 'verdictReason', 'encoding', 'sections', 'focusAreas', 'findings']);
    expect(res.profile).toBe('zuofeng-2022');
    const warnings = res.findings.filter((f: { severity: string }) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(5);
    expect(res.verdict).toBe('revise'); // 需修改: more than 5 warnings, aspects 8/9
    expect(res.verdictReason).toBe(`警告 ${warnings} 处（>5），重点方面 8/9`);
    expect(res.encoding).toBe('utf-8');
    expect(res.profileReason).toContain('五个聚焦');
    expect(res.sections[1]).toEqual({ id: 'study', title: '学习情况', status: 'present', paragraph: 1 });
    expect(Object.keys(res.focusAreas[0])).toEqual(['id', 'title', 'status', 'aspects']);
    expect(res.focusAreas[4].aspects[1]).toEqual({ id: 'f5b', title: '具体执行', status: 'weak', paragraphs: [8] });
    const f = res.findings.find((x: { ruleId: string }) => x.ruleId === 'focus/restated-only');
    expect(f).toMatchObject({ severity: 'warning', paragraph: 8 });
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message', 'paragraph']);
  });

  it('reads every .docx fixture form of the seed the same way', async () => {
    const forms = ['seed-typed.docx', 'seed-autonum.docx', 'seed-styled.docx', 'seed-wps.docx', 'seed-table-tracked.docx'];
    const r = await run(['check', '--format', 'json', ...forms.map((f) => path.join('test/fixtures/docx', f))]);
    const json = JSON.parse(r.out);
    for (const res of json.results) {
      expect(res.error).toBeUndefined();
      expect(res.profile).toBe('zuofeng-2022');
      expect(res.sections.map((s: { status: string }) => s.status)).toEqual(['present', 'present', 'present', 'present', 'present']);
      const aspects = res.focusAreas.flatMap((fa: { aspects: { id: string; status: string }[] }) => fa.aspects.map((a) => `${a.id}:${a.status}`));
      expect(aspects).toContain('f5b:weak');
      expect(aspects.filter((a: string) => a.endsWith(':addressed'))).toHaveLength(8);
    }
    expect(r.code).toBe(0);
  });

  it('exits 1 when there is an error-severity finding', async () => {
    const dir = tmp();
    const lines = seedLines();
    writeFileSync(path.join(dir, 'no-causes.txt'), [...lines.slice(0, lineIndex(lines, '三、')), ...lines.slice(lineIndex(lines, '四、'))].join('\n'));
    const r = await run(['check', '--format', 'json', 'no-causes.txt'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results[0].findings.some((f: { ruleId: string }) => f.ruleId === 'structure/missing-section')).toBe(true);
  });

  it('reports unreadable files in their own row, goes on with the others, and exits 2', async () => {
    const bad = ['bad-not-zip.docx', 'bad-legacy.doc', 'bad-encrypted.docx', 'bad-malformed.docx', 'bad-missing-document.docx', 'bad-bomb.docx'].map((f) => path.join('test/fixtures/docx', f));
    const r = await run(['check', '--format', 'json', ...bad, 'test/fixtures/text/seed.txt', 'nope.docx']);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.out).results;
    expect(results).toHaveLength(bad.length + 2);
    for (const res of results.filter((x: { file: string }) => !x.file.endsWith('seed.txt'))) {
      expect(Object.keys(res)).toEqual(['file', 'error']);
      expect(res.error).not.toMatch(/at .*\.(ts|js):\d+/); // a message, not a stack trace
    }
    expect(results.find((x: { file: string }) => x.file.endsWith('bad-legacy.doc')).error).toContain('请另存为 .docx');
    expect(results.find((x: { file: string }) => x.file.endsWith('seed.txt')).sections).toBeDefined();
  });

  it('walks folders for .docx and .txt', async () => {
    const r = await run(['check', '--format', 'json', 'test/fixtures/text']);
    const files = JSON.parse(r.out).results.map((x: { file: string }) => path.basename(x.file));
    expect(files).toContain('seed.txt');
  });
});

describe('xingshen check (text report)', () => {
  it('prints a readable zh-CN report grouped by category, with 1-based paragraph numbers', async () => {
    const r = await run(['check', 'test/fixtures/text/seed.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('概况：必备部分 5/5 · 重点方面 8/9 已查摆');
    expect(r.out).toContain('△ 具体执行 — 不充分，只复述了要求（第9段）');
    expect(r.out).toMatch(/【数量表述】\n {2}第1段 警告 开篇称“十个方面问题”/);
  });
});

describe('user rule packs and allow-list', () => {
  it('adds a user pack with --pack and silences words with --allow', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'doc.txt'), seedLines().join('\n') + '\n我始终严以律已，坚持用好“学习强国”平台。\n');
    const pack = {
      schemaVersion: 1,
      id: 'my-unit',
      name: '本单位用语',
      rule: 'terms/typo',
      entries: [
        { id: 'xuexi-pingtai', expected: '“学习强国”学习平台', patterns: [{ text: '“学习强国”平台' }], severity: 'warning', note: '按本单位规范写全称。', noteEn: 'Use the full name.', source: '本单位规范', examples: { flag: ['用好“学习强国”平台'], ok: ['用好“学习强国”学习平台'] } },
      ],
    };
    writeFileSync(path.join(dir, 'pack.json'), JSON.stringify(pack));
    writeFileSync(path.join(dir, 'allow.txt'), '# 本单位允许的写法\n严以律已\n');
    const typos = (out: string) => JSON.parse(out).results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'terms/typo').map((f: { message: string }) => f.message).join('\n');
    const plain = await run(['check', '--format', 'json', 'doc.txt'], dir);
    expect(typos(plain.out)).toContain('严以律己');
    expect(typos(plain.out)).not.toContain('学习平台');
    const withPack = await run(['check', '--format', 'json', '--pack', 'pack.json', 'doc.txt'], dir);
    expect(typos(withPack.out)).toContain('学习平台');
    const allowed = await run(['check', '--format', 'json', '--allow', 'allow.txt', 'doc.txt'], dir);
    expect(typos(allowed.out)).not.toContain('严以律己');
  });

  it('rejects a bad pack with the path of the bad field', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad-pack.json'), JSON.stringify({ schemaVersion: 1, id: 'x', name: 'x', rule: 'terms/typo', entries: [{ id: 'a' }] }));
    const r = await run(['check', '--pack', path.join(dir, 'bad-pack.json'), path.join(FIX, 'text/seed.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/entries\[0\]/);
  });
});

describe('profiles and usage', () => {
  it('uses a profile file given by path', async () => {
    const dir = tmp();
    const custom = JSON.parse(JSON.stringify(zuofengJson));
    custom.id = 'my-unit';
    custom.name = '本单位配置';
    writeFileSync(path.join(dir, 'mine.json'), JSON.stringify(custom));
    const r = await run(['check', '--profile', path.join(dir, 'mine.json'), '--format', 'json', path.join(FIX, 'text/seed.txt')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).results[0].profile).toBe('my-unit');
  });

  it('rejects a malformed profile with the path of the bad field and exit 2', async () => {
    const dir = tmp();
    const custom = JSON.parse(JSON.stringify(zuofengJson));
    custom.focusAreas[0].aspects[1].requirement = '';
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(custom));
    writeFileSync(path.join(dir, 'broken.json'), '{ not json');
    const r1 = await run(['check', '--profile', path.join(dir, 'bad.json'), path.join(FIX, 'text/seed.txt')]);
    expect(r1.code).toBe(2);
    expect(r1.err).toContain('focusAreas[0].aspects[1].requirement');
    const r2 = await run(['check', '--profile', path.join(dir, 'broken.json'), path.join(FIX, 'text/seed.txt')]);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('不是有效的 JSON');
  });

  it.each([
    [['check'], '请指定'],
    [['check', '--format', 'xml', 'a.txt'], '不支持的输出格式'],
    [['check', '--profile', 'nope', 'a.txt'], '未知配置'],
    [['check', '--bogus', 'a.txt'], ''],
    [['frobnicate'], '未知命令'],
  ])('usage error %j exits 2', async (args, msg) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(msg);
  });

  it('lists the built-in profiles and prints help', async () => {
    const p = await run(['profiles']);
    expect(p.code).toBe(0);
    expect(p.out).toContain('zuofeng-2022');
    expect(p.out).toContain('generic');
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('xingshen check');
  });
});

describe('the installed bin', () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'lib/cli/main.js'))) execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('runs as a process with the documented exit codes and no stack trace on bad input', () => {
    const ok = spawnSync(process.execPath, [path.join(ROOT, 'bin/xingshen.js'), 'check', '--format', 'json', 'test/fixtures/text/seed.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).results[0].profile).toBe('zuofeng-2022');
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin/xingshen.js'), 'check', 'test/fixtures/docx/bad-legacy.doc'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout + bad.stderr).toContain('请另存为 .docx');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).toContain('"xingshen": "bin/xingshen.js"');
  });
});
