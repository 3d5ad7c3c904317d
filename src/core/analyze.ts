/**
 * The analysis: a pipeline of stages, each a module under src/core/stages with a typed result and no knowledge of
 * the later ones —
 *   1. normalise   matching view (script folding, widths), non-content lines, logical paragraphs of hard-wrapped text
 *   2. outline     headings and levels (typed, styled, auto-numbered), run-in series (outline.ts)
 *   3. sections    which heading is which section, by concept, position and structure; missing headings
 *   4. focus items the items of the problems section
 *   5. coverage    addressed / weak / missing per item and aspect
 *   6. claims      declared counts, their roles, and what each is checked against
 * `analyze` composes them; rules read the results and never re-derive them. Pure and linear.
 */
import type { DocModel } from './model';
import type { Profile } from './profile';
import type { Analysis, Heading } from './analysis';
import type { FocusAreaResult } from './result';
import { recogniseHeadings, recogniseSeries } from './outline';
import { Mark, paragraphMarks } from './marks';
import { normalizeForMatch } from './text';
import { normalise } from './stages/normalise';
import { findSections } from './stages/sections';
import { countSubItems, findFocusItems, focusRegion } from './stages/focus-items';
import { assignBlocks, blankPlaceholders, countRestatedClauses, coverDocumentItems, coverFocus, explainCoverage, restatedLength } from './stages/coverage';
import { checkClaims, readClaims } from './stages/claims';

export { sectionScore } from './stages/sections';
export { blankPlaceholders, restatedLength, countRestatedClauses } from './stages/coverage';
export { findClaims } from './stages/claims';

