/**
 * The previous XML layer, built on saxes (a full, spec-checking XML parser): the reference the
 * byte-level reader in src/docx/xml.ts is compared with in xml.test.ts.
 */
import { SaxesParser } from 'saxes';

export interface XmlEvent {
  type: 'open' | 'close' | 'text';
  name?: string;
  attributes?: Record<string, string>;
  text?: string;
}

/** Element events and the text inside the root element, adjacent text merged. Throws on malformed XML. */
export function saxesEvents(xml: string): XmlEvent[] {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const out: XmlEvent[] = [];
  let depth = 0;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    depth++;
    out.push({ type: 'open', name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) } });
  });
  parser.on('closetag', (tag) => {
    depth--;
    out.push({ type: 'close', name: tag.name });
  });
  const onText = (t: string) => {
    if (depth === 0 || t === '') return;
    const last = out[out.length - 1];
    if (last?.type === 'text') last.text += t;
    else out.push({ type: 'text', text: t });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  return out;
}
