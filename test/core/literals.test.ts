import fc from 'fast-check';
import { literalScanner, requiredLiterals } from '../../src/core/literals';
import { builtinPacks, candidateEntries, matchEntry, normalizeText, parsePack } from '../../src/core/packs';

describe('requiredLiterals', () => {
  it.each([
    ['学习不够深入(?:系统)?', ['学习不够深入']],
    ['政治(?:理解|感悟|领会)力', ['政治理解力', '政治感悟力', '政治领会力']],
    ['(严以|严于)律已', ['严以律已', '严于律已']],
    ['默守[陈成]规|墨守陈规', ['默守', '墨守陈规']],
    ['截止(?=[0-9]|目前)', ['截止']],
    ['(?<=工作|干部)做风(?!险)', ['做风']],
    ['取得了?[^。]{0,12}成绩', ['取得']],
    ['a+b', ['a']],
    ['ab{2}c', ['ab']],
    ['\\.x\\(', ['.x(']],
    ['(?<name>ab)c\\k<name>', ['abc']],
    ['(ab)\\1', ['ab']],
  ])('%s → %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each(['.*', '[甲乙]+', 'a?', 'a|.', '(?:a|b?)c?', '\\d+', '', '^$'])('finds nothing certain in %s', (source) => {
    expect(requiredLiterals(source)).toBeNull();
  });

  // Every match must contain one of the literals: check it on the built-in patterns, on strings made
  // from their own examples with characters dropped, doubled or swapped, so that many still match.
  const patterns = builtinPacks.flatMap((p) => p.entries.flatMap((e) => (e.patterns ?? []).filter((m) => m.regex !== undefined).map((m) => ({ source: m.regex as string, examples: [...e.examples.flag, ...e.examples.ok] }))));

  it('gives a literal for every built-in pattern, and each match contains one', () => {
    for (const { source } of patterns) expect(requiredLiterals(source)).not.toBeNull();
    const mutate = (s: string) =>
      fc.array(fc.tuple(fc.nat(s.length), fc.constantFrom('drop', 'double', 'swap')), { maxLength: 3 }).map((ops) => {
        let t = normalizeText(s);
        for (const [i, op] of ops) {
          const k = Math.min(i, Math.max(0, t.length - 1));
          if (op === 'drop') t = t.slice(0, k) + t.slice(k + 1);
          else if (op === 'double') t = t.slice(0, k + 1) + t.slice(k);
          else t = t.slice(0, k) + t.slice(k + 1, k + 2) + t.slice(k, k + 1) + t.slice(k + 2);
        }
        return t;
      });
    const cases = fc.constantFrom(...patterns).chain((p) => fc.tuple(fc.constant(p.source), fc.constantFrom(...p.examples).chain(mutate)));
    fc.assert(
      fc.property(cases, ([source, text]) => {
        const m = new RegExp(source, 'u').exec(text);
        if (m) expect((requiredLiterals(source) as string[]).some((l) => m[0].includes(l))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('pack prefilter', () => {
  it('never hides a match: every flag example keeps its entry among the candidates', () => {
    for (const pack of builtinPacks)
      for (const e of pack.entries)
        for (const ex of e.examples.flag) {
          expect(matchEntry(e, ex).length).toBeGreaterThan(0);
          expect(candidateEntries(pack, ex)).toContain(e);
        }
  });

  it('keeps an entry whose pattern has no certain literal on every paragraph', () => {
    const pack = parsePack({
      schemaVersion: 1,
      id: 'user',
      name: 'user',
      rule: 'terms/typo',
      entries: [
        { id: 'any', expected: 'x', patterns: [{ regex: '[甲乙]{2}' }], severity: 'info', note: 'n', source: 's', examples: { flag: ['甲乙'], ok: ['丙'] } },
        { id: 'lit', expected: 'y', patterns: [{ text: '丁戊' }], severity: 'info', note: 'n', source: 's', examples: { flag: ['丁戊'], ok: ['丙'] } },
      ],
    });
    expect(candidateEntries(pack, '甲乙').map((e) => e.id)).toEqual(['any']);
    expect(candidateEntries(pack, '丁戊').map((e) => e.id)).toEqual(['any', 'lit']);
  });

  it('indexes one-character literals and the user packs of a check', () => {
    const entry = (id: string, text: string) => ({ id, expected: 'x', patterns: [{ text }], severity: 'info' as const, note: 'n', source: 's', examples: { flag: [text], ok: ['丙'] } });
    const a = parsePack({ schemaVersion: 1, id: 'a', name: 'a', rule: 'terms/typo', entries: [entry('one', '咯'), entry('two', '丁戊')] });
    const b = parsePack({ schemaVersion: 1, id: 'b', name: 'b', rule: 'quality/self-praise', entries: [entry('three', '丁戊'), entry('four', '己')] });
    const user = [a, b];
    expect(candidateEntries(a, '好咯，丁戊', user).map((e) => e.id)).toEqual(['one', 'two']);
    expect(candidateEntries(b, '好咯，丁戊', user).map((e) => e.id)).toEqual(['three']);
    expect(candidateEntries(b, '己', user).map((e) => e.id)).toEqual(['four']);
    expect(candidateEntries(a, '作风', user)).toEqual([]);
  });

  it('names only the entries whose literals occur, overlapping literals included', () => {
    const entry = (id: string, text: string) => ({ id, expected: 'x', patterns: [{ text }], severity: 'info' as const, note: 'n', source: 's', examples: { flag: [text], ok: ['丙'] } });
    const pack = parsePack({ schemaVersion: 1, id: 'user', name: 'user', rule: 'terms/typo', entries: [entry('short', '做风'), entry('long', '做风建设'), entry('inner', '风建'), entry('other', '丁戊')] });
    expect(candidateEntries(pack, '加强做风建设').map((e) => e.id)).toEqual(['short', 'long', 'inner']);
    expect(candidateEntries(pack, '丁戊，做风').map((e) => e.id)).toEqual(['short', 'other']);
    expect(candidateEntries(pack, '作风问题')).toEqual([]);
  });
});

describe('literalScanner', () => {
  it('finds exactly the values whose literal the text contains (property)', () => {
    // Few code units, so literals overlap, repeat, share first pairs and collide in the pair hash.
    const unit = fc.constantFrom('作', '风', '建', '设', 'a', 'b', '，', '𠀀');
    const lit = fc.array(unit, { maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(lit, fc.integer({ min: 0, max: 5 })), { maxLength: 12 }), fc.array(unit, { maxLength: 30 }), (items, chars) => {
        const text = chars.join('');
        const want = new Set(items.filter(([l]) => l !== '' && text.includes(l)).map(([, v]) => v));
        expect(new Set(literalScanner(items)(text))).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });

  it('handles literals whose first two code units hash alike', () => {
    // pairHash(a, b) = (31a + b) mod 65536: 作风 and the pair one step further on collide.
    const a = '作'.charCodeAt(0);
    const b = '风'.charCodeAt(0);
    const other = String.fromCharCode(a + 1, b - 31);
    const scan = literalScanner([
      ['作风', 1],
      [other + 'x', 2],
    ]);
    expect([...scan(`${other}x作风`)].sort()).toEqual([1, 2]);
    expect([...scan(`${other}y作`)]).toEqual([]);
  });
});
