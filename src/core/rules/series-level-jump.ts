import { report, type Finding, type Rule } from '../findings';
import type { Heading } from '../analysis';

const EXAMPLE: Record<number, string> = { 1: '一、', 2: '（一）', 3: '1.' };

/**
 * A heading level that jumps: 一、 followed directly by 1. with no （一） in between. Numbering gaps
 * and duplicates within a level are structure/numbering's.
 */
export const seriesLevelJump: Rule = {
  id: 'series/level-jump',
  category: 'series',
  description: { zh: '标题层级跳级（如“一、”下直接用“1.”，缺少“（一）”一级）', en: 'A heading level is skipped (e.g. 一、 followed by 1. with no （一）)' },
  messages: {
    jump: {
      zh: '标题层级跳级：“{parent}”下直接用了“{marker}”，中间缺少“{missing}”一级。文中其他地方用了“（一）”，请在此处补上二级标题或把“{marker}”改为“（一）”样式。',
      en: 'Heading level skipped: "{marker}" directly under "{parent}" with no "{missing}" level, although the document uses （一） elsewhere.',
    },
    jumpTwoLevel: {
      zh: '标题层级跳级：“{parent}”下直接用了“{marker}”，中间没有“{missing}”一级。按 GB/T 9704—2012，层次依次为“一、”“（一）”“1.”“（1）”；如本单位规定只有两层时可用“1.”，可忽略此提示。',
      en: 'Heading level skipped: "{marker}" directly under "{parent}" with no "{missing}". GB/T 9704-2012 orders levels 一、（一）1.（1）; ignore if local rules allow 一、 then 1. for two levels.',
    },
  },
  run({ analysis }) {
    const out: Finding[] = [];
    const hs = analysis.headings.filter((h) => h.form !== 'style' || h.source === 'list');
    const usesLevel2 = hs.some((h) => h.level === 2);
    let prev: Heading | null = null;
    let parent: Heading | null = null;
    for (const h of hs) {
      if (h.level === 1) parent = h;
      if (prev && parent && h.level - prev.level >= 2) {
        const data = { parent: parent.marker || parent.title, marker: h.marker || h.title, missing: EXAMPLE[prev.level + 1] };
        out.push(report(this, usesLevel2 ? 'jump' : 'jumpTwoLevel', usesLevel2 ? 'warning' : 'info', h.paragraph, data, h.source === 'typed' ? { start: h.markerStart, length: h.markerLength } : {}));
      }
      prev = h;
    }
    return out;
  },
};
