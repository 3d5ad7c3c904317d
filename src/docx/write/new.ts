/**
 * `xingshen new`: a complete skeleton .docx for a profile — the planner's skeleton for an empty
 * document, laid out with the profile's layout (GB/T 9704-2012 by default). Pure: bytes out.
 *
 * Headings use real heading styles (Heading1/Heading2 with English built-in names and outline
 * levels, so Word, WPS and our reader all recognise them); their numbers are typed as text ("一、").
 */
import type { PlannedParagraph } from '../../core/plan';
import { layoutOf, type Layout, type Profile } from '../../core/profile';
import { modelFromLines } from '../../core/model';
import { planSkeleton } from '../../core/planner';
import { escapeText } from './scan';
import { escapeAttr, paraPropsXml, rFontsXml, roleOf, runPropsXml, sectPrXml, spacingXml, indentXml } from './layout';
import { buildZip } from './zip';
import { charSpacingTwentieths, docGridXml, fontTableXml, footerDistanceTwips, footerStyleXml, footerXml } from './gongwen';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface NewOptions {
  /** Replaces the profile's title skeleton. */
  title?: string;
}

/** The 署名 and 日期 placeholders that end a new draft. */
export const SIGNATURE_LINES = ['【待填写：署名（本人姓名或班子名称）】', '【待填写：日期，如2026年12月1日】'] as const;

/**
 * The paragraphs of a new draft: the skeleton plan for an empty document, with the title replaced if asked;
 * an empty line between the title and the body (GB/T 9704-2012 §7.3.3) and, when the layout asks for it,
 * an empty line and the 署名 / 日期 block at the end (§7.3.5.2).
 */
export function draftParagraphs(profile: Profile, opts: NewOptions = {}): PlannedParagraph[] {
  const plan = planSkeleton(modelFromLines([]), profile);
  const paras: PlannedParagraph[] = plan.ops.flatMap((op) => op.paragraphs.map((p) => ({ ...p })));
  const title = opts.title?.trim();
  if (title) {
    const at = paras.findIndex((p) => p.role === 'title');
    if (at >= 0) paras[at].text = title;
    else paras.unshift({ text: title, role: 'title' });
  }
  const t = paras.findIndex((p) => p.role === 'title');
  if (t >= 0 && t + 1 < paras.length) paras.splice(t + 1, 0, { text: '', role: 'body' });
  if (layoutOf(profile).signature && paras.length > 0) {
    paras.push({ text: '', role: 'body' }, ...SIGNATURE_LINES.map((text) => ({ text, role: 'body' as const, place: 'signature' as const })));
  }
  return paras;
}

