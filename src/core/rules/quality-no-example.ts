import { report, type Finding, type Rule } from '../findings';
import { concreteRegex, forEachLogical, hanCount, isConcreteAt, logicalOwnItems, qualityNumber, sectionBody } from './quality-common';
import { toOriginal } from './text-logical';

/** A problem item in the writer's own words with no concrete instance (见人见事). */
export const qualityNoExample: Rule = {
  id: 'quality/no-example',
  category: 'quality',
  description: { zh: '查摆的问题没有具体事例（时间、地点、数字、具体工作），不够“见人见事”', en: 'A problem stated with no concrete instance (time, place, number or named piece of work)' },
  messages: {
    vague: {
      zh: '问题不具体，建议见人见事：“{excerpt}”没有具体事例。请补充“比如……”，写明时间、地点、数字或具体哪项工作。',
      en: 'The problem is not specific: "{excerpt}" gives no concrete instance. Add an example with a time, place, number or named piece of work.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    const re = concreteRegex(ctx.profile);
    const min = qualityNumber(ctx.profile, 'problemMinChars', 20);
    // In a hard-wrapped copy the problem is judged over its joined lines (forEachLogical), reported on its first line.
    forEachLogical(ctx, sectionBody(ctx, 'problems'), (lp, text) => {
      for (let p = lp.first; p <= lp.last; p++) if (ctx.analysis.placeholderParagraphs.has(p)) return;
      for (const item of logicalOwnItems(ctx, lp) ?? []) {
        const s = text.slice(item.start, item.end);
        if (hanCount(s) < min || isConcreteAt(text, item.start, item.end, re)) continue;
        const lead = s.length - s.trimStart().length;
        const excerpt = s.trim().slice(0, 18) + (s.trim().length > 18 ? '…' : '');
        const at = toOriginal(lp, item.start + lead);
        const line = ctx.doc.paragraphs[at.paragraph].text;
        out.push(report(this, 'vague', 'warning', at.paragraph, { excerpt }, { start: at.offset, length: Math.min(s.trim().length, 18, line.length - at.offset) }));
      }
    });
    return out;
  },
};
