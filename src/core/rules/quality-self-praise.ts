import { report, type Finding, type Rule } from '../findings';
import { candidateEntries, matchEntry, packsFor } from '../packs';
import { ownStart, sectionBody } from './quality-common';

/** Achievements, self-praise and "没有违反…" claims in the problems section (不摆成绩，只说问题). */
export const qualitySelfPraise: Rule = {
  id: 'quality/self-praise',
  category: 'quality',
  description: { zh: '查摆问题部分写了成绩、自我表扬或“没有违反……”的表态', en: 'Achievements or self-praise in the problems section' },
  messages: {
    praise: { zh: '不摆成绩，只说问题：查摆问题部分出现“{found}”。{note}', en: 'Problems only, no achievements: "{found}" in the problems section. {noteEn}' },
  },
  run(ctx) {
    const out: Finding[] = [];
    const packs = packsFor('quality/self-praise', ctx.packs);
    for (const i of sectionBody(ctx, 'problems')) {
      const from = ownStart(ctx, i);
      if (from === null) continue;
      const text = ctx.doc.paragraphs[i].text;
      for (const pack of packs)
        for (const entry of candidateEntries(pack, text, ctx.packs))
          for (const m of matchEntry(entry, text, ctx.allow)) {
            if (m.start < from) continue;
            out.push(report(this, 'praise', entry.severity, i, { found: m.found, note: entry.note, noteEn: entry.noteEn ?? '' }, { start: m.start, length: m.length }));
          }
    }
    return out;
  },
};