const STYLE_ID: Record<PlannedParagraph['role'], string | undefined> = { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', body: undefined };

/** Text as runs: tabs and line breaks become w:tab / w:br. */
function runsXml(text: string, rPr: string): string {
  return text
    .split(/(\t|\n)/)
    .filter((s) => s !== '')
    .map((s) => (s === '\t' ? `<w:r>${rPr}<w:tab/></w:r>` : s === '\n' ? `<w:r>${rPr}<w:br/></w:r>` : `<w:r>${rPr}<w:t xml:space="preserve">${escapeText(s)}</w:t></w:r>`))
    .join('');
}

/** Right-aligned, two characters in from the right, no first-line indent: the 署名 / 日期 lines. */
function signaturePropsXml(layout: Layout): string {
  return `<w:pPr>${spacingXml(layout)}<w:ind w:rightChars="200" w:right="${Math.round(2 * layout.body.sizePt * 20)}" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr>`;
}

export function paragraphXml(layout: Layout, p: PlannedParagraph, withStyle = true): string {
  const pPr = p.place === 'signature' ? signaturePropsXml(layout) : paraPropsXml(layout, p.role, withStyle ? STYLE_ID[p.role] : undefined);
  const r = roleOf(layout, p.role);
  return `<w:p>${pPr}${runsXml(p.text, runPropsXml(r, charSpacingTwentieths(layout, r.sizePt)))}</w:p>`;
}

/** Relationship ids of the footers in word/_rels/document.xml.rels. */
const FOOTERS = { odd: 'rId4', even: 'rId5' } as const;

function documentXml(layout: Layout, paras: PlannedParagraph[]): string {
  const footers = layout.pageNumbers ? { ...FOOTERS, distance: footerDistanceTwips(layout) } : undefined;
  return (
    XML_HEAD +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
    paras.map((p) => paragraphXml(layout, p)).join('') +
    sectPrXml(layout, footers, docGridXml(layout)) +
    '</w:body></w:document>'
  );
}

function styleXml(layout: Layout, id: string, name: string, role: PlannedParagraph['role'], extra: { isDefault?: boolean; outline?: number } = {}): string {
  const r = roleOf(layout, role);
  const pPr =
    (extra.outline !== undefined || role === 'title' ? '<w:keepNext/>' : '') +
    spacingXml(layout) +
    indentXml(layout, r, role !== 'title') +
    `<w:jc w:val="${r.align}"/>` +
    (extra.outline !== undefined ? `<w:outlineLvl w:val="${extra.outline}"/>` : '');
  return (
    `<w:style w:type="paragraph"${extra.isDefault ? ' w:default="1"' : ''} w:styleId="${id}"><w:name w:val="${escapeAttr(name)}"/>` +
    (extra.isDefault ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>') +
    '<w:qFormat/>' +
    `<w:pPr>${pPr}</w:pPr>${runPropsXml(r, charSpacingTwentieths(layout, r.sizePt))}</w:style>`
  );
}

export function stylesXml(layout: Layout): string {
  const body = layout.body;
  return (
    XML_HEAD +
    `<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFontsXml(body)}<w:kern w:val="2"/><w:sz w:val="${Math.round(body.sizePt * 2)}"/><w:szCs w:val="${Math.round(body.sizePt * 2)}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${spacingXml(layout)}</w:pPr></w:pPrDefault></w:docDefaults>` +
    styleXml(layout, 'Normal', 'Normal', 'body', { isDefault: true }) +
    styleXml(layout, 'Title', 'Title', 'title') +
    styleXml(layout, 'Heading1', 'heading 1', 'heading1', { outline: 0 }) +
    styleXml(layout, 'Heading2', 'heading 2', 'heading2', { outline: 1 }) +
    (layout.pageNumbers ? footerStyleXml() : '') +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

/** word/settings.xml; w:evenAndOddHeaders makes Word use the even-page footer (page numbers on the left). */
function settingsXml(layout: Layout): string {
  return (
    XML_HEAD +
    `<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/>${layout.pageNumbers ? '<w:evenAndOddHeaders/>' : ''}<w:characterSpacingControl w:val="compressPunctuation"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>'
  );
}

function coreXml(title: string): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeText(title)}</dc:title><dc:creator>省身 Xingshen</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>`
  );
}

/** Writes the draft .docx for a profile. Deterministic: the same profile and options give the same bytes. */
export function writeNewDocx(profile: Profile, opts: NewOptions = {}): Uint8Array {
  const paras = draftParagraphs(profile, opts);
  return writeDraftDocx(layoutOf(profile), paras, paras.find((p) => p.role === 'title')?.text ?? profile.name);
}

/** Writes any list of planned paragraphs as a draft laid out with `layout` (also used to test the page layout). */
export function writeDraftDocx(layout: Layout, paras: PlannedParagraph[], title: string): Uint8Array {
  const enc = new TextEncoder();
  const ct =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
    (layout.pageNumbers
      ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
        '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      : '') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>';
  const rootRels =
    XML_HEAD +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>';
  const docRels =
    XML_HEAD +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rId3" Type="${R}/fontTable" Target="fontTable.xml"/>` +
    (layout.pageNumbers
      ? `<Relationship Id="${FOOTERS.odd}" Type="${R}/footer" Target="footer1.xml"/><Relationship Id="${FOOTERS.even}" Type="${R}/footer" Target="footer2.xml"/>`
      : '') +
    '</Relationships>';
  const footerParts: [string, Uint8Array][] = layout.pageNumbers
    ? [
        ['word/footer1.xml', enc.encode(footerXml(layout, 'right'))],
        ['word/footer2.xml', enc.encode(footerXml(layout, 'left'))],
      ]
    : [];
  return buildZip([
    ['[Content_Types].xml', enc.encode(ct)],
    ['_rels/.rels', enc.encode(rootRels)],
    ['word/document.xml', enc.encode(documentXml(layout, paras))],
    ['word/_rels/document.xml.rels', enc.encode(docRels)],
    ['word/styles.xml', enc.encode(stylesXml(layout))],
    ['word/settings.xml', enc.encode(settingsXml(layout))],
    ['word/fontTable.xml', enc.encode(fontTableXml(layout))],
    ...footerParts,
    ['docProps/core.xml', enc.encode(coreXml(title))],
  ]);
}
