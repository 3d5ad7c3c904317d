import fc from 'fast-check';
import { restatedLength } from '../../src/core/analyze';
import { compileMatcher, normalizeForMatch, score, scoreEach, toHalfWidth } from '../../src/core/text';
import { foldScript } from '../../src/core/stages/script-fold';

/** The definitions the fast versions must agree with. */
function referenceHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

function referenceNormalize(s: string): string {
  return foldScript(referenceHalfWidth(s))
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”"'‘’「」『』]/g, '')
    .toLowerCase();
}

// Characters that matter here (full-width forms, every kind of space, quotes, letters) mixed with any UTF-16.
const interesting = fc.constantFrom(
  ...'ＡＢｚ０９，：；（）！？＂＇　 \t\n\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\ufeff\u200b“”"\'‘’「」『』AZaz学习ÀΣ'.split(''),
);
const text = fc.array(fc.oneof(interesting, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 }).map((a) => a.join(''));

describe('text helpers (property)', () => {
  it('toHalfWidth keeps offsets and maps exactly the full-width forms', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = toHalfWidth(s);
        expect(out).toBe(referenceHalfWidth(s));
        expect(out.length).toBe(s.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizeForMatch equals the regex definition', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(normalizeForMatch(s)).toBe(referenceNormalize(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles long text (built in chunks) and returns the input itself when nothing changes', () => {
    const long = '学习，ＡＢ　'.repeat(5000);
    expect(toHalfWidth(long)).toBe(referenceHalfWidth(long));
    expect(normalizeForMatch(long)).toBe(referenceNormalize(long));
    const lone = '学习\ud800，ＡＢ\udc00'.repeat(40); // long enough for the decoder path, with lone surrogates
    expect(toHalfWidth(lone)).toBe(referenceHalfWidth(lone));
    expect(normalizeForMatch(lone)).toBe(referenceNormalize(lone));
    const plain = '学习贯彻';
    expect(toHalfWidth(plain)).toBe(plain);
  });
});

describe('restatedLength (property)', () => {
  it('needs no half-width conversion: the same length on the text and on its half-width form', () => {
    const piece = fc.constantFrom('聚焦', '对照', '围绕', '有没有', '等问题', '问题', '学习', '，', ',', '；', ';', '：', ':', '。', '！', '!', '？', '?', '　', ' ', 'Ａ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (a) => {
        const t = a.join('');
        expect(restatedLength(t)).toBe(restatedLength(toHalfWidth(t)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('score on long text (one scan for all phrases)', () => {
  it('gives the same score and hits as testing each matcher on its own', () => {
    const words = ['学习', '学习不够', '习', '作风', '风建', '作风建设', '调查研究', '“四个意识”', ' ', 'ＡＢ', 'ab'];
    const matcher = fc.oneof(
      fc.record({ text: fc.constantFrom(...words), weight: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ regex: fc.constantFrom('学[习风]', '建设$', '\\d+'), weight: fc.integer({ min: 1, max: 3 }) }),
    );
    const filler = fc.constantFrom('的', '是', '，', '我们', '深入', '12');
    // Mostly filler and a few phrases, so that a phrase found only inside another one matters.
    const long = fc
      .tuple(fc.array(filler, { minLength: 1100, maxLength: 1300 }), fc.array(fc.constantFrom(...words), { maxLength: 3 }))
      .map(([a, b]) => normalizeForMatch(a.join('') + b.join('')));
    fc.assert(
      fc.property(long, fc.array(matcher, { minLength: 4, maxLength: 10 }), (text, matchers) => {
        fc.pre(text.length >= 1000); // the long-text path
        let total = 0;
        const hits: string[] = [];
        for (const m of matchers) {
          const c = compileMatcher(m);
          if (c.test(text)) {
            total += c.weight;
            hits.push(c.label);
          }
        }
        expect(score(text, matchers)).toEqual({ score: total, hits });
      }),
      { numRuns: 400 },
    );
  });
});

describe('scoreEach (one scan for several matcher lists)', () => {
  it('gives every list the score score() gives it, on long and short text', () => {
    const words = ['学习', '学习不够', '习', '作风', '风建', '作风建设', '调查研究', '“四个意识”', ' ', '', 'ＡＢ', 'ab'];
    const matcher = fc.oneof(
      fc.record({ text: fc.constantFrom(...words), weight: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ regex: fc.constantFrom('学[习风]', '建设$', '\\d+'), weight: fc.integer({ min: 1, max: 3 }) }),
    );
    const filler = fc.constantFrom('的', '是', '，', '我们', '深入', '12');
    const text = fc
      .tuple(fc.oneof(fc.array(filler, { maxLength: 40 }), fc.array(filler, { minLength: 1000, maxLength: 1300 })), fc.array(fc.constantFrom(...words), { maxLength: 4 }))
      .map(([a, b]) => normalizeForMatch(a.join('') + b.join('')));
    fc.assert(
      fc.property(text, fc.array(fc.array(matcher, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), (t, lists) => {
        expect(scoreEach(lists)(t)).toEqual(lists.map((l) => score(t, l).score));
      }),
      { numRuns: 400 },
    );
  });
});
