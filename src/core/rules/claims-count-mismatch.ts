import { report, type Finding, type Rule } from '../findings';
import { formatChineseNumber } from '../text';

/**
 * A declared count ("十个方面问题", "五个聚焦", "六个带头") that the text does not bear out. The claims stage
 * (stages/claims.ts) reads each distinct claim once, gives it its role and checks it against the unit it counts;
 * this rule reports each mismatch once. It is the only rule that reports a count gap (focus/missing does not).
 */
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
    blocksNamed: {
      zh: '开篇称“{claim}”，但问题部分只有{found}个分项，缺少{names}。请补写缺少的方面，或更正开篇的表述。',
      en: 'The opening says "{claim}" but the problems section has {found} items; missing: {names}. Add them or correct the opening.',
    },
    problems: {
      zh: '开篇称“{claim}”，但问题部分列出{found}个{unit}。请核对：补齐缺少的问题，或把开篇改为“{fix}”。',
      en: 'The opening says "{claim}" but the problems section lists {found} {unitEn}. Add the missing ones or change the opening to "{fix}".',
    },
  },
  run({ analysis }) {
    const out: Finding[] = [];
    for (const c of analysis.claims) {
      if (c.role === 'ignored' || c.actual === undefined || c.actual === 0 || c.actual === c.count) continue;
      const found = c.actual;
      const fix = c.text.replace(/^([一二三四五六七八九十两]{1,3}|\d{1,2})/, /^\d/.test(c.text) ? String(found) : formatChineseNumber(found));
      const span = { start: c.start, length: c.length };
      if (c.against === 'clauses') out.push(report(this, 'clauses', 'warning', c.paragraph, { claim: c.text, found, fix }, span));
      else if (c.missingNames?.length) out.push(report(this, 'blocksNamed', 'warning', c.paragraph, { claim: c.text, found, names: c.missingNames.map((x) => `“${x}”`).join('') }, span));
      else if (c.against === 'items' || c.against === undefined) out.push(report(this, 'blocks', 'warning', c.paragraph, { claim: c.text, found }, span));
      else {
        const unit = c.against === 'aspects' ? '方面' : '具体问题';
        out.push(report(this, 'problems', 'warning', c.paragraph, { claim: c.text, found, fix, unit, unitEn: c.against === 'aspects' ? 'aspects' : 'problems' }, span));
      }
    }
    return out;
  },
};
