import { InputError } from '../../src/core/errors';
import { readTxt } from '../../src/docx';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readTxt', () => {
  it('gives one paragraph per line, with LF, CRLF and CR line breaks', () => {
    expect(readTxt(enc('一、学习情况\n正文\r\n（一）问题\r末行')).paragraphs.map((p) => p.text)).toEqual([
      '一、学习情况',
      '正文',
      '（一）问题',
      '末行',
    ]);
  });

  it('drops a UTF-8 BOM and keeps empty lines as empty paragraphs', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('标题\r\n\r\n正文\r\n')]);
    expect(readTxt(bytes).paragraphs.map((p) => p.text)).toEqual(['标题', '', '正文']);
  });

  it('keeps spaces and tabs inside lines', () => {
    expect(readTxt(enc('  a\tb  ')).paragraphs).toEqual([{ text: '  a\tb  ' }]);
  });

  it('reads an empty file as no paragraphs', () => {
    expect(readTxt(new Uint8Array()).paragraphs).toEqual([]);
  });

  it('rejects invalid UTF-8 (e.g. a GBK file) with not-utf8 and a Chinese message', () => {
    const gbk = new Uint8Array([0xd1, 0xa7, 0xcf, 0xb0, 0xc7, 0xe9, 0xbf, 0xf6]); // 学习情况 in GBK
    let err: unknown;
    try {
      readTxt(gbk);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('not-utf8');
    expect((err as InputError).message).toContain('UTF-8');
    expect((err as InputError).message).toMatch(/[\u4e00-\u9fff]/);
  });
});
