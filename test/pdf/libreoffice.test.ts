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
import { fixDocx, writeNewDocx } from '../../src/docx/write';
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
    // One soffice run converts both; a private profile dir so a running LibreOffice does not interfere.
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'new.docx'), path.join(dir, 'fixed.docx')],
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

  it('renders the fixed file: the original text, the inserted section and focus paragraph, and the table', () => {
    expect(fixText).toContain('作风就是力量，作风关乎未来。');
    expect(fixText).toContain('三、原因分析');
    expect(fixText).toContain('【待填写：从理想信念');
    expect(fixText).toContain('聚焦群众的急难愁盼');
    expect(fixText).toContain('嵌套表格');
    expect(fixText).toContain('四、今后的努力方向和改进措施');
  });
});
