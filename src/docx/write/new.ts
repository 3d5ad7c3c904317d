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

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface NewOptions {
  /** Replaces the profile's title skeleton. */
  title?: string;
}

/** The paragraphs of a new draft: the skeleton plan for an empty document, with the title replaced if asked. */
export function draftParagraphs(profile: Profile, opts: NewOptions = {}): PlannedParagraph[] {
  const plan = planSkeleton(modelFromLines([]), profile);
  const paras = plan.ops.flatMap((op) => op.paragraphs.map((p) => ({ ...p })));
  const title = opts.title?.trim();
  if (title) {
    const at = paras.findIndex((p) => p.role === 'title');
    if (at >= 0) paras[at].text = title;
    else paras.unshift({ text: title, role: 'title' });
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

export function paragraphXml(layout: Layout, p: PlannedParagraph, withStyle = true): string {
  return `<w:p>${paraPropsXml(layout, p.role, withStyle ? STYLE_ID[p.role] : undefined)}${runsXml(p.text, runPropsXml(roleOf(layout, p.role)))}</w:p>`;
}

function documentXml(layout: Layout, paras: PlannedParagraph[]): string {
  return (
    XML_HEAD +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
    paras.map((p) => paragraphXml(layout, p)).join('') +
    sectPrXml(layout) +
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
    `<w:pPr>${pPr}</w:pPr>${runPropsXml(r)}</w:style>`
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
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

const SETTINGS =
  XML_HEAD +
  `<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>';

function coreXml(title: string): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeText(title)}</dc:title><dc:creator>省身 Xingshen</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>`
  );
}

/** Writes the draft .docx for a profile. Deterministic: the same profile and options give the same bytes. */
export function writeNewDocx(profile: Profile, opts: NewOptions = {}): Uint8Array {
  const layout = layoutOf(profile);
  const paras = draftParagraphs(profile, opts);
  const title = paras.find((p) => p.role === 'title')?.text ?? profile.name;
  const enc = new TextEncoder();
  const ct =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
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
    '</Relationships>';
  return buildZip([
    ['[Content_Types].xml', enc.encode(ct)],
    ['_rels/.rels', enc.encode(rootRels)],
    ['word/document.xml', enc.encode(documentXml(layout, paras))],
    ['word/_rels/document.xml.rels', enc.encode(docRels)],
    ['word/styles.xml', enc.encode(stylesXml(layout))],
    ['word/settings.xml', enc.encode(SETTINGS)],
    ['docProps/core.xml', enc.encode(coreXml(title))],
  ]);
}
