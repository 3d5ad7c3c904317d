/** The readable zh-CN text report of one file's check. */
import type { CheckResult } from '../core/result';
import { GROUP_NAMES, groupFindings } from '../core/groups';

const SEV = { error: '错误', warning: '警告', info: '提示' } as const;
const SECTION_MARK = { present: '✓', missing: '✗', misordered: '↕' } as const;
const SECTION_WORD = { present: '', missing: '缺少', misordered: '顺序不对' } as const;
const COVER_MARK = { addressed: '✓', weak: '△', missing: '✗' } as const;
const COVER_WORD = { addressed: '已查摆', weak: '不充分', missing: '未查摆' } as const;
const REASON = { restated: '只复述了要求', heading: '只有标题', placeholder: '尚未填写', 'few-words': '着墨太少' } as const;

/** Paragraph numbers are shown 1-based to people ("第 3 段"); JSON keeps 0-based indexes. */
function at(p: number | null): string {
  return p === null ? '' : `第${p + 1}段`;
}

export function formatText(file: string, r: CheckResult): string {
  const lines: string[] = [];
  const s = r.summary;
  lines.push(`━━ ${file} ━━`);
  lines.push(`配置：${r.profileName}（${r.profile}）`);
  lines.push(`      ${r.profileReason}`);
  lines.push(`概况：必备部分 ${s.sectionsPresent}/${s.sectionsRequired} · 重点方面 ${s.aspectsAddressed}/${s.aspectsTotal} 已查摆 · 错误 ${s.errors} · 警告 ${s.warnings} · 提示 ${s.infos}`);
  lines.push('');
  lines.push('结构');
  for (const sec of r.sections) {
    if (!sec.required && sec.status === 'missing') continue;
    const word = SECTION_WORD[sec.status];
    lines.push(`  ${SECTION_MARK[sec.status]} ${sec.title}${word ? ' — ' + word : ''}${sec.paragraph !== null ? `（${at(sec.paragraph)}）` : ''}`);
  }
  if (r.focusAreas.length) {
    lines.push('');
    lines.push('重点方面');
    for (const f of r.focusAreas) {
      lines.push(`  ${COVER_MARK[f.status]} ${f.title}${f.paragraph !== null ? `（${at(f.paragraph)}）` : ''}`);
      if (f.aspects.length === 1 && f.aspects[0].title === f.title) continue;
      for (const a of f.aspects) {
        const why = a.reason ? `，${REASON[a.reason]}` : '';
        lines.push(`      ${COVER_MARK[a.status]} ${a.title} — ${COVER_WORD[a.status]}${why}${a.paragraphs.length ? `（${a.paragraphs.map(at).join('、')}）` : ''}`);
      }
    }
  }
  lines.push('');
  if (!r.findings.length) lines.push('未发现问题。');
  for (const g of groupFindings(r.findings)) {
    lines.push(`【${GROUP_NAMES[g.group].zh}】`);
    for (const f of g.findings) lines.push(`  ${at(f.paragraph) || '全文'} ${SEV[f.severity]} ${f.message} [${f.ruleId}]`);
  }
  return lines.join('\n') + '\n';
}
