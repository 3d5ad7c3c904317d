import fc from 'fast-check';
import { InputError } from '../../src/core/errors';
import { parseXml } from '../../src/docx/xml';
import { saxesEvents, type XmlEvent } from './xml-reference';

function ourEvents(xml: string | Uint8Array): XmlEvent[] {
  const out: XmlEvent[] = [];
  let depth = 0;
  parseXml(xml, 'test.xml', () => ({
    open(el) {
      depth++;
      out.push({ type: 'open', name: el.name, attributes: { ...el.attributes } });
    },
    close(el) {
      depth--;
      out.push({ type: 'close', name: el.name });
    },
    text(t) {
      if (depth === 0 || t === '') return;
      const last = out[out.length - 1];
      if (last?.type === 'text') last.text += t;
      else out.push({ type: 'text', text: t });
    },
  }));
  return out;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

// Text as Word writes it, and as it should not but may: CJK, astral characters, every predefined
// entity, character references, CR/LF line ends, tabs, quotes.
const textChunk = fc.oneof(
  fc.constantFrom('学习', '对照检查', '𠀀', ' ', '\t', '\r\n', '\r', '\n', 'a"b', "it's", '&#x4E00;', '&#20013;', '&#x1F600;', '&quot;', '&apos;'),
  fc.string({ maxLength: 6 }).map(escapeText),
);
const text = fc.array(textChunk, { maxLength: 5 }).map((a) => a.join('').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
const name = fc.constantFrom('w:p', 'w:r', 'w:t', 'w:pPr', 'w:pStyle', 'mc:Fallback', 'x:y', 'w:br', 'p');
const attrs = fc.uniqueArray(fc.tuple(fc.constantFrom('w:val', 'w:type', 'xml:space', 'r:id', 'a'), fc.string({ maxLength: 5 })), { selector: (t) => t[0], maxLength: 3 });

type Node = { name: string; attrs: [string, string][]; children: (Node | string)[] };
const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node; child: Node | string }>((tie) => ({
  node: fc.record({ name, attrs, children: fc.array(tie('child'), { maxLength: 4 }) }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('node'), text.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`), fc.constant('<!-- note -->')),
})).node;

const serialise = (nd: Node): string => {
  const a = nd.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (nd.children.length === 0) return `<${nd.name}${a}/>`;
  return `<${nd.name}${a}>${nd.children.map((c) => (typeof c === 'string' ? c : serialise(c))).join('')}</${nd.name}>`;
};

const doc = tree.map((root) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<root xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${serialise(root)}</root>`);

describe('parseXml (byte-level) against saxes', () => {
  it('reports the same elements, attributes and text for well-formed parts', () => {
    fc.assert(
      fc.property(doc, (xml) => {
        const expected = saxesEvents(xml);
        expect(ourEvents(xml)).toEqual(expected);
        expect(ourEvents(new TextEncoder().encode(xml))).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('rejects a part when saxes does, after deleting one structural character', () => {
    const broken = doc.chain((xml) => {
      const at: number[] = [];
      // The XML declaration is skipped, not validated (its content does not change how a part reads).
      for (let i = xml.indexOf('<root'); i < xml.length; i++) if ('<>/="'.includes(xml[i])) at.push(i);
      return fc.constantFrom(...at).map((i) => xml.slice(0, i) + xml.slice(i + 1));
    });
    const rejects = (f: () => unknown) => {
      try {
        f();
        return false;
      } catch (e) {
        return true && (e instanceof InputError ? e.code === 'bad-xml' : true);
      }
    };
    fc.assert(
      fc.property(broken, (xml) => {
        expect(rejects(() => ourEvents(xml))).toBe(rejects(() => saxesEvents(xml)));
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ['<a><b></a>', 'does not match'],
    ['<a>', 'unclosed element'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a>&nbsp;</a>', 'undefined entity'],
    ['<a>&#0;</a>', 'disallowed character reference'],
    ['<a/><b/>', 'second root'],
    ['text<a/>', 'outside the root'],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'DOCTYPE'],
    ['', 'no root element'],
    ['<a x=1/>', 'not quoted'],
    ['<a x="<"/>', 'attribute value'],
    ['<r><\u00c3\u00a9></\u00e9></r>', 'does not match'],
  ])('refuses %j (%s), naming the part', (xml, why) => {
    expect(() => ourEvents(xml)).toThrow(InputError);
    expect(() => ourEvents(xml)).toThrow(why);
    expect(() => ourEvents(xml)).toThrow('test.xml');
  });

  // Attributes are decoded only when a handler reads one: a malformed one must be refused all the same.
  it.each([
    ['<r><a x="<"/></r>', 'attribute value'],
    ['<r><a x="&nbsp;"/></r>', 'undefined entity'],
    ['<r><a x="&amp"/></r>', 'bad entity reference'],
    ['<r><a x="&amp" y=";"/></r>', 'bad entity reference'],
    ['<r><a x="&#1;"/></r>', 'disallowed character reference'],
    ['<r><a x="a\u0001"/></r>', 'disallowed character'],
    ['<r><a x&="1"/></r>', 'bad character in a name'],
    ['<r><a ="1"/></r>', 'empty name'],
    ['<r><a x="1" x="2"/></r>', 'duplicate attribute'],
  ])('refuses %j (%s) even when no handler reads its attributes', (xml, why) => {
    const parse = () => parseXml(xml, 'test.xml', () => ({ open() {}, close() {} }));
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(why);
  });

  it('refuses invalid UTF-8 instead of replacing it with U+FFFD (issue 17: fix wrote U+FFFD back)', () => {
    for (const bad of [[0xe5, 0xad, 0x41], [0xff], [0xc0, 0xbc], [0xed, 0xa0, 0x80]]) {
      const bytes = new Uint8Array([...new TextEncoder().encode('<a>'), ...bad, ...new TextEncoder().encode('</a>')]);
      expect(() => ourEvents(bytes)).toThrow(/invalid UTF-8/);
    }
  });
});
