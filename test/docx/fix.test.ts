/** `xingshen fix` writer: round trips on real .docx variants, untouched parts, formatting, renumbering, idempotence. */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { check } from '../../src/core/engine';
import { InputError } from '../../src/core/errors';
import type { DocModel } from '../../src/core/model';
import { readDocx } from '../../src/docx';
import { fixDocx, rawEntries } from '../../src/docx/write';
import { buildDocx } from '../fixtures/docx-builder';
import { readFileSync } from 'fs';
import * as path from 'path';
import { zuofeng } from '../helpers/docs';
import { buildVariant, PARTS, seedWithout, VARIANTS, type Variant } from './write-helpers';

const profile = zuofeng();
const texts = (m: DocModel) => m.paragraphs.map((p) => p.text);

/** True when `sub` appears in `all` in order. */
function isSubsequence(sub: readonly string[], all: readonly string[]): boolean {
  let i = 0;
  for (const t of all) if (i < sub.length && t === sub[i]) i++;
  return i === sub.length;
}

/** Asserts every entry other than word/document.xml is byte-identical (raw zip bytes) and in the same order. */
function expectOtherPartsUntouched(input: Uint8Array, output: Uint8Array): void {
  const a = rawEntries(input);
  const b = rawEntries(output);
  expect(b.map((e) => e.name)).toEqual(a.map((e) => e.name));
  a.forEach((ea, i) => {
    if (ea.name === 'word/document.xml') return;
    const eb = b[i];
    expect(Buffer.from(output.subarray(eb.localStart, eb.localEnd)).equals(Buffer.from(input.subarray(ea.localStart, ea.localEnd)))).toBe(true);
  });
  const ua = unzipSync(input);
  const ub = unzipSync(output);
  for (const name of Object.keys(ua)) if (name !== 'word/document.xml') expect(Buffer.from(ub[name]).equals(Buffer.from(ua[name]))).toBe(true);
}

function expectComplete(m: DocModel): void {
  const r = check(m, profile);
  for (const s of profile.sections.filter((x) => x.required)) expect(r.sections.find((x) => x.id === s.id)?.status).not.toBe('missing');
  expect(r.focusAreas.filter((f) => f.status === 'missing').map((f) => f.id)).toEqual([]);
  expect(r.findings.filter((f) => (f.ruleId === 'structure/missing-section' && f.severity === 'error') || f.ruleId === 'focus/missing')).toEqual([]);
}

const REMOVALS: string[][] = [['causes'], ['study', 'f2'], ['preamble', 'f5', 'measures'], ['f1', 'f2', 'f3', 'f4', 'f5'], ['study', 'causes', 'measures']];

describe('fixDocx round trip', () => {
  const cases: [Variant, string[]][] = VARIANTS.flatMap((v) => REMOVALS.map((r) => [v, r] as [Variant, string[]]));
  it.each(cases)('%s without %j: original paragraphs in order plus the inserted ones; complete; idempotent', (variant, removed) => {
    const input = buildVariant(seedWithout(removed), variant);
    const before = readDocx(input);
    const r = fixDocx(input, profile);
    expect(r.changed).toBe(true);
    const after = readDocx(r.bytes!);
    const inserted = r.inserted.flatMap((op) => op.paragraphs.map((p) => p.text));
    expect(after.paragraphs.length).toBe(before.paragraphs.length + inserted.length);
    // Renumbering changes only the markers it names.
    const renumbered = texts(before).map((t, i) => {
      const op = r.renumbered.find((x) => x.paragraph === i);
      return op ? t.slice(0, op.start) + op.to + t.slice(op.start + op.length) : t;
    });
    expect(isSubsequence(renumbered, texts(after))).toBe(true);
    expect(isSubsequence(inserted, texts(after))).toBe(true);
    expectComplete(after);
    expectOtherPartsUntouched(input, r.bytes!);
    const again = fixDocx(r.bytes!, profile);
    expect(again.changed).toBe(false);
    expect(again.bytes).toBeUndefined();
  });

  it('leaves a complete document unchanged (no bytes)', () => {
    for (const name of ['seed-typed.docx', 'seed-autonum.docx', 'seed-table-tracked.docx']) {
      const bytes = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/docx', name)));
      const r = fixDocx(bytes, profile);
      expect(r.changed).toBe(false);
      expect(r.inserted).toEqual([]);
    }
  });
});

