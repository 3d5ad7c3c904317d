/**
 * XML namespace scopes, shared by the reader (xml.ts) and the writer's scanner (write/scan.ts) so
 * that both resolve element names the same way. A scope is what is in force at an element: the
 * prefix → namespace bindings of its ancestors and its own `xmlns` declarations. Prefixes may be
 * declared on any element (ElementTree and hand-written generators declare them where they are
 * used), not only on the root.
 *
 * Compatibility with documents that declare nothing: when no prefix is bound to WordprocessingML
 * and the default namespace is unbound, unprefixed names are read as WordprocessingML.
 */

export const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const NS_W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const W_URIS = new Set([NS_W, NS_W_STRICT]);

export interface NsScope {
  /** prefix → namespace name; '' is the default namespace. */
  readonly uris: ReadonlyMap<string, string>;
  /** The prefix (with its colon) that WordprocessingML attributes use here: "w:" usually, '' for none/default. */
  readonly wColon: string;
  /** The markup-compatibility prefix ('' = default namespace), undefined when unbound. */
  readonly mc: string | undefined;
  /** Whether some non-empty prefix is bound to WordprocessingML. */
  readonly wPrefixed: boolean;
  /** Caches: qualified element name → WordprocessingML local name ('' for other namespaces); "val" → "w:val". */
  readonly locals: Map<string, string>;
  readonly qualified: Map<string, string>;
}

export const EMPTY_SCOPE: NsScope = { uris: new Map(), wColon: '', mc: undefined, wPrefixed: false, locals: new Map(), qualified: new Map() };

/** The scope inside an element declaring `decls` ([prefix, namespace] pairs; prefix '' = xmlns). */
export function childScope(parent: NsScope, decls: readonly (readonly [string, string])[]): NsScope {
  if (!decls.length) return parent;
  const uris = new Map(parent.uris);
  let wColon: string | undefined;
  let mc = parent.mc;
  for (const [p, uri] of decls) {
    uris.set(p, uri);
    if (W_URIS.has(uri)) wColon = p ? p + ':' : '';
    if (uri === NS_MC) mc = p;
    else if (mc === p) mc = undefined;
  }
  if (wColon === undefined) {
    wColon = parent.wColon;
    const own = wColon ? wColon.slice(0, -1) : '';
    if (wColon && !W_URIS.has(uris.get(own) ?? '')) {
      wColon = '';
      for (const [p, uri] of uris) if (p && W_URIS.has(uri)) wColon = p + ':';
    }
  }
  let wPrefixed = false;
  for (const [p, uri] of uris) if (p && W_URIS.has(uri)) wPrefixed = true;
  return { uris, wColon, mc, wPrefixed, locals: new Map(), qualified: new Map() };
}

/** The WordprocessingML local name of qualified `name` in `scope`, '' when it is in another namespace. */
export function localIn(scope: NsScope, name: string): string {
  let local = scope.locals.get(name);
  if (local !== undefined) return local;
  const colon = name.indexOf(':');
  if (colon < 0) {
    const uri = scope.uris.get('');
    local = (uri === undefined ? !scope.wPrefixed : W_URIS.has(uri)) ? name : '';
  } else {
    const uri = scope.uris.get(name.slice(0, colon));
    local = uri !== undefined && W_URIS.has(uri) ? name.slice(colon + 1) : '';
  }
  scope.locals.set(name, local);
  return local;
}

/** The `xmlns` declarations among an element's attributes. */
export function declarationsOf(attributes: Record<string, string>): [string, string][] {
  const out: [string, string][] = [];
  for (const k in attributes) {
    if (k === 'xmlns') out.push(['', attributes[k]]);
    else if (k.startsWith('xmlns:')) out.push([k.slice(6), attributes[k]]);
  }
  return out;
}
