import fc from 'fast-check';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { docFromReport, loadCorpus } from '../../eval/corpus';
import { COMPOUND_WORDS, findDuplicates, LEGIT_REDUPLICATION, mayHaveDuplicate, straddlesCompounds, textDuplicated } from '../../../src/core/rules/text-duplicated';
import compounds from '../../../src/profiles/packs/compounds.json';
import { normalizeText } from '../../../src/core/packs';
import { applyFixes, profile, run } from './helpers';

describe('text/duplicated: repeats across a word boundary (issue 14)', () => {
  it('never flags two real words meeting between the copies', () => {
    for (const ok of [
      '基层党组织组织生活会质量不高',
      '严肃党内政治生活，规范基层党组织组织生活会',
      '严格执行党委会议议事规则',
      '派出所所长、科科长带头查摆',
      '深入学习习近平新时代中国特色社会主义思想',
      '原原本本学、逐字逐句悟，谈心谈话、看一看、议一议',
      '局领导班子班子成员带头讲党课',
      '他说：“这件事再研究研究，大家凑合凑合。”',
    ]) {
      expect([ok, run(textDuplicated, [ok])]).toEqual([ok, []]);
    }
  });

  it('still flags a real doubling, also next to a compound', () => {
    expect(run(textDuplicated, ['组织组织生活会']).map((f) => f.message)).toEqual(['“组织”连续重复了两次（“组织组织”），疑为误输入。请删去多余的“组织”。']);
    expect(run(textDuplicated, ['存在用公款用公款吃喝问题'])).toHaveLength(1);
    expect(run(textDuplicated, ['领导班子班子'])).toHaveLength(1);
    // 思想 is deliberately not in the list: "思想思想武装" is a doubling.
    expect(run(textDuplicated, ['用习近平新时代中国特色社会主义思想思想武装头脑'])).toHaveLength(1);
    // Outside a quotation a doubled two-character unit is still flagged.
    expect(run(textDuplicated, ['这件事凑合凑合就过去了'])).toHaveLength(1);
  });

  it('runs the examples of the checked-in compound list', () => {
    for (const ok of compounds.examples.ok) expect([ok, run(textDuplicated, [ok])]).toEqual([ok, []]);
    for (const bad of compounds.examples.flag) expect([bad, run(textDuplicated, [bad]).length]).toEqual([bad, 1]);
  });

  it('every listed compound is a Han word of 2–8 characters, listed once', () => {
    expect(new Set(compounds.words).size).toBe(compounds.words.length);
    for (const w of compounds.words) expect([w, /^\p{Script=Han}{2,8}$/u.test(w)]).toEqual([w, true]);
    expect(COMPOUND_WORDS.size).toBe(compounds.words.length);
  });

  it('straddlesCompounds needs a known word on both sides, each longer than the repeat', () => {
    expect(straddlesCompounds('党组织组织生活会', 1, 2)).toBe(true);
    expect(straddlesCompounds('组织组织生活会', 0, 2)).toBe(false);
    expect(straddlesCompounds('党组织组织', 1, 2)).toBe(false);
  });

  it('on real text (the seed, the fixtures, the report excerpts in the reference notes) flags only the listed defect example', () => {
    const files = ['test/fixtures/text/seed.txt', 'test/fixtures/text/clean-report.txt', '/work/shared/reference/domain.md'].filter((f) => existsSync(f));
    const hits = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8').split(/\r?\n/);
      return run(textDuplicated, text).map((f) => text[f.paragraph as number].slice(f.start, (f.start as number) + (f.length as number)));
    });
    // domain.md lists "用公款用公款" as a defect to catch.
    expect(hits).toEqual(existsSync('/work/shared/reference/domain.md') ? ['用公款用公款'] : []);
  });
});

