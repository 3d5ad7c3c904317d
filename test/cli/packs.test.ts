/**
 * User rule packs in the CLI (issue 16 §2): a pack's hints (no source, no examples, an example it
 * misses) go to stderr and leave the exit code alone; `xingshen pack sample` and `xingshen pack check`.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { ROOT, run, SEED_TXT, tmp } from './helpers';

const SAMPLE = JSON.parse(readFileSync(path.join(ROOT, 'src/profiles/packs/sample/sample-pack.json'), 'utf8'));

/** The seed with a line this unit writes differently (规距 for 规矩). */
function docDir(): string {
  const dir = tmp('packs');
  writeFileSync(path.join(dir, 'doc.txt'), readFileSync(SEED_TXT, 'utf8') + '\n我有时不守规距，对自己要求不严。\n');
  return dir;
}

const full = { id: 'gui-ju', expected: '规矩', patterns: [{ text: '规距' }], fix: '规矩', severity: 'warning', note: '“规矩”的“矩”不写作“距”。', source: '《现代汉语词典》', examples: { flag: ['不守规距'], ok: ['不守规矩'] } };
const packOf = (entries: unknown[]) => ({ schemaVersion: 1, id: 'unit', name: '本单位用词', rule: 'terms/typo', entries });
const typoMessages = (out: string) =>
  JSON.parse(out)
    .results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'terms/typo')
    .map((f: { message: string }) => f.message)
    .join('\n');

describe('check --pack: hints on stderr, not errors', () => {
  it('a pack without source and examples is used; stderr says what it lacks; exit code and report as with a full pack', async () => {
    const dir = docDir();
    const { source: _s, examples: _e, ...bare } = full;
    writeFileSync(path.join(dir, 'full.json'), JSON.stringify(packOf([full])));
    writeFileSync(path.join(dir, 'bare.json'), JSON.stringify(packOf([bare])));
    const withFull = await run(['check', '--format', 'json', '--pack', 'full.json', 'doc.txt'], dir);
    const withBare = await run(['check', '--format', 'json', '--pack', 'bare.json', 'doc.txt'], dir);
    expect(typoMessages(withBare.out)).toMatch(/“规距”疑为错别字，应为“规矩”/);
    expect(withBare.code).toBe(withFull.code);
    expect(typoMessages(withBare.out)).toBe(typoMessages(withFull.out));
    expect(withFull.err).not.toMatch(/提示/);
    expect(withBare.err).toContain('xingshen: 规则包 bare.json 提示：第 1 条“规距→规矩”没有 source（出处），建议注明依据');
    expect(withBare.err).toContain('xingshen: 规则包 bare.json 提示：第 1 条“规距→规矩”没有 examples（示例），无法自动验证是否标得准');
    expect(withBare.err).not.toMatch(/at \w+ \(|Error:/); // no stack trace
  });

  it('the short form {wrong, right} works, hints follow --lang, and a failing example is named', async () => {
    const dir = docDir();
    writeFileSync(path.join(dir, 'list.json'), JSON.stringify(packOf([{ wrong: '规距', right: '规矩', source: '本单位规范', examples: { flag: ['守规矩'], ok: [] } }])));
    const r = await run(['check', '--format', 'json', '--lang', 'en', '--pack', 'list.json', 'doc.txt'], dir);
    expect(r.code).not.toBe(2);
    expect(typoMessages(r.out)).toMatch(/规距.*规矩/);
    expect(r.err).toContain('xingshen: rule pack list.json, hint: Entry 1 “规距→规矩”: the flag example “守规矩” is not caught');
  });

  it('an invalid pack is still refused: exit 2, the bad field named in zh-CN, no stack trace', async () => {
    const dir = docDir();
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(packOf([{ wrong: '规距' }])));
    const r = await run(['check', '--pack', 'bad.json', 'doc.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/entries\[0\]\.right: 缺少必填项“right”（正确写法）/);
    expect(r.out).toBe('');
  });
});

describe('xingshen pack sample', () => {
  it('writes the sample pack to stdout', async () => {
    const r = await run(['pack', 'sample'], tmp('packs'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(SAMPLE);
    expect(r.err).toBe('');
  });

  it('-o writes it, never over an existing file without --force, and the file is a working pack', async () => {
    const dir = docDir();
    const first = await run(['pack', 'sample', '-o', 'mine.json'], dir);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/已写入 mine\.json/);
    expect(JSON.parse(readFileSync(path.join(dir, 'mine.json'), 'utf8'))).toEqual(SAMPLE);

    writeFileSync(path.join(dir, 'mine.json'), '{"edited": true}');
    const again = await run(['pack', 'sample', '-o', 'mine.json'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/mine\.json 已存在，未覆盖；如确要覆盖请加 --force/);
    expect(readFileSync(path.join(dir, 'mine.json'), 'utf8')).toBe('{"edited": true}');
    const forced = await run(['pack', 'sample', '-o', 'mine.json', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'mine.json'), 'utf8'))).toEqual(SAMPLE);

    // A Word document's name is refused, as for every report.
    const docx = await run(['pack', 'sample', '-o', '材料.docx'], dir);
    expect(docx.code).toBe(2);

    const used = await run(['check', '--format', 'json', '--pack', 'mine.json', 'doc.txt'], dir);
    expect(typoMessages(used.out)).toMatch(/规距/);
    expect(used.err).toMatch(/规则包 mine\.json 提示：第 1 条“规距→规矩”没有 source/);
  });

  it('refuses extra arguments and unknown subcommands with zh-CN usage errors', async () => {
    const dir = tmp('packs');
    expect((await run(['pack', 'sample', 'x.json'], dir)).err).toMatch(/pack sample 不接受其他参数：x\.json；写入文件请用 -o/);
    const unknown = await run(['pack', 'nope'], dir);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringMatching(/未知子命令“pack nope”/)]);
    const bare = await run(['pack'], dir);
    expect(bare.code).toBe(2);
    expect(bare.out).toMatch(/xingshen pack sample/);
  });
});

