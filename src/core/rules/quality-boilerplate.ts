import { report, type Finding, type Rule } from '../findings';
import type { Profile } from '../profile';
import { candidateEntries, matchEntry, packsFor, type PackEntry, type PackMatch } from '../packs';
import { concreteRegex, isConcreteAt, ownItems, sectionBody } from './quality-common';

/**
 * Matches of one boilerplate entry that nothing concrete follows: the text after the phrase, up to
 * the end of its item (paragraph, or run-in series item), has no example, time, number or place.
 */
export function boilerplateMatches(entry: PackEntry, text: string, profile: Profile, allow: readonly string[] = [], itemEnd: (start: number) => number = () => text.length): PackMatch[] {
  const re = concreteRegex(profile);
  return matchEntry(entry, text, allow).filter((m) => !isConcreteAt(text, m.start + m.length, itemEnd(m.start), re));
}

/** Stock "万能问题" phrases in the problems section with nothing concrete after them. */
export const qualityBoilerplate: Rule = {
  id: 'quality/boilerplate',
  category: 'quality',
  description: { zh: '查摆问题用了年年出现的“万能问题”表述，后面没有具体内容', en: 'Stock one-size-fits-all problem phrases with nothing concrete after them' },
  messages: {
    stock: {
      zh: '“{found}”是常见的“万能问题”表述，本段没有具体内容支撑。{note}请写明具体表现和事例。',
      en: '"{found}" is a stock phrase and nothing concrete follows in this paragraph. {noteEn} Say what exactly happened.',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    const packs = packsFor('quality/boilerplate', ctx.packs);
    for (const i of sectionBody(ctx, 'problems')) {
      const items = ownItems(ctx, i);
      if (!items) continue;
      const text = ctx.doc.paragraphs[i].text;
      const itemEnd = (start: number) => items.find((it) => start >= it.start && start < it.end)?.end ?? text.length;
      for (const pack of packs)
        for (const entry of candidateEntries(pack, text, ctx.packs))
          for (const m of boilerplateMatches(entry, text, ctx.profile, ctx.allow, itemEnd)) {
            if (m.start < items[0].start) continue;
            out.push(report(this, 'stock', entry.severity, i, { found: m.found, note: entry.note, noteEn: entry.noteEn ?? '' }, { start: m.start, length: m.length }));
          }
    }
    return out;
  },
};
