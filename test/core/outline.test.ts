import fc from 'fast-check';
import { findSeriesItems, parseHalfWidthMarker, parseMarker, recogniseHeading, recogniseSeries } from '../../src/core/outline';
import { toHalfWidth } from '../../src/core/text';
import { recogniseHeadings } from '../../src/core/outline';
import { modelFromLines } from '../../src/core/model';
import { seedDoc, seedLines, lineIndex } from '../helpers/docs';

describe('parseMarker', () => {
  it.each([
    ['一、学习情况', 1, 1, 'cn-dun'],
    ['二.存在的问题', 1, 2, 'cn-dot'],
    ['三．原因分析', 1, 3, 'cn-dot'],
    ['十一、其他', 1, 11, 'cn-dun'],
    ['（一）政治素养', 2, 1, 'cn-paren'],
    ['(二)执行纪律', 2, 2, 'cn-paren'],
    ['（ 三 ）作风', 2, 3, 'cn-paren'],
    ['1.思想观念', 3, 1, 'ar-dot'],
    ['2、工作推动', 3, 2, 'ar-dun'],
    ['１．全角数字', 3, 1, 'ar-dot'],
    ['（3）括号数字', 3, 3, 'ar-paren'],
    ['(4)半角括号', 3, 4, 'ar-paren'],
  ])('%s → level %d number %d (%s)', (text, level, number, form) => {
    expect(parseMarker(text)).toMatchObject({ level, number, form });
  });

  it.each(['一是深化学习内容', '2022年8月', '1.5倍', '统一思想', '（注）说明', ''])('does not take %s for a heading number', (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});

describe('recogniseHeading', () => {
  it('reads an auto-numbered list string that is not part of the text', () => {
    const h = recogniseHeading({ text: '学习情况', listString: '一、', listLevel: 0 }, 3);
    expect(h).toMatchObject({ paragraph: 3, level: 1, number: 1, source: 'list', title: '学习情况', markerLength: 0 });
  });

  it('reads an auto-numbered level-2 list string in full-width brackets', () => {
    expect(recogniseHeading({ text: '在推动高质量发展方面', listString: '（二）' }, 0)).toMatchObject({ level: 2, number: 2, source: 'list' });
  });

  it('reads a Heading1 style without any number', () => {
    expect(recogniseHeading({ text: '存在的问题', style: 'Heading1' }, 0)).toMatchObject({ level: 1, number: null, source: 'style', title: '存在的问题' });
  });

  it('never takes a table paragraph for a heading', () => {
    expect(recogniseHeading({ text: '一、学习情况', inTable: true }, 0)).toBeNull();
  });

  it('splits a run-in level-2 heading from the body that follows it', () => {
    const text = '（一）政治素养标准不高。虽然在工作生活中，坚持用一名党员领导干部的标准自我要求。';
    const h = recogniseHeading({ text }, 0)!;
    expect(h).toMatchObject({ level: 2, title: '政治素养标准不高', runIn: true, marker: '（一）', markerStart: 0, markerLength: 3 });
  });

  it('does not take a long numbered sentence for a heading', () => {
    const text = '1.' + '我'.repeat(80);
    expect(recogniseHeading({ text }, 0)).toBeNull();
  });

  it('finds the four level-1 headings and three level-2 headings of the seed', () => {
    const hs = recogniseHeadings(seedDoc());
    expect(hs.filter((h) => h.level === 1).map((h) => h.title)).toEqual(['学习情况', '作风建设存在的问题', '产生问题的原因分析', '今后的努力方向和改进措施']);
    expect(hs.filter((h) => h.level === 2).map((h) => h.number)).toEqual([1, 2, 3]);
  });
});

describe('run-in series', () => {
  it('finds 一是/二是/三是 inside one paragraph, after a sentence end', () => {
    const lines = seedLines();
    const study = lines[lineIndex(lines, '为增强履职能力')];
    const items = findSeriesItems(study, 2);
    expect(items.map((i) => [i.number, i.word])).toEqual([
      [1, '是'],
      [2, '是'],
      [3, '是'],
    ]);
    expect(study.slice(items[0].start, items[0].start + items[0].length)).toBe('一是');
  });

  it('chains paragraphs that start with 一是/二要/三要 into one series', () => {
    const doc = seedDoc();
    const groups = recogniseSeries(doc, recogniseHeadings(doc));
    const measures = groups.find((g) => g.map((i) => i.word).join('') === '是要要');
    expect(measures).toBeDefined();
    expect(measures!.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(new Set(measures!.map((i) => i.paragraph)).size).toBe(3);
  });

  it('does not see a series in 统一是 or 唯一是 or 一方面', () => {
    expect(findSeriesItems('我们要统一是非标准，唯一是从，一方面要学习，另一方面要实践', 0)).toEqual([]);
  });

  it('works with half-width punctuation', () => {
    const items = findSeriesItems('主要有三点:一是学习不够,二是落实不力;三是作风不实.', 0);
    expect(items.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('keeps a lone 一是 paragraph out of the series list', () => {
    const doc = modelFromLines(['一是要学习。']);
    expect(recogniseSeries(doc, [])).toEqual([]);
  });
});

describe('outline scanners (property)', () => {
  // Marker and series material in both widths, blanks of every kind, and ordinary text.
  const piece = fc.constantFrom(...'一二三四十两0129０１９()（）、.．,，;；:：!！?？。 　\t\u00a0是要则来学习问题'.split(''), '一是', '（一）', '1.', '十一、');
  // Paragraph starts are where markers live: bias the first characters towards marker material.
  const markerish = fc.constantFrom(...'一二十0１9()（）、.．,，　 \t'.split(''));
  const text = fc.tuple(fc.array(markerish, { maxLength: 6 }), fc.array(piece, { maxLength: 30 })).map(([a, b]) => a.join('') + b.join(''));

  it('parseMarker reads only the marker prefix yet finds what a whole-paragraph scan finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(parseMarker(t)).toEqual(parseHalfWidthMarker(toHalfWidth(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('findSeriesItems needs no half-width conversion', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findSeriesItems(t, 0)).toEqual(findSeriesItems(toHalfWidth(t), 0));
      }),
      { numRuns: 3000 },
    );
  });
});