describe('xingshen pack check', () => {
  it('says a pack is valid (exit 0) and lists its hints on stderr', async () => {
    const dir = tmp('packs');
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(packOf([full, { wrong: '布暑', right: '部署' }])));
    const r = await run(['pack', 'check', 'a.json'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('a.json：规则包“本单位用词”（unit），2 条，规则 terms/typo，格式正确，2 条提示\n');
    expect(r.err.trim().split('\n')).toEqual([
      'xingshen: 规则包 a.json 提示：第 2 条“布暑→部署”没有 source（出处），建议注明依据（文件、讲话、标准或本单位规范）',
      'xingshen: 规则包 a.json 提示：第 2 条“布暑→部署”没有 examples（示例），无法自动验证是否标得准',
    ]);
  });

  it('an invalid or malformed pack: exit 2, where and what in zh-CN', async () => {
    const dir = tmp('packs');
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(packOf([{ ...full, severity: 'fatal' }])));
    writeFileSync(path.join(dir, 'broken.json'), '{"schemaVersion": 1,\n "entries": [{"wrong": "规距"，"right": "规矩"}]}');
    const bad = await run(['pack', 'check', 'bad.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/规则包 bad\.json 不符合格式要求：\n {2}entries\[0\]\.severity: /);
    const broken = await run(['pack', 'check', 'broken.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.json 不是有效的 JSON：第 2 行第 \d+ 列附近/);
    const missing = await run(['pack', 'check', 'none.json'], dir);
    expect([missing.code, missing.err]).toEqual([2, expect.stringMatching(/找不到规则包 none\.json/)]);
  });
});

describe('word lists (.txt, one 错误写法 → 正确写法 a line)', () => {
  it('check --pack takes a word list, in GBK too; its hints name lines', async () => {
    const dir = docDir();
    writeFileSync(path.join(dir, '词表.txt'), new TextEncoder().encode('规距 → 规矩\r\n'));
    writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0xb9, 0xe6, 0xbe, 0xe0, 0x09, 0xb9, 0xe6, 0xbe, 0xd8, 0x0d, 0x0a])); // 规距<TAB>规矩 in GBK
    for (const name of ['词表.txt', 'gbk.txt']) {
      const r = await run(['check', '--format', 'json', '--pack', name, 'doc.txt'], dir);
      expect([name, r.code === 2]).toEqual([name, false]);
      expect(typoMessages(r.out)).toMatch(/“规距”疑为错别字，应为“规矩”/);
      expect(r.err).toContain(`xingshen: 规则包 ${name} 提示：词表没有注明出处：建议在第一行写“# 出处：本单位公文写作规范”这样的一行`);
    }
  });

  it('a line it cannot read: exit 2, the line named', async () => {
    const dir = docDir();
    writeFileSync(path.join(dir, 'bad.txt'), '规距 → 规矩\n布暑\n');
    const r = await run(['check', '--pack', 'bad.txt', 'doc.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/词表 bad\.txt 有以下问题，未使用：\n {2}第 2 行：只有“布暑”，应写成“错误写法 → 正确写法”/);
    expect((await run(['pack', 'check', 'bad.txt'], dir)).code).toBe(2);
  });

  it('pack from-list writes the pack in the short form, to stdout or -o (no overwrite without --force)', async () => {
    const dir = docDir();
    writeFileSync(path.join(dir, 'list.txt'), '# 出处：本单位公文写作规范\n规距 → 规矩\n流于型式、流于行式 → 流于形式 → “形式”指外在样子\n');
    const out = await run(['pack', 'from-list', 'list.txt', '--id', 'unit-words', '--name', '本单位用词'], dir);
    expect(out.code).toBe(0);
    expect(out.err).toBe('');
    const data = JSON.parse(out.out);
    expect(data).toMatchObject({ id: 'unit-words', name: '本单位用词', rule: 'terms/typo' });
    expect(data.entries).toEqual([
      { wrong: '规距', right: '规矩', source: '本单位公文写作规范', examples: { flag: ['规距'], ok: ['规矩'] } },
      { wrong: ['流于型式', '流于行式'], right: '流于形式', note: '“形式”指外在样子', source: '本单位公文写作规范', examples: { flag: ['流于型式', '流于行式'], ok: ['流于形式'] } },
    ]);
    expect((await run(['pack', 'from-list', 'list.txt', '-o', 'unit.json'], dir)).code).toBe(0);
    writeFileSync(path.join(dir, 'unit.json'), 'mine');
    const again = await run(['pack', 'from-list', 'list.txt', '-o', 'unit.json'], dir);
    expect([again.code, again.err]).toEqual([2, expect.stringMatching(/unit\.json 已存在，未覆盖/)]);
    expect(readFileSync(path.join(dir, 'unit.json'), 'utf8')).toBe('mine');
    expect((await run(['pack', 'from-list', 'list.txt', '-o', 'unit.json', '--force'], dir)).code).toBe(0);
    const used = await run(['pack', 'check', 'unit.json'], dir);
    expect([used.code, used.err]).toEqual([0, '']);
    expect((await run(['pack', 'from-list', 'unit.json'], dir)).err).toMatch(/词表应是 \.txt 文件/);
  });
});

