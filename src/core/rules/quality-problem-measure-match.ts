import { report, type Finding, type Rule } from '../findings';
import type { Matcher } from '../profile';
import { normalizeForMatch, score } from '../text';
import { hanCount, sectionBody } from './quality-common';

/**
 * A focus area whose problems have no measure that answers them: none of the focus area's keywords
 * (plus profile.quality.measureKeywords[focusId]) appears in the measures section.
 */
export const qualityProblemMeasureMatch: Rule = {
  id: 'quality/problem-measure-match',
  category: 'quality',
  description: { zh: '某个重点方面查摆了问题，但整改措施中没有对应的措施', en: 'A focus area has problems but no matching measure' },
  messages: {
    unanswered: {
      zh: '“{title}”方面查摆了问题，但整改措施中没有针对这方面的措施。请在整改措施部分补写对应措施（如涉及“{words}”的具体做法）。',
      en: 'Problems were found under "{title}" but no measure addresses them; add a matching measure (e.g. about "{words}").',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    const measures = sectionBody(ctx, 'measures').filter((i) => !ctx.analysis.placeholderParagraphs.has(i));
    // Paragraph by paragraph: never one giant string for the whole section of a long document.
    let han = 0;
    for (const i of measures) if ((han += hanCount(ctx.doc.paragraphs[i].text)) >= 20) break;
    if (han < 20) return out;
    // Normalised on demand: an area usually finds its words within the first few measures.
    const norms: string[] = [];
    const norm = (k: number) => (norms[k] ??= normalizeForMatch(ctx.doc.paragraphs[measures[k]].text));
    const extra = (ctx.profile.quality.measureKeywords ?? {}) as Record<string, unknown>;
    for (const f of ctx.profile.focusAreas) {
      const result = ctx.analysis.focusAreas.find((r) => r.id === f.id);
      if (!result || result.status === 'missing' || result.paragraph === null) continue;
      // Only areas where the writer found problems in their own words.
      if (!result.aspects.some((a) => a.status === 'addressed')) continue;
      const more = Array.isArray(extra[f.id]) ? (extra[f.id] as unknown[]).filter((x): x is string => typeof x === 'string').map((text): Matcher => ({ text, weight: 1 })) : [];
      const matchers = [...f.keywords, ...more];
      if (measures.some((_, k) => score(norm(k), matchers).score > 0)) continue;
      const words = matchers.slice(0, 3).map((m) => m.text ?? m.regex).join('”“');
      out.push(report(this, 'unanswered', 'info', result.paragraph, { title: f.title, words }));
    }
    return out;
  },
};
