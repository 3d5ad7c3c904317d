/** The Chinese-numeral formatter and parser used for heading numbers (review A3: past 99 it wrote "undefined十、"). */
import fc from 'fast-check';
import { formatChineseNumber, MAX_CHINESE_NUMBER, parseChineseNumber } from '../../src/core/text';

describe('formatChineseNumber', () => {
  it.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [105, '一百零五'], [110, '一百一十'], [111, '一百一十一'], [120, '一百二十'],
    [999, '九百九十九'], [1000, '一千'], [1001, '一千零一'], [1010, '一千零一十'], [1100, '一千一百'], [2024, '二千零二十四'],
    [9999, '九千九百九十九'], [10000, '一万'], [10001, '一万零一'], [10010, '一万零一十'], [100000, '十万'], [123456, '十二万三千四百五十六'],
  ])('%i → %s', (n, s) => {
    expect(formatChineseNumber(n)).toBe(s);
  });

  it('never writes anything but numeral characters, 1..9999 and beyond (no "undefined")', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_CHINESE_NUMBER }), (n) => {
        expect(formatChineseNumber(n)).toMatch(/^[零一二三四五六七八九十百千万]+$/);
      }),
    );
    for (let n = 1; n <= 9999; n++) expect(formatChineseNumber(n)).toMatch(/^[零一二三四五六七八九十百千]+$/);
  });

  it('refuses numbers that have no heading numeral', () => {
    for (const n of [-1, 1.5, NaN, Infinity, MAX_CHINESE_NUMBER + 1]) expect(() => formatChineseNumber(n)).toThrow(RangeError);
  });
});

describe('parseChineseNumber', () => {
  it('reads back every number it formats (1..9999 exhaustively, larger ones sampled)', () => {
    for (let n = 0; n <= 9999; n++) expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_CHINESE_NUMBER }), (n) => parseChineseNumber(formatChineseNumber(n)) === n));
  });

  it.each([['两', 2], ['一十二', 12], ['两百', 200], ['〇', 0], ['12', 12], ['一百〇五', 105]])('accepts the usual variants: %s', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each(['', '十十', '一二', '零五', '万', '百', '一百零', 'undefined十', '二〇二', '甲'])('is NaN for %p', (s) => {
    expect(parseChineseNumber(s)).toBeNaN();
  });
});
