import fc from 'fast-check';
import { builtinPacks, matchEntry, normalizeText, PackError, parsePack, parsePackJson, type Pack, type PackEntry } from '../../src/core/packs';
import { boilerplateMatches } from '../../src/core/rules/quality-boilerplate';
import { termsFormulation } from '../../src/core/rules/terms-formulation';
import { termsTypo } from '../../src/core/rules/terms-typo';
import { profile, run } from './rules/helpers';

const prof = profile();

function matches(pack: Pack, entry: PackEntry, text: string): number {
  return pack.rule === 'quality/boilerplate' ? boilerplateMatches(entry, text, prof).length : matchEntry(entry, text).length;
}

describe('built-in packs', () => {
  it('load and validate', () => {
    expect(builtinPacks.map((p) => p.id).sort()).toEqual(['boilerplate', 'formulations', 'self-praise', 'typos']);
    for (const p of builtinPacks) expect(p.entries.length).toBeGreaterThan(0);
  });

  for (const pack of builtinPacks) {
    describe(`${pack.id} (${pack.rule})`, () => {
      for (const entry of pack.entries) {
        it(`${entry.id}: flags every "flag" example and none of the "ok" ones`, () => {
          for (const ex of entry.examples.flag) if (matches(pack, entry, ex) < 1) throw new Error(`${pack.id}/${entry.id}: not flagged: ${ex}`);
          for (const ex of entry.examples.ok) if (matches(pack, entry, ex) > 0) throw new Error(`${pack.id}/${entry.id}: falsely flagged: ${ex}`);
        });
      }
      it('no entry flags another entry\'s "ok" example', () => {
        const bad: string[] = [];
        for (const e of pack.entries) for (const ex of e.examples.ok) for (const other of pack.entries) if (matches(pack, other, ex) > 0) bad.push(`${other.id} flags ok example of ${e.id}: ${ex}`);
        expect(bad).toEqual([]);
      });
      it('every fix turns the flagged text into text the entry accepts', () => {
        for (const entry of pack.entries)
          for (const ex of entry.examples.flag) {
            let text = ex;
            for (const m of [...matchEntry(entry, ex)].reverse()) if (m.replacement !== undefined) text = text.slice(0, m.start) + m.replacement + text.slice(m.start + m.length);
            if (text !== ex && matchEntry(entry, text).length > 0) throw new Error(`${entry.id}: fix of "${ex}" gives "${text}", still flagged`);
          }
      });
    });
  }
});

describe('rules read the packs', () => {
  it('terms/formulation reports flag examples with the expected form', () => {
    const f = run(termsFormulation, ['增强政治意识、核心意识、大局意识、看齐意识']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('政治意识、大局意识、核心意识、看齐意识');
    expect(f[0].fix?.replacement).toBe('政治意识、大局意识、核心意识、看齐意识');
    const miss = run(termsFormulation, ['牢固树立政治意识、大局意识、看齐意识']);
    expect(miss[0].message).toContain('缺少“核心意识”');
  });

  it('terms/typo offers a fix with capture groups', () => {
    const f = run(termsTypo, ['始终做到严以律已。']);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toEqual({ start: 4, length: 4, replacement: '严以律己' });
  });

  it('takes user packs and the allow-list from the context', () => {
    const user = parsePack({
      schemaVersion: 1,
      id: 'unit',
      name: '本单位',
      rule: 'terms/typo',
      entries: [{ id: 'xx', expected: '乡村振兴', patterns: [{ text: '农村振兴' }], fix: '乡村振兴', severity: 'info', note: '本单位统一用“乡村振兴”。', source: '本单位写作规范', examples: { flag: ['推进农村振兴'], ok: ['推进乡村振兴'] } }],
    });
    expect(run(termsTypo, ['推进农村振兴'])).toEqual([]);
    expect(run(termsTypo, ['推进农村振兴'], { packs: [user] })).toHaveLength(1);
    expect(run(termsTypo, ['其它方面的问题'])).toHaveLength(1);
    expect(run(termsTypo, ['其它方面的问题'], { allow: ['其它'] })).toEqual([]);
  });

  it('matches traditional script and half-width quotes, without pasting simplified text in', () => {
    const f = run(termsFormulation, ['學習習近平新時代社會主義思想', '深刻感悟"两个确立"的决定性意义']);
    expect(f.map((x) => x.paragraph)).toEqual([0, 1]);
    expect(f[0].fix).toBeUndefined();
  });
});

describe('parsePack', () => {
  it('reports each bad field with its path', () => {
    let err: PackError | undefined;
    try {
      parsePack({ schemaVersion: 1, id: 'Bad Id', name: 'x', rule: 'terms/typo', entries: [{ id: 'a', expected: 'x', patterns: [{ regex: '(' }], severity: 'high', note: 'n', source: 's', examples: { flag: [''], ok: ['y'] } }] });
    } catch (e) {
      err = e as PackError;
    }
    expect(err).toBeInstanceOf(PackError);
    const paths = err?.problems.map((p) => p.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['id', 'entries[0].patterns[0].regex', 'entries[0].severity', 'entries[0].examples.flag[0]']));
  });

  it('rejects duplicate ids, both patterns and sequence, unknown rules and malformed JSON', () => {
    const entry = { id: 'a', expected: 'x', patterns: [{ text: 'y' }], severity: 'info', note: 'n', source: 's', examples: { flag: ['y'], ok: ['x'] } };
    expect(() => parsePack({ schemaVersion: 1, id: 'p', name: 'p', rule: 'terms/typo', entries: [entry, entry] })).toThrow(/entries\[1\]\.id/);
    expect(() => parsePack({ schemaVersion: 1, id: 'p', name: 'p', rule: 'terms/typo', entries: [{ ...entry, sequence: ['a', 'b'] }] })).toThrow(/patterns 或 sequence/);
    expect(() => parsePack({ schemaVersion: 1, id: 'p', name: 'p', rule: 'nope', entries: [entry] })).toThrow(PackError);
    expect(() => parsePackJson('{ nope', 'x.json')).toThrow(/x\.json 不是有效的 JSON/);
  });
});

