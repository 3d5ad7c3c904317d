/**
 * `xingshen fix`: applies the engine's skeleton plan to an existing .docx in place.
 *
 * Only document.xml changes, and only by splicing: new `w:p` elements are inserted at the planned
 * places (anchors are the reader's paragraph indexes) and renumbered typed headings get their marker
 * characters replaced inside the `w:t` that holds them. Every other byte of document.xml, and every
 * other part of the package, stays as it was. Inserted paragraphs copy the formatting of the
 * document's own heading (`styleFrom`) or body paragraph nearby; the profile's layout is the fallback.
 *
 * Before returning, the output is read back and compared with the expected paragraph list
 * (the original paragraphs in order plus the inserted ones); any difference is an error and no
 * output is produced. Pure: bytes in, bytes out.
 */
import { InputError } from '../../core/errors';
import type { DocModel } from '../../core/model';
import type { InsertOp, InsertPlan, PlannedParagraph, RenumberOp } from '../../core/plan';
import { layoutOf, type Layout, type Profile } from '../../core/profile';
import { analyze } from '../../core/analyze';
import { alreadyPresent, planSkeleton } from '../../core/planner';
import { parseChineseNumber } from '../../core/text';
import type { Analysis } from '../../core/analysis';
import { openDocx } from '../package';
import { readDocx } from '../read';
import { emptyStyles, parseStyles, type Styles } from '../styles';
import { declaredEncoding, xmlPartText, type PartEncoding } from '../encoding';
import { paraPropsXml, rFontsXml, roleOf, runPropsXml } from './layout';
import { attrOf, childrenOf, escapeText, locateParagraphs, paragraphParts, rawOffset, type Child, type Located, type Prefixes } from './scan';
import { entryBytes, rawEntries, replaceEntries } from './zip';

const PPR_ORDER = [
  'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd', 'tabs',
  'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd',
  'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment',
  'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
];
const RPR_ORDER = [
  'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint', 'noProof',
  'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd',
  'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath',
];
/** Properties never copied to an inserted paragraph: section breaks, tracked changes, hidden text. */
const DROP_PPR = new Set(['sectPr', 'pPrChange']);
const DROP_RPR = new Set(['rPrChange', 'ins', 'del', 'moveFrom', 'moveTo', 'vanish', 'specVanish', 'webHidden']);

export interface FixOutcome {
  /** False when the document already has everything the plan would add (nothing written). */
  changed: boolean;
  /** The fixed package (only when changed). */
  bytes?: Uint8Array;
  /** The plan as the engine made it. */
  plan: InsertPlan;
  /** Ops actually inserted (ops whose content is already present are skipped). */
  inserted: InsertOp[];
  /** Renumberings actually applied. */
  renumbered: RenumberOp[];
  /** The document as read before the fix, and the fixed document as read back. */
  before: DocModel;
  after: DocModel;
}

/** Converts our `w:`-prefixed snippets to the document's prefix. */
function toPrefix(xml: string, prefix: string): string {
  if (prefix === 'w') return xml;
  return xml.replace(/(<\/?)w:/g, `$1${prefix}:`).replace(/(\s)w:([\w]+=)/g, `$1${prefix}:$2`);
}

function setChild(children: Child[], local: string, xml: string, order: string[]): Child[] {
  const out = children.filter((c) => c.local !== local);
  const rank = order.indexOf(local);
  const at = out.findIndex((c) => order.indexOf(c.local) > rank);
  out.splice(at < 0 ? out.length : at, 0, { local, xml });
  return out;
}

interface Template {
  pPr: string;
  rPr: string;
}

class Formatter {
  private readonly w: string;
  constructor(
    private readonly xml: string,
    private readonly loc: Located,
    private readonly styles: Styles,
    private readonly layout: Layout,
  ) {
    this.w = loc.prefixes.w;
  }

  private wrap(local: string, children: Child[]): string {
    return children.length ? `<${this.w}:${local}>${children.map((c) => c.xml).join('')}</${this.w}:${local}>` : '';
  }

  private cleanRPr(rPr: string): Child[] {
    return childrenOf(rPr, this.loc.prefixes).filter((c) => !DROP_RPR.has(c.local));
  }

