import fc from 'fast-check';
import { restatedLength } from '../../src/core/analyze';
import { normalizeForMatch, toHalfWidth } from '../../src/core/text';

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
  return referenceHalfWidth(s)
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
