import { report, type Finding, type Rule } from '../findings';
import { concreteRegex, hanCount, isConcreteAt, ownItems, qualityNumber, sectionBody } from './quality-common';

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
    for (const i of sectionBody(ctx, 'problems')) {
      if (ctx.analysis.placeholderParagraphs.has(i)) continue;
      const text = ctx.doc.paragraphs[i].text;
      for (const item of ownItems(ctx, i) ?? []) {
        const s = text.slice(item.start, item.end);
        if (hanCount(s) < min || isConcreteAt(text, item.start, item.end, re)) continue;
        const lead = s.length - s.trimStart().length;
        const excerpt = s.trim().slice(0, 18) + (s.trim().length > 18 ? '…' : '');
        out.push(report(this, 'vague', 'warning', i, { excerpt }, { start: item.start + lead, length: Math.min(s.trim().length, 18) }));
      }
    }
    return out;
  },
};
