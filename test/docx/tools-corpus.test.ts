/**
 * Documents made by other tools (python-docx, Python's zipfile, LibreOffice, Info-ZIP), checked in under
 * test/fixtures/corpus and made by test/fixtures/tools/make-corpus.sh. Each is read exactly as
 * python-docx reads it (<name>.expected.json, an independent reader) or refused with the expected
 * code; and fix on each readable one keeps every other part byte for byte.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../../src/core/errors';
import { readDocument, readDocx } from '../../src/docx';
import { useZlibInflate } from '../../src/docx/node-inflate';
import { fixDocx, rawEntries } from '../../src/docx/write';
import { zuofeng } from '../helpers/docs';

const DIR = path.join(__dirname, '..', 'fixtures', 'corpus');
const names = fs.readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', '')).sort();

beforeAll(() => useZlibInflate());

describe.each(names)('%s', (name) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, `${name}.docx`)));
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as { paragraphs?: string[]; refuse?: string };

  if (expected.refuse) {
    it(`is refused (${expected.refuse}) by check and by fix, with a zh-CN message`, () => {
      for (const fn of [() => readDocument(bytes, `${name}.docx`), () => fixDocx(bytes, zuofeng())]) {
        let caught: unknown;
        try {
          fn();
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(InputError);
        expect((caught as InputError).code).toBe(expected.refuse);
        expect((caught as InputError).message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
    return;
  }

  it('reads the paragraphs python-docx reads', () => {
    expect(readDocx(bytes).paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
  });

  it('fix inserts what is missing and copies every other part byte for byte', () => {
    const out = fixDocx(bytes, zuofeng());
    expect(out.changed).toBe(true);
    const a = rawEntries(bytes);
    const b = rawEntries(out.bytes!);
    expect(b.map((e) => e.name)).toEqual(a.map((e) => e.name));
    a.forEach((ea, i) => {
      if (ea.name === 'word/document.xml') return;
      expect(Buffer.from(out.bytes!.subarray(b[i].localStart, b[i].localEnd)).equals(Buffer.from(bytes.subarray(ea.localStart, ea.localEnd)))).toBe(true);
    });
    const after = readDocx(out.bytes!).paragraphs.map((p) => p.text);
    let j = 0;
    for (const t of expected.paragraphs!) {
      while (j < after.length && after[j] !== t && !/^[一二三四五六七八九十]+、/.test(t)) j++;
      j++;
    }
    expect(j).toBeLessThanOrEqual(after.length);
    expect(fixDocx(out.bytes!, zuofeng()).changed).toBe(false);
  });
});
