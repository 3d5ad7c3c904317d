import { report, type Finding, type Rule } from '../findings';
import { PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN } from '../plan';
import { Mark } from '../marks';

/** Template residue: xx, XX, **, 202X, ____, 〔*〕, x人, and our own 【待填写：…】 skeleton placeholders. */
const RESIDUE: { re: RegExp; what: string }[] = [
  { re: /(?<![A-Za-z])(?:[xX×]{2,}|ｘ{2,}|Ｘ{2,})(?![A-Za-z])/g, what: '“xx”' },
  { re: /(?<![A-Za-z])[xX×][人次个件名项条家处](?![A-Za-z])/g, what: '“x人”类数字占位' },
  { re: /\*{2,}|＊{2,}/g, what: '“**”' },
  { re: /20[0-9xX][xX]年|20[xX]{2}/g, what: '“202X”' },
  { re: /_{3,}|＿{2,}/g, what: '“____”' },
  { re: /[〔［\[][*＊][〕］\]]/g, what: '“〔*〕”' },
];

/* Every RESIDUE pattern needs one of x X × ｘ Ｘ * ＊ _ ＿ 〔 ［ [: the analysis marks such paragraphs (Mark.residue). */

export const placeholder: Rule = {
  id: 'text/placeholder',
  category: 'text',
  description: { zh: '模板残留或未填写的占位内容（xx、**、202X、____、【待填写：…】）', en: 'Template residue or unfilled placeholders' },
  messages: {
    ours: { zh: '尚未填写：{hint}。请用自己的内容替换整个【待填写：…】。', en: 'Not filled in yet: {hint}. Replace the whole 【待填写：…】 with your own text.' },
    residue: { zh: '模板残留{what}：“{text}”。请替换为实际内容。', en: 'Template residue {what}: "{text}". Replace it with real content.' },
  },
  run({ doc, analysis }) {
    const out: Finding[] = [];
    doc.paragraphs.forEach((p, i) => {
      const marks = analysis.marks[i];
      if (!(marks & (Mark.placeholder | Mark.residue))) return;
      const t = p.text;
      const covered: [number, number][] = [];
      if (marks & Mark.placeholder)
        for (let s = t.indexOf(PLACEHOLDER_OPEN); s !== -1; s = t.indexOf(PLACEHOLDER_OPEN, s + 1)) {
        const close = t.indexOf(PLACEHOLDER_CLOSE, s + PLACEHOLDER_OPEN.length);
        const e = close === -1 ? t.length : close + PLACEHOLDER_CLOSE.length;
        covered.push([s, e]);
        out.push(report(this, 'ours', 'warning', i, { hint: t.slice(s + PLACEHOLDER_OPEN.length, close === -1 ? t.length : close) }, { start: s, length: e - s }));
      }
      if (!(marks & Mark.residue)) return;
      for (const { re, what } of RESIDUE) {
        re.lastIndex = 0;
        for (let m = re.exec(t); m; m = re.exec(t)) {
          const s = m.index;
          if (covered.some(([a, b]) => s >= a && s < b)) continue;
          covered.push([s, s + m[0].length]);
          out.push(report(this, 'residue', 'warning', i, { what, text: m[0] }, { start: s, length: m[0].length }));
        }
      }
    });
    return out;
  },
};
