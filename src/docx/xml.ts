/**
 * A streaming XML reader for OOXML parts, working on the UTF-8 bytes: no DOM, no decoding of the
 * whole part into one string, and text decoded only where a handler wants it (a 50,000-paragraph
 * document.xml is ~33 MB, most of it text inside w:t). Namespace prefixes are resolved in each
 * element's scope (declarations on any element count, see namespaces.ts); element names are reported
 * as `w`-local names.
 *
 * Well-formedness is checked as far as it matters for reading a document safely: tags nest and
 * match, attributes are well formed and unique, entity references are the five predefined ones or
 * character references, one root element and nothing but comments and processing instructions
 * around it. A DOCTYPE is refused (Word never writes one; refusing it rules out entity expansion).
 * Every error becomes `InputError('bad-xml')` naming the part.
 */
import { InputError } from '../core/errors';
import { childScope, declarationsOf, EMPTY_SCOPE, localIn, type NsScope } from './namespaces';

export { NS_MC, NS_W, NS_W_STRICT } from './namespaces';

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

export interface XmlHandlers {
  open(el: XmlElement): void;
  close(el: XmlElement): void;
  text?(text: string): void;
  /** Asked before each text node: false skips decoding it (its entity references are still checked). */
  wantText?(): boolean;
}

const utf16 = new TextDecoder('utf-16le');
const encoder = new TextEncoder();

// Parts reach parseXml as bytes checked by encoding.ts (UTF-8, or UTF-16 re-encoded): nothing is decoded lossily.

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Byte classes for attribute names: a name character, a byte that ends a name (blank / > =), one not allowed in a name. */
const NAME_CHAR = 0;
const ENDS_NAME = 1;
const BAD_IN_NAME = 2;
const NAME_CLASS = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d, SLASH, GT, EQ]) NAME_CLASS[c] = ENDS_NAME;
for (const c of [LT, AMP, DQUOTE, SQUOTE]) NAME_CLASS[c] = BAD_IN_NAME;

/** Bytes that end a name: blanks, / > = and the end of input. */
function endsName(c: number | undefined): boolean {
  return c === undefined || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === SLASH || c === GT || c === EQ;
}

let units = new Uint16Array(4096);
let attrNames: Int32Array = new Int32Array(32);
const grow = (a: Int32Array): Int32Array => {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
};
/** Attribute count from which duplicate names are found through a set instead of pairwise. */
const SET_ABOVE = 16;
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Parses `xml` (the part `partName`, as text or UTF-8 bytes) and calls `make(ctx)`'s handlers for
 * every element. Throws `InputError('bad-xml')` naming the part when the XML is not well formed.
 */
