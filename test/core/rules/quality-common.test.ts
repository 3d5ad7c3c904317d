import fc from 'fast-check';
import { anyOf, DEFAULT_CONCRETE, hanCount } from '../../../src/core/rules/quality-common';

describe('hanCount', () => {
  it('counts what /\\p{Script=Han}/u counts, astral characters and lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom('学', '〇', '々', '⺀', '㐀', '𠀀', '𪜀', '，', 'a', ' ', '\ud840', '\udc00', 'Σ', '〆'),
      fc.integer({ min: 0x2e00, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (a) => {
        const s = a.join('');
        expect(hanCount(s)).toBe((s.match(/\p{Script=Han}/gu) ?? []).length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('concrete markers', () => {
  it('the place marker finds a place exactly when the plain 2–6 character pattern does', () => {
    const place = anyOf([DEFAULT_CONCRETE[DEFAULT_CONCRETE.length - 1]]) as RegExp;
    const plain = /\p{Script=Han}{2,6}(?:县|乡|镇|村|街道|社区|窗口)(?![委民级长干])/u;
    const unit = fc.constantFrom('县', '乡', '镇', '村', '街道', '社区', '窗口', '委', '民', '学', '习', '，', 'a', '1', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (a) => {
        const s = a.join('');
        expect(place.test(s)).toBe(plain.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});
