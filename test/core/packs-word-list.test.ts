/** A word list as plain text (one “wrong → right” a line) made into a rule pack: no JSON to get wrong. */
import fc from 'fast-check';
import { packFromWordList, packHints, readWordList, wordListOf } from '../../src/core/word-list';
import { packWarnings, parseUserPack } from '../../src/core/pack-warnings';
import { termsTypo } from '../../src/core/rules/terms-typo';
import { run } from './rules/helpers';

describe('readWordList', () => {
  it('reads arrows, tabs, commas and spaces; several wrong forms; a note; skips blanks and # lines', () => {
    const { pairs, problems } = readWordList('\uFEFF# 本单位词表\n规距 → 规矩\r\n\n流于型式、流于行式 -> 流于形式\n帮扶村\t结对帮扶村\t本单位统一称“结对帮扶村”\n布暑，部署\n按步就班　按部就班\n');
    expect(problems).toEqual([]);
    expect(pairs.map((p) => [p.line, p.wrong, p.right, p.note])).toEqual([
      [2, ['规距'], '规矩', ''],
      [4, ['流于型式', '流于行式'], '流于形式', ''],
      [5, ['帮扶村'], '结对帮扶村', '本单位统一称“结对帮扶村”'],
      [6, ['布暑'], '部署', ''],
      [7, ['按步就班'], '按部就班', ''],
    ]);
  });

  it('a # 出处： line gives the source of the lines below it', () => {
    const { pairs } = readWordList('规距 → 规矩\n# 出处：本单位公文写作规范\n布暑 → 部署\n# source: 《现代汉语词典》\n帐目 → 账目');
    expect(pairs.map((p) => p.source)).toEqual([undefined, '本单位公文写作规范', '《现代汉语词典》']);
  });

  it('names by line what it cannot read: one word only, wrong = right, a wrong form given twice', () => {
    const { pairs, problems } = readWordList('规距\n规矩 → 规矩\n布暑 → 部署\n布暑 → 布署');
    expect(pairs).toHaveLength(1);
    expect(problems.map((p) => p.message.zh)).toEqual(['第 1 行：只有“规距”，应写成“错误写法 → 正确写法”', '第 2 行：错误写法“规矩”与正确写法相同', '第 4 行：“布暑”在第 3 行已经有了']);
    expect(problems[0].message.en).toBe('Line 1: only “规距”; write “wrong → right”');
  });
});

describe('packFromWordList', () => {
  it('makes a working pack whose lines check themselves; with a source it has no hints', () => {
    const { pack, problems, warnings } = packFromWordList('# 出处：本单位公文写作规范\n规距 → 规矩\n帮扶村 → 结对帮扶村');
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(pack).toMatchObject({ id: 'word-list', name: '本单位词表', rule: 'terms/typo' });
    expect(pack!.entries[0].examples).toEqual({ flag: ['规距'], ok: ['规矩'] });
    const f = run(termsTypo, ['严守规距，走访帮扶村，结对帮扶村。'], { packs: [pack!] });
    expect(f.map((x) => x.fix?.replacement)).toEqual(['规矩', '结对帮扶村']);
  });

  it('without a source: one hint for the whole list, naming the line to add', () => {
    const { warnings } = packFromWordList('规距 → 规矩\n布暑 → 部署');
    expect(warnings.map((w) => w.message.zh)).toEqual(['词表没有注明出处：建议在第一行写“# 出处：本单位公文写作规范”这样的一行']);
    const partly = packFromWordList('规距 → 规矩\n\n# 出处：规范\n布暑 → 部署').warnings;
    expect(partly.map((w) => [w.entries, w.message.zh])).toEqual([[[1], '第 1 行没有出处：“# 出处：…”一行只管它下面的各行']]);
  });

  it('a line that would flag its own right form is named by line, not by entry number', () => {
    // 规、规矩距 → 规矩: the right form holds 规, but 规矩距 holds the right form, so no unless can be added.
    const { warnings } = packFromWordList('# 出处：s\n\n规、规矩距 → 规矩');
    expect(warnings.map((w) => w.code)).toEqual(['fix-still-caught', 'fix-still-caught', 'example-caught']);
    for (const w of warnings) expect([w.entries, w.message.zh.startsWith('第 3 行“规→规矩”'), w.message.en.startsWith('Line 3 “规→规矩”')]).toEqual([[3], true, true]);
    expect(warnings[2].message.zh).toMatch(/会把示例“规矩”标出/);
  });

  it('no pairs, no pack', () => {
    expect(packFromWordList('# 只有注释\n\n').pack).toBeNull();
    expect(packFromWordList('规距').problems).toHaveLength(1);
  });

  it('reads back what wordListOf writes, for any list of pairs — property', () => {
    const word = fc.string({ unit: fc.constantFrom(...'规矩距部署布暑帮扶村形式流于型甲乙丙'), minLength: 1, maxLength: 4 });
    const sep = fc.constantFrom(' → ', '->', '\t', '，', ' ', '=>');
    const pair = fc.record({ wrong: fc.uniqueArray(word, { minLength: 1, maxLength: 3 }), right: word, sep });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 8 }), fc.option(fc.constantFrom('本单位规范', '《现代汉语词典》'), { nil: undefined }), (list, source) => {
        // What readWordList refuses (wrong = right, a wrong form twice) is tested above.
        const seen = new Set<string>();
        const ok = list.filter((p) => !p.wrong.includes(p.right) && p.wrong.every((w) => !seen.has(w)) && (p.wrong.forEach((w) => seen.add(w)), true));
        fc.pre(ok.length > 0);
        const text = (source ? `# 出处：${source}\n` : '') + ok.map((p) => p.wrong.join('、') + p.sep + p.right).join('\n');
        const first = packFromWordList(text);
        expect(first.problems).toEqual([]);
        expect(first.pack!.entries.map((e) => [e.patterns?.map((m) => m.text), e.expected])).toEqual(ok.map((p) => [p.wrong, p.right]));
        const again = packFromWordList(wordListOf(first.pack!));
        expect(again.pack).toEqual(first.pack);
      }),
      { numRuns: 300 },
    );
  });
});

describe('packHints', () => {
  it('names a word-list pack’s hints by line, any other pack’s by entry', () => {
    const fromList = packFromWordList('规距 → 规矩\n\n布暑 → 部署').pack!;
    expect(packHints(fromList).map((w) => w.message.zh)).toEqual(['词表没有注明出处：建议在第一行写“# 出处：本单位公文写作规范”这样的一行']);
    // Stored and read back (the pane keeps parsed packs), it is still recognised.
    expect(packHints(parseUserPack(JSON.parse(JSON.stringify(fromList))).pack)).toEqual(packHints(fromList));
    const json = parseUserPack({ schemaVersion: 1, id: 'word-list', name: '本单位词表', rule: 'terms/typo', entries: [{ wrong: '规距', right: '规矩' }] }).pack;
    expect(packHints(json)).toEqual(packWarnings(json));
    expect(packHints(json).map((w) => w.code)).toEqual(['no-source', 'no-examples']);
  });
});
