import { report, type Finding, type Rule, type RuleContext } from '../findings';
import { headingItems, headingTitle, seriesCount } from './quality-items';
import { anyOf, forEachLogical, hanCount, logicalOwnItems, paragraphIndex, qualityNumber, qualityStrings, sectionBody } from './quality-common';
import { toOriginal } from './text-logical';
import { normalizeText } from '../packs';

/** Time limits and regular rhythms (profile.quality.measureTimeMarkers). */
export const DEFAULT_TIME = [
  '[0-9０-９]',
  '年底|年末|年内|年前|月底|月末|季度|半年|每[年季月周天]|定期|限期|时限|之前|以前|前完成|立行立改|本年度|今年|明年|[一二三四五六七八九十]{1,2}月',
];
/** Owners (profile.quality.measureOwnerMarkers). */
export const DEFAULT_OWNER = ['责任人|牵头|负责人|责任单位|由[^。；]{1,10}负责'];
/** Checkable outcomes (profile.quality.measureOutcomeMarkers). */
export const DEFAULT_OUTCOME = [
  '台账|清单|销号|不少于|不低于|至少|达到|完成率|覆盖率',
  '(?:形成|建立|制定|健全|完善)[^。；]{0,10}(?:制度|机制|台账|方案|办法|清单|报告)',
  '撰写|(?:提交|形成)[^。；]{0,8}(?:报告|体会|心得|材料|论文)',
];

/** A measure with no time limit, owner or checkable outcome. */
export const qualityMeasureDeadline: Rule = {
  id: 'quality/measure-deadline',
  category: 'quality',
  description: { zh: '整改措施没有完成时限、责任人或可检验的目标', en: 'A measure with no deadline, owner or checkable outcome' },
  messages: {
    vague: {
      zh: '整改措施“{excerpt}”没有完成时限、责任人或可检验的目标。请写明何时完成、由谁负责、做到什么程度（如“每季度……”“年底前建立……台账”）。',
      en: 'The measure "{excerpt}" has no deadline, owner or checkable outcome; say when, who and what result.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    const p = ctx.profile;
    const re = anyOf([
      ...qualityStrings(p, 'measureTimeMarkers', DEFAULT_TIME),
      ...qualityStrings(p, 'measureOwnerMarkers', DEFAULT_OWNER),
      ...qualityStrings(p, 'measureOutcomeMarkers', DEFAULT_OUTCOME),
    ]);
    const min = qualityNumber(p, 'measureMinChars', 15);
    const has = (i: number, from = 0) => re !== null && re.test(normalizeText(ctx.doc.paragraphs[i].text).slice(from));
    const placeholder = (i: number) => ctx.analysis.placeholderParagraphs.has(i);
    // Measures given as headings: the heading and the body under it are one measure (a deadline in either is
    // enough); a heading with no body is a measure too. A list of 一是…二是… under a heading is judged item by item.
    for (const item of headingItems(ctx, sectionBody(ctx, 'measures'))) {
      const h = item.heading;
      if (!h) {
        judgeAlone(this, ctx, item.paragraphs, re, min, out);
        continue;
      }
      if (item.group || placeholder(h.paragraph) || item.paragraphs.some(placeholder)) continue;
      const title = headingTitle(ctx, h);
      if (has(h.paragraph, title.start)) continue;
      if (seriesCount(ctx, item.paragraphs) >= 2) {
        judgeAlone(this, ctx, item.paragraphs, re, min, out);
        continue;
      }
      const t = title.text.trim();
      if (item.paragraphs.some((i) => has(i)) || hanCount(t) < 2) continue;
      const start = title.start + (title.text.length - title.text.trimStart().length);
      out.push(report(this, 'vague', 'info', h.paragraph, { excerpt: t.slice(0, 16) + (t.length > 16 ? '…' : '') }, { start, length: Math.min(t.length, 16) }));
    }
    return out;
  },
};

/** The measures in paragraphs of their own (not under a heading of their own), each judged alone. */
function judgeAlone(rule: Rule, ctx: RuleContext, paragraphs: readonly number[], re: RegExp | null, min: number, out: Finding[]): void {
  forEachLogical(ctx, paragraphs, (lp, text) => {
    for (let q = lp.first; q <= lp.last; q++) if (ctx.analysis.placeholderParagraphs.has(q)) return;
    const heading = paragraphIndex(ctx.analysis).headingAt.get(lp.first);
    // A run-in heading with body text: the measure is the heading plus its body (and its wrapped lines).
    const items = heading && heading.runIn ? [{ start: heading.markerStart, end: text.length }] : logicalOwnItems(ctx, lp);
    for (const item of items ?? []) {
      const s = text.slice(item.start, item.end);
      if (hanCount(s) < min || (re && re.test(normalizeText(text).slice(item.start, item.end)))) continue;
      const t = s.trim();
      const at = toOriginal(lp, item.start + (s.length - s.trimStart().length));
      const line = ctx.doc.paragraphs[at.paragraph].text;
      out.push(report(rule, 'vague', 'info', at.paragraph, { excerpt: t.slice(0, 16) + (t.length > 16 ? '…' : '') }, { start: at.offset, length: Math.min(t.length, 16, line.length - at.offset) }));
    }
  });
}
