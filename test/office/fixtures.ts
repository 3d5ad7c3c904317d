/** Documents and plans shared by the Word adapter tests. */
import { FakeWordDocument, installFakeWord, type ApiVersion, type FakeParagraphInit, type InstalledFake } from '../fakes/fake-word';
import type { InsertPlan } from '../../src/core/plan';

export const HEADING_FONT = { name: '黑体', size: 16, bold: true };

/** A small report with typed headings 一、二、 and a mis-numbered 三 that should become 四. */
export function smallDoc(): (FakeParagraphInit | string)[] {
  return [
    { text: '关于作风建设专项行动的对照检查材料', alignment: 'Centered', font: { name: '方正小标宋简体', size: 22 } },
    '按照市委有关要求，现就有关情况汇报如下：',
    { text: '一、学习情况', font: HEADING_FONT },
    '我坚持学深学透。一是深化学习内容。',
    { text: '二、作风建设存在的问题', font: HEADING_FONT },
    '（一）思想作风方面。学习不够深入。',
    { text: '三、今后的努力方向和改进措施', font: HEADING_FONT },
    '一是要强化理论学习。',
  ];
}

/** Inserts section 三 (heading + placeholder) after paragraph 5 and renumbers the old 三 to 四. */
export function sectionPlan(): InsertPlan {
  return {
    ops: [
      {
        key: 'section:causes',
        kind: 'section',
        label: '三、产生问题的原因分析',
        anchor: 5,
        position: 'after',
        styleFrom: 4,
        paragraphs: [
          { text: '三、产生问题的原因分析', role: 'heading1' },
          { text: '【待填写：从思想、政治、作风等方面剖析原因】', role: 'body' },
        ],
      },
    ],
    renumber: [{ paragraph: 6, start: 0, length: 1, from: '三', to: '四' }],
  };
}

/** A long document: `n` paragraphs, a typed heading every 50. */
export function bigDoc(n: number): (FakeParagraphInit | string)[] {
  const out: (FakeParagraphInit | string)[] = [];
  for (let i = 0; i < n; i++) {
    out.push(i % 50 === 0 ? { text: `${i / 50 + 1}. 第${i / 50 + 1}部分`, font: HEADING_FONT } : `正文第${i}段，内容不重复。`);
  }
  return out;
}

export function setup(paragraphs: (FakeParagraphInit | string)[], version: ApiVersion = '1.3'): InstalledFake {
  const doc = new FakeWordDocument(paragraphs);
  doc.apiVersion = version;
  return installFakeWord(doc);
}