export function parseXml(xml: string | Uint8Array, partName: string, make: (ctx: XmlContext) => XmlHandlers): void {
  const b = typeof xml === 'string' ? encoder.encode(xml) : xml;
  const n = b.length;
  const fail = (why: string, at: number): never => {
    throw new InputError('bad-xml', `文档内容已损坏，无法解析 ${partName}（malformed XML in ${partName}: ${why} at byte ${at}）`);
  };

  // Namespace prefixes are resolved in the scope of each element (declarations on any element count).
  const scopeOf = (el: XmlElement): NsScope => (el as Element).scope ?? EMPTY_SCOPE;
  const ctx: XmlContext = {
    attr(el, local) {
      const scope = scopeOf(el);
      let key = scope.qualified.get(local);
      if (key === undefined) scope.qualified.set(local, (key = scope.wColon + local));
      return el.attributes[key];
    },
    isMc(el, local) {
      const mc = scopeOf(el).mc;
      return mc !== undefined && el.name === (mc ? `${mc}:${local}` : local);
    },
  };
  const handlers = make(ctx);
  const onText = handlers.text;
  const wantText = handlers.wantText;
  const stack: Element[] = [];
  let rootDone = false;

  // Names repeat endlessly (w:p, w:r, w:t…): intern them by a hash of their bytes.
  const names = new Map<number, string[]>();
  const nameAt = (start: number, end: number): string => {
    if (end === start) fail('empty name', start);
    let h = end - start;
    for (let k = start; k < end; k++) {
      const c = b[k];
      if (c === LT || c === AMP || c === DQUOTE || c === SQUOTE) fail('bad character in a name', k);
      h = (Math.imul(h, 31) + c) | 0;
    }
    return intern(names, h, start, end, false);
  };

  // Attribute values repeat too (style ids, "preserve", level numbers): intern short plain ones.
  const values = new Map<number, string[]>();
  const valueAt = (start: number, end: number): string => {
    if (end - start > 24) return decodeRange(start, end, true, true);
    let h = end - start;
    for (let k = start; k < end; k++) {
      const c = b[k];
      if (c < 0x20 || c >= 0x7f || c === AMP || c === LT) return decodeRange(start, end, true, true);
      h = (Math.imul(h, 31) + c) | 0;
    }
    return intern(values, h, start, end, true);
  };

  /**
   * The string for bytes [start, end) with hash h: the same string object each time the same ASCII
   * bytes come again (only ASCII strings are kept: their length equals their byte count).
   */
  const intern = (table: Map<number, string[]>, h: number, start: number, end: number, attribute: boolean): string => {
    let bucket = table.get(h);
    if (bucket) {
      outer: for (const cand of bucket) {
        if (cand.length !== end - start) continue;
        for (let k = 0; k < cand.length; k++) if (cand.charCodeAt(k) !== b[start + k]) continue outer;
        return cand;
      }
    } else table.set(h, (bucket = []));
    const str = decodeRange(start, end, false, attribute);
    if (str.length === end - start) bucket.push(str);
    return str;
  };

  let decodedTo = 0; // where the last decodeRange stopped
  /**
   * Decodes bytes [start, end) as UTF-8 with entity references expanded. `attribute`: blanks
   * become spaces (attribute-value normalisation); otherwise line ends become \n.
   */
  const decodeRange = (start: number, end: number, entities: boolean, attribute: boolean, stopAtLt = false): string => {
    let u = units;
    let len = 0;
    let k = start;
    for (; k < end; ) {
      if (len + 2 >= u.length) {
        const grown = new Uint16Array(u.length * 2);
        grown.set(u.subarray(0, len));
        units = u = grown;
      }
      const c = b[k];
      // Fast paths: three-byte sequences (CJK) and plain ASCII.
      if (c >= 0xe0 && c <= 0xef && k + 2 < end) {
        const c1 = b[k + 1];
        const c2 = b[k + 2];
        if ((c1 & 0xc0) === 0x80 && (c2 & 0xc0) === 0x80 && (c !== 0xe0 || c1 >= 0xa0) && (c !== 0xed || c1 < 0xa0)) {
          u[len++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
          k += 3;
          continue;
        }
      } else if (c >= 0x20 && c < 0x80 && c !== AMP && c !== GT && c !== LT) {
        u[len++] = c;
        k++;
        continue;
      }
      if (c < 0x80) {
        if (c === AMP && entities) {
          let semi = k + 1;
          while (semi < end && semi - k <= 12 && b[semi] !== 0x3b) semi++;
          if (semi >= end || b[semi] !== 0x3b) fail('bad entity reference', k);
          const cp = entity(k + 1, semi);
          if (cp > 0xffff) {
            u[len++] = 0xd800 + ((cp - 0x10000) >> 10);
            u[len++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
          } else u[len++] = cp;
          k = semi + 1;
          continue;
        }
        if (c === 0x0d) {
          u[len++] = attribute ? 0x20 : 0x0a;
          k += k + 1 < end && b[k + 1] === 0x0a ? 2 : 1;
          continue;
        }
        if (c < 0x20 && c !== 0x09 && c !== 0x0a) fail('disallowed character', k);
        if (c === LT) {
          if (stopAtLt) break;
          if (attribute) fail('"<" in an attribute value', k);
        }
        if (c === GT && entities && !attribute && k >= start + 2 && b[k - 1] === 0x5d && b[k - 2] === 0x5d) fail('"]]>" in text', k);
        u[len++] = attribute && (c === 0x09 || c === 0x0a) ? 0x20 : c;
        k++;
        continue;
      }
      // Other multi-byte sequences. An invalid or truncated one is refused (encoding.ts has refused
      // such parts already; this keeps parseXml strict for any other caller).
      let need = 0;
      let cp = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        cp = c & 0x1f;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        cp = c & 0x0f;
        if (c === 0xe0) lower = 0xa0;
        else if (c === 0xed) upper = 0x9f;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        cp = c & 0x07;
        if (c === 0xf0) lower = 0x90;
        else if (c === 0xf4) upper = 0x8f;
      } else fail('invalid UTF-8', k);
      let q = k + 1;
      let got = 0;
      while (got < need && q < end && b[q] >= lower && b[q] <= upper) {
        cp = (cp << 6) | (b[q] & 0x3f);
        lower = 0x80;
        upper = 0xbf;
        q++;
        got++;
      }
      if (got < need) fail('invalid UTF-8', k);
      else if (cp > 0xffff) {
        u[len++] = 0xd800 + ((cp - 0x10000) >> 10);
        u[len++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else u[len++] = cp;
      k = q;
    }
    decodedTo = k;
    // Short strings (names, attribute values) are cheapest from char codes; long text through the
    // native UTF-16 decoder (only whole surrogate pairs are ever written, so nothing is replaced).
    return len <= 32 ? String.fromCharCode.apply(null, u.subarray(0, len) as unknown as number[]) : utf16.decode(u.subarray(0, len));
  };

  /** The code point of the entity reference in bytes [start, semi) (after "&", before ";"). */
  const entity = (start: number, semi: number): number => {
    const len = semi - start;
    const c0 = b[start];
    if (c0 === 0x23 /* # */) {
      let cp = 0;
      const hex = b[start + 1] === 0x78; /* x */
      let k = start + (hex ? 2 : 1);
      if (k === semi) fail('bad character reference', start);
      for (; k < semi; k++) {
        const d = b[k];
        const v = d >= 0x30 && d <= 0x39 ? d - 0x30 : hex && d >= 0x61 && d <= 0x66 ? d - 87 : hex && d >= 0x41 && d <= 0x46 ? d - 55 : -1;
        if (v < 0) fail('bad character reference', start);
        cp = cp * (hex ? 16 : 10) + v;
        if (cp > 0x10ffff) fail('bad character reference', start);
      }
      if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) fail('disallowed character reference', start);
      return cp;
    }
    if (len === 2 && c0 === 0x6c && b[start + 1] === 0x74) return 0x3c; // lt
    if (len === 2 && c0 === 0x67 && b[start + 1] === 0x74) return 0x3e; // gt
    if (len === 3 && c0 === 0x61 && b[start + 1] === 0x6d && b[start + 2] === 0x70) return 0x26; // amp
    if (len === 4 && c0 === 0x71 && b[start + 1] === 0x75 && b[start + 2] === 0x6f && b[start + 3] === 0x74) return 0x22; // quot
    if (len === 4 && c0 === 0x61 && b[start + 1] === 0x70 && b[start + 2] === 0x6f && b[start + 3] === 0x73) return 0x27; // apos
    return fail('undefined entity', start - 1);
  };

  /** Checks the entity references in bytes [start, end) without decoding them. */
  const checkEntities = (start: number, end: number) => {
    for (let k = start; k < end; k++) {
      if (b[k] === GT && k >= start + 2 && b[k - 1] === 0x5d && b[k - 2] === 0x5d) fail('"]]>" in text', k);
      if (b[k] !== AMP) continue;
      const semi = b.indexOf(0x3b, k + 1);
      if (semi === -1 || semi > end || semi - k > 12) fail('bad entity reference', k);
      entity(k + 1, semi);
      k = semi;
    }
  };

  /** True when bytes [start, end) spell `name` code unit for code unit (only possible for an ASCII name). */
  const sameAscii = (name: string, start: number, end: number): boolean => {
    if (name.length !== end - start) return false;
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(k);
      if (c >= 0x80 || c !== b[start + k]) return false; // a byte ≥ 0x80 is part of a multi-byte character
    }
    return true;
  };

  const sameBytes = (a0: number, a1: number, b0: number, b1: number): boolean => {
    if (a1 - a0 !== b1 - b0) return false;
    for (let k = 0; k < a1 - a0; k++) if (b[a0 + k] !== b[b0 + k]) return false;
    return true;
  };

  const hashBytes = (start: number, end: number): number => {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ b[k], 0x01000193);
    return h;
  };
  /** Files attribute `k` (its name's byte range in attrNames) under its hash. */
  const addName = (seen: Map<number, number[]>, k: number) => {
    const h = hashBytes(attrNames[2 * k], attrNames[2 * k + 1]);
    const list = seen.get(h);
    if (list) list.push(k);
    else seen.set(h, [k]);
  };

  /** Decodes the attributes of a start tag, bytes [from, to) after its name (already checked). */
  const attributesIn = (from: number, to: number): Record<string, string> => {
    const out: Record<string, string> = {};
    let e = from;
    for (;;) {
      while (e < to && isSpace(b[e])) e++;
      if (e >= to || b[e] === GT || b[e] === SLASH) return out;
      const ns = e;
      while (!endsName(b[e])) e++;
      const an = nameAt(ns, e);
      while (b[e] !== DQUOTE && b[e] !== SQUOTE) e++;
      const q = b[e];
      let close = e + 1;
      while (b[close] !== q) close++;
      out[an] = valueAt(e + 1, close);
      e = close + 1;
    }
  };

  /** An element whose attributes are decoded on first use (most are never asked for). */
  class Element implements XmlElement {
    local = '';
    scope: NsScope = EMPTY_SCOPE;
    private decoded: Record<string, string> | undefined;
    constructor(
      readonly name: string,
      private readonly from: number,
      private readonly to: number,
    ) {}
    get attributes(): Record<string, string> {
      return (this.decoded ??= this.from < 0 ? NO_ATTRIBUTES : attributesIn(this.from, this.to));
    }
  }

  const text = (start: number, end: number) => {
    if (stack.length === 0) {
      for (let k = start; k < end; k++) if (!isSpace(b[k])) fail('text outside the root element', k);
      return;
    }
    if (onText && (!wantText || wantText())) onText(decodeRange(start, end, true, false));
    else checkEntities(start, end);
  };

  const find = (seq: string, from: number): number => {
    const first = seq.charCodeAt(0);
    for (let k = b.indexOf(first, from); k !== -1; k = b.indexOf(first, k + 1)) {
      let ok = true;
      for (let q = 1; q < seq.length && ok; q++) ok = b[k + q] === seq.charCodeAt(q);
      if (ok) return k;
    }
    return -1;
  };

  let pos = n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (pos < n) {
    let lt: number;
    if (stack.length > 0 && onText && b[pos] !== LT && (!wantText || wantText())) {
      // Wanted text: decode it and find the next tag in the same pass.
      onText(decodeRange(pos, n, true, false, true));
      lt = decodedTo;
    } else {
      // Usually a tag follows at once: TypedArray indexOf costs a runtime call, so look first.
      lt = b[pos] === LT ? pos : b[pos + 1] === LT ? pos + 1 : b.indexOf(LT, pos);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > pos) text(pos, textEnd);
      if (lt === -1) break;
    }
    if (lt >= n) break;
    const c = b[lt + 1];
    if (c === SLASH) {
      let e = lt + 2;
      while (!endsName(b[e])) e++;
      const ne = e;
      while (e < n && isSpace(b[e])) e++;
      if (b[e] !== GT) fail('bad closing tag', lt);
      const el = stack.pop();
      // Compared byte for byte with the open element's name (no string made): names are ASCII in practice;
      // any other name, or a mismatch, goes through nameAt.
      if (!el || !sameAscii(el.name, lt + 2, ne)) {
        const name = nameAt(lt + 2, ne);
        if (!el || el.name !== name) fail(`closing tag </${name}> does not match ${el ? `<${el.name}>` : 'any open element'}`, lt);
      }
      handlers.close(el as XmlElement);
      if (stack.length === 0) rootDone = true;
      pos = e + 1;
      continue;
    }
    if (c === 0x3f /* ? */) {
      const end = find('?>', lt + 2);
      if (end === -1) fail('unclosed processing instruction', lt);
      pos = end + 2;
      continue;
    }
    if (c === 0x21 /* ! */) {
      if (b[lt + 2] === 0x2d && b[lt + 3] === 0x2d) {
        const end = find('-->', lt + 4);
        if (end === -1) fail('unclosed comment', lt);
        const dashes = find('--', lt + 4);
        if (dashes < end) fail('"--" inside a comment', dashes);
        pos = end + 3;
        continue;
      }
      if (find('<![CDATA[', lt) === lt) {
        const end = find(']]>', lt + 9);
        if (end === -1) fail('unclosed CDATA section', lt);
        if (stack.length === 0) fail('CDATA outside the root element', lt);
        if (onText && (!wantText || wantText())) onText(decodeRange(lt + 9, end, false, false));
        pos = end + 3;
        continue;
      }
      fail('DOCTYPE and markup declarations are not supported', lt);
    }
    // Start tag.
    if (rootDone) fail('a second root element', lt);
    let e = lt + 1;
    while (!endsName(b[e])) e++;
    const name = nameAt(lt + 1, e);
    // Attributes are checked here but decoded only when a handler reads them (see Element): Word
    // writes several on most elements (rsids, fonts, sizes) and the reader needs a handful.
    const attrFrom = e;
    let attrCount = 0;
    let declares = false;
    let seen: Map<number, number[]> | null = null;
    let selfClosing = false;
    for (;;) {
      const before = e;
      while (e < n && isSpace(b[e])) e++;
      const d = b[e];
      if (d === GT) {
        e++;
        break;
      }
      if (d === SLASH) {
        if (b[e + 1] !== GT) fail('bad empty-element tag', lt);
        selfClosing = true;
        e += 2;
        break;
      }
      if (d === undefined) fail('unclosed tag', lt);
      if (e === before) fail('attributes must be separated by blanks', e);
      const ns = e;
      let k = 0;
      while ((k = NAME_CLASS[b[e]]) === NAME_CHAR) e++; // one table lookup per byte: find the end and check the characters
      if (k === BAD_IN_NAME) fail('bad character in a name', e);
      if (e === ns) fail('empty name', ns);
      const ne = e;
      while (e < n && isSpace(b[e])) e++;
      if (b[e] !== EQ) fail(`attribute ${nameAt(ns, ne)} without a value`, ns);
      e++;
      while (e < n && isSpace(b[e])) e++;
      const q = b[e];
      if (q !== DQUOTE && q !== SQUOTE) fail(`attribute ${nameAt(ns, ne)} value not quoted`, e);
      // Find the closing quote and check the value (characters, "<", entity references) in one pass.
      let close = e + 1;
      for (; ; close++) {
        if (close >= n) fail('unclosed attribute value', e);
        const c = b[close];
        if (c === q) break;
        if (c >= 0x20) {
          if (c === LT) fail('"<" in an attribute value', close);
          if (c === AMP) {
            let semi = close + 1;
            while (semi < n && semi - close <= 12 && b[semi] !== 0x3b && b[semi] !== q) semi++;
            if (semi >= n || b[semi] !== 0x3b) fail('bad entity reference', close);
            entity(close + 1, semi);
            close = semi;
          }
        } else if (c !== 0x09 && c !== 0x0a && c !== 0x0d) fail('disallowed character', close);
      }
      if (attrCount * 2 + 2 > attrNames.length) attrNames = grow(attrNames);
      // Duplicate names: compared pairwise while there are few, through a set beyond (linear in the tag).
      if (attrCount < SET_ABOVE) {
        for (let k = 0; k < attrCount; k++) if (sameBytes(attrNames[2 * k], attrNames[2 * k + 1], ns, ne)) fail(`duplicate attribute ${nameAt(ns, ne)}`, ns);
      } else {
        if (!seen) {
          seen = new Map();
          for (let k = 0; k < attrCount; k++) addName(seen, k);
        }
        const h = hashBytes(ns, ne);
        const same = seen.get(h);
        if (same) for (const k of same) if (sameBytes(attrNames[2 * k], attrNames[2 * k + 1], ns, ne)) fail(`duplicate attribute ${nameAt(ns, ne)}`, ns);
        attrNames[2 * attrCount] = ns;
        attrNames[2 * attrCount + 1] = ne;
        addName(seen, attrCount);
      }
      if (ne - ns >= 5 && b[ns] === 0x78 && b[ns + 1] === 0x6d && b[ns + 2] === 0x6c && b[ns + 3] === 0x6e && b[ns + 4] === 0x73 && (ne - ns === 5 || b[ns + 5] === 0x3a)) declares = true;
      attrNames[2 * attrCount] = ns;
      attrNames[2 * attrCount + 1] = ne;
      attrCount++;
      e = close + 1;
    }
    const el = new Element(name, attrCount === 0 ? -1 : attrFrom, e);
    const parentScope = stack.length ? stack[stack.length - 1].scope : EMPTY_SCOPE;
    el.scope = declares ? childScope(parentScope, declarationsOf(el.attributes)) : parentScope;
    el.local = localIn(el.scope, name);
    stack.push(el);
    handlers.open(el);
    if (selfClosing) {
      stack.pop();
      handlers.close(el);
      if (stack.length === 0) rootDone = true;
    }
    pos = e;
  }
  if (stack.length > 0) fail(`unclosed element <${stack[stack.length - 1].name}>`, n);
  if (!rootDone) fail('no root element', n);
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