  /** The paragraph's own pPr and first text run's rPr, cleaned; numbering kept only when asked. */
  fromParagraph(index: number, keepNumbering: boolean, extra?: { outlineLvl?: number; font?: PlannedParagraph['role'] }, role: PlannedParagraph['role'] = 'body'): Template {
    const p = this.loc.paragraphs[index];
    // A paragraph under its own namespace declarations: its markup would not mean the same at the insertion point.
    if (p.ownNamespaces) return this.fromLayout(extra?.font ?? role);
    const parts = paragraphParts(this.xml, p);
    const px: Prefixes = this.loc.prefixes;
    let pChildren = parts.pPr ? childrenOf(this.xml.slice(parts.pPr.start, parts.pPr.end), px).filter((c) => !DROP_PPR.has(c.local)) : [];
    if (!keepNumbering) pChildren = pChildren.filter((c) => c.local !== 'numPr');
    pChildren = pChildren.map((c) => (c.local === 'rPr' ? { local: 'rPr', xml: this.wrap('rPr', this.cleanRPr(c.xml)) } : c)).filter((c) => c.xml !== '');
    const styleId = (() => {
      const ps = pChildren.find((c) => c.local === 'pStyle');
      return ps ? attrOf(ps.xml, { kind: 'empty', name: '', start: 0, end: ps.xml.length }, `${this.w}:val`) : this.styles.defaultParagraphStyle;
    })();
    if (!keepNumbering) {
      // Numbering inherited from the paragraph style would number the typed heading a second time.
      const n = this.styles.numbering(styleId).numId;
      if (n !== undefined && n !== '0') pChildren = setChild(pChildren, 'numPr', toPrefix('<w:numPr><w:numId w:val="0"/></w:numPr>', this.w), PPR_ORDER);
    }
    let rChildren = parts.rPr ? this.cleanRPr(this.xml.slice(parts.rPr.start, parts.rPr.end)) : [];
    if (extra?.outlineLvl !== undefined) {
      pChildren = setChild(pChildren, 'keepNext', toPrefix('<w:keepNext/>', this.w), PPR_ORDER);
      pChildren = setChild(pChildren, 'outlineLvl', toPrefix(`<w:outlineLvl w:val="${extra.outlineLvl}"/>`, this.w), PPR_ORDER);
    }
    if (extra?.font) {
      const role = roleOf(this.layout, extra.font);
      rChildren = setChild(rChildren, 'rFonts', toPrefix(rFontsXml(role), this.w), RPR_ORDER);
      if (role.bold) {
        rChildren = setChild(rChildren, 'b', toPrefix('<w:b/>', this.w), RPR_ORDER);
        rChildren = setChild(rChildren, 'bCs', toPrefix('<w:bCs/>', this.w), RPR_ORDER);
      }
    }
    return { pPr: this.wrap('pPr', pChildren), rPr: this.wrap('rPr', rChildren) };
  }

  /** Direct formatting from the profile's layout (nothing in the document to copy). */
  fromLayout(role: PlannedParagraph['role']): Template {
    return { pPr: toPrefix(paraPropsXml(this.layout, role), this.w), rPr: toPrefix(runPropsXml(roleOf(this.layout, role)), this.w) };
  }

  paragraph(text: string, t: Template): string {
    const w = this.w;
    const runs = text
      .split(/(\t|\n)/)
      .filter((s) => s !== '')
      .map((s) => (s === '\t' ? `<${w}:r>${t.rPr}<${w}:tab/></${w}:r>` : s === '\n' ? `<${w}:r>${t.rPr}<${w}:br/></${w}:r>` : `<${w}:r>${t.rPr}<${w}:t xml:space="preserve">${escapeText(s)}</${w}:t></${w}:r>`))
      .join('');
    return `<${w}:p>${t.pPr}${runs}</${w}:p>`;
  }
}

/** The nearest ordinary body paragraph to `anchor` (before it first), for copying body formatting. */
function bodyTemplateIndex(doc: DocModel, analysis: Analysis, anchor: number | null): number | undefined {
  const headings = new Set(analysis.headings.map((h) => h.paragraph));
  const ok = (i: number) => {
    const p = doc.paragraphs[i];
    return p.text.trim() !== '' && !p.inTable && !p.listString && p.outlineLevel === undefined && !headings.has(i) && i !== analysis.title && (p.style === 'Normal' || p.style === 'Other' || p.style === undefined);
  };
  const n = doc.paragraphs.length;
  const from = anchor === null ? 0 : Math.min(anchor, n - 1);
  for (let i = from; i >= 0; i--) if (ok(i)) return i;
  for (let i = from + 1; i < n; i++) if (ok(i)) return i;
  return undefined;
}

