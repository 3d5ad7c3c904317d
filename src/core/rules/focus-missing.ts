import { report, type Finding, type Rule } from '../findings';

/** A focus area, or one of its aspects, is not addressed at all. */
export const focusMissing: Rule = {
  id: 'focus/missing',
  category: 'focus',
  description: { zh: '重点方面（或其中某一方面）完全没有查摆', en: 'A required focus area, or one of its aspects, is not addressed' },
  messages: {
    area: {
      zh: '未查摆“{title}”：{where}没有对应的内容。请按要求补写，即{requirement}，并结合自身实际写出具体问题。',
      en: 'Focus area "{title}" is not addressed{whereEn}. Add a paragraph on it: {requirement}.',
    },
    aspect: {
      zh: '“{area}”中未查摆“{title}”方面（{requirement}）。请补充这一方面的具体问题。',
      en: 'In "{area}", the aspect "{title}" is not addressed ({requirement}). Add your own findings on it.',
    },
  },
  run({ profile, analysis }) {
    const out: Finding[] = [];
    const holder = profile.sections.find((s) => s.holdsFocusAreas);
    const holderSpan = holder ? analysis.spans[holder.id] : undefined;
    const at = holderSpan ? holderSpan.start : null;
    const where = holder && holderSpan ? `“${holder.title}”部分` : '材料中';
    const whereEn = holder && holderSpan ? ` in "${holder.title}"` : '';
    // Document-declared focus items: a gap between the declared framework and the items is a count mismatch,
    // reported once by claims/count-mismatch (the claims stage checks it), never a second time here.
    if (profile.focusFromDocument) return out;
    for (const f of analysis.focusAreas) {
      const spec = profile.focusAreas.find((x) => x.id === f.id);
      if (!spec) continue;
      if (f.status === 'missing') {
        out.push(report(this, 'area', 'error', at, { title: f.title, where, whereEn, requirement: spec.requirement }));
        continue;
      }
      for (const a of f.aspects) {
        if (a.status !== 'missing') continue;
        const aspec = spec.aspects.find((x) => x.id === a.id);
        out.push(report(this, 'aspect', 'error', f.paragraph, { area: f.title, title: a.title, requirement: aspec?.requirement ?? a.title }));
      }
    }
    return out;
  },
};
