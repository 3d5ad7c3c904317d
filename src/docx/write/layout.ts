/**
 * OOXML formatting from a profile's layout (GB/T 9704-2012 by default): page setup, paragraph and
 * run properties per role. Every run gets its East-Asian font (w:eastAsia plus w:hint="eastAsia")
 * so Word and WPS both render Chinese text and Chinese quotes in the intended typeface.
 */
import type { Layout, TextRole } from '../../core/profile';
import type { PlannedRole } from '../../core/plan';

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function roleOf(layout: Layout, role: PlannedRole): TextRole {
  return role === 'title' ? layout.title : role === 'heading1' ? layout.heading1 : role === 'heading2' ? layout.heading2 : layout.body;
}

/** `w:rFonts` with the East-Asian font and the eastAsia hint. */
export function rFontsXml(r: TextRole): string {
  const ea = escapeAttr(r.font);
  const latin = escapeAttr(r.latinFont ?? r.font);
  return `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${ea}" w:cs="${latin}" w:hint="eastAsia"/>`;
}

/** Run properties for a role: font, bold, character spacing (`spacing`, twentieths of a point, when not 0), size (half-points). */
export function runPropsXml(r: TextRole, spacing = 0): string {
  const hp = Math.round(r.sizePt * 2);
  return `<w:rPr>${rFontsXml(r)}${r.bold ? '<w:b/><w:bCs/>' : ''}${spacing ? `<w:spacing w:val="${spacing}"/>` : ''}<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/></w:rPr>`;
}

/** Exact line spacing, no space before/after. */
export function spacingXml(layout: Layout): string {
  return `<w:spacing w:before="0" w:after="0" w:line="${Math.round(layout.lineSpacingPt * 20)}" w:lineRule="exact"/>`;
}

/** First-line indent in characters (w:firstLineChars is in hundredths of a character) with a twips fallback. */
export function indentXml(layout: Layout, r: TextRole, indent: boolean): string {
  if (!indent || layout.firstLineChars === 0) return '<w:ind w:firstLineChars="0" w:firstLine="0"/>';
  return `<w:ind w:firstLineChars="${Math.round(layout.firstLineChars * 100)}" w:firstLine="${Math.round(layout.firstLineChars * r.sizePt * 20)}"/>`;
}

/**
 * Paragraph properties for a role as direct formatting (children in schema order).
 * `styleId` adds a w:pStyle; headings keep with the next paragraph and carry their outline level.
 */
export function paraPropsXml(layout: Layout, role: PlannedRole, styleId?: string): string {
  const r = roleOf(layout, role);
  const heading = role === 'heading1' || role === 'heading2';
  return (
    '<w:pPr>' +
    (styleId ? `<w:pStyle w:val="${escapeAttr(styleId)}"/>` : '') +
    (heading || role === 'title' ? '<w:keepNext/>' : '') +
    spacingXml(layout) +
    indentXml(layout, r, role !== 'title') +
    `<w:jc w:val="${r.align}"/>` +
    (heading ? `<w:outlineLvl w:val="${role === 'heading1' ? 0 : 1}"/>` : '') +
    '</w:pPr>'
  );
}

/** Footer relationship ids for the section: the default (odd pages) footer and the even-page footer. */
export interface SectionFooters {
  odd: string;
  even: string;
  /** Distance of the footer from the page's bottom edge, in twips. */
  distance: number;
}

/** Page size, margins, footers and the text grid (`grid` is a w:docGrid element; by default lines only). */
export function sectPrXml(layout: Layout, footers?: SectionFooters, grid?: string): string {
  const w = mmToTwips(layout.pageWidthMm);
  const h = mmToTwips(layout.pageHeightMm);
  return (
    '<w:sectPr>' +
    (footers ? `<w:footerReference w:type="even" r:id="${footers.even}"/><w:footerReference w:type="default" r:id="${footers.odd}"/>` : '') +
    `<w:pgSz w:w="${w}" w:h="${h}"/>` +
    `<w:pgMar w:top="${mmToTwips(layout.marginTopMm)}" w:right="${mmToTwips(layout.marginRightMm)}" w:bottom="${mmToTwips(layout.marginBottomMm)}" w:left="${mmToTwips(layout.marginLeftMm)}" w:header="851" w:footer="${footers ? footers.distance : 992}" w:gutter="0"/>` +
    (footers ? '<w:pgNumType w:start="1"/>' : '') +
    `<w:cols w:space="425"/>${grid ?? `<w:docGrid w:linePitch="${Math.round(layout.lineSpacingPt * 20)}"/>`}</w:sectPr>`
  );
}