describe('normalizeText', () => {
  it('keeps offsets while unifying script, quotes and punctuation', () => {
    const s = '“四個意識”,(一)';
    const n = normalizeText(s);
    expect(n).toHaveLength(s.length);
    expect(n).toBe('"四个意识"，（一）');
  });

  it('maps character by character, exactly like a per-character table lookup (property)', () => {
    // The table written out by hand, independent of the implementation's lookup structure.
    const table: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？', '“': '"', '”': '"', '"': '"', '「': '"', '」': '"', '『': '"', '』': '"', '＂': '"', '‘': "'", '’': "'", "'": "'", '＇': "'", 個: '个', 識: '识', 黨: '党', 風: '风', 麼: '么' };
    const alphabet = [...Object.keys(table), '个', '识', '党', '的', 'a', ']', '\\', '^', '-', '[', '𠀀', ' ', '，', '。'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        const n = normalizeText(s);
        expect(n).toHaveLength(s.length);
        expect(n).toBe(chars.map((c) => table[c] ?? c).join(''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeText and slices', () => {
  it('maps code unit for code unit: the normalisation of a slice is the slice of the normalisation', () => {
    const unit = fc.constantFrom(...'個識學習“”「」‘’\'",:;()!?，学习𠀀'.split(''), '\ud840', '\udc00');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.nat(20), fc.nat(20), (a, x, y) => {
        const t = a.join('');
        const [s, e] = [Math.min(x, y, t.length), Math.min(Math.max(x, y), t.length)];
        expect(normalizeText(t.slice(s, e))).toBe(normalizeText(t).slice(s, e));
        expect(normalizeText(t).length).toBe(t.length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('unlessDocument (issue 14)', () => {
  it('an entry is off in a document whose own notice used that wording (2021 党史学习教育: 深刻感悟“两个确立”)', () => {
    const line = '一是带头深刻感悟“两个确立”的决定性意义方面还有差距。';
    expect(run(termsFormulation, [line])).toHaveLength(1);
    expect(run(termsFormulation, ['关于党史学习教育专题民主生活会个人对照检查材料', line])).toEqual([]);
  });

  it('is validated like any matcher', () => {
    expect(() => parsePack({ schemaVersion: 1, id: 'x', name: 'x', rule: 'terms/typo', entries: [{ id: 'a', expected: 'b', patterns: [{ text: 'c' }], unlessDocument: [{ regex: '(' }], severity: 'info', note: 'n', source: 's', examples: { flag: ['c'], ok: ['b'] } }] })).toThrow(/unlessDocument/);
  });
});
