import { report, type Finding, type Rule } from '../findings';
import { countRestatedClauses } from '../analyze';
import { formatChineseNumber } from '../text';

/** A count the opening declares ("十个方面问题", "五个聚焦") that the text does not bear out. */
export const countMismatch: Rule = {
  id: 'claims/count-mismatch',
  category: 'claims',
  description: { zh: '开篇声明的数量（如“十个方面问题”“五个聚焦”）与正文不符', en: 'A count declared in the opening does not match the text' },
  messages: {
    clauses: {
      zh: '开篇称“{claim}”，但问题部分只列出{found}个方面（“有没有……等问题”共{found}处）。请核对：补齐缺少的方面，或把开篇改为“{fix}”。',
      en: 'The opening says "{claim}" but the problems section lists {found} aspects. Add the missing ones or change the opening to "{fix}".',
    },
    blocks: {
      zh: '开篇称“{claim}”，但问题部分有{found}个分项。请核对数量，使开篇与正文一致。',
      en: 'The opening says "{claim}" but the problems section has {found} items. Make them agree.',
    },
  },
  run({ doc, analysis }) {
    const out: Finding[] = [];
    const clauses = countRestatedClauses(doc, analysis);
    const blocks = analysis.blocks.length;
    const formula = analysis.blocks.filter((b) => b.kind === 'formula').length;
    for (const c of analysis.claims) {
      if (c.aboutProblems) {
        const found = clauses > 0 ? clauses : blocks;
        if (found === 0 || found === c.count) continue;
        const fix = c.text.replace(/^([一二三四五六七八九十两]{1,3}|\d{1,2})/, /^\d/.test(c.text) ? String(found) : formatChineseNumber(found));
        out.push(report(this, clauses > 0 ? 'clauses' : 'blocks', 'warning', c.paragraph, { claim: c.text, found, fix }, { start: c.start, length: c.length }));
      } else {
        const found = c.noun === '聚焦' && formula > 0 ? formula : blocks;
        if (found === 0 || found === c.count) continue;
        out.push(report(this, 'blocks', 'warning', c.paragraph, { claim: c.text, found }, { start: c.start, length: c.length }));
      }
    }
    return out;
  },
};