function encodeLike(original: Uint8Array, encoding: PartEncoding, text: string): Uint8Array {
  const le = encoding === 'utf-16le';
  const be = encoding === 'utf-16be';
  if (le || be) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const out = new Uint8Array(2 + body.length * 2);
    out[0] = le ? 0xff : 0xfe;
    out[1] = le ? 0xfe : 0xff;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      out[2 + 2 * i] = le ? c & 0xff : c >> 8;
      out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
    }
    return out;
  }
  const hadBom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  const body = new TextEncoder().encode(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!hadBom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/**
 * Where an insertion relative to paragraph `anchor` goes: outside the body-level element that holds
 * the anchor (a table, a block content control, a custom-XML block) when the anchor is at that
 * element's edge (its last paragraph with text for "after", its first for "before"), so new sections
 * never end up inside the user's table or content control; a table is always left whole.
 */
function insertionBox(loc: Located, doc: DocModel, anchor: number, position: 'before' | 'after'): { start: number; end: number } {
  const lp = loc.paragraphs[anchor];
  const box = lp.box;
  if (box) {
    const blank = (i: number) => doc.paragraphs[i].text.trim() === '' && !doc.paragraphs[i].listString;
    let edge = true;
    if (position === 'after') for (let i = anchor + 1; i <= box.last && edge; i++) edge = blank(i);
    else for (let i = box.first; i < anchor && edge; i++) edge = blank(i);
    if (edge) return box;
  }
  return lp.table ?? lp;
}

/** A heading marker as the planner writes them: 一、 一． （一） 1. 1、 （1）, with a numeral that parses. */
export function wellFormedMarker(marker: string): boolean {
  const m = /^(?:（|\()?([零一二三四五六七八九十百千万]+|\d+)(?:）|\))?[、.．]?$/.exec(marker);
  if (!m || !/[、.．）)]$/.test(marker)) return false;
  const n = parseChineseNumber(m[1]);
  return Number.isInteger(n) && n > 0;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Order among insertions at the same offset. */
  rank: number;
  seq: number;
}

