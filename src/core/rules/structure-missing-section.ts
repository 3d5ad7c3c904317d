import { report, type Finding, type Rule } from '../findings';

/** The profile's title skeleton for the kind of report: "个人对照检查材料" → "领导班子对照检查材料" / "党支部对照检查材料". */
export function titleFor(skeleton: string, kind: '个人' | '班子' | '支部' | undefined): string {
  if (!kind || kind === '个人' || !skeleton.includes('个人')) return skeleton;
  return skeleton.replace('个人', kind === '班子' ? '领导班子' : '党支部');
}

/**
 * A required section (or the recommended title) is not in the document. A section whose content is there but whose
 * heading is not (the sections stage recognised it) is reported once, as a missing heading, with where its content
 * starts; the suggested heading is numbered from the document's own numbering (stages/sections.ts).
 */
export const missingSection: Rule = {
  id: 'structure/missing-section',
  category: 'structure',
  description: { zh: '缺少必备部分（开篇、学习情况、存在的问题、原因分析、努力方向和改进措施等，以配置为准）', en: 'A required section of the profile is missing' },
  messages: {
    missing: {
      zh: '缺少“{title}”部分。应放在{where}，请补写，或用“插入”生成带提示的骨架。',
      en: 'Section "{title}" is missing. It belongs {whereEn}; write it, or use Insert to add a skeleton.',
    },
    headingMissing: {
      zh: '缺少“{title}”标题，内容从第{n}段开始。请在第{n}段之前加上标题“{title}”。',
      en: 'The heading "{title}" is missing; its content starts at paragraph {n}. Add the heading before paragraph {n}.',
    },
    missingPreamble: {
      zh: '缺少开篇段落：应在第一个标题之前交代背景和依据，并以“现将……汇报如下：”结尾。',
      en: 'The opening paragraph is missing: give the background before the first heading and end with “现将……汇报如下：”.',
    },
    missingTitle: {
      zh: '建议在开篇之前加上标题，如“{title}”。',
      en: 'Consider adding a title before the opening, e.g. “{title}”.',
    },
  },
  run({ profile, analysis, doc }) {
    const out: Finding[] = [];
    for (const s of profile.sections) {
      const r = analysis.sections.find((x) => x.id === s.id);
      if (!r || !s.required) continue;
      if (r.headingMissing && r.paragraph !== null) {
        out.push(report(this, 'headingMissing', 'warning', r.paragraph, { title: analysis.suggestedHeadings[s.id] ?? s.title, n: r.paragraph + 1 }));
        continue;
      }
      if (r.status !== 'missing') continue;
      if (s.kind === 'preamble') {
        out.push(report(this, 'missingPreamble', 'error', null));
        continue;
      }
      const order = profile.sections.indexOf(s);
      const prev = profile.sections.slice(0, order).reverse().find((x) => analysis.spans[x.id] && x.kind === 'heading');
      const next = profile.sections.slice(order + 1).find((x) => analysis.spans[x.id]);
      const where = prev ? `“${prev.title}”之后` : next ? `“${next.title}”之前` : '开篇之后';
      const whereEn = prev ? `after "${prev.title}"` : next ? `before "${next.title}"` : 'after the opening';
      const title = analysis.suggestedHeadings[s.id] ?? s.title;
      out.push(report(this, 'missing', 'error', prev ? analysis.spans[prev.id].start : next ? analysis.spans[next.id].start : null, { title, where, whereEn }));
    }
    if (profile.title?.recommended && analysis.title === null && doc.paragraphs.some((p) => p.text.trim())) {
      out.push(report(this, 'missingTitle', 'info', 0, { title: titleFor(profile.title.skeleton, analysis.kind) }));
    }
    return out;
  },
};
