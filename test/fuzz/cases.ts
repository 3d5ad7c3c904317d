/**
 * The fuzzing corpus: real fixtures and their byte-flip and truncation mutants (fixed seed), and
 * generated hostile packages. Each case is bytes plus what a clean reading would give, if known.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { buildVariant, seedWithout, VARIANTS } from '../docx/write-helpers';
import { declareSize } from '../fixtures/generate';
import { crcOf, documentXml, gbkBytes, letterNumbering, officePackage, para, partsOf, toZip64, withCrc, withPart, zipOf, type Parts } from '../docx/hostile';

export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
  fileName: string;
  /** The clean file's paragraph texts: an accepted mutant must read exactly these. */
  clean?: string[];
}

/** mulberry32: a small, fixed-seed PRNG (the suite must be reproducible). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIXTURES = path.join(__dirname, '..', 'fixtures');
/** Files made by other tools (test/fixtures/tools/make-corpus.sh): LibreOffice, python-docx, Info-ZIP zip64 and streamed. */
const FROM_OTHER_TOOLS = ['lo_html.docx', 'pd_table.docx', 'zip_zip64.docx', 'zip_stream.docx'];

/** The real fixtures: the checked-in seed documents, the corpus made by other tools, and builder variants missing a section. */
export function realFixtures(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const files = [...fs.readdirSync(path.join(FIXTURES, 'docx')).filter((f) => f.startsWith('seed-')).map((f) => `docx/${f}`), ...FROM_OTHER_TOOLS.map((f) => `corpus/${f}`)];
  for (const f of files.sort()) out.push({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))) });
  for (const v of VARIANTS) out.push({ name: `variant-${v}-no-causes`, bytes: buildVariant(seedWithout(['causes']), v) });
  return out;
}

/** `count` mutants of `bytes` with 1–4 random bytes replaced. */
export function flips(bytes: Uint8Array, count: number, rnd: () => number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let k = 0; k < count; k++) {
    const m = bytes.slice();
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      const at = Math.floor(rnd() * m.length);
      m[at] ^= 1 + Math.floor(rnd() * 255);
    }
    out.push(m);
  }
  return out;
}

/** Truncations at fixed and random offsets. */
export function truncations(bytes: Uint8Array, count: number, rnd: () => number): Uint8Array[] {
  const at = new Set([0, 1, 3, 4, 22, bytes.length - 1, bytes.length - 22, bytes.length - 23]);
  while (at.size < count) at.add(Math.floor(rnd() * bytes.length));
  return [...at].filter((n) => n >= 0 && n < bytes.length).map((n) => bytes.slice(0, n));
}

const LINES = ['关于作风建设的对照检查材料', '一、学习情况', '认真学习。'];
const base = () => partsOf(LINES);
const withDoc = (xml: string | Uint8Array, parts: Parts = base()) => zipOf(withPart(parts, 'word/document.xml', xml));

function withNumbering(body: string, numbering: string): Uint8Array {
  const parts = withPart(base(), 'word/document.xml', documentXml(body));
  parts.push(['word/numbering.xml', numbering]);
  const rels = parts.find(([n]) => n === 'word/_rels/document.xml.rels')!;
  rels[1] = (rels[1] as string).replace('</Relationships>', '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>');
  return zipOf(parts);
}

const listParas = (n: number) => '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>'.repeat(n);

