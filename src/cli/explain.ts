/**
 * `xingshen check --explain`: every decision of the analysis with its evidence (CheckResult.explanations), printed
 * after a file's report under 判断依据 — which line was taken as which section and why (or why none), which lines
 * are focus items and why others are not, which claims were read and in which role, how each aspect's status was
 * reached. zh-CN by default, English with --lang en.
 */
import type { CheckResult, Explanation } from '../core/result';

const GROUPS: { subjects: Explanation['subject'][]; zh: string; en: string }[] = [
  { subjects: ['outline'], zh: '版面与非正文', en: 'Layout and non-content lines' },
  { subjects: ['section'], zh: '各部分', en: 'Sections' },
  { subjects: ['focus', 'aspect'], zh: '重点分项与查摆情况', en: 'Focus items and coverage' },
  { subjects: ['claim'], zh: '数量表述', en: 'Count claims' },
];

export function formatExplanations(result: Pick<CheckResult, 'explanations'>, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  const all = result.explanations ?? [];
  const en = lang === 'en';
  const lines: string[] = [en ? 'Why (evidence of each decision):' : '判断依据：'];
  if (!all.length) lines.push(en ? '  (none recorded)' : '  （没有记录）');
  for (const g of GROUPS) {
    const items = all.filter((e) => g.subjects.includes(e.subject));
    if (!items.length) continue;
    lines.push(`  ${en ? g.en : g.zh}`);
    for (const e of items) {
      const where = e.paragraph === null ? (en ? 'whole document' : '全文') : en ? `para ${e.paragraph + 1}` : `第${e.paragraph + 1}段`;
      lines.push(`    - [${where}] ${en ? e.en : e.zh}`);
    }
  }
  return lines.join('\n') + '\n';
}