describe('fixDocx keeps the rest of the file', () => {
  const input = buildVariant(seedWithout(['causes', 'f2']), 'rich');
  const r = fixDocx(input, profile);
  const inXml = strFromU8(unzipSync(input)['word/document.xml']);
  const outXml = strFromU8(unzipSync(r.bytes!)['word/document.xml']);

  it('keeps tracked changes, comments, images, text boxes, tables and section properties', () => {
    const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
    for (const re of [/<w:del /g, /<w:ins /g, /<w:commentReference /g, /r:embed="rIdImage1"/g, /<w:txbxContent>/g, /<w:tbl>/g, /<w:sectPr>/g]) {
      expect(count(outXml, re)).toBe(count(inXml, re));
    }
    expect(outXml.slice(outXml.indexOf('<w:sectPr>'))).toBe(inXml.slice(inXml.indexOf('<w:sectPr>')));
  });

  it('changes document.xml only by inserting whole paragraphs', () => {
    // Removing the inserted paragraphs gives back the original XML exactly.
    let stripped = outXml;
    for (const op of r.inserted) {
      for (const p of op.paragraphs) {
        const at = stripped.indexOf(`>${p.text}</w:t>`);
        const start = stripped.lastIndexOf('<w:p>', at);
        const end = stripped.indexOf('</w:p>', at) + '</w:p>'.length;
        stripped = stripped.slice(0, start) + stripped.slice(end);
      }
    }
    expect(stripped).toBe(inXml);
  });

  it('inserts after a table, not inside it, when the anchor sits in a table', () => {
    const lines = seedWithout(['preamble', 'study']);
    // "二、作风建设…" must come after a table that ends the opening; the opening is missing so it goes before the first heading.
    const bytes = buildDocx({ body: [{ rows: [[[{ text: '表格中的内容' }]]] }, ...lines.map((text) => ({ text }))] });
    const out = fixDocx(bytes, profile);
    const model = readDocx(out.bytes!);
    expect(model.paragraphs[0]).toEqual(expect.objectContaining({ text: '表格中的内容', inTable: true }));
    expect(model.paragraphs.filter((p) => p.inTable).length).toBe(1);
  });
});

describe('fixDocx formatting', () => {
  it('copies the heading formatting of styleFrom (heading style) and the body formatting nearby', () => {
    const input = buildVariant(seedWithout(['causes']), 'styled');
    const r = fixDocx(input, profile);
    const after = readDocx(r.bytes!);
    const h = after.paragraphs.find((p) => p.text === '三、原因分析')!;
    expect(h.style).toBe('Heading1');
    expect(h.outlineLevel).toBe(1);
    const body = after.paragraphs[after.paragraphs.indexOf(h) + 1];
    expect(body.text.startsWith('【待填写：')).toBe(true);
    expect(body.style).toBe('Normal');
  });

  it('keeps list membership for auto-numbered neighbours and types no number', () => {
    const input = buildVariant(seedWithout(['causes']), 'autonum');
    const r = fixDocx(input, profile);
    expect(r.inserted[0].autoNumbered).toBe(true);
    const after = readDocx(r.bytes!);
    const h = after.paragraphs.find((p) => p.text === '原因分析')!;
    expect(h.listString).toBe('三、');
    expect(after.paragraphs.filter((p) => p.listLevel === 0).map((p) => p.listString)).toEqual(['一、', '二、', '三、', '四、']);
  });

  it('strips numbering when the neighbours are typed, and uses the layout when nothing can be copied', () => {
    const lines = seedWithout(['study']).filter((l) => l.trim());
    const bytes = buildDocx({ body: lines.map((text) => ({ text, ...(/^[一二三四]、/.test(text) ? { numId: 3 } : {}) })), numbering: true });
    const r = fixDocx(bytes, profile);
    const xml = strFromU8(unzipSync(r.bytes!)['word/document.xml']);
    const inserted = xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf('学习情况</w:t>')), xml.indexOf('</w:p>', xml.indexOf('学习情况</w:t>')));
    expect(inserted).not.toContain('<w:numPr>');
    const empty = fixDocx(buildDocx({ body: [{ text: '' }] }), profile);
    const exml = strFromU8(unzipSync(empty.bytes!)['word/document.xml']);
    expect(exml).toContain('w:eastAsia="方正小标宋简体"');
    expect(exml).toContain('w:eastAsia="黑体"');
    expect(readDocx(empty.bytes!).paragraphs.length).toBe(1 + empty.inserted[0].paragraphs.length);
  });

  it('renumbers later typed headings by changing only the marker characters', () => {
    // The writer left out 学习情况 and numbered from 一; the number of 二 is split over two runs.
    const lines = seedWithout(['study']).map((l) => l.replace(/^二、/, '一、').replace(/^三、/, '二、').replace(/^四、/, '三、'));
    const split = lines.map((text) => (text.startsWith('二、') ? { runs: ['二', text.slice(1)] } : { text }));
    const input = buildDocx({ body: split });
    const r = fixDocx(input, profile);
    expect(r.renumbered.map((x) => `${x.from}→${x.to}`)).toEqual(['一、→二、', '二、→三、', '三、→四、']);
    const heads = readDocx(r.bytes!).paragraphs.filter((p) => /^[一二三四五]、/.test(p.text)).map((p) => p.text.slice(0, 2));
    expect(heads).toEqual(['一、', '二、', '三、', '四、']);
    const xml = strFromU8(unzipSync(r.bytes!)['word/document.xml']);
    // The split heading keeps its two runs: "三" then the rest unchanged.
    expect(xml).toContain('<w:t xml:space="preserve">三</w:t></w:r><w:r><w:t xml:space="preserve">、产生问题的原因分析</w:t>');
    expect(fixDocx(r.bytes!, profile).changed).toBe(false);
  });
});