/** Generated hostile packages. `clean` is set where the exact reading is known. */
export function hostileCases(rnd: () => number): FuzzCase[] {
  const good = zipOf(base());
  const c = (name: string, bytes: Uint8Array, clean?: string[]): FuzzCase => ({ name, bytes, fileName: 'hostile.docx', clean });
  const big = 'a'.repeat(20 * 1024 * 1024);
  const randomValue = Array.from({ length: 2_000_000 }, () => String.fromCharCode(0x61 + Math.floor(rnd() * 26))).join('');
  return [
    c('clean', good, LINES),
    c('declares 4 GB', declareSize(good, 'word/document.xml', 0xfffffff0)),
    c('lying size (declares 100 bytes)', declareSize(good, 'word/document.xml', 100)),
    c('ratio bomb (20 MB at ~1000:1)', withDoc(documentXml(para(big)))),
    c('wrong CRC on document.xml', withCrc(good, 'word/document.xml', crcOf(good, 'word/document.xml') ^ 0x80000000)),
    c('wrong CRC on styles.xml', withCrc(good, 'word/styles.xml', 0)),
    c('duplicate document.xml', zipOf([...base(), ['word/document.xml', documentXml(para('另一份'))]])),
    c('duplicate rels', zipOf([...base(), ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>']])),
    c('zip64 records', toZip64(good), LINES),
    c('billion laughs', withDoc(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${documentXml(para('&lol2;'), '')}`)),
    c('XXE system entity', withDoc(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${documentXml(para('&x;'), '')}`)),
    c('XXE parameter entity', withDoc(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]>${documentXml(para('x'), '')}`)),
    c('undefined entity', withDoc(documentXml(para('&nbsp;')))),
    c('character reference to NUL', withDoc(documentXml(para('&#0;')))),
    c('character reference past U+10FFFF', withDoc(documentXml(para('&#x110000;')))),
    c('"]]>" in text', withDoc(documentXml(para('a]]>b')))),
    c('"--" in a comment', withDoc(documentXml(`<!-- a -- b -->${para('x')}`))),
    c('mismatched tags', withDoc(documentXml('<w:p><w:r><w:t>x</w:r></w:t></w:p>'))),
    c('second root', withDoc(`${documentXml(para('x'))}<w:document/>`)),
    c('DOCTYPE in rels', zipOf(withPart(base(), '_rels/.rels', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'))),
    c('rels target outside the package', zipOf(withPart(base(), '_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../../../etc/passwd"/></Relationships>'))),
    c('100,000 nested customXml', withDoc(documentXml(`${'<w:customXml>'.repeat(100_000)}${para('深处')}${'</w:customXml>'.repeat(100_000)}`)), ['深处']),
    c('200,000 nested foreign elements, no paragraph', withDoc(documentXml(`${'<x:a xmlns:x="urn:x">'}${'<x:a>'.repeat(200_000)}${'</x:a>'.repeat(200_001)}`))),
    c('2 MB random attribute value', withDoc(documentXml(`<w:p w:rsidR="${randomValue}"><w:r><w:t>x</w:t></w:r></w:p>`)), ['x']),
    c('1 MB element name', withDoc(documentXml(`<x:${'n'.repeat(1_000_000)} xmlns:x="urn:x"/>${para('x')}`)), ['x']),
    c('50,000 attributes', withDoc(documentXml(para('x'), undefined, Array.from({ length: 50_000 }, (_, i) => ` a${i}="1"`).join(''))), ['x']),
    c('duplicate attribute among 50,000', withDoc(documentXml(para('x'), undefined, Array.from({ length: 50_000 }, (_, i) => ` a${i}="1"`).join('') + ' a7="2"'))),
    c('lowerLetter list from 2×10⁹, 2,000 paragraphs', withNumbering(listParas(2000), letterNumbering(2_000_000_000))),
    c('lowerLetter list from 2×10⁸, 2,000 paragraphs', withNumbering(listParas(2000), letterNumbering(200_000_000))),
    c('1 MB lvlText', withNumbering(listParas(500), letterNumbering(1).replace('%1.', '%1'.repeat(300_000)))),
    c('numbering start not a number', withNumbering(listParas(3), letterNumbering(1).replace('w:val="1"', 'w:val="99999999999999999999999"'))),
    c('xlsx renamed', zipOf(officePackage('xlsx'))),
    c('pptx renamed', zipOf(officePackage('pptx'))),
    c('altChunk only', withDoc(documentXml('<w:altChunk r:id="rId9"/>'))),
    c('empty body', withDoc(documentXml(''))),
    c('GBK-declared Chinese', withDoc(concat(strToU8(documentXml('', '<?xml version="1.0" encoding="GBK"?>').replace('<w:sectPr/>', '<w:p><w:r><w:t>')), gbkBytes('关于学习'), strToU8('</w:t></w:r></w:p><w:sectPr/></w:body></w:document>')))),
    c('invalid UTF-8', withDoc(concat(strToU8(documentXml('').replace('<w:sectPr/></w:body></w:document>', '<w:p><w:r><w:t>')), new Uint8Array([0xe5, 0x85, 0x41]), strToU8('</w:t></w:r></w:p></w:body></w:document>')))),
    c('overlong UTF-8', withDoc(concat(strToU8(documentXml('').replace('<w:sectPr/></w:body></w:document>', '<w:p><w:r><w:t>')), new Uint8Array([0xc0, 0xbc]), strToU8('</w:t></w:r></w:p></w:body></w:document>')))),
    c('UTF-16 without BOM', withDoc(utf16le(documentXml(para('x'), '<?xml version="1.0" encoding="UTF-16"?>')))),
    c('bzip2 compression method', withMethod(good, 'word/document.xml', 12)),
    c('20,000 extra entries', zipOf([...base(), ...Array.from({ length: 20_000 }, (_, i): [string, string] => [`customXml/item${i}.xml`, '<a/>'])]), LINES),
    c('HTML named .docx', strToU8('<html><body>关于</body></html>')),
    { name: 'HTML saved as .doc', bytes: strToU8('<!DOCTYPE html><html><body>关于</body></html>'), fileName: 'hostile.doc' },
    { name: 'RTF saved as .doc', bytes: strToU8('{\\rtf1\\ansi 关于}'), fileName: 'hostile.doc' },
  ];
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** The package with entry `name`'s compression method changed (central and local). */
function withMethod(zip: Uint8Array, name: string, method: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  const n = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = v.getUint32(i, true);
    const at = sig === 0x04034b50 ? 30 : sig === 0x02014b50 ? 46 : -1;
    if (at < 0 || v.getUint16(i + (sig === 0x04034b50 ? 26 : 28), true) !== n.length || !n.every((b, k) => out[i + at + k] === b)) continue;
    v.setUint16(i + (sig === 0x04034b50 ? 8 : 10), method, true);
  }
  return out;
}

export { type Parts };