export function analyze(doc: DocModel, profile: Profile): Analysis {
  const ps = doc.paragraphs;
  const norm = normalise(doc);
  const outline: Heading[] = recogniseHeadings(doc);
  const sec = findSections(doc, profile, norm, outline);
  const { headings, spans, title, usedHeadings } = sec;
  const level1 = headings.filter((h) => h.level === 1 && h.paragraph !== title);
  const firstL1 = level1.length ? level1[0].paragraph : -1;

  const marks = paragraphMarks(ps);
  const placeholderParagraphs = new Set<number>();
  marks.forEach((m, i) => {
    if (m & Mark.placeholder) placeholderParagraphs.add(i);
  });

  // Claims are read before the focus items: a generic profile takes the framework count from them.
  const preSpec = profile.sections.find((s) => s.kind === 'preamble');
  const holder = profile.sections.find((s) => s.holdsFocusAreas);
  const holderSpan = holder ? spans[holder.id] : undefined;
  const opening: number[] = [];
  if (preSpec && spans[preSpec.id]) for (let i = spans[preSpec.id].start; i <= spans[preSpec.id].end; i++) opening.push(i);
  const headingAt = new Map(headings.map((h) => [h.paragraph, h]));
  const leadIns: number[] = [];
  if (holderSpan) for (let i = holderSpan.start; i <= holderSpan.end; i++) if (!headingAt.has(i)) leadIns.push(i);

  const holderMissingHeading = Boolean(holder && sec.sections.find((s) => s.id === holder.id)?.headingMissing);
  const region = focusRegion(doc, norm, holderSpan, holderMissingHeading, sec.sectionOfParagraph, title, usedHeadings, firstL1);
  const items = findFocusItems(doc, norm, region, headingAt);
  const blocks = items.blocks;
  const read = readClaims(norm, ps.map((p) => p.text), opening, leadIns, { items: blocks.length, titles: blocks.map((b) => ps[b.start].text.slice(0, 60)) });

  const restatedCache = new Map<number, number>();
  /** A line that continues a hard-wrapped sentence (not the first line of its logical paragraph). */
  const continues = (i: number) => norm.logical[norm.logicalOf[i]].first !== i;
  const restated = (i: number) => {
    let r = restatedCache.get(i);
    if (r === undefined) restatedCache.set(i, (r = continues(i) ? 0 : restatedLength(ps[i].text)));
    return r;
  };
  for (const b of blocks) for (let i = b.start; i <= b.end; i++) if (!headingAt.has(i)) b.restated.set(i, restated(i));

  /** The writer's own words in a paragraph of a block: no heading title, no restatement, no placeholder. */
  const blockStarts = new Set(blocks.map((b) => b.start));
  const ownText = (i: number): string => {
    const p = ps[i];
    const h = headingAt.get(i);
    let from = 0;
    // A numbered sub-item inside an item ("1. 推动产业转型升级的办法不多，…") is the writer's own finding.
    if (h && !blockStarts.has(i) && h.level === 3) return blankPlaceholders(p.text.slice(h.source === 'typed' ? h.titleStart : 0));
    if (h) {
      if (!h.runIn) return '';
      from = p.text.indexOf(h.title, h.titleStart) + h.title.length;
    } else from = restated(i);
    return blankPlaceholders(p.text.slice(from));
  };
  const restatedText = (i: number): string => {
    const h = headingAt.get(i);
    if (h) return h.title;
    return ps[i].text.slice(0, restated(i));
  };
  // Block assignment and coverage both match against the writer's own words: normalise them once.
  const ownNormCache = new Map<number, string>();
  // In hard-wrapped text a keyword may be split by a line break: the first line of a logical paragraph is matched
  // with the whole paragraph's own words, its continuation lines with nothing.
  const ownNorm = (i: number): string => {
    let r = ownNormCache.get(i);
    if (r === undefined) {
      let own = continues(i) ? '' : ownText(i);
      if (!continues(i)) for (let k = i + 1; k <= norm.logical[norm.logicalOf[i]].last; k++) if (!headingAt.has(k)) own += blankPlaceholders(ps[k].text);
      ownNormCache.set(i, (r = normalizeForMatch(own)));
    }
    return r;
  };

  let focusAreas: FocusAreaResult[];
  const explanations = [...norm.explanations, ...sec.explanations, ...read.explanations, ...items.explanations];
  let declaredFocusCount: number | null = null;
  if (!profile.focusFromDocument) {
    assignBlocks(blocks, profile.focusAreas, (i) => normalizeForMatch(restatedText(i) || ps[i].text.slice(0, 80)), ownNorm);
    const texts = ps.map((p) => p.text);
    focusAreas = profile.focusAreas.map((f) => coverFocus(f, blocks.filter((b) => b.focusId === f.id), ownText, ownNorm, restatedText, texts));
    explanations.push(...explainCoverage(focusAreas));
  } else {
    declaredFocusCount = read.framework ? read.framework.count : null;
    // A heading that is a whole sentence ("（一）在理论学习方面，还存在学习不够深入的问题") holds words after its lead-in.
    const headOwn = (i: number) => {
      const h = headingAt.get(i);
      if (!h) return '';
      const r = restatedLength(h.title);
      return r > 0 ? h.title.slice(r) : '';
    };
    const cov = coverDocumentItems(blocks, declaredFocusCount, (i) => headOwn(i) + ownText(i), placeholderParagraphs);
    focusAreas = cov.focusAreas;
    explanations.push(...cov.explanations);
  }

  const subItemCount = countSubItems(doc, blocks, headingAt);
  explanations.push(
    ...checkClaims(read.claims, {
      clauses: countRestatedClauses(doc, { blocks }),
      aspects: profile.focusFromDocument ? 0 : profile.focusAreas.reduce((n, f) => n + f.aspects.length, 0),
      subItems: subItemCount,
      items: blocks.length,
    }, blocks.map((b) => ps[b.start].text.slice(0, 60))),
  );

  return {
    headings,
    series: recogniseSeries(doc, headings),
    title,
    sections: sec.sections,
    spans,
    sectionOfParagraph: sec.sectionOfParagraph,
    focusAreas,
    blocks,
    claims: read.claims,
    declaredFocusCount,
    placeholderParagraphs,
    marks,
    normalised: norm,
    explanations,
    subItemCount,
    suggestedHeadings: sec.suggested,
    kind: sec.kind,
  };
}
