/**
 * A light second pass over document.xml that finds where things are, as string offsets, without
 * re-serialising anything: body paragraphs (counted exactly as the reader counts them), a paragraph's
 * own `w:pPr`, its first text run's `w:rPr`, and the `w:t` pieces that make up its text.
 *
 * Input is XML the reader has already parsed (so it is well formed); the scanner only has to find tags.
 */
import { childScope, EMPTY_SCOPE, localIn, NS_MC, NS_W, NS_W_STRICT, type NsScope } from '../namespaces';

export interface Tag {
  kind: 'open' | 'close' | 'empty';
  /** Qualified name as written. */
  name: string;
  start: number;
  /** Offset just after the closing '>'. */
  end: number;
}

/** Calls `onTag` for each element tag in order (comments, PIs, CDATA and DOCTYPE are skipped). */
export function scanTags(xml: string, onTag: (t: Tag) => void, from = 0, to = xml.length): void {
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < to) {
    if (xml.startsWith('<!--', i)) {
      i = xml.indexOf('<', xml.indexOf('-->', i + 4) + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      i = xml.indexOf('<', xml.indexOf(']]>', i + 9) + 3);
      continue;
    }
    if (xml.startsWith('<?', i)) {
      i = xml.indexOf('<', xml.indexOf('?>', i + 2) + 2);
      continue;
    }
    if (xml.startsWith('<!', i)) {
      i = xml.indexOf('<', xml.indexOf('>', i + 2) + 1);
      continue;
    }
    if (xml[i + 1] === '/') {
      const end = xml.indexOf('>', i) + 1;
      onTag({ kind: 'close', name: xml.slice(i + 2, end - 1).trim(), start: i, end });
      i = xml.indexOf('<', end);
      continue;
    }
    let j = i + 1;
    while (j < xml.length && !/[\s/>]/.test(xml[j])) j++;
    const name = xml.slice(i + 1, j);
    // Attributes: skip quoted values, which may contain '>'.
    while (j < xml.length && xml[j] !== '>') {
      const c = xml[j];
      if (c === '"' || c === "'") j = xml.indexOf(c, j + 1);
      j++;
    }
    const end = j + 1;
    onTag({ kind: xml[j - 1] === '/' ? 'empty' : 'open', name, start: i, end });
    i = xml.indexOf('<', end);
  }
}