describe('fixDocx on unusual but valid XML', () => {
  it('writes inserted paragraphs with the prefix the document uses, and handles entities and empty paragraphs', () => {
    const lines = seedWithout(['causes']);
    const body = lines.map((t) => `<x:p><x:r><x:t>${t.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</x:t></x:r></x:p><x:p/>`).join('');
    const doc = `<?xml version="1.0" encoding="UTF-8"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><!-- a comment <x:p> --><x:body>${body}<x:sectPr/></x:body></x:document>`;
    const input = buildDocx({ body: [], override: { 'word/document.xml': doc } });
    const r = fixDocx(input, profile);
    const xml = strFromU8(unzipSync(r.bytes!)['word/document.xml']);
    expect(xml).not.toMatch(/<w:/);
    expect(xml).toContain('<x:t xml:space="preserve">三、原因分析</x:t>');
    const after = readDocx(r.bytes!);
    expect(after.paragraphs.length).toBe(lines.length * 2 + 2);
    expect(fixDocx(r.bytes!, profile).changed).toBe(false);
  });
});

describe('fixDocx errors', () => {
  it.each([
    ['bad-not-zip.docx', 'not-zip'],
    ['bad-malformed.docx', 'bad-xml'],
    ['bad-missing-document.docx', 'missing-part'],
    ['bad-encrypted.docx', 'encrypted'],
  ])('%s → InputError %s', (name, code) => {
    const bytes = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/docx', name)));
    expect(() => fixDocx(bytes, profile)).toThrow(InputError);
    try {
      fixDocx(bytes, profile);
    } catch (e) {
      expect((e as InputError).code).toBe(code);
    }
  });
});

describe('fixDocx property', () => {
  it('for random parts of the seed removed, keeps every original paragraph in order and completes the document', () => {
    const parts = Object.keys(PARTS);
    fc.assert(
      fc.property(fc.subarray(parts, { minLength: 1 }), fc.constantFrom(...VARIANTS), (removed, variant) => {
        const input = buildVariant(seedWithout(removed), variant);
        const before = readDocx(input);
        const r = fixDocx(input, profile);
        const after = r.changed ? readDocx(r.bytes!) : before;
        const renumbered = texts(before).map((t, i) => {
          const op = r.renumbered.find((x) => x.paragraph === i);
          return op ? t.slice(0, op.start) + op.to + t.slice(op.start + op.length) : t;
        });
        expect(isSubsequence(renumbered, texts(after))).toBe(true);
        expect(check(after, profile).findings.filter((f) => f.ruleId === 'focus/missing')).toEqual([]);
        if (r.changed) expect(fixDocx(r.bytes!, profile).changed).toBe(false);
      }),
      { numRuns: 15, seed: 20240101 },
    );
  });
});
