/** What the notice reader found, told in zh-CN (the CLI prints it; the pane shows the same). */
import type { NoticeReading } from './types';

export function describeReading(r: NoticeReading, chosen = 1): string {
  const lines: string[] = [];
  if (r.title) lines.push(`通知：${r.title}`);
  if (!r.lists.length) {
    lines.push('未能在通知中找到对照检查的框架清单（如“（一）……（二）……”“一是……二是……”“带头……；带头……”）。');
  }
  if (r.lists.length > 1) lines.push(`找到 ${r.lists.length} 个清单：${r.lists.map((l, i) => `第${i + 1}个 ${l.for ?? '未说明对象'}`).join('；')}。`);
  r.lists.forEach((l, i) => {
    const mark = r.lists.length > 1 ? (i + 1 === chosen ? '【选用】' : '【未选用】') : '';
    lines.push(`${mark}${r.lists.length > 1 ? `第${i + 1}个清单` : '清单'}：${l.for ? `适用于${l.for}，` : ''}${l.framework ? `框架“${l.framework.name}”，` : ''}共 ${l.items.length} 项`);
    l.items.forEach((it, k) => {
      lines.push(`  ${k + 1}. ${it.title}`);
      for (const s of it.subPoints) lines.push(`     - ${s}`);
    });
  });
  const asks = [r.asks.prior ? '上年度整改落实情况' : '', r.asks.study ? '学习情况（学习研讨）' : ''].filter(Boolean);
  if (asks.length) lines.push(`通知还要求写明：${asks.join('、')}`);
  for (const u of r.unread) lines.push(`未能读出：${u}`);
  return lines.join('\n') + '\n';
}
