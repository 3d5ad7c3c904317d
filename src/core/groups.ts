/** How findings are grouped for people: the pane, the CLI text report and the batch reports use the same groups. */
import type { Finding } from './findings';

export type GroupId = 'structure' | 'focus' | 'claims' | 'placeholder' | 'punct' | 'formulation' | 'wording' | 'quality' | 'other';

export const GROUP_ORDER: readonly GroupId[] = ['structure', 'focus', 'claims', 'placeholder', 'punct', 'formulation', 'wording', 'quality', 'other'];

export const GROUP_NAMES: Record<GroupId, { zh: string; en: string }> = {
  structure: { zh: '结构', en: 'Structure' },
  focus: { zh: '重点方面', en: 'Focus areas' },
  claims: { zh: '数量表述', en: 'Declared counts' },
  placeholder: { zh: '未填写内容', en: 'Unfilled text' },
  punct: { zh: '标点', en: 'Punctuation' },
  formulation: { zh: '规范表述', en: 'Fixed formulations' },
  wording: { zh: '用词', en: 'Wording' },
  quality: { zh: '写作质量', en: 'Writing quality' },
  other: { zh: '其他', en: 'Other' },
};

export function groupOf(ruleId: string): GroupId {
  if (ruleId.startsWith('structure/') || ruleId.startsWith('series/')) return 'structure';
  if (ruleId.startsWith('focus/')) return 'focus';
  if (ruleId.startsWith('claims/')) return 'claims';
  if (ruleId === 'text/placeholder') return 'placeholder';
  if (ruleId.startsWith('punct/')) return 'punct';
  if (ruleId === 'terms/formulation') return 'formulation';
  if (ruleId.startsWith('terms/') || ruleId.startsWith('text/')) return 'wording';
  if (ruleId.startsWith('quality/')) return 'quality';
  return 'other';
}

/** Findings grouped in display order; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): { group: GroupId; findings: Finding[] }[] {
  const by = new Map<GroupId, Finding[]>();
  for (const f of findings) {
    const g = groupOf(f.ruleId);
    const list = by.get(g) ?? [];
    list.push(f);
    by.set(g, list);
  }
  return GROUP_ORDER.filter((g) => by.has(g)).map((g) => ({ group: g, findings: by.get(g)! }));
}
