import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { InputError } from '../../src/core/errors';
import { decodeText, readTxtFile, readTxt, type TextEncodingId } from '../../src/docx/txt';

// NBSP (in the seed) has no GBK code; a Notepad GBK save would have turned it into a space.
const SEED = readFileSync(path.join(__dirname, '../fixtures/text/seed.txt'), 'utf8').replace(/^\uFEFF/, '').replace(/\u00a0/g, ' ');

/** A GBK/GB18030 two-byte encoder built from the decoder itself (Node has no GBK TextEncoder). */
const GBK = (() => {
  const map = new Map<string, [number, number]>();
  const d = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = d.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [a, b]);
    }
  return map;
})();

function encodeGbk(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const pair = GBK.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

function encodeUtf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

const utf8 = (s: string, bom = false) => new TextEncoder().encode((bom ? '\uFEFF' : '') + s);
const paragraphs = (bytes: Uint8Array) => readTxt(bytes).paragraphs.map((p) => p.text);
const seedParagraphs = paragraphs(utf8(SEED));

describe('readTxtFile: the encodings a Chinese Windows or Mac user saves', () => {
  const cases: [string, Uint8Array, TextEncodingId, boolean][] = [
    ['UTF-8', utf8(SEED), 'utf-8', false],
    ['UTF-8 with BOM', utf8(SEED, true), 'utf-8', true],
    ['UTF-16LE with BOM (Notepad "Unicode")', encodeUtf16(SEED, true, true), 'utf-16le', true],
    ['UTF-16BE with BOM', encodeUtf16(SEED, false, true), 'utf-16be', true],
    ['UTF-16LE without BOM', encodeUtf16(SEED, true, false), 'utf-16le', false],
    ['UTF-16BE without BOM', encodeUtf16(SEED, false, false), 'utf-16be', false],
    ['GBK (Notepad "ANSI")', encodeGbk(SEED), 'gb18030', false],
    ['GBK with CRLF', encodeGbk(SEED.replace(/\n/g, '\r\n')), 'gb18030', false],
  ];
  it.each(cases)('%s gives the same paragraphs as the UTF-8 seed and names its encoding', (_name, bytes, encoding, bom) => {
    const r = readTxtFile(bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.bom).toBe(bom);
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(seedParagraphs);
    expect(r.model.paragraphs.some((p) => p.text.includes('\0'))).toBe(false);
  });

  it('reads GB18030 four-byte characters', () => {
    // 𠮷 (U+20BB7) is 0x95 0x34 0xB2 0x35 in GB18030.
    const bytes = new Uint8Array([...encodeGbk('关于'), 0x95, 0x34, 0xb2, 0x35, ...encodeGbk('的问题\n第二行')]);
    const r = readTxtFile(bytes);
    expect(r.encoding).toBe('gb18030');
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(['关于𠮷的问题', '第二行']);
  });

  it('says "文件为空" for an empty or blank file instead of checking nothing', () => {
    for (const bytes of [new Uint8Array(0), utf8('', true), utf8(' \r\n\n  '), encodeUtf16('', true, true)]) {
      expect(() => readTxtFile(bytes)).toThrow(InputError);
      expect(() => readTxtFile(bytes)).toThrow(/文件为空/);
    }
  });

  it('refuses bytes that are not text in any supported encoding, with a zh-CN message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
    expect(() => decodeText(png)).toThrow(/无法识别文本文件的编码/);
    // A UTF-16LE BOM followed by an odd byte count is damaged, not guessed.
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0xfd]))).toThrow(/可能已损坏/);
  });

  it('keeps a UTF-8 file with a stray NUL as UTF-8', () => {
    const r = readTxtFile(utf8('第一行\0\n第二行'));
    expect(r.encoding).toBe('utf-8');
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(['第一行\0', '第二行']);
  });

  it('decides on a sample but decodes a large file whole', () => {
    const big = SEED.repeat(200); // ~1 MB, beyond the 64 KB sample
    const r = readTxtFile(encodeGbk(big));
    expect(r.encoding).toBe('gb18030');
    expect(r.model.paragraphs.length).toBe(paragraphs(utf8(big)).length);
  });
});

describe('decodeText properties', () => {
  // Ordinary report text: common hanzi from the seed, ASCII letters and digits, Chinese punctuation, line breaks.
  const alphabet = [...new Set([...SEED.replace(/\s/g, '')])].concat(['a', 'B', '1', '9', ' ', '\n', '，', '。', '“', '”']);
  const text = fc.array(fc.constantFrom(...alphabet), { minLength: 8, maxLength: 400 }).map((a) => a.join(''));

  it('round-trips UTF-8, UTF-16 (either order, with or without BOM) and GBK', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16le-bom', 'utf-16be-bom', 'gbk'), (s, how) => {
        const bytes =
          how === 'utf-8' ? utf8(s) : how === 'utf-8-bom' ? utf8(s, true) : how === 'gbk' ? encodeGbk(s) : encodeUtf16(s, how.startsWith('utf-16le'), how.endsWith('-bom'));
        expect(decodeText(bytes).text).toBe(s);
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('never throws anything but an InputError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decodeText(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500, seed: 17 },
    );
  });
});

describe('readTxt: lines', () => {
  it('gives one paragraph per line, with LF, CRLF and CR line breaks', () => {
    expect(paragraphs(utf8('一、学习情况\n正文\r\n（一）问题\r末行'))).toEqual(['一、学习情况', '正文', '（一）问题', '末行']);
  });

  it('drops a UTF-8 BOM and keeps empty lines as empty paragraphs', () => {
    expect(paragraphs(utf8('标题\r\n\r\n正文\r\n', true))).toEqual(['标题', '', '正文']);
  });

  it('keeps spaces and tabs inside lines', () => {
    expect(readTxt(utf8('  a\tb  ')).paragraphs).toEqual([{ text: '  a\tb  ' }]);
  });

  it('decodes a short GBK line that is not valid UTF-8 (学习情况)', () => {
    const r = readTxtFile(new Uint8Array([0xd1, 0xa7, 0xcf, 0xb0, 0xc7, 0xe9, 0xbf, 0xf6]));
    expect(r.encoding).toBe('gb18030');
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(['学习情况']);
  });
});
