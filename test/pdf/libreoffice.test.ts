/**
 * Acceptance by a real office suite: LibreOffice converts the output of `xingshen new` and
 * `xingshen fix` to PDF, and the PDF text (pdftotext) holds the headings and the placeholders.
 *
 * Needs `soffice` and `pdftotext` (Debian: libreoffice-writer-nogui poppler-utils fonts-noto-cjk).
 * CI installs them; where soffice is not installed this suite is skipped with the reason printed —
 * the only skip in the suite, because the tool is outside the project.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { fixDocx, writeDraftDocx, writeNewDocx } from '../../src/docx/write';
import { layoutOf } from '../../src/core/profile';
import { getBuiltinProfile } from '../../src/profiles';
import { buildVariant, seedWithout } from '../docx/write-helpers';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) {
  console.warn('test/pdf/libreoffice.test.ts skipped: soffice (LibreOffice) is not installed — apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk');
}
// Skip only when LibreOffice is missing; with soffice present a missing pdftotext is a failure.
const maybe = hasSoffice ? describe : describe.skip;

/** Text of a PDF with all whitespace removed (pdftotext wraps lines and spaces out Latin digits). */
function pdfText(pdf: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, '');
}

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  text: string;
}

/** Words of a PDF with their boxes (pdftotext -bbox), in points. */
function pdfWords(pdf: string): Word[] {
  const r = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  const words: Word[] = [];
  let page = 0;
  for (const line of r.stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: +m[1], yMin: +m[2], xMax: +m[3], text: m[4] });
  }
  return words;
}

/** The lines of one page: words with the same top joined left to right. */
function pageLines(words: Word[], page: number): Word[] {
  const lines: Word[] = [];
  for (const w of words.filter((x) => x.page === page).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.yMin - w.yMin) < 2) {
      last.text += w.text;
      last.xMax = Math.max(last.xMax, w.xMax);
    } else lines.push({ ...w });
  }
  return lines;
}

const MM = 72 / 25.4;

maybe('LibreOffice accepts the written files', () => {
  let dir: string;
  const profile = getBuiltinProfile('zuofeng-2022')!;
  let newText = '';
  let fixText = '';

  beforeAll(() => {
    expect(hasPdftotext).toBe(true);
    dir = mkdtempSync(path.join(tmpdir(), 'xingshen-pdf-'));
    writeFileSync(path.join(dir, 'new.docx'), writeNewDocx(profile));
    const fixed = fixDocx(buildVariant(seedWithout(['causes', 'f3']), 'rich'), profile);
    writeFileSync(path.join(dir, 'fixed.docx'), fixed.bytes!);
    // A page full of body text (no punctuation, so every character can be counted) to measure the layout.
    const body = '这是用于检验版心行数和每行字数的正文文字内容全部由汉字组成没有标点符号以便逐字计数每行应当排满二十八个字';
    const paras = [{ text: '关于版式检验的对照检查材料', role: 'title' as const }, { text: '', role: 'body' as const }, ...Array.from({ length: 40 }, () => ({ text: body + body, role: 'body' as const }))];
    writeFileSync(path.join(dir, 'grid.docx'), writeDraftDocx(layoutOf(profile), paras, 'grid'));
    // One soffice run converts both; a private profile dir so a running LibreOffice does not interfere.
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'new.docx'), path.join(dir, 'fixed.docx'), path.join(dir, 'grid.docx')],
      { encoding: 'utf8', timeout: 90_000 },
    );
    if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
    newText = pdfText(path.join(dir, 'new.pdf'));
    fixText = pdfText(path.join(dir, 'fixed.pdf'));
  }, 100_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the new draft: title, every heading, the focus paragraphs and the placeholders', () => {
    expect(readFileSync(path.join(dir, 'new.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(newText).toContain(profile.title!.skeleton);
    for (const h of ['一、学习情况', '二、存在的问题', '三、原因分析', '四、努力方向和改进措施']) expect(newText).toContain(h);
    for (const f of profile.focusAreas) expect(newText).toContain(f.title.replace(/\s+/g, ''));
    expect(newText).toContain('【待填写：上级党组织】');
  });

  it('lays the page out to GB/T 9704-2012: margins 37/35/28/26 mm, 22 lines of 28 characters, "— n —" page numbers', () => {
    const words = pdfWords(path.join(dir, 'grid.pdf'));
    const pageWidth = 210 * MM;
    for (const page of [2, 3]) {
      const lines = pageLines(words, page);
      const number = lines[lines.length - 1];
      expect(number.text).toBe(`—${page}—`);
      const body = lines.slice(0, -1);
      expect(body).toHaveLength(22);
      // Every line that is not a paragraph's first or last holds exactly 28 characters.
      const full = body.filter((l) => Math.abs(l.xMin - 28 * MM) < 1.5 && l.xMax > pageWidth - 27 * MM);
      expect(full.length).toBeGreaterThanOrEqual(10);
      for (const l of full) expect([...l.text]).toHaveLength(28);
      // Left margin 28 mm, right margin 26 mm (text never beyond it).
      for (const l of body) expect(l.xMin).toBeGreaterThanOrEqual(28 * MM - 1);
      for (const l of body) expect(l.xMax).toBeLessThanOrEqual(pageWidth - 26 * MM + 1);
      // Top margin 37 mm: the first line's box starts there (the glyphs sit inside the 28.95 pt line).
      expect(body[0].yMin).toBeGreaterThanOrEqual(37 * MM);
      expect(body[0].yMin).toBeLessThan(37 * MM + 10);
      // The text block is 225 mm high: the last line ends above the 35 mm bottom margin, the 一字线 7 mm below it.
      const blockBottom = (297 - 35) * MM;
      expect(body[body.length - 1].yMin).toBeLessThan(blockBottom);
      expect(Math.abs(number.yMin - (blockBottom + 7 * MM))).toBeLessThan(2 * MM);
      // Odd pages: right, one character (14 pt) in; even pages: left, one character in.
      if (page % 2 === 0) expect(Math.abs(number.xMin - (28 * MM + 14))).toBeLessThan(2);
      else expect(Math.abs(number.xMax - (pageWidth - 26 * MM - 14))).toBeLessThan(2);
    }
  });

  it('renders the fixed file: the original text, the inserted section and focus paragraph, and the table', () => {
    expect(fixText).toContain('作风就是力量，作风关乎未来。');
    expect(fixText).toContain('三、原因分析');
    expect(fixText).toContain('【待填写：从理想信念');
    expect(fixText).toContain('聚焦群众的急难愁盼');
    expect(fixText).toContain('嵌套表格');
    expect(fixText).toContain('四、今后的努力方向和改进措施');
  });
});
