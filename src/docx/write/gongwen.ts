/**
 * The parts of a new draft that make it a 公文 page (GB/T 9704-2012《党政机关公文格式》) beyond the text:
 * page numbers, the text grid of 22 lines × 28 characters, and named font fallbacks.
 *
 * - §7.5 页码: "一般用4号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数字左右各放一条一字线；一字线上距版心
 *   下边缘7mm。单页码居右空一字，双页码居左空一字。" → two footers (odd/default and even, with
 *   w:evenAndOddHeaders in the settings), "— PAGE —" in 14 pt, indented one character on the outer side.
 * - §5.2.1 版心: 156 mm × 225 mm; §5.2.2 "一般每面排22行，每行排28个字" → a line grid at the fixed line spacing, and a
 *   character spacing that makes the character pitch the text width / characters per line.
 * - Fonts: the _GB2312 fonts and 方正小标宋简体 are not installed with Windows; each gets a w:altName in the font
 *   table naming the font Windows does have (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 小标宋 /
 *   黑体), and the system fonts their English names (仿宋 → FangSong, 楷体 → KaiTi, 黑体 → SimHei, 宋体 → SimSun).
 */
import type { Layout } from '../../core/profile';
import { escapeAttr, mmToTwips } from './layout';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 4号 = 14 pt. */
export const PAGE_NUMBER_SIZE_PT = 14;
/** The 一字线 sits 7 mm below the bottom of the text block. */
const PAGE_NUMBER_GAP_MM = 7;
/** The footer paragraph's fixed line height: the number's line box, in points. */
const PAGE_NUMBER_LINE_PT = 16;

/** Characters per line of the text grid: the text width in body characters, rounded (28 for GB/T 9704's 156 mm at 三号). */
export function charsPerLine(layout: Layout): number {
  const widthPt = ((layout.pageWidthMm - layout.marginLeftMm - layout.marginRightMm) * 72) / 25.4;
  return Math.max(1, Math.round(widthPt / layout.body.sizePt));
}

/**
 * Character spacing (twentieths of a point) that puts `charsPerLine` characters of `sizePt` on a line: the
 * character pitch is the text width / characters per line, rounded down so that the last character still fits.
 * Only for text of the body's size (body and headings); 0 for other sizes (the title).
 *
 * Why spacing and not a character grid (w:docGrid linesAndChars with w:charSpace, as some Word templates do):
 * Word squeezes each character into the grid cell, but LibreOffice (and so WPS-like layouts) gives a character
 * wider than its cell two cells, which halves the line to 14 characters. Spacing lays out the same everywhere.
 */
export function charSpacingTwentieths(layout: Layout, sizePt: number): number {
  if (sizePt !== layout.body.sizePt) return 0;
  const widthPt = ((layout.pageWidthMm - layout.marginLeftMm - layout.marginRightMm) * 72) / 25.4;
  return Math.floor((widthPt / charsPerLine(layout) - sizePt) * 20);
}

/** `w:docGrid` for the layout: a line grid whose pitch is the fixed line spacing (22 lines a page by default). */
export function docGridXml(layout: Layout): string {
  return `<w:docGrid w:type="lines" w:linePitch="${Math.round(layout.lineSpacingPt * 20)}"/>`;
}

/** Distance from the page's bottom edge to the footer line, so that the 一字线 is 7 mm below the text block. */
export function footerDistanceTwips(layout: Layout): number {
  const lineMm = (PAGE_NUMBER_LINE_PT * 25.4) / 72;
  return Math.max(0, mmToTwips(layout.marginBottomMm - PAGE_NUMBER_GAP_MM - lineMm));
}

/** A footer holding "— n —": `side` right for odd pages, left for even pages, one character in from that side. */
export function footerXml(layout: Layout, side: 'right' | 'left'): string {
  const font = escapeAttr(layout.pageNumberFont);
  const hp = PAGE_NUMBER_SIZE_PT * 2;
  const rPr = `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/><w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/></w:rPr>`;
  const oneChar = PAGE_NUMBER_SIZE_PT * 20;
  const ind = side === 'right' ? `<w:ind w:left="0" w:right="${oneChar}" w:firstLine="0"/>` : `<w:ind w:left="${oneChar}" w:right="0" w:firstLine="0"/>`;
  const run = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  return (
    XML_HEAD +
    `<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:spacing w:before="0" w:after="0" w:line="${PAGE_NUMBER_LINE_PT * 20}" w:lineRule="exact"/>${ind}<w:jc w:val="${side}"/></w:pPr>` +
    run('<w:t xml:space="preserve">— </w:t>') +
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run('<w:t>1</w:t>') +
    run('<w:fldChar w:fldCharType="end"/>') +
    run('<w:t xml:space="preserve"> —</w:t>') +
    '</w:p></w:ftr>'
  );
}

/** Footer style (referenced by the footers), so Word does not fall back to its own 小五 footer style. */
export function footerStyleXml(): string {
  return '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>';
}

/** Fallbacks named in the font table: a missing font is replaced by its altName. */
export const FONT_FALLBACKS: readonly (readonly [font: string, alt: string, family: 'roman' | 'modern' | 'swiss' | 'auto'])[] = [
  ['仿宋_GB2312', '仿宋', 'modern'],
  ['楷体_GB2312', '楷体', 'modern'],
  ['方正小标宋简体', '小标宋', 'auto'],
  ['小标宋', '黑体', 'auto'],
  ['仿宋', 'FangSong', 'modern'],
  ['楷体', 'KaiTi', 'modern'],
  ['黑体', 'SimHei', 'modern'],
  ['宋体', 'SimSun', 'auto'],
];

/** word/fontTable.xml: every font the layout uses, with its fallback chain where we know one. */
export function fontTableXml(layout: Layout): string {
  const used = new Set<string>();
  for (const r of [layout.title, layout.body, layout.heading1, layout.heading2]) {
    used.add(r.font);
    if (r.latinFont) used.add(r.latinFont);
  }
  if (layout.pageNumbers) used.add(layout.pageNumberFont);
  // Follow each chain so that the fallback's own entry (with its English name) is there too.
  for (const name of [...used]) {
    let cur: string | undefined = name;
    for (let i = 0; cur && i < 4; i++) {
      const entry = FONT_FALLBACKS.find(([f]) => f === cur);
      cur = entry?.[1];
      if (cur && FONT_FALLBACKS.some(([f]) => f === cur)) used.add(cur);
    }
  }
  const fonts = [...used].map((name) => {
    const entry = FONT_FALLBACKS.find(([f]) => f === name);
    const cjk = /[\u4e00-\u9fff]/.test(name);
    return (
      `<w:font w:name="${escapeAttr(name)}">` +
      (entry ? `<w:altName w:val="${escapeAttr(entry[1])}"/>` : '') +
      (cjk ? '<w:charset w:val="86"/>' : '') +
      `<w:family w:val="${entry ? entry[2] : 'auto'}"/>` +
      (cjk ? '<w:pitch w:val="fixed"/>' : '<w:pitch w:val="variable"/>') +
      '</w:font>'
    );
  });
  return XML_HEAD + `<w:fonts xmlns:w="${W}">${fonts.join('')}</w:fonts>`;
}
