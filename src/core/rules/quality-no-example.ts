import { report, type Finding, type Rule, type RuleContext } from '../findings';
import { headingItems, headingTitle, seriesCount, type HeadingItem } from './quality-items';
import { concreteRegex, forEachLogical, hanCount, isConcreteAt, logicalOwnItems, qualityNumber, sectionBody } from './quality-common';
import { toOriginal } from './text-logical';
import type { FocusAreaResult } from '../result';

/**
 * Paragraphs where focus/restated-only already says the item only restates the requirement or is too thin
 * (and no addressed aspect has its evidence): that finding asks for the example, so this rule says nothing
 * there — one problem, one finding.
 */
export function restatedParagraphs(areas: readonly FocusAreaResult[]): Set<number> {
  const weak = new Set<number>();
  const addressed = new Set<number>();
  for (const f of areas)
    for (const a of f.aspects) {
      if (a.status === 'addressed') for (const p of a.paragraphs) addressed.add(p);
      else if (a.status === 'weak' && a.reason !== 'placeholder') {
        const at = a.paragraphs[0] ?? f.paragraph;
        if (at !== null && at !== undefined) weak.add(at);
      }
    }
  for (const p of addressed) weak.delete(p);
  return weak;
}

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
    const restated = restatedParagraphs(ctx.analysis.focusAreas);
    const own = (paragraphs: readonly number[]) =>
      forEachLogical(ctx, paragraphs, (lp, text) => {
        for (let p = lp.first; p <= lp.last; p++) if (ctx.analysis.placeholderParagraphs.has(p) || restated.has(p)) return;
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
    for (const item of headingItems(ctx, sectionBody(ctx, 'problems'))) {
      const h = item.heading;
      if (!h || !isProblemHeading(ctx, item)) {
        own(item.paragraphs);
        continue;
      }
      // A problem given as a heading ("（一）理论学习不够深入") and the body under it: one problem, concrete when
      // an example is anywhere in it; reported once, on the heading.
      const all = [h.paragraph, ...item.paragraphs];
      if (all.some((p) => ctx.analysis.placeholderParagraphs.has(p) || restated.has(p))) continue;
      const title = headingTitle(ctx, h);
      const texts = [title.text, ...item.paragraphs.map((p) => ctx.doc.paragraphs[p].text)];
      // A heading with no body is the whole problem: judged on its own words, however short a problem may be.
      if (hanCount(texts.join('')) < (item.paragraphs.length ? min : HEADING_ONLY_MIN)) continue;
      if (isConcreteAt(ctx.doc.paragraphs[h.paragraph].text, title.start, ctx.doc.paragraphs[h.paragraph].text.length, re)) continue;
      if (item.paragraphs.some((p) => isConcreteAt(ctx.doc.paragraphs[p].text, 0, ctx.doc.paragraphs[p].text.length, re))) continue;
      const t = title.text.trim();
      const excerpt = t.slice(0, 18) + (t.length > 18 ? '…' : '');
      out.push(report(this, 'vague', 'warning', h.paragraph, { excerpt }, { start: title.start + (title.text.length - title.text.trimStart().length), length: Math.min(t.length, 18) }));
    }
    return out;
  },
};

/** Han characters a heading-only problem needs to be judged (a bare title such as “学习方面” is excluded anyway). */
const HEADING_ONLY_MIN = 8;

/**
 * A heading that states one problem, its body the detail (or none): not a group title, not an area ("…方面", whose body may
 * hold several problems), a body of one to three paragraphs with no 一是…二是… list in it.
 */
function isProblemHeading(ctx: RuleContext, item: HeadingItem): boolean {
  const h = item.heading;
  if (!h || item.group || item.paragraphs.length > 3) return false;
  if (/方面|问题[:：]?$/.test(h.title)) return false;
  return seriesCount(ctx, item.paragraphs) < 2;
}