/** Applies the skeleton plan for `profile` to the .docx `bytes`. Throws InputError for unreadable input. */
export function fixDocx(bytes: Uint8Array, profile: Profile): FixOutcome {
  const before = readDocx(bytes);
  const analysis = analyze(before, profile);
  const plan = planSkeleton(before, profile, analysis);
  const ops = plan.ops.filter((op) => !alreadyPresent(before, op));

  const parts = openDocx(bytes);
  const entries = rawEntries(bytes);
  const entry = entries.find((e) => e.name.replace(/^\//, '').toLowerCase() === parts.mainName);
  if (!entry) throw new InputError('missing-part', `文件缺少正文部分（${parts.mainName}）`);
  const original = entryBytes(bytes, entry);
  const { text: xml, encoding } = xmlPartText(original, parts.mainName);
  const declared = declaredEncoding(xml.slice(0, 200))?.trim().toLowerCase();
  if (declared !== undefined && !['utf-8', 'utf8', 'utf-16', 'utf-16le', 'utf-16be', 'unicode'].includes(declared)) {
    throw new InputError('bad-encoding', `${parts.mainName} 声明的字符编码是 ${declared.slice(0, 40)}，插入中文后无法按原编码写回，暂不支持修改。请在 Word 中另存为 .docx 后再试（cannot write a part declared ${declared}）`);
  }
  const loc = locateParagraphs(xml);
  if (loc.paragraphs.length !== before.paragraphs.length || loc.bodyStart < 0) {
    throw new Error(`内部错误：段落定位不一致（located ${loc.paragraphs.length}, read ${before.paragraphs.length}）`);
  }
  if (!loc.prefixes.w) throw new InputError('unreadable', '文档使用了不常见的 XML 命名空间写法，暂不支持修改（WordprocessingML as default namespace is not supported for writing）');

  const edits: Edit[] = [];
  let seq = 0;

  // Renumber typed headings: replace only the marker characters inside the w:t that hold them.
  const renumbered: RenumberOp[] = [];
  const newText = before.paragraphs.map((p) => p.text);
  for (const r of plan.renumber) {
    // The new marker is checked on its own terms, not against the plan that made it: a number written
    // in full (一百零五、, （十二）, 3.), or nothing is written (a formatter bug once wrote "undefined十、").
    if (!wellFormedMarker(r.to)) throw new Error(`内部错误：重新编号的序号“${r.to}”不正确，未写出任何文件（bad renumbering marker）`);
    const lp = loc.paragraphs[r.paragraph];
    if (!lp) continue;
    const pp = paragraphParts(xml, lp);
    if (pp.text.slice(r.start, r.start + r.length) !== r.from) continue;
    const end = r.start + r.length;
    const over = pp.pieces.filter((x) => x.text.length > 0 && x.at < end && x.at + x.text.length > r.start);
    const covered = over.reduce((n, x) => n + Math.min(end, x.at + x.text.length) - Math.max(r.start, x.at), 0);
    if (!over.length || covered !== r.length || over.some((x) => x.rawStart === undefined)) continue;
    // Same length ("二、"→"三、"): each piece keeps its share of the marker, so run splits survive.
    // Otherwise the first piece takes the whole new marker.
    const sameLength = r.to.length === r.length;
    over.forEach((x, k) => {
      const raw = xml.slice(x.rawStart, x.rawEnd);
      const a = Math.max(r.start, x.at);
      const b = Math.min(end, x.at + x.text.length);
      const s = x.rawStart! + rawOffset(raw, a - x.at);
      const e = x.rawStart! + rawOffset(raw, b - x.at);
      const text = sameLength ? r.to.slice(a - r.start, b - r.start) : k === 0 ? r.to : '';
      edits.push({ start: s, end: e, text: escapeText(text), rank: 0, seq: seq++ });
    });
    newText[r.paragraph] = newText[r.paragraph].slice(0, r.start) + r.to + newText[r.paragraph].slice(end);
    renumbered.push(r);
  }

  // Insertions.
  const styles = parts.styles ? parseStyles(parts.styles, 'styles.xml') : emptyStyles;
  const fmt = new Formatter(xml, loc, styles, layoutOf(profile));
  const expectedInserts: { offset: number; rank: number; seq: number; texts: string[] }[] = [];
  for (const op of ops) {
    const bodyIdx = bodyTemplateIndex(before, analysis, op.anchor);
    const body = bodyIdx !== undefined ? fmt.fromParagraph(bodyIdx, false) : fmt.fromLayout('body');
    const xmlParts = op.paragraphs.map((pp) => {
      let t: typeof body;
      if (pp.role === 'body') t = body;
      else if (pp.role === 'title') t = fmt.fromLayout('title');
      else if (op.styleFrom !== undefined) t = fmt.fromParagraph(op.styleFrom, !!op.autoNumbered, undefined, pp.role);
      else if (bodyIdx !== undefined) t = fmt.fromParagraph(bodyIdx, false, { outlineLvl: pp.role === 'heading1' ? 0 : 1, font: pp.role });
      else t = fmt.fromLayout(pp.role);
      return fmt.paragraph(pp.text, t);
    });
    let offset: number;
    let rank: number;
    if (op.anchor === null) {
      offset = loc.bodyStart;
      rank = -1;
    } else {
      const box = insertionBox(loc, before, op.anchor, op.position);
      offset = op.position === 'before' ? box.start : box.end;
      rank = op.anchor + (op.position === 'before' ? -0.5 : 0.5);
    }
    const s = seq++;
    edits.push({ start: offset, end: offset, text: xmlParts.join(''), rank, seq: s });
    expectedInserts.push({ offset, rank, seq: s, texts: op.paragraphs.map((p) => p.text) });
  }

  if (!edits.length) return { changed: false, plan, inserted: [], renumbered: [], before, after: before };

  // Build the output once (linear in the document whatever the number of edits); insertions at one
  // offset go in (rank, plan order). Edits never overlap: markers lie inside w:t, insertions between elements.
  edits.sort((a, b) => a.start - b.start || a.rank - b.rank || a.seq - b.seq);
  const pieces: string[] = [];
  let at = 0;
  for (const e of edits) {
    pieces.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(xml.slice(at));
  const out = pieces.join('');

  const docBytes = encodeLike(original, encoding, out);
  const result = replaceEntries(bytes, new Map([[entry.name, docBytes]]));

  // Read back and verify: the original paragraphs in order plus the inserted ones, nothing else.
  const after = readDocx(result);
  const items: { key: number; tie: number; rank: number; seq: number; texts: string[] }[] = [];
  loc.paragraphs.forEach((p, i) => items.push({ key: p.start, tie: 1, rank: 0, seq: 0, texts: [newText[i]] }));
  for (const x of expectedInserts) items.push({ key: x.offset, tie: 0, rank: x.rank, seq: x.seq, texts: x.texts });
  items.sort((a, b) => a.key - b.key || a.tie - b.tie || a.rank - b.rank || a.seq - b.seq);
  const expected = items.flatMap((x) => x.texts);
  const actual = after.paragraphs.map((p) => p.text);
  if (expected.length !== actual.length || expected.some((t, i) => t !== actual[i])) {
    const at = expected.findIndex((t, i) => t !== actual[i]);
    throw new Error(`内部错误：写出的文件校验未通过（第 ${at + 1} 段不一致），未写出任何文件（verification failed at paragraph ${at + 1}）`);
  }
  return { changed: true, bytes: result, plan, inserted: ops, renumbered, before, after };
}