describe('text/duplicated on the labelled corpus', () => {
  it('flags exactly the labelled doubled words, and nothing in any report\'s must-not-flag text', () => {
    const root = join(__dirname, '../../corpus');
    const { items } = loadCorpus(root);
    expect(items.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const item of items) {
      const lines = docFromReport(item.text).paragraphs.map((p) => p.text);
      const found = new Set(run(textDuplicated, lines).map((f) => `${f.paragraph}:${lines[f.paragraph as number].slice(f.start, (f.start as number) + (f.length as number))}`));
      const labelled = new Set(
        item.label.defects.filter((d) => d.rule === 'text/duplicated' && d.anchor).map((d) => {
          const p = lines.findIndex((l) => l.includes(d.anchor as string));
          return `${p}:${d.text}`;
        }),
      );
      for (const k of found) if (![...labelled].some((l) => l.split(':')[0] === k.split(':')[0] && k.includes(l.split(':')[1]))) wrong.push(`${item.name} 误报 ${k}`);
      for (const l of labelled) if (![...found].some((k) => k.split(':')[0] === l.split(':')[0])) wrong.push(`${item.name} 漏报 ${l}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('text/duplicated', () => {
  it('flags doubled words and phrases with a fix that removes the copy', () => {
    const text = '存在用公款用公款吃喝问题，决策决策决议不够民主。';
    const f = run(textDuplicated, [text]);
    expect(f).toHaveLength(2);
    expect(f[0].message).toContain('用公款');
    expect(applyFixes(text, f)).toBe('存在用公款吃喝问题，决策决议不够民主。');
    expect(run(textDuplicated, ['堅持學習學習成果轉化，用公款用公款'])).toHaveLength(1);
  });

  it('does not flag legitimate reduplication', () => {
    for (const ok of [
      '常常认认真真、踏踏实实地工作',
      '一个一个地解决，一步一步推进，一件一件落实',
      '大家可以研究研究、讨论讨论',
      '的的确确，哈哈哈哈',
      '一是一，二是二',
      '党的二十大精神，习近平新时代中国特色社会主义思想',
      'abcabc 1212',
    ]) {
      expect([ok, run(textDuplicated, [ok])]).toEqual([ok, []]);
    }
  });

  it('honours the allow-list and profile.quality.reduplicationAllow', () => {
    expect(run(textDuplicated, ['落实落实再落实'], { allow: ['落实落实'] })).toEqual([]);
    const p = { ...profile(), quality: { reduplicationAllow: ['落实落实'] } };
    expect(run(textDuplicated, ['落实落实再落实'], { profile: p })).toEqual([]);
    expect(run(textDuplicated, ['落实落实再落实'])).toHaveLength(1);
  });
});

/** The original definition: a regex scan; the rule's fast scan must agree with it on any text. */
function referenceDuplicates(text: string, legit: readonly string[]): { start: number; unit: string }[] {
  const s = normalizeText(text);
  const out: { start: number; unit: string }[] = [];
  const re = /(\p{Script=Han}{2,8}?)\1/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const unit = m[1];
    const legitimate = new Set(unit).size === 1 || /^一.$/u.test(unit) || legit.includes(unit + unit) || /^(.)\1/u.test(unit);
    if (!legitimate) out.push({ start: m.index, unit: text.slice(m.index, m.index + unit.length) });
    re.lastIndex = m.index + (legitimate ? ((s.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1) : unit.length * 2);
  }
  return out;
}

describe('findDuplicates (property)', () => {
  it('terminates on reduplicated characters outside the Basic Multilingual Plane', () => {
    // Used to hang: stepping lastIndex one code unit into a surrogate pair sent the regex back to the same match.
    expect(findDuplicates('𠀀𠀀𠀀𠀀𠀁𠀁𠀁𠀁', LEGIT_REDUPLICATION)).toEqual([]);
    expect(findDuplicates('𠀀𠀁𠀀𠀁', LEGIT_REDUPLICATION)).toEqual([{ start: 0, unit: '𠀀𠀁' }]);
  });

  it('finds exactly what the reference regex scan finds', () => {
    // A small alphabet so that doubled units are common; 𠀀 is a Han character outside the BMP, 個 normalises to 个.
    const alphabet = ['学', '习', '用', '公', '款', '一', '个', '個', '研', '究', '，', 'a', ' ', '𠀀', '𠀁'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    const text = fc.array(fc.oneof(word, word.map((w) => w + w)), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(findDuplicates(t, LEGIT_REDUPLICATION)).toEqual(referenceDuplicates(t, LEGIT_REDUPLICATION));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the reference on BMP text with units of up to 9 characters (the fast path)', () => {
    const alphabet = ['学', '习', '用', '公', '款', '研', '究', '查', '摆', '，', 'a'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 9 }).map((a) => a.join(''));
    const text = fc.array(fc.oneof(word, word.map((w) => w + w)), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(findDuplicates(t, LEGIT_REDUPLICATION)).toEqual(referenceDuplicates(t, LEGIT_REDUPLICATION));
      }),
      { numRuns: 3000 },
    );
  });

  it('pre-filters exactly: mayHaveDuplicate is true when and only when a Han run holds a unit of 2–8 characters written twice', () => {
    const alphabet = ['学', '习', '用', '公', '款', '研', '究', '，', 'a'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 9 }).map((a) => a.join(''));
    const text = fc.array(fc.oneof(word, word.map((w) => w + w)), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(mayHaveDuplicate(t)).toBe(/(\p{Script=Han}{2,8})\1/u.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
