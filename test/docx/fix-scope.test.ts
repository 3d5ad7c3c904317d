/**
 * `fix` writes only where it should (review A3 / R19–R20, A7 / R14–R16, B10 / R27): it renumbers only the
 * report's own section headings, inserts outside the user's content controls, and reads paragraphs whose
 * namespace prefix is declared on themselves. Expected texts are written out here, not taken from the plan.
 */
import { unzipSync } from 'fflate';
import type { DocModel } from '../../src/core/model';
import { readDocx } from '../../src/docx';
import { fixDocx } from '../../src/docx/write';
import { wellFormedMarker } from '../../src/docx/write/fix';
import { buildDocx, W_NS } from '../fixtures/docx-builder';
import { seedLines, zuofeng } from '../helpers/docs';

const profile = zuofeng();
const texts = (m: DocModel) => m.paragraphs.map((p) => p.text);
/** The seed without its causes section (lines 9–12), so that fix inserts 三、原因分析 and renumbers 四→… */
const withoutCauses = () => seedLines().filter((_, i) => i < 9 || i > 12);

describe('fix renumbers only the report’s own headings (R19, R20)', () => {
  it('leaves an appendix list after the measures alone and renumbers only the measures heading', () => {
    const lines = [...withoutCauses(), '附件：问题整改清单', '一、整改事项甲', '二、整改事项乙', '三、整改事项丙'];
    // Without causes the measures heading is typed 四、: make it 三、 so that the insertion renumbers it.
    const i = lines.findIndex((l) => l.startsWith('四、'));
    lines[i] = lines[i].replace('四、', '三、');
    const out = fixDocx(buildDocx({ body: lines.map((text) => ({ text })) }), profile);
    const after = texts(out.after);
    expect(after.slice(-4)).toEqual(['附件：问题整改清单', '一、整改事项甲', '二、整改事项乙', '三、整改事项丙']);
    expect(after).toContain('四、今后的努力方向和改进措施');
    expect(out.renumbered.map((r) => [r.from, r.to])).toEqual([['三、', '四、']]);
  });

  it('never writes "undefined" into a 99-item appendix list (and does not touch it)', () => {
    // The items' numerals 一、…九十九、 written out independently of the code under test.
    const cn = (n: number) => (n < 10 ? '零一二三四五六七八九'[n] : `${n >= 20 ? '零一二三四五六七八九'[Math.floor(n / 10)] : ''}十${n % 10 ? '零一二三四五六七八九'[n % 10] : ''}`);
    const appendix = Array.from({ length: 99 }, (_, k) => `${cn(k + 1)}、整改事项${k + 1}`);
    const lines = [...withoutCauses(), '附件：问题整改清单', ...appendix];
    const out = fixDocx(buildDocx({ body: lines.map((text) => ({ text })) }), profile);
    const after = texts(out.after);
    expect(after.join('\n')).not.toMatch(/undefined/);
    expect(after.slice(-99)).toEqual(appendix);
    expect(out.renumbered).toEqual([]);
  });

  it('does not renumber a numbered list inside a table', () => {
    const lines = withoutCauses();
    const i = lines.findIndex((l) => l.startsWith('四、'));
    const body = [...lines.slice(0, i), { rows: [[[{ text: '一、表格里的事项' }], [{ text: '二、另一项' }]]] }, ...lines.slice(i)].map((x) => (typeof x === 'string' ? { text: x } : x));
    const out = fixDocx(buildDocx({ body }), profile);
    expect(texts(out.after)).toEqual(expect.arrayContaining(['一、表格里的事项', '二、另一项']));
    expect(out.renumbered.every((r) => !out.before.paragraphs[r.paragraph].inTable)).toBe(true);
  });
});

/** document.xml with the seed lines as paragraphs, the last problems paragraph (f5) wrapped in `sdt`. */
function seedWithLastProblemIn(sdtPr: string): Uint8Array {
  const lines = withoutCauses();
  const f5 = 8;
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  const body = lines.map((l, i) => (i === f5 ? `<w:sdt><w:sdtPr>${sdtPr}</w:sdtPr><w:sdtContent>${p(l)}</w:sdtContent></w:sdt>` : p(l))).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return buildDocx({ body: [], override: { 'word/document.xml': xml } });
}

describe('fix inserts outside the user’s content controls (R14–R16)', () => {
  it.each([
    ['rich text', '<w:alias w:val="问题五"/><w:tag w:val="f5"/><w:id w:val="7"/>'],
    ['plain text, locked', '<w:lock w:val="sdtContentLocked"/><w:id w:val="8"/><w:text/>'],
    ['content-locked', '<w:lock w:val="contentLocked"/><w:id w:val="9"/>'],
  ])('%s control: 三、原因分析 goes after </w:sdt>, the control still holds one paragraph', (_, sdtPr) => {
    const out = fixDocx(seedWithLastProblemIn(sdtPr), profile);
    const xml = new TextDecoder().decode(unzipDocument(out.bytes!));
    const sdt = xml.slice(xml.indexOf('<w:sdt>'), xml.indexOf('</w:sdt>'));
    expect(sdt.match(/<w:p>/g)).toHaveLength(1);
    expect(sdt).not.toContain('原因分析');
    expect(xml.indexOf('原因分析')).toBeGreaterThan(xml.indexOf('</w:sdt>'));
    expect(texts(out.after)).toContain('三、原因分析');
  });
});

function unzipDocument(bytes: Uint8Array): Uint8Array {
  return unzipSync(bytes)['word/document.xml'];
}

describe('namespace prefixes declared on any element (R27)', () => {
  const localNs = () => {
    const lines = seedLines();
    const f3 = 6;
    const p = (t: string, i: number) =>
      i === f3 ? `<x:p xmlns:x="${W_NS}"><x:r><x:t xml:space="preserve">${t}</x:t></x:r></x:p>` : `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${lines.filter((_, i) => i < 9 || i > 12).map(p).join('')}</w:body></w:document>`;
    return { lines: lines.filter((_, i) => i < 9 || i > 12), bytes: buildDocx({ body: [], override: { 'word/document.xml': xml } }) };
  };

  it('reads a paragraph whose prefix is declared on itself, at its own index', () => {
    const { lines, bytes } = localNs();
    expect(texts(readDocx(bytes))).toEqual(lines);
  });

  it('fix then inserts only the missing causes section (no duplicate focus skeleton)', () => {
    const { lines, bytes } = localNs();
    const out = fixDocx(bytes, profile);
    expect(out.inserted.map((op) => op.key)).toEqual(['section:causes']);
    expect(texts(out.after).filter((t) => lines.includes(t))).toEqual(lines);
  });

  it('a prefix re-bound on an element leaves WordprocessingML for that subtree', () => {
    const xml = `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p xmlns:w="urn:other"><w:r><w:t>乙</w:t></w:r></w:p><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:body></w:document>`;
    expect(texts(readDocx(buildDocx({ body: [], override: { 'word/document.xml': xml } })))).toEqual(['甲', '丙']);
  });
});

describe('the read-back check judges new markers on their own terms', () => {
  it.each(['二、', '十一、', '一百零五、', '（十二）', '(3)', '4.', '5、', '二十．'])('accepts %s', (m) => {
    expect(wellFormedMarker(m)).toBe(true);
  });
  it.each(['undefined十、', '十十、', '零、', '（）', '三', '、', 'NaN、', '一二、'])('rejects %s', (m) => {
    expect(wellFormedMarker(m)).toBe(false);
  });
});
