import { fixContext, report, type Finding, type Fix, type Rule, type RuleContext } from '../findings';
import { candidateEntries, entryOffFor, matchEntry, packsFor, type PackEntry, type PackRule } from '../packs';
import { notContent } from './text-logical';
import { enumerationFindings } from './terms-enumeration';

/**
 * Runs the entries of every pack for `packRule` over the paragraphs `include` accepts and turns
 * matches into findings with the rule's messages ("wrong", or "order"/"missing" for sequences).
 */
export function runPackEntries(
  rule: Pick<Rule, 'id' | 'messages'>,
  packRule: PackRule,
  ctx: RuleContext,
  include: (paragraph: number) => { from: number; to?: number } | null = () => ({ from: 0 }),
  accept: (entry: PackEntry, text: string, start: number, length: number, paragraph: number) => boolean = () => true,
): Finding[] {
  const out: Finding[] = [];
  const packs = packsFor(packRule, ctx.packs);
  const skip = notContent(ctx);
  ctx.doc.paragraphs.forEach((p, i) => {
    if (!p.text.trim() || skip(i)) return;
    const range = include(i);
    if (!range) return;
    const to = range.to ?? p.text.length;
    for (const pack of packs)
      for (const entry of candidateEntries(pack, p.text, ctx.packs)) {
        if (entryOffFor(entry, ctx.doc)) continue;
        for (const m of matchEntry(entry, p.text, ctx.allow)) {
          if (m.start < range.from || m.start >= to) continue;
          if (!accept(entry, p.text, m.start, m.length, i)) continue;
          const msg = m.problem ?? entry.message ?? 'wrong';
          out.push(
            report(
              rule,
              msg,
              entry.severity,
              i,
              { found: m.found, expected: entry.expected, missing: m.missing ?? '', note: entry.note, noteEn: entry.noteEn ?? '' },
              m.replacement !== undefined ? withFix(p.text, { start: m.start, length: m.length, replacement: m.replacement }) : { start: m.start, length: m.length },
            ),
          );
        }
      }
  });
  return out;
}

/** The span, fix and before → after context of a finding with one replacement. */
export function withFix(text: string, fix: Fix): Pick<Finding, 'start' | 'length' | 'fix' | 'context'> {
  const out: Pick<Finding, 'start' | 'length' | 'fix' | 'context'> = { start: fix.start, length: fix.length, fix };
  const context = fixContext(text, [fix]);
  if (context) out.context = context;
  return out;
}

/** Fixed political formulations stated incompletely, out of order, or with the wrong wording or verb. */
export const termsFormulation: Rule = {
  id: 'terms/formulation',
  category: 'terms',
  description: { zh: '规范提法（“四个意识”“两个确立”、思想全称等）缺项、颠倒、错字或搭配不当', en: 'Fixed political formulations stated incompletely, out of order, misspelt or with the wrong verb' },
  messages: {
    wrong: { zh: '“{found}”表述不规范，应为“{expected}”。{note}', en: '"{found}" is not the standard wording; use "{expected}". {noteEn}' },
    order: { zh: '“{found}”顺序不对，应为“{expected}”。{note}', en: '"{found}" is out of order; the fixed order is "{expected}". {noteEn}' },
    missing: { zh: '“{found}”缺少“{missing}”，完整表述为“{expected}”。{note}', en: '"{found}" leaves out "{missing}"; the full wording is "{expected}". {noteEn}' },
    doubled: { zh: '“{found}”重复了，应为“{expected}”。{note}', en: '"{found}" is written twice; use "{expected}". {noteEn}' },
  },
  run(ctx) {
    const out = runPackEntries(this, 'terms/formulation', ctx);
    return [...out, ...enumerationFindings(this, ctx, out)];
  },
};
