/** `xingshen new` writer: skeleton content, GB/T 9704 layout from the profile, zip writer. */
import { unzipSync, strFromU8 } from 'fflate';
import { check } from '../../src/core/engine';
import { parseProfile, type Profile } from '../../src/core/profile';
import { PLACEHOLDER_OPEN } from '../../src/core/plan';
import { readDocx } from '../../src/docx';
import { buildZip, crc32, draftParagraphs, writeNewDocx } from '../../src/docx/write';
import { builtinProfiles } from '../../src/profiles';
import zuofengJson from '../../src/profiles/zuofeng-2022.json';

const docXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);
const stylesXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/styles.xml']);

describe('writeNewDocx', () => {
  it.each(builtinProfiles.map((p) => [p.id, p] as const))('%s: reads back to the skeleton and checks complete', (_id, profile) => {
    const bytes = writeNewDocx(profile);
    const model = readDocx(bytes);
    const paras = draftParagraphs(profile);
    expect(model.paragraphs.map((p) => p.text)).toEqual(paras.map((p) => p.text));
    const styleOf = { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', body: 'Normal' } as const;
    expect(model.paragraphs.map((p) => p.style)).toEqual(paras.map((p) => styleOf[p.role]));
    expect(model.paragraphs.filter((p) => p.style === 'Heading1').every((p) => p.outlineLevel === 1)).toBe(true);

    const result = check(model, profile);
    for (const s of profile.sections.filter((x) => x.required)) expect(result.sections.find((r) => r.id === s.id)?.status).not.toBe('missing');
    expect(result.focusAreas.filter((f) => f.status === 'missing')).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'structure/missing-section' || f.ruleId === 'focus/missing')).toEqual([]);
    const placeholders = paras.filter((p) => p.text.includes(PLACEHOLDER_OPEN)).length;
    expect(placeholders).toBeGreaterThan(0);
    expect(result.findings.filter((f) => f.ruleId === 'text/placeholder').length).toBeGreaterThanOrEqual(placeholders);
  });

  it('has every section heading and every focus-area paragraph of the profile', () => {
    const profile = builtinProfiles.find((p) => p.id === 'zuofeng-2022')!;
    const texts = readDocx(writeNewDocx(profile)).paragraphs.map((p) => p.text);
    expect(texts[0]).toBe(profile.title!.skeleton);
    for (const s of profile.sections.filter((x) => x.kind === 'heading' && x.required)) expect(texts.some((t) => t.endsWith(s.title) && /^[一二三四五六七八九十]+、/.test(t))).toBe(true);
    for (const f of profile.focusAreas) expect(texts).toContain(f.skeleton[0]);
  });

  it('lays the page out to GB/T 9704-2012 by default', () => {
    const bytes = writeNewDocx(builtinProfiles[0]);
    const xml = docXml(bytes);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    // 37/26/35/28 mm in twips.
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const styles = stylesXml(bytes);
    const style = (id: string) => styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf('</w:style>', styles.indexOf(`w:styleId="${id}"`)));
    expect(style('Normal')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('Normal')).toContain('<w:sz w:val="32"/>');
    expect(style('Normal')).toContain('w:firstLineChars="200"');
    expect(style('Normal')).toContain('w:line="579" w:lineRule="exact"');
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toContain('<w:sz w:val="44"/>');
    expect(style('Title')).toContain('<w:jc w:val="center"/>');
    expect(style('Heading1')).toContain('<w:name w:val="heading 1"/>');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    // Every run carries its East-Asian font and the eastAsia hint.
    const runs = xml.match(/<w:r>.*?<\/w:r>/g)!;
    expect(runs.length).toBe(draftParagraphs(builtinProfiles[0]).filter((p) => p.text !== '').length);
    for (const r of runs) expect(r).toMatch(/<w:rFonts w:ascii="[^"]+" w:hAnsi="[^"]+" w:eastAsia="[^"]+" w:cs="[^"]+" w:hint="eastAsia"\/>/);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/><w:keepNext/>');
  });

  it('is a 公文 page: page numbers "— n —" in 4号宋体 on alternating sides, the 22×28 grid, font fallbacks', () => {
    const files = unzipSync(writeNewDocx(builtinProfiles[0]));
    const part = (name: string) => strFromU8(files[name]);
    const xml = part('word/document.xml');
    // Footers: even first, then default (odd); both referenced from the section.
    expect(xml).toMatch(/<w:sectPr><w:footerReference w:type="even" r:id="rId5"\/><w:footerReference w:type="default" r:id="rId4"\/><w:pgSz/);
    const rels = part('word/_rels/document.xml.rels');
    expect(rels).toContain('Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"');
    expect(rels).toContain('Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"');
    expect(part('[Content_Types].xml')).toContain('PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"');
    const odd = part('word/footer1.xml');
    const even = part('word/footer2.xml');
    for (const f of [odd, even]) {
      expect(f).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
      expect(f).toContain('<w:t xml:space="preserve">— </w:t>');
      expect(f).toContain('<w:t xml:space="preserve"> —</w:t>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>'); // 4号 = 14 pt
    }
    expect(odd).toContain('<w:ind w:left="0" w:right="280" w:firstLine="0"/><w:jc w:val="right"/>');
    expect(even).toContain('<w:ind w:left="280" w:right="0" w:firstLine="0"/><w:jc w:val="left"/>');
    expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    // 一字线 7 mm below the 35 mm bottom margin: footer line box (16 pt ≈ 5.6 mm) ends 22.36 mm (1267 twips) from the edge.
    expect(xml).toContain('w:footer="1267"');
    // 22 lines a page on a line grid; 28 characters a line: 156 mm / 28 = 15.793 pt a character, so body and
    // headings (16 pt) get −0.25 pt character spacing (−5 twentieths: −4 would leave 27.99 characters, i.e. 27).
    expect(xml).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312" w:hint="eastAsia"/><w:spacing w:val="-5"/><w:sz w:val="32"/>');
    expect(xml).toContain('w:eastAsia="黑体" w:cs="黑体" w:hint="eastAsia"/><w:spacing w:val="-5"/><w:sz w:val="32"/>');
    // The 22 pt title keeps its natural spacing.
    expect(xml).toContain('w:eastAsia="方正小标宋简体" w:cs="方正小标宋简体" w:hint="eastAsia"/><w:sz w:val="44"/>');
    const fonts = part('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="小标宋"/>');
    expect(fonts).toContain('<w:font w:name="小标宋"><w:altName w:val="黑体"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it('leaves a blank line after the title and ends with the 署名 and 日期 block', () => {
    const profile = builtinProfiles[0];
    const paras = draftParagraphs(profile);
    const t = paras.findIndex((p) => p.role === 'title');
    expect(paras[t + 1]).toEqual({ text: '', role: 'body' });
    expect(paras.slice(-3).map((p) => p.text)).toEqual(['', '【待填写：署名（本人姓名或班子名称）】', '【待填写：日期，如2026年12月1日】']);
    const xml = docXml(writeNewDocx(profile));
    expect(xml.match(/<w:ind w:rightChars="200" w:right="640" w:firstLineChars="0" w:firstLine="0"\/><w:jc w:val="right"\/>/g)).toHaveLength(2);
    // A unit that does not want them turns them off in the profile's layout.
    const plain = parseProfile({ ...zuofengJson, layout: { signature: false, pageNumbers: false } });
    expect(draftParagraphs(plain).slice(-1)[0].text).not.toContain('署名');
    const files = unzipSync(writeNewDocx(plain));
    expect(files['word/footer1.xml']).toBeUndefined();
    expect(strFromU8(files['word/document.xml'])).not.toContain('footerReference');
  });

  it("takes the layout from the profile (a unit's own rules)", () => {
    const profile: Profile = parseProfile({
      ...zuofengJson,
      layout: { marginTopMm: 30, lineSpacingPt: 28, firstLineChars: 0, body: { font: '仿宋', latinFont: 'Times New Roman', sizePt: 15 }, heading1: { bold: true } },
    });
    const bytes = writeNewDocx(profile);
    const xml = docXml(bytes);
    expect(xml).toContain('w:top="1701"');
    expect(xml).toContain('w:line="560" w:lineRule="exact"');
    // 15 pt body: round(442.2 pt / 15 pt) = 29 characters a line, a pitch of 15.25 pt → +0.2 pt spacing.
    expect(xml).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman" w:hint="eastAsia"/><w:spacing w:val="4"/><w:sz w:val="30"/>');
    expect(xml).toContain('w:eastAsia="黑体" w:cs="黑体" w:hint="eastAsia"/><w:b/><w:bCs/>');
    expect(xml).not.toContain('w:firstLineChars="200"');
  });

  it('replaces the title with --title and is deterministic', () => {
    const p = builtinProfiles[0];
    const a = writeNewDocx(p, { title: '关于我的对照检查材料 & <测试>' });
    expect(readDocx(a).paragraphs[0].text).toBe('关于我的对照检查材料 & <测试>');
    expect(Buffer.from(writeNewDocx(p, { title: '关于我的对照检查材料 & <测试>' })).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(writeNewDocx(p)).equals(Buffer.from(a))).toBe(false);
  });
});

describe('zip writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes zips that a standard unzip reads back, entry order kept', () => {
    const big = new TextEncoder().encode('对照检查'.repeat(500));
    const zip = buildZip([
      ['b.xml', big],
      ['a/tiny.txt', new TextEncoder().encode('x')],
      ['media/p.png', new Uint8Array([1, 2, 3, 4])],
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['b.xml', 'a/tiny.txt', 'media/p.png']);
    expect(Buffer.from(files['b.xml']).equals(Buffer.from(big))).toBe(true);
    expect(Array.from(files['media/p.png'])).toEqual([1, 2, 3, 4]);
    expect(zip.length).toBeLessThan(big.length); // deflated
  });
});
