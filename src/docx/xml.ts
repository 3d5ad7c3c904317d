/**
 * A thin streaming layer over saxes for OOXML parts: namespace-prefix resolution done once from
 * the root element (Word, WPS and LibreOffice all declare their prefixes there), element names
 * reported as `w`-local names, and every well-formedness error turned into `InputError('bad-xml')`.
 *
 * No DOM is built: a 50,000-paragraph document.xml is read in one pass with small state.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../core/errors';

export const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const NS_W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** An element as the handlers see it. `local` is the WordprocessingML local name, or '' for other namespaces. */
export interface XmlElement {
  /** The qualified name as written, e.g. "w:p" or "mc:Fallback". */
  readonly name: string;
  /** WordprocessingML local name ("p", "t", "pStyle"), '' when the element is not in the w namespace. */
  readonly local: string;
  readonly attributes: Record<string, string>;
}

export interface XmlHandlers {
  open(el: XmlElement): void;
  close(el: XmlElement): void;
  text?(text: string): void;
}

/** Reads a WordprocessingML attribute (`w:val`) whatever prefix the part uses. */
export type AttrReader = (el: XmlElement, local: string) => string | undefined;

export interface XmlContext {
  /** Reads `w:<local>` from an element. */
  attr: AttrReader;
  /** True when the element is `mc:<local>` (markup compatibility). */
  isMc(el: XmlElement, local: string): boolean;
}

const utf8 = new TextDecoder('utf-8');

/** Decodes a part's bytes (UTF-8, BOM tolerated; OOXML parts are UTF-8 or UTF-16 with BOM). */
export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

/**
 * Parses `xml` (the part `partName`) and calls `make(ctx)`'s handlers for every element.
 * Throws `InputError('bad-xml')` naming the part when the XML is not well formed.
 */
export function parseXml(xml: string, partName: string, make: (ctx: XmlContext) => XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let wPrefix: string | undefined; // undefined until the root element is seen; '' = default namespace
  let mcPrefix: string | undefined;
  let wColon = '';
  const ctx: XmlContext = {
    attr(el, local) {
      return el.attributes[wColon + local];
    },
    isMc(el, local) {
      return mcPrefix !== undefined && el.name === (mcPrefix ? `${mcPrefix}:${local}` : local);
    },
  };
  const handlers = make(ctx);
  const stack: XmlElement[] = [];
  parser.on('error', (e) => {
    throw new InputError('bad-xml', `文档内容已损坏，无法解析 ${partName}（malformed XML in ${partName}: ${e.message}）`);
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (wPrefix === undefined) {
      wPrefix = '';
      for (const [k, v] of Object.entries(attributes)) {
        if (k === 'xmlns' || k.startsWith('xmlns:')) {
          const p = k === 'xmlns' ? '' : k.slice(6);
          if (v === NS_W || v === NS_W_STRICT) wPrefix = p;
          else if (v === NS_MC) mcPrefix = p;
        }
      }
      wColon = wPrefix ? wPrefix + ':' : '';
    }
    const name = tag.name;
    let local = '';
    if (wColon) {
      if (name.startsWith(wColon)) local = name.slice(wColon.length);
    } else if (name.indexOf(':') < 0) local = name;
    const el: XmlElement = { name, local, attributes };
    stack.push(el);
    handlers.open(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el) handlers.close(el);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.write(xml).close();
}

/** OOXML on/off value: absent or "1"/"true"/"on" → true. */
export function onOff(v: string | undefined): boolean {
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}

/** Parses an integer attribute, undefined when absent or not a number. */
export function intAttr(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
