import { readDocx } from '../../src/docx';
import { buildDocx, numberingXml, W_NS, wordStylesXml, type BodyItem, type DocxSpec } from '../fixtures/docx-builder';

const read = (spec: DocxSpec) => readDocx(buildDocx(spec)).paragraphs;
const texts = (body: BodyItem[], spec: Partial<DocxSpec> = {}) => read({ body, ...spec }).map((p) => p.text);

describe('readDocx: text', () => {
  it('reads paragraphs in order, counting empty ones', () => {
    expect(texts([{ text: '一' }, { text: '' }, { text: '二' }, {}])).toEqual(['一', '', '二', '']);
  });

  it('maps w:tab to \\t, w:br to \\n, w:noBreakHyphen to -, and ignores page breaks and tab stops', () => {
    const body: BodyItem[] = [
      { runs: ['a', { tab: true }, 'b', { br: 'textWrapping' }, 'c', { br: 'page' }, 'd'], tabStops: true },
    ];
    expect(texts(body)).toEqual(['a\tb\ncd']);
    const withHyphen = buildDocx({ body: [], override: { 'word/document.xml': bodyXml('<w:p><w:r><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:cr/><w:t>C</w:t></w:r></w:p>') } });
    expect(readDocx(withHyphen).paragraphs.map((p) => p.text)).toEqual(['A-B\nC']);
  });

  it('skips deleted and moved-away text and keeps inserted and moved-to text', () => {
    const body: BodyItem[] = [
      { runs: ['保留', { text: '删除', change: 'del' }, { text: '插入', change: 'ins' }, { text: '移走', change: 'moveFrom' }, { text: '移来', change: 'moveTo' }] },
    ];
    expect(texts(body)).toEqual(['保留插入移来']);
  });

  it('skips field instructions but keeps field results', () => {
    expect(texts([{ runs: ['第', { field: ' PAGE \\* MERGEFORMAT ', result: '3' }, '页'] }])).toEqual(['第3页']);
  });

  it('does not take text boxes or comment text as body paragraphs', () => {
    const ps = read({ body: [{ runs: ['正文', { textbox: '文本框' }, { commentRef: 0 }] }, { text: '下一段' }], comments: [{ id: 0, text: '批注' }] });
    expect(ps.map((p) => p.text)).toEqual(['正文', '下一段']);
  });

  it('flags table paragraphs (nested tables too) and counts them in the indexes', () => {
    const ps = read({
      body: [
        { text: '前' },
        { rows: [[[{ text: 'A1' }], [{ text: 'B1' }, { rows: [[[{ text: '嵌套' }]]] }]], [[{ text: 'A2' }], []]] },
        { text: '后' },
      ],
    });
    expect(ps.map((p) => [p.text, !!p.inTable])).toEqual([
      ['前', false],
      ['A1', true],
      ['B1', true],
      ['嵌套', true],
      ['A2', true],
      ['', true], // an empty cell still holds one (empty) paragraph
      ['后', false],
    ]);
  });

  it('reads paragraphs inside content controls (w:sdt)', () => {
    expect(texts([{ text: '一' }, { sdt: [{ text: '控件内' }, { rows: [[[{ text: '控件表格' }]]] }] }, { text: '二' }])).toEqual(['一', '控件内', '控件表格', '二']);
  });

  it('keeps XML special characters and leading/trailing spaces', () => {
    expect(texts([{ text: ' <a href="x">&amp;</a> \'q\' ' }])).toEqual([' <a href="x">&amp;</a> \'q\' ']);
  });

  it('works with another namespace prefix for WordprocessingML', () => {
    const xml = `<?xml version="1.0"?><x:document xmlns:x="${W_NS}"><x:body><x:p><x:r><x:t>前缀</x:t></x:r></x:p><x:p/></x:body></x:document>`;
    expect(readDocx(buildDocx({ body: [], override: { 'word/document.xml': xml } })).paragraphs.map((p) => p.text)).toEqual(['前缀', '']);
  });
});

function bodyXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${inner}</w:body></w:document>`;
}

describe('readDocx: styles by built-in identity', () => {
  it('resolves Word style ids and names', () => {
    const ps = read({
      body: [{ text: 'a', style: 'Title' }, { text: 'b', style: 'Heading1' }, { text: 'c', style: 'Heading2' }, { text: 'd' }, { text: 'e', style: 'ListParagraph' }, { text: 'f', style: 'Unknown' }],
    });
    expect(ps.map((p) => [p.style, p.outlineLevel])).toEqual([
      ['Title', undefined],
      ['Heading1', 1],
      ['Heading2', 2],
      ['Normal', undefined],
      ['ListParagraph', undefined],
      ['Other', undefined],
    ]);
  });

  it('follows basedOn for headings but not for custom body styles', () => {
    const ps = read({ body: [{ text: 'x', style: 'MyHeading' }, { text: 'y', style: 'BodyIndent' }] });
    expect(ps.map((p) => [p.style, p.outlineLevel])).toEqual([
      ['Heading1', 1],
      ['Other', undefined],
    ]);
  });

  it('resolves WPS numeric style ids with Chinese names by outline level or English name', () => {
    const ps = read({ styles: 'wps', body: [{ text: '标题', style: '2' }, { text: '小标题', style: '3' }, { text: '三级', style: '4' }, { text: '正文', style: '1' }, { text: '默认' }] });
    expect(ps.map((p) => [p.style, p.outlineLevel])).toEqual([
      ['Heading1', 1],
      ['Heading2', 2],
      ['Heading3', 3],
      ['Normal', undefined],
      ['Normal', undefined],
    ]);
  });

  it('takes a paragraph-level outline level over the style', () => {
    const ps = read({ body: [{ text: '大纲', outlineLvl: 1 }, { text: '正文级别', style: 'Heading1', outlineLvl: 9 }] });
    expect(ps.map((p) => [p.style, p.outlineLevel])).toEqual([
      ['Normal', 2],
      ['Heading1', undefined],
    ]);
  });

  it('without styles.xml: no style is Normal, Word heading ids are still headings', () => {
    const ps = read({ styles: null, body: [{ text: 'a' }, { text: 'b', style: 'Heading2' }, { text: 'c', style: '2' }] });
    expect(ps.map((p) => p.style)).toEqual(['Normal', 'Heading2', 'Other']);
  });
});

describe('readDocx: auto-numbering', () => {
  it('renders 一、 / （一） / 1. / （1） into listString, not text, and resets deeper levels', () => {
    const ps = read({
      numbering: true,
      body: [
        { text: '学习情况', style: 'Heading1', numId: 1, ilvl: 0 },
        { text: '政治', numId: 1, ilvl: 1 },
        { text: '细目', numId: 1, ilvl: 2 },
        { text: '细细目', numId: 1, ilvl: 3 },
        { text: '细目二', numId: 1, ilvl: 2 },
        { text: '纪律', numId: 1, ilvl: 1 },
        { text: '细目', numId: 1, ilvl: 2 },
        { text: '存在问题', style: 'Heading1', numId: 1, ilvl: 0 },
        { text: '正文不编号' },
        { text: '作风', numId: 1, ilvl: 1 },
      ],
    });
    expect(ps.map((p) => [p.listString, p.listLevel, p.text])).toEqual([
      ['一、', 0, '学习情况'],
      ['（一）', 1, '政治'],
      ['1.', 2, '细目'],
      ['（1）', 3, '细细目'],
      ['2.', 2, '细目二'],
      ['（二）', 1, '纪律'],
      ['1.', 2, '细目'],
      ['二、', 0, '存在问题'],
      [undefined, undefined, '正文不编号'],
      ['（一）', 1, '作风'],
    ]);
  });

  it('counts Chinese numbers past ten: 十、 十一、 二十、 二十一、', () => {
    const body = Array.from({ length: 21 }, (_, i) => ({ text: `第${i + 1}项`, numId: 1, ilvl: 0 }));
    const ls = read({ numbering: true, body }).map((p) => p.listString);
    expect([ls[0], ls[9], ls[10], ls[19], ls[20]]).toEqual(['一、', '十、', '十一、', '二十、', '二十一、']);
  });

  it('shares counters across nums of one abstractNum, but a startOverride num restarts', () => {
    const ps = read({
      numbering: true,
      body: [
        { text: 'a', numId: 1, ilvl: 0 },
        { text: 'b', numId: 1, ilvl: 0 },
        { text: 'c', numId: 2, ilvl: 0 },
        { text: 'd', numId: 2, ilvl: 0 },
        { text: 'e', numId: 1, ilvl: 0 },
      ],
    });
    expect(ps.map((p) => p.listString)).toEqual(['一、', '二、', '一、', '二、', '三、']);
  });

  it('renders other formats: decimal with space suffix, bullets, ①, A., i., 甲, isLgl, full-width, lvlRestart 0', () => {
    const ps = read({
      numbering: true,
      body: [
        { text: 'd1', numId: 3, ilvl: 0 },
        { text: 'b', numId: 3, ilvl: 1 },
        { text: 'd2', numId: 3, ilvl: 0 },
        ...[0, 1, 2, 3, 4, 5, 6].map((ilvl) => ({ text: `L${ilvl}`, numId: 4, ilvl })),
        { text: 'L6 again', numId: 4, ilvl: 6 },
        { text: 'top', numId: 4, ilvl: 0 },
        { text: 'L6 continues (lvlRestart 0)', numId: 4, ilvl: 6 },
      ],
    });
    expect(ps.map((p) => p.listString)).toEqual(['1.', '\u25CF', '2.', '①', 'A.', 'i.', '甲、', '1.1', '１', '1)', '2)', '②', '3)']);
    // The suffix (tab/space) is never part of listString or text.
    expect(ps.every((p) => !/[\t ]$/.test(p.listString ?? '') && !p.text.startsWith(' '))).toBe(true);
  });

  it('inherits numbering from the paragraph style, and numId 0 switches it off', () => {
    const ps = read({
      styles: wordStylesXml(1),
      numbering: true,
      body: [
        { text: '学习情况', style: 'Heading1' },
        { text: '政治', style: 'Heading2' },
        { text: '不编号的标题', style: 'Heading1', numId: 0 },
        { text: '存在问题', style: 'Heading1' },
      ],
    });
    expect(ps.map((p) => [p.listString, p.listLevel, p.style])).toEqual([
      ['一、', 0, 'Heading1'],
      ['（一）', 1, 'Heading2'],
      [undefined, undefined, 'Heading1'],
      ['二、', 0, 'Heading1'],
    ]);
  });

  it('follows numStyleLink to the abstractNum of a numbering style', () => {
    const numbering =
      `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}">` +
      '<w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="ReportList"/></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="11"><w:styleLink w:val="ReportList"/><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1部分"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="11"/></w:num></w:numbering>';
    const styles = wordStylesXml().replace(
      '</w:styles>',
      '<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report List"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style></w:styles>',
    );
    const ps = read({ styles, numbering, body: [{ text: 'x', numId: 5, ilvl: 0 }, { text: 'y', numId: 5, ilvl: 0 }] });
    expect(ps.map((p) => p.listString)).toEqual(['第三部分', '第四部分']);
  });

  it('ignores numbering references that numbering.xml does not define', () => {
    const ps = read({ numbering: numberingXml(), body: [{ text: 'x', numId: 99, ilvl: 0 }] });
    expect(ps[0]).toEqual({ text: 'x', style: 'Normal' });
  });
});