/** The value of attribute `qname` in the tag text `xml.slice(t.start, t.end)`. */
export function attrOf(xml: string, t: Tag, qname: string): string | undefined {
  const text = xml.slice(t.start, t.end);
  const re = new RegExp(`\\s${qname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(text);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e],
  );
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Raw offset (within `raw`) of the decoded character at `decodedIndex`. */
export function rawOffset(raw: string, decodedIndex: number): number {
  let d = 0;
  let i = 0;
  while (i < raw.length && d < decodedIndex) {
    if (raw[i] === '&') {
      const semi = raw.indexOf(';', i);
      d += decodeEntities(raw.slice(i, semi + 1)).length;
      i = semi + 1;
    } else {
      d++;
      i++;
    }
  }
  return i;
}

// The same namespace names the reader resolves (namespace identifiers, compared as strings, never fetched).
const W_NS = new Set([NS_W, NS_W_STRICT]);
const MC_NS = NS_MC;

/** Namespace prefixes declared on the root element (how the reader resolves them, too). */
export interface Prefixes {
  /** 'w' usually; '' when WordprocessingML is the default namespace. */
  w: string;
  mc?: string;
}

export function rootPrefixes(xml: string): Prefixes {
  let root: Tag | undefined;
  scanTags(xml, (t) => {
    if (!root && t.kind !== 'close') root = t;
  });
  const out: Prefixes = { w: '' };
  if (!root) return out;
  const text = xml.slice(root.start, root.end);
  for (const m of text.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const ns = m[2] ?? m[3];
    if (W_NS.has(ns)) out.w = m[1] ?? '';
    else if (ns === MC_NS) out.mc = m[1] ?? '';
  }
  return out;
}

/** The `xmlns` declarations in a tag's text. */
function tagDeclarations(xml: string, t: Tag): [string, string][] {
  const out: [string, string][] = [];
  for (const m of xml.slice(t.start, t.end).matchAll(/\sxmlns(?::([^\s=/>]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.push([m[1] ?? '', decodeEntities(m[2] ?? m[3])]);
  return out;
}

/**
 * Namespace scopes along a tag walk, resolved exactly as the reader resolves them (namespaces.ts):
 * call `open` for every start or empty-element tag and `close` for every closing tag; both return the
 * tag's WordprocessingML local name. Finding declarations costs one search per `xmlns` in the text.
 */
export class ScopeWalker {
  private readonly stack: NsScope[] = [];
  private nextXmlns = -1;
  /** The scope of the first element opened (the root's, for a whole part). */
  rootScope: NsScope | undefined;
  /** The last opened tag's own scope, and the scope it was opened in. */
  lastScope: NsScope = EMPTY_SCOPE;
  parentOfLast: NsScope = EMPTY_SCOPE;
  constructor(
    private readonly xml: string,
    private scope: NsScope = EMPTY_SCOPE,
  ) {}

  get current(): NsScope {
    return this.scope;
  }

  open(t: Tag): string {
    if (this.nextXmlns < t.start && this.nextXmlns !== Infinity) {
      const k = this.xml.indexOf('xmlns', t.start);
      this.nextXmlns = k < 0 ? Infinity : k;
    }
    let scope = this.scope;
    if (this.nextXmlns < t.end) {
      const decls = tagDeclarations(this.xml, t);
      if (decls.length) scope = childScope(scope, decls);
      this.nextXmlns = -1;
    }
    this.rootScope ??= scope;
    this.parentOfLast = this.scope;
    this.lastScope = scope;
    const local = localIn(scope, t.name);
    if (t.kind === 'open') {
      this.stack.push(this.scope);
      this.scope = scope;
    }
    return local;
  }

  close(t: Tag): string {
    const local = localIn(this.scope, t.name);
    const parent = this.stack.pop();
    if (parent) this.scope = parent;
    return local;
  }
}

/** Subtrees the reader never reads as body content (same list as src/docx/document.ts). */
export const SKIP = new Set([
  'del',
  'delText',
  'moveFrom',
  'instrText',
  'delInstrText',
  'txbxContent',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'tcPrChange',
  'trPrChange',
  'tblGridChange',
  'numberingChange',
]);

export interface LocatedParagraph {
  /** Offsets of the `<w:p …>` tag start and just after `</w:p>` (or `<w:p/>`). */
  start: number;
  end: number;
  /** The outermost body-level table holding the paragraph, if any. */
  table?: { start: number; end: number };
  /**
   * The body-level element holding the paragraph when it is not the paragraph itself (a table, a
   * block content control `w:sdt`, a `w:customXml`…), with the first and last paragraph index in it.
   */
  box?: Box;
  /** The namespace scope the paragraph's tag is in. */
  scope: NsScope;
  /** The paragraph or an ancestor below the root declares namespaces: its markup is not copied. */
  ownNamespaces: boolean;
}

export interface Box {
  start: number;
  end: number;
  first: number;
  last: number;
}

export interface Located {
  prefixes: Prefixes;
  paragraphs: LocatedParagraph[];
  /** Offset just after `<w:body>`. */
  bodyStart: number;
  /** `<w:body>` itself has no `w:p` (nothing would hold the paragraphs we insert). */
  bodyEnd: number;
}

/** Returns a function giving the w-local name of a qualified name ('' when not in the w namespace). */
export function localNamer(prefixes: Prefixes): (name: string) => string {
  const wColon = prefixes.w ? prefixes.w + ':' : '';
  return (name) => (wColon ? (name.startsWith(wColon) ? name.slice(wColon.length) : '') : name.includes(':') ? '' : name);
}

const mcFallbackOf = (scope: NsScope) => (scope.mc !== undefined ? (scope.mc ? `${scope.mc}:Fallback` : 'Fallback') : undefined);

/** Finds every body paragraph in reader order: each `w:p` under `w:body` outside skipped subtrees. */
export function locateParagraphs(xml: string): Located {
  const prefixes = rootPrefixes(xml);
  const ns = new ScopeWalker(xml);
  const paragraphs: LocatedParagraph[] = [];
  const open: LocatedParagraph[] = [];
  let inBody = false;
  let bodyStart = -1;
  let bodyEnd = -1;
  let skipDepth = 0;
  let tblDepth = 0;
  let tableStart = -1;
  let inTableParas: LocatedParagraph[] = [];
  // Body-level element depth and the box being filled.
  let depth = 0;
  let box: Box | undefined;
  let boxParas: LocatedParagraph[] = [];
  scanTags(xml, (t) => {
    const l = t.kind === 'close' ? ns.close(t) : ns.open(t);
    if (t.kind === 'close') {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (!inBody) return;
      depth--;
      if (depth === 0 && box) {
        box.end = t.end;
        for (const p of boxParas) p.box = box;
        box = undefined;
        boxParas = [];
      }
      if (l === 'body') {
        inBody = false;
        bodyEnd = t.start;
      } else if (l === 'p') {
        const p = open.pop();
        if (p) p.end = t.end;
      } else if (l === 'tbl') {
        tblDepth--;
        if (tblDepth === 0) {
          const table = { start: tableStart, end: t.end };
          for (const p of inTableParas) p.table = table;
          inTableParas = [];
        }
      }
      return;
    }
    if (skipDepth > 0) {
      if (t.kind === 'open') skipDepth++;
      return;
    }
    if (!inBody) {
      if (l === 'body' && t.kind === 'open') {
        inBody = true;
        bodyStart = t.end;
      } else if (l === 'body') {
        bodyStart = bodyEnd = t.start;
      }
      return;
    }
    if (SKIP.has(l) || (l === '' && t.name === mcFallbackOf(ns.lastScope))) {
      if (t.kind === 'open') skipDepth = 1;
      return;
    }
    if (depth === 0 && t.kind === 'open' && l !== 'p') {
      box = { start: t.start, end: t.end, first: paragraphs.length, last: paragraphs.length - 1 };
      boxParas = [];
    }
    if (t.kind === 'open') depth++;
    if (l === 'p') {
      const p: LocatedParagraph = { start: t.start, end: t.end, scope: ns.parentOfLast, ownNamespaces: ns.lastScope !== ns.rootScope };
      paragraphs.push(p);
      if (tblDepth > 0) inTableParas.push(p);
      if (box) {
        boxParas.push(p);
        box.last = paragraphs.length - 1;
      }
      if (t.kind === 'open') open.push(p);
    } else if (l === 'tbl' && t.kind === 'open') {
      if (tblDepth === 0) tableStart = t.start;
      tblDepth++;
    }
  });
  return { prefixes, paragraphs, bodyStart, bodyEnd };
}

/** A piece of paragraph text held by one `w:t` (editable) or produced by tab/br (not editable). */
export interface TextPiece {
  text: string;
  /** Offset of the piece in the paragraph text. */
  at: number;
  /** Raw content range of the `w:t` in the document string. */
  rawStart?: number;
  rawEnd?: number;
}

export interface ParagraphParts {
  /** Range of the paragraph's own `w:pPr` element, if any. */
  pPr?: { start: number; end: number };
  /** Range of the `w:rPr` of the first run that holds text, if any. */
  rPr?: { start: number; end: number };
  /** The paragraph text as the reader builds it, in pieces. */
  pieces: TextPiece[];
  text: string;
}

/** Reads a located paragraph's parts (same text rules as the reader: tracked deletions, field codes, text boxes skipped). */
export function paragraphParts(xml: string, p: LocatedParagraph): ParagraphParts {
  const ns = new ScopeWalker(xml, p.scope);
  const out: ParagraphParts = { pieces: [], text: '' };
  const stack: string[] = [];
  let skipDepth = 0;
  const fields: boolean[] = [];
  let instr = 0;
  let tOpen: Tag | undefined;
  let runRPr: { start: number; end: number } | undefined;
  let rPrOpen = -1;
  let pPrOpen = -1;
  let runHasText = false;
  const add = (text: string, rawStart?: number, rawEnd?: number) => {
    out.pieces.push({ text, at: out.text.length, rawStart, rawEnd });
    out.text += text;
  };
  scanTags(
    xml,
    (t) => {
      const l = t.kind === 'close' ? ns.close(t) : ns.open(t);
      if (t.kind === 'close') {
        stack.pop();
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (l === 't' && tOpen) {
          const raw = xml.slice(tOpen.end, t.start);
          add(raw.includes('<![CDATA[') ? raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1') : decodeEntities(raw), raw.includes('<') ? undefined : tOpen.end, raw.includes('<') ? undefined : t.start);
          tOpen = undefined;
        } else if (l === 'pPr' && stack.length === 1) {
          out.pPr = { start: pPrOpen, end: t.end };
        } else if (l === 'rPr' && stack[stack.length - 1] === 'r' && rPrOpen >= 0) {
          runRPr = { start: rPrOpen, end: t.end };
        } else if (l === 'r') {
          if (runHasText && !out.rPr && runRPr) out.rPr = runRPr;
          if (runHasText && !out.rPr) out.rPr = { start: -1, end: -1 };
          runRPr = undefined;
          runHasText = false;
        }
        return;
      }
      const parent = stack[stack.length - 1];
      if (t.kind === 'open') stack.push(l);
      if (skipDepth > 0) {
        if (t.kind === 'open') skipDepth++;
        return;
      }
      if (stack.length === 0 && t.kind === 'empty') return; // <w:p/>
      if (SKIP.has(l) || (l === '' && t.name === mcFallbackOf(ns.lastScope)) || (l === 'p' && stack.length > 1)) {
        if (t.kind === 'open') skipDepth = 1;
        return;
      }
      if (l === 'pPr' && parent === 'p' && stack.length === 2) {
        if (t.kind === 'empty') out.pPr = { start: t.start, end: t.end };
        else pPrOpen = t.start;
        return;
      }
      if (l === 'rPr' && parent === 'r') {
        if (t.kind === 'empty') runRPr = { start: t.start, end: t.end };
        else rPrOpen = t.start;
        return;
      }
      if (l === 'fldChar') {
        const type = attrOf(xml, t, `${ns.lastScope.wColon}fldCharType`);
        if (type === 'begin') {
          fields.push(true);
          instr++;
        } else if (type === 'separate') {
          if (fields.length && fields[fields.length - 1]) {
            fields[fields.length - 1] = false;
            instr--;
          }
        } else if (type === 'end' && fields.pop()) instr--;
        return;
      }
      if (parent !== 'r' || instr > 0) return;
      if (l === 't') {
        runHasText = true;
        if (t.kind === 'open') tOpen = t;
      } else if (l === 'tab') add('\t');
      else if (l === 'br') {
        const type = attrOf(xml, t, `${ns.lastScope.wColon}type`);
        if (type === undefined || type === 'textWrapping') add('\n');
      } else if (l === 'cr') add('\n');
      else if (l === 'noBreakHyphen') add('-');
    },
    p.start,
    p.end,
  );
  if (out.rPr && out.rPr.start < 0) delete out.rPr;
  return out;
}

/** A direct child element of a container element (e.g. the children of a `w:pPr`). */
export interface Child {
  local: string;
  xml: string;
}

/** Splits an element's XML into its tag name and direct children. */
export function childrenOf(elementXml: string, prefixes: Prefixes): Child[] {
  const local = localNamer(prefixes);
  const out: Child[] = [];
  let depth = 0;
  let start = -1;
  let name = '';
  scanTags(elementXml, (t) => {
    if (t.kind === 'close') {
      depth--;
      if (depth === 1) out.push({ local: name, xml: elementXml.slice(start, t.end) });
      return;
    }
    if (depth === 1) {
      if (t.kind === 'empty') out.push({ local: local(t.name), xml: elementXml.slice(t.start, t.end) });
      else {
        start = t.start;
        name = local(t.name);
      }
    }
    if (t.kind === 'open') depth++;
  });
  return out;
}
