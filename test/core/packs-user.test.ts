/**
 * User rule packs that are easy to make (issue 16 §2): `source` and `examples` optional with warnings,
 * the `{wrong, right}` short form, examples run as a self-test, built-in packs still strict.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { builtinPacks, matchEntry, PackError, parseBuiltinPack, parsePack, parsePackJson, type Pack } from '../../src/core/packs';
import { packWarningLine, packWarnings, parseUserPack, parseUserPackJson } from '../../src/core/pack-warnings';
import { termsTypo } from '../../src/core/rules/terms-typo';
import { qualitySelfPraise } from '../../src/core/rules/quality-self-praise';
import { run } from './rules/helpers';

const head = (rule = 'terms/typo') => ({ schemaVersion: 1, id: 'unit', name: '本单位用词', rule });
const pack = (entries: unknown[], rule?: string) => ({ ...head(rule), entries });
const full = { id: 'gu-bu', expected: '故步自封', patterns: [{ text: '固步自封' }], fix: '故步自封', severity: 'warning', note: '统一写作“故步自封”。' };

function problemsOf(f: () => unknown): { path: string; message: string }[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).problems;
  }
  throw new Error('expected a PackError');
}

describe('a user pack without source or examples (the UX review: it was rejected)', () => {
  it('loads, and says in plain words what is missing, by entry number and label', () => {
    const { pack: p, warnings } = parseUserPack(pack([full]), 'unit.json');
    expect(p.entries[0].source).toBeUndefined();
    expect(warnings.map((w) => w.code)).toEqual(['no-source', 'no-examples']);
    expect(warnings[0].message.zh).toBe('第 1 条“固步自封→故步自封”没有 source（出处），建议注明依据（文件、讲话、标准或本单位规范）');
    expect(warnings[1].message.zh).toBe('第 1 条“固步自封→故步自封”没有 examples（示例），无法自动验证是否标得准');
    expect(warnings[0].message.en).toMatch(/^Entry 1 “固步自封→故步自封” has no source/);
    expect(packWarningLine(warnings[0], 'unit.json')).toMatch(/^规则包 unit\.json 提示：第 1 条/);
    expect(packWarningLine(warnings[0], 'unit.json', 'en')).toMatch(/^rule pack unit\.json, hint: Entry 1 /);
    // …and it works.
    expect(run(termsTypo, ['有没有固步自封等问题'], { packs: [p] })).toHaveLength(1);
  });

  it('names the entries of a long list in one line per kind, not one line per entry', () => {
    const pairs = Array.from({ length: 20 }, (_, i) => ({ wrong: `错词${i}号`, right: `对词${i}号` }));
    const w = parseUserPack(pack(pairs)).warnings;
    expect(w.map((x) => x.code)).toEqual(['no-source', 'no-examples']);
    expect(w[0].entries).toHaveLength(20);
    expect(w[0].message.zh).toMatch(/^全部 20 条没有 source/);
    const some = parseUserPack(pack([...pairs.slice(0, 7), { ...full, source: '本单位规范', examples: { flag: ['固步自封'], ok: ['故步自封'] } }])).warnings;
    expect(some[0].message.zh).toMatch(/^第 1、2、3、4、5 等 7 条没有 source/);
    expect(some[0].message.en).toMatch(/^Entries 1, 2, 3, 4, 5, … \(7 in all\) have no source/);
    const two = parseUserPack(pack([pairs[0], pairs[1], { ...full, source: 's', examples: { flag: ['固步自封'] } }])).warnings;
    expect(two[0].message.zh).toMatch(/^第 1、2 条没有 source/);
  });

  it('a full entry with examples of one kind only is fine and gets no examples warning', () => {
    const w = parseUserPack(pack([{ ...full, source: 's', examples: { flag: ['固步自封'] } }])).warnings;
    expect(w).toEqual([]);
  });

  it('still refuses what is wrong: a bad severity, a bad regex, an unknown field — each by path, in zh-CN', () => {
    const paths = problemsOf(() => parsePack(pack([{ ...full, severity: 'fatal' }, { ...full, id: 'b', patterns: [{ regex: '(' }] }, { ...full, id: 'c', sorce: 'typo' }]))).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['entries[0].severity', 'entries[1].patterns[0].regex', 'entries[2]']));
  });
});

describe('the short form {wrong, right}', () => {
  it('is an entry with the right form as expected form and one-click fix', () => {
    const p = parsePack(pack([{ wrong: '规距', right: '规矩' }]));
    expect(p.entries[0]).toMatchObject({ id: 'pair-1', expected: '规矩', patterns: [{ text: '规距' }], fix: '规矩', severity: 'warning' });
    const f = run(termsTypo, ['严守纪律规距。'], { packs: [p] });
    expect(f).toHaveLength(1);
    expect(f[0].fix).toEqual({ start: 4, length: 2, replacement: '规矩' });
    expect(f[0].message).toMatch(/“规距”疑为错别字，应为“规矩”/);
    expect(run(termsTypo, ['严守纪律规矩。'], { packs: [p] })).toEqual([]);
  });

  it('takes several wrong forms, a severity, a note, a source and examples', () => {
    const { pack: p, warnings } = parseUserPack(pack([{ wrong: ['流于型式', '流于行式'], right: '流于形式', severity: 'info', note: '“形式”指外在样子。', source: '《现代汉语词典》', examples: { flag: ['学习流于型式'], ok: ['学习流于形式'] } }]));
    expect(warnings).toEqual([]);
    expect(p.entries[0].patterns).toEqual([{ text: '流于型式' }, { text: '流于行式' }]);
    expect(run(termsTypo, ['一是流于型式，二是流于行式'], { packs: [p] }).map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('never flags the right form when it holds the wrong one (结对帮扶村 holds 帮扶村)', () => {
    const p = parsePack(pack([{ wrong: '帮扶村', right: '结对帮扶村' }]));
    expect(run(termsTypo, ['走访结对帮扶村3次。'], { packs: [p] })).toEqual([]);
    expect(run(termsTypo, ['走访帮扶村3次。'], { packs: [p] })[0].fix?.replacement).toBe('结对帮扶村');
    // The other way round (the wrong form holds the right one) the right form must not silence it.
    const q = parsePack(pack([{ wrong: '坚决维护核心地位', right: '坚决维护' }]));
    expect(run(termsTypo, ['要坚决维护核心地位。'], { packs: [q] })).toHaveLength(1);
  });

  it('puts a $ of the right form in literally', () => {
    const p = parsePack(pack([{ wrong: 'USD', right: 'US$' }]));
    expect(matchEntry(p.entries[0], '价格USD')[0].replacement).toBe('US$');
  });

  it('needs the right form for the terms rules, not for phrase lists (no fix there)', () => {
    const problems = problemsOf(() => parsePack(pack([{ wrong: '规距' }])));
    expect(problems).toEqual([{ path: 'entries[0].right', message: expect.stringMatching(/^缺少必填项“right”（正确写法）/) }]);
    const praise = parsePack(pack([{ wrong: '勤勤恳恳', note: '不写自我表扬。' }], 'quality/self-praise'));
    expect(praise.entries[0].fix).toBeUndefined();
    expect(praise.entries[0].expected).toBe('勤勤恳恳');
  });

  it('gets an id that does not clash with the pack’s own ids', () => {
    const p = parsePack(pack([{ ...full, id: 'pair-2' }, { wrong: '规距', right: '规矩' }, { wrong: '布暑', right: '部署', id: 'bu-shu' }]));
    expect(p.entries.map((e) => e.id)).toEqual(['pair-2', 'pair-2-2', 'bu-shu']);
  });

  it('reports its own mistakes by path: no wrong form, an unknown field, a wrong form equal to the right one', () => {
    const paths = problemsOf(() => parsePack(pack([{ wrong: [], right: '规矩' }, { wrong: '规距', right: '规矩', patterns: [{ text: 'x' }] }]))).map((p) => p.path);
    expect(paths).toEqual(['entries[0].wrong', 'entries[1]']);
    expect(problemsOf(() => parsePack(pack([{ wrong: ['规距', '规矩'], right: '规矩' }])))).toEqual([{ path: 'entries[0].wrong', message: '错误写法“规矩”与正确写法相同，会把正确的写法标出' }]);
  });

  it('says in plain words what a hand-written entry gets wrong (a misspelt key, a string entry, examples as a list, the level)', () => {
    const messages = (entry: unknown) => problemsOf(() => parsePack(pack([entry]))).map((p) => `${p.path}: ${p.message}`);
    expect(messages({ wrnog: '规距', right: '规矩' })).toEqual(['entries[0].wrong: 缺少必填项“wrong”（错误写法）', expect.stringMatching(/^entries\[0\]: .*"wrnog"/)]);
    expect(messages({ wrong: 12, right: '规矩' })).toEqual(['entries[0].wrong: 应为一个词语（"规距"）或几个词语的列表（["规距", "规炬"]）']);
    expect(messages('规距→规矩')).toEqual([expect.stringMatching(/^entries\[0\]: 每个条目应写成 \{"wrong": "错误写法", "right": "正确写法"\} 这样的对象/)]);
    expect(messages({ wrong: '规距', right: '规矩', examples: ['要守规距'] })).toEqual(['entries[0].examples: 应写成 {"flag": ["应被标出的例句"], "ok": ["不应被标出的例句"]}']);
    expect(messages({ wrong: '规距', right: '规矩', severity: 'high' })).toEqual(['entries[0].severity: 应为 error（错误）、warning（警告）或 info（提示）之一']);
    const { severity: _s, ...noLevel } = full;
    expect(messages(noLevel)).toEqual(['entries[0].severity: 缺少必填项“severity”（级别：error、warning 或 info）']);
  });

  it('comes back the same after being saved and read again (the pane stores parsed packs) — property', () => {
    const han = fc.string({ unit: fc.constantFrom(...'规矩距部署布暑结对帮扶村形式流于型'), minLength: 1, maxLength: 5 });
    const entry = fc.record({ wrong: fc.oneof(han, fc.array(han, { minLength: 1, maxLength: 3 })), right: han, severity: fc.constantFrom('error', 'warning', 'info') });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
        fc.pre(entries.every((e) => !(typeof e.wrong === 'string' ? [e.wrong] : e.wrong).includes(e.right))); // refused, see above
        const once = parsePack(pack(entries));
        const again = parsePack(JSON.parse(JSON.stringify(once)));
        expect(again).toEqual(once);
        expect(packWarnings(again)).toEqual(packWarnings(once));
      }),
      { numRuns: 200 },
    );
  });
});

describe('examples are run as a self-test', () => {
  it('warns when a flag example is not caught, or an ok example is', () => {
    const { warnings } = parseUserPack(pack([{ wrong: '规距', right: '规矩', source: 's', examples: { flag: ['守规矩'], ok: ['不守规距'] } }]));
    expect(warnings.map((w) => w.code)).toEqual(['example-missed', 'example-caught']);
    expect(warnings[0].message.zh).toBe('第 1 条“规距→规矩”的示例“守规矩”应被标出，实际没有标出；请检查 wrong 或 patterns 是否与示例的写法一致');
    expect(warnings[1].message.zh).toMatch(/^第 1 条“规距→规矩”会把示例“不守规距”标出，但它写明不应标出/);
  });

  it('warns when the entry’s own fix leaves a flag example still caught (no unless for the right form)', () => {
    const loop = { id: 'bang-fu', expected: '结对帮扶村', patterns: [{ text: '帮扶村' }], fix: '结对帮扶村', severity: 'info', note: '', source: 's', examples: { flag: ['走访帮扶村'], ok: [] } };
    const w = parseUserPack(pack([loop])).warnings;
    expect(w.map((x) => x.code)).toEqual(['fix-still-caught']);
    expect(w[0].message.zh).toBe('第 1 条“帮扶村→结对帮扶村”把示例“走访帮扶村”改成“走访结对帮扶村”后仍会标出；请给这一条加 unless（如正确写法），或改 fix');
    expect(parseUserPack(pack([{ ...loop, unless: [{ text: '结对帮扶村' }] }])).warnings).toEqual([]);
    // The short form adds that unless itself.
    expect(parseUserPack(pack([{ wrong: '帮扶村', right: '结对帮扶村', source: 's', examples: { flag: ['走访帮扶村'] } }])).warnings).toEqual([]);
  });

  it('runs boilerplate examples as the rule does: concrete text after the phrase is fine', () => {
    const entry = { id: 'b', expected: '写明具体表现', patterns: [{ text: '学习不够深入' }], severity: 'info', note: 'n', source: 's', examples: { flag: ['学习不够深入。'], ok: ['学习不够深入，比如2023年只参加了3次集中学习。'] } };
    expect(parseUserPack(pack([entry], 'quality/boilerplate')).warnings).toEqual([]);
    // The same ok example under a rule without that exemption is caught.
    expect(parseUserPack(pack([entry], 'quality/self-praise')).warnings.map((w) => w.code)).toEqual(['example-caught']);
  });

  it('runs sequence examples', () => {
    const seq = { id: 's', expected: '甲乙、丙丁、戊己', sequence: ['甲乙', '丙丁', '戊己'], severity: 'info', note: 'n', source: 's', examples: { flag: ['丙丁、甲乙'], ok: ['甲乙、丙丁'] } };
    expect(parseUserPack(pack([seq])).warnings).toEqual([]);
    expect(parseUserPack(pack([{ ...seq, examples: { flag: ['甲乙、丙丁'], ok: [] } }])).warnings.map((w) => w.code)).toEqual(['example-missed']);
  });

  it('a self-praise phrase list in the short form is a working pack', () => {
    const p = parsePack(pack([{ wrong: '任劳任怨' }], 'quality/self-praise'));
    const lines = ['一、存在的问题', '我工作任劳任怨，但也存在不足。'];
    expect(run(qualitySelfPraise, lines, { packs: [p] }).some((f) => /任劳任怨/.test(f.message))).toBe(true);
  });
});

describe('built-in packs stay strict', () => {
  const typosPath = path.join(__dirname, '../../src/profiles/packs/typos.json');
  const typos = JSON.parse(fs.readFileSync(typosPath, 'utf8'));
  const withEntry = (change: (e: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(typos));
    change(copy.entries[2]);
    return copy;
  };

  it('every built-in entry has a note, a source and flag and ok examples, and no warnings', () => {
    for (const p of builtinPacks) {
      expect(packWarnings(p)).toEqual([]);
      for (const e of p.entries) {
        expect([p.id, e.id, e.note.length > 0, e.source.length > 0, e.examples.flag.length > 0, e.examples.ok.length > 0]).toEqual([p.id, e.id, true, true, true, true]);
      }
    }
  });

  it('refuses a built-in entry without source, examples, ok examples or note, or in the short form', () => {
    expect(() => parseBuiltinPack(typos, 'typos.json')).not.toThrow();
    const cases: [string, (e: Record<string, unknown>) => void][] = [
      ['entries[2].source', (e) => delete e.source],
      ['entries[2].examples', (e) => delete e.examples],
      ['entries[2].examples.ok', (e) => ((e.examples as { ok: string[] }).ok = [])],
      ['entries[2].note', (e) => (e.note = '')],
      ['entries[2].wrong', (e) => (e.wrong = '律已')],
    ];
    for (const [where, change] of cases) {
      const paths = problemsOf(() => parseBuiltinPack(withEntry(change), 'typos.json')).map((p) => p.path);
      expect([where, paths.includes(where)]).toEqual([where, true]);
    }
    // The same file is a valid user pack without its source (with a warning).
    const loose = parseUserPack(withEntry((e) => delete e.source));
    expect(loose.warnings.map((w) => [w.code, w.entries])).toEqual([['no-source', [3]]]);
  });

  it('any valid strict pack parses as a user pack with no warnings — property', () => {
    const word = fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸子丑寅卯'), minLength: 2, maxLength: 4 });
    const strictEntry = fc.record({ wrong: word, right: word, fix: fc.boolean(), severity: fc.constantFrom('error', 'warning', 'info'), before: fc.constantFrom('', '要', '我们'), after: fc.constantFrom('', '。', '的问题') });
    fc.assert(
      fc.property(fc.array(strictEntry, { minLength: 1, maxLength: 6 }), (xs) => {
        fc.pre(xs.every((x) => !x.right.includes(x.wrong)));
        const data = {
          ...head(),
          entries: xs.map((x, i) => ({
            id: `e${i}`,
            expected: x.right,
            patterns: [{ text: x.wrong }],
            ...(x.fix ? { fix: x.right } : {}),
            severity: x.severity,
            note: `应为“${x.right}”。`,
            source: '本单位规范',
            examples: { flag: [x.before + x.wrong + x.after], ok: [x.before + x.right + x.after] },
          })),
        };
        fc.pre(data.entries.every((e) => !(e.examples.ok[0] as string).includes(e.patterns[0].text)));
        const strict = parseBuiltinPack(data, 'gen.json');
        const user = parseUserPack(data);
        expect(user.warnings).toEqual([]);
        expect(user.pack).toEqual(strict);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the sample pack (设置 → 示例规则包, xingshen pack sample)', () => {
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/profiles/packs/sample/sample-pack.json'), 'utf8'));
  const { pack: sample, warnings } = parseUserPack(raw, 'sample-pack.json');

  it('has two or three entries of each kind: short form, phrase, regex, sequence', () => {
    const kinds = raw.entries.map((e: Record<string, unknown>) => ('wrong' in e ? 'short' : e.sequence ? 'sequence' : (e.patterns as { regex?: string }[]).some((m) => m.regex) ? 'regex' : 'text'));
    for (const k of ['short', 'text', 'regex', 'sequence']) expect([k, kinds.filter((x: string) => x === k).length >= 2 && kinds.filter((x: string) => x === k).length <= 3]).toEqual([k, true]);
  });

  it('only its bare first pair gets hints; every example of the others passes', () => {
    expect(warnings.map((w) => [w.code, w.entries])).toEqual([
      ['no-source', [1]],
      ['no-examples', [1]],
    ]);
  });

  it('catches nothing the built-in packs catch (no doubled findings when loaded)', () => {
    const hits: string[] = [];
    for (const e of sample.entries)
      for (const ex of [...(e.examples?.flag ?? []), ...(e.examples?.ok ?? [])])
        for (const p of builtinPacks) for (const b of p.entries) if (matchEntry(b, ex).length) hits.push(`${p.id}/${b.id}: ${ex}`);
    expect(hits).toEqual([]);
  });

  it('its fixes make flagged text acceptable', () => {
    for (const e of sample.entries)
      for (const ex of e.examples?.flag ?? []) {
        let text = ex;
        for (const m of [...matchEntry(e, ex)].reverse()) if (m.replacement !== undefined) text = text.slice(0, m.start) + m.replacement + text.slice(m.start + m.length);
        if (text !== ex) expect([e.id, text, matchEntry(e, text).length]).toEqual([e.id, text, 0]);
      }
  });
});

describe('any input', () => {
  it('is a pack or a PackError with paths and zh-CN messages, never another exception — property', () => {
    const key = fc.constantFrom('wrong', 'right', 'id', 'expected', 'patterns', 'sequence', 'severity', 'note', 'source', 'examples', 'unless', 'fix', 'flag', 'ok', 'text', 'regex');
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 4 }), fc.constantFrom('规距', '规矩', 'warning', 'info', '(', '[a-'), fc.integer(), fc.constant(null), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    const entry = fc.oneof(value, fc.record({ wrong: value, right: value }, { requiredKeys: [] }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), fc.constantFrom('terms/typo', 'quality/boilerplate', 'x'), (entries, rule) => {
        try {
          const r = parseUserPack({ ...head(rule), entries });
          expect(r.pack.entries.length).toBe(entries.length);
        } catch (e) {
          expect(e).toBeInstanceOf(PackError);
          for (const p of (e as PackError).problems) expect(p.message).not.toMatch(/Invalid|expected [a-z]|received|Unrecognized/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('JSON text', () => {
  it('parseUserPackJson gives the same plain zh-CN syntax errors as parsePackJson', () => {
    const bad = '{"schemaVersion": 1, "entries": [{"wrong": "规距"，"right": "规矩"}]}';
    const a = problemsOf(() => parseUserPackJson(bad, 'x.json'));
    const b = problemsOf(() => parsePackJson(bad, 'x.json'));
    expect(a).toEqual(b);
    expect(a[0].message).toMatch(/^第 1 行第 \d+ 列附近：/);
    const ok = parseUserPackJson('\uFEFF' + JSON.stringify(pack([{ wrong: '规距', right: '规矩' }])), 'x.json');
    expect((ok.pack as Pack).entries).toHaveLength(1);
  });
});
