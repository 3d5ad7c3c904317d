import { report, type Finding, type Rule } from '../findings';
import type { Profile } from '../profile';
import { escapeRegex, normalizeText } from '../packs';
import { hanCount, sectionBody, sectionId } from './quality-common';

export interface CauseAngle {
  label: string;
  keywords: string[];
}

/** The standard angles of cause analysis (共产党员网 2014: 从理想信念、宗旨意识、党性修养…等方面分析) and their synonyms. */
export const DEFAULT_CAUSE_ANGLES: CauseAngle[] = [
  { label: '理想信念', keywords: ['理想信念', '信仰', '信念', '初心', '世界观', '人生观', '价值观', '总开关', '精神之钙', '政治信仰'] },
  { label: '党性修养', keywords: ['党性', '修养', '自我革命', '党员意识', '自我要求', '自我改造'] },
  { label: '宗旨意识', keywords: ['宗旨', '为人民服务', '群众观点', '群众观念', '群众路线', '以人民为中心', '为了谁', '人民立场', '群众利益', '群众感情'] },
  { label: '纪律规矩', keywords: ['纪律', '规矩', '纪法', '党章党规', '党规党纪', '底线', '红线', '八项规定', '规章制度', '守纪'] },
];

/** profile.quality.causeAngles: [{ label, keywords[] }], replacing the defaults. */
export function causeAngles(profile: Profile): CauseAngle[] {
  const v = profile.quality.causeAngles;
  if (Array.isArray(v) && v.every((a) => a && typeof a.label === 'string' && Array.isArray(a.keywords) && a.keywords.every((k: unknown) => typeof k === 'string'))) return v as CauseAngle[];
  return DEFAULT_CAUSE_ANGLES;
}

/** The causes section does not analyse from the standard angles; names the missing ones. */
export const qualityCauseAngles: Rule = {
  id: 'quality/cause-angles',
  category: 'quality',
  description: { zh: '原因剖析没有从理想信念、党性修养、宗旨意识、纪律规矩等方面深挖', en: 'The cause analysis misses standard angles (ideals, Party spirit, purpose, discipline)' },
  messages: {
    missing: {
      zh: '原因剖析没有涉及{missing}方面：请从理想信念、党性修养、宗旨意识、纪律规矩等方面深挖思想根源，补写{missing}方面的原因。',
      en: 'The cause analysis does not address {missingEn}: analyse from ideals and convictions, Party spirit, the Party\'s purpose and discipline.',
    },
  },
  run(ctx) {
    const body = sectionBody(ctx, 'causes');
    const span = ctx.analysis.spans[sectionId(ctx, 'causes')];
    if (!span || body.length === 0) return [];
    // Paragraph by paragraph: never one giant string for the whole section of a long document.
    const norms = body.filter((i) => !ctx.analysis.placeholderParagraphs.has(i)).map((i) => ctx.doc.paragraphs[i].text);
    // Too little written to judge: that is for the structure and placeholder rules.
    let han = 0;
    for (const t of norms) if ((han += hanCount(t)) >= 40) break;
    if (han < 40) return [];
    // Normalised on demand: an angle that is there is usually found in the first few paragraphs.
    const texts: string[] = [];
    const text = (k: number) => (texts[k] ??= normalizeText(norms[k]));
    // One scan per paragraph and angle: an alternation of the angle's keywords (test() is exact for "any of").
    const missing = causeAngles(ctx.profile).filter((a) => {
      const words = a.keywords.map(normalizeText).filter((k) => k !== '');
      if (words.length === 0) return true;
      const re = new RegExp(words.map(escapeRegex).join('|'));
      return !norms.some((_, k) => re.test(text(k)));
    });
    if (missing.length === 0) return [];
    const labels = missing.map((a) => `“${a.label}”`).join('、');
    const out: Finding[] = [report(this, 'missing', 'info', span.start, { missing: labels, missingEn: missing.map((a) => a.label).join(', ') })];
    return out;
  },
};
