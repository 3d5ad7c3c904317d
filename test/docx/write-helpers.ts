/**
 * Test helpers for the .docx writers: seed variants with parts removed, built as real .docx files
 * in the fixture styles (typed numbers, heading styles, auto-numbering, WPS, tables/images/comments/tracked changes).
 */
import { buildDocx, type BodyItem, type ParaSpec } from '../fixtures/docx-builder';
import { seedLines } from '../helpers/docs';

export type Variant = 'typed' | 'styled' | 'autonum' | 'wps' | 'rich';
export const VARIANTS: Variant[] = ['typed', 'styled', 'autonum', 'wps', 'rich'];

/** Seed line ranges of the removable parts (the problems heading itself always stays). */
export const PARTS: Record<string, [number, number]> = {
  preamble: [0, 0],
  study: [1, 2],
  f1: [4, 4],
  f2: [5, 5],
  f3: [6, 6],
  f4: [7, 7],
  f5: [8, 8],
  causes: [9, 12],
  measures: [13, 16],
};

const LEVEL1 = /^[一二三四五六七八九十]+、/;
const LEVEL2 = /^（[一二三四五六七八九十]+）/;

/** Seed lines without the given parts. */
export function seedWithout(removed: readonly string[]): string[] {
  const lines = seedLines();
  const drop = new Set<number>();
  for (const r of removed) {
    const [a, b] = PARTS[r];
    for (let i = a; i <= b; i++) drop.add(i);
  }
  return lines.filter((_, i) => !drop.has(i));
}

/** Builds a .docx of `lines` in one of the fixture styles. */
export function buildVariant(lines: readonly string[], variant: Variant): Uint8Array {
  switch (variant) {
    case 'typed':
      return buildDocx({ body: lines.map((text) => ({ text })) });
    case 'styled':
      return buildDocx({ body: lines.map((text) => ({ text, style: LEVEL1.test(text) ? 'Heading1' : LEVEL2.test(text) ? 'Heading2' : undefined })) });
    case 'wps':
      return buildDocx({ body: lines.map((text) => ({ text, style: LEVEL1.test(text) ? '2' : LEVEL2.test(text) ? '3' : '1' })), styles: 'wps' });
    case 'autonum':
      return buildDocx({
        body: lines.map((text): ParaSpec => {
          if (LEVEL1.test(text)) return { text: text.replace(LEVEL1, ''), style: 'Heading1', numId: 1, ilvl: 0 };
          if (LEVEL2.test(text)) return { text: text.replace(LEVEL2, ''), numId: 1, ilvl: 1 };
          return { text };
        }),
        numbering: true,
      });
    case 'rich': {
      // A table (with a nested table) after the first paragraph, an image and a text box in the first
      // paragraph, tracked changes and a comment in the first body paragraph after the second line, an empty paragraph before the last.
      const body: BodyItem[] = [];
      const changeAt = lines.findIndex((l, i) => i >= 2 && !LEVEL1.test(l) && !LEVEL2.test(l));
      lines.forEach((text, i) => {
        if (i === 0) body.push({ runs: [text, { image: true }, { textbox: '文本框中的文字' }] });
        else if (i === changeAt) body.push({ runs: [text.slice(0, 10), { text: '（已删除）', change: 'del' }, { text: '（新增）', change: 'ins' }, text.slice(10), { commentRef: 0 }] });
        else body.push({ text, style: LEVEL1.test(text) ? 'Heading1' : undefined });
        if (i === 0) body.push({ rows: [[[{ text: '姓名' }], [{ text: '职务' }]], [[{ text: '张三' }], [{ text: '党支部书记' }, { rows: [[[{ text: '嵌套表格' }]]] }]]] });
        if (i === lines.length - 2) body.push({ text: '' });
      });
      return buildDocx({ body, comments: [{ id: 0, text: '批注：请补充具体事例' }], image: true });
    }
  }
}
