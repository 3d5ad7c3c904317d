import * as fs from 'fs';
import * as path from 'path';
import { displayText } from '../../src/core/model';
import { readDocument, readDocx, readTxt } from '../../src/docx';
import { buildFixtures, FIXTURE_DIR, SEED_COPY, seedLines } from '../fixtures/generate';

const seedText = fs.readFileSync(SEED_COPY, 'utf8');
const lines = seedLines(seedText);
const read = (name: string) => readDocx(new Uint8Array(fs.readFileSync(path.join(FIXTURE_DIR, name)))).paragraphs;
const LEVEL1 = /^[一二三四五六七八九十]+、/;
const LEVEL2 = /^（[一二三四五六七八九十]+）/;

describe('checked-in fixtures', () => {
  it('regenerating gives byte-identical files (fixtures cannot drift)', () => {
    const built = buildFixtures(seedText);
    const onDisk = fs.readdirSync(FIXTURE_DIR).sort();
    expect(onDisk).toEqual([...built.keys()].sort());
    for (const [name, bytes] of built) {
      expect({ name, same: Buffer.compare(Buffer.from(bytes), fs.readFileSync(path.join(FIXTURE_DIR, name))) === 0 }).toEqual({ name, same: true });
    }
  });
});

describe('seed fixtures', () => {
  it('the .txt and the typed .docx have the same paragraphs', () => {
    const txt = readTxt(new Uint8Array(fs.readFileSync(SEED_COPY))).paragraphs.map((p) => p.text);
    expect(txt).toEqual(lines);
    expect(read('seed-typed.docx').map((p) => p.text)).toEqual(lines);
    expect(lines.length).toBe(18); // 17 lines of text and the empty last line
    expect(readDocument(new Uint8Array(fs.readFileSync(SEED_COPY)), 'seed.txt').paragraphs.length).toBe(18);
  });

  it('auto-numbered headings: 一、..四、 in listString, the text without the number', () => {
    const ps = read('seed-autonum.docx');
    expect(ps).toHaveLength(lines.length);
    const level1 = ps.filter((p) => p.listLevel === 0);
    expect(level1.map((p) => p.listString)).toEqual(['一、', '二、', '三、', '四、']);
    expect(level1.every((p) => p.style === 'Heading1' && p.outlineLevel === 1 && !LEVEL1.test(p.text))).toBe(true);
    expect(ps.filter((p) => p.listLevel === 1).map((p) => p.listString)).toEqual(['（一）', '（二）', '（三）']);
    // Number + text reads exactly like the typed original.
    expect(ps.map(displayText)).toEqual(lines);
  });

  it('Heading1/Heading2 styles and the WPS variant resolve to the same built-in styles', () => {
    const expected = lines.map((l) => (LEVEL1.test(l) ? 'Heading1' : LEVEL2.test(l) ? 'Heading2' : 'Normal'));
    expect(read('seed-styled.docx').map((p) => p.style)).toEqual(expected);
    const wps = read('seed-wps.docx');
    expect(wps.map((p) => p.style)).toEqual(expected);
    expect(wps.map((p) => p.text)).toEqual(lines);
  });

  it('table, tracked changes, comment, image and text box', () => {
    const ps = read('seed-table-tracked.docx');
    expect(ps.filter((p) => p.inTable).map((p) => p.text)).toEqual(['姓名', '职务', '张三', '党支部书记', '嵌套表格']);
    expect(ps).toHaveLength(lines.length + 5);
    const all = ps.map((p) => p.text).join('\n');
    expect(all).toContain('（新增）');
    expect(all).not.toContain('（已删除）');
    expect(all).not.toContain('文本框中的文字');
    expect(all).not.toContain('批注');
    expect(ps[0].text).toBe(lines[0]);
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(lines.filter((l) => LEVEL1.test(l)));
  });
});
