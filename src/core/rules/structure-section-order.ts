import { report, type Finding, type Rule } from '../findings';

/** Sections are present but not in the profile's order. */
export const sectionOrder: Rule = {
  id: 'structure/section-order',
  category: 'structure',
  description: { zh: '各部分顺序与要求不一致', en: 'Sections are out of the required order' },
  messages: {
    misordered: {
      zh: '“{title}”的位置不对：应在{where}。请调整各部分顺序为：{order}。',
      en: 'Section "{title}" is out of order: it belongs {whereEn}. Required order: {order}.',
    },
  },
  run({ profile, analysis }) {
    const out: Finding[] = [];
    const order = profile.sections.map((s) => s.title).join(' → ');
    for (const r of analysis.sections) {
      if (r.status !== 'misordered') continue;
      const idx = profile.sections.findIndex((s) => s.id === r.id);
      const prev = profile.sections.slice(0, idx).reverse().find((s) => analysis.sections.find((x) => x.id === s.id)?.status === 'present');
      const next = profile.sections.slice(idx + 1).find((s) => analysis.sections.find((x) => x.id === s.id)?.status === 'present');
      const where = prev ? `“${prev.title}”之后` : next ? `“${next.title}”之前` : '开篇之后';
      const whereEn = prev ? `after "${prev.title}"` : next ? `before "${next.title}"` : 'after the opening';
      out.push(report(this, 'misordered', 'warning', r.paragraph, { title: r.title, where, whereEn, order }));
    }
    return out;
  },
};
