/** Strings of the browser checker, zh-CN first with English equivalents (the shared pane strings stay in core/i18n). */
import { format } from '../core/findings';
import type { Locale } from '../core/i18n';

const zh = {
  title: '对照检查材料检查',
  tagline: '浏览器版 · 无需安装 Word',
  privacy: '所有文件只在本机浏览器中处理，不会上传。',
  privacyDetail: '本页面可离线使用：断开网络后同样可以打开、检查、插入骨架和下载。',
  dropTitle: '把 .docx 或 .txt 文件拖到这里',
  dropOr: '或',
  chooseFiles: '选择文件…',
  dropHint: '一次打开多个文件即进入批量审阅。支持 Word、WPS 保存的 .docx，以及 UTF-8 编码的 .txt。',
  reading: '正在检查 {n}/{total}：{name}',
  loadingEngine: '正在加载检查程序…',
  emptyHint: '打开文件后，这里显示检查结果：必备部分、重点方面、发现的问题和结论。',
  batchTitle: '批量审阅',
  batchCount: '共 {n} 个文件',
  totals: '达标 {pass} · 需修改 {revise} · 不达标 {fail} · 无法读取 {unreadable}',
  batchHint: '点击一行查看该文件的完整检查结果。',
  exportCsv: '导出表格（CSV）',
  exportHtml: '导出报告（HTML）',
  clear: '清空列表',
  back: '返回列表',
  open: '查看',
  unreadable: '无法读取',
  readErrorTitle: '无法读取该文件',
  verdictTitle: '结论',
  profileUsed: '检查配置：{name}',
  insertSkeleton: '插入骨架',
  download: '下载修改后的文件',
  downloadHint: '插入骨架后可下载修改后的文件（原文件不会被改动）。',
  insertResult: '已插入 {inserted} 处，重新编号 {renumbered} 处。请下载修改后的文件，把“【待填写：…】”换成自己的内容。',
  insertNone: '结构已完整，无需插入。',
  planTitle: '插入骨架：预览',
  planIntro: '将在文件中插入以下内容（原有内容、格式、图片、表格、批注都保持不变）：',
  planNothing: '没有需要插入的内容：结构已完整。',
  planApply: '插入',
  planCancel: '取消',
  docTitle: '文档内容',
  docHint: '点击检查结果，对应段落在此高亮',
  paragraphs: '{n} 段',
  fixedBadge: '已插入骨架',
  errorBoundary: '页面出现错误，请刷新后重试。',
  reload: '重试',
};

export type CheckerStrings = typeof zh;

const en: CheckerStrings = {
  title: 'Self-inspection report checker',
  tagline: 'In the browser · no Word needed',
  privacy: 'All files are processed only in this browser on this computer. Nothing is uploaded.',
  privacyDetail: 'This page works offline: with the network off you can still open, check, insert skeletons and download.',
  dropTitle: 'Drop .docx or .txt files here',
  dropOr: 'or',
  chooseFiles: 'Choose files…',
  dropHint: 'Open several files at once for a batch review. Accepts .docx saved by Word or WPS, and UTF-8 .txt.',
  reading: 'Checking {n}/{total}: {name}',
  loadingEngine: 'Loading the checker…',
  emptyHint: 'Open a file to see its check: required sections, focus areas, findings and the verdict.',
  batchTitle: 'Batch review',
  batchCount: '{n} files',
  totals: '{pass} pass · {revise} revise · {fail} fail · {unreadable} unreadable',
  batchHint: 'Click a row to see that file’s full result.',
  exportCsv: 'Export table (CSV)',
  exportHtml: 'Export report (HTML)',
  clear: 'Clear list',
  back: 'Back to the list',
  open: 'Open',
  unreadable: 'Unreadable',
  readErrorTitle: 'This file could not be read',
  verdictTitle: 'Verdict',
  profileUsed: 'Profile: {name}',
  insertSkeleton: 'Insert skeleton',
  download: 'Download fixed file',
  downloadHint: 'After inserting the skeleton you can download the fixed file (the original is not changed).',
  insertResult: 'Inserted {inserted}, renumbered {renumbered}. Download the fixed file and replace the “【待填写：…】” placeholders with your own text.',
  insertNone: 'The structure is complete; nothing to insert.',
  planTitle: 'Insert skeleton: preview',
  planIntro: 'The following will be inserted (existing text, formatting, images, tables and comments stay as they are):',
  planNothing: 'Nothing to insert: the structure is complete.',
  planApply: 'Insert',
  planCancel: 'Cancel',
  docTitle: 'Document',
  docHint: 'Click a result to highlight its paragraph',
  paragraphs: '{n} paragraphs',
  fixedBadge: 'Skeleton inserted',
  errorBoundary: 'The page hit an error. Please try again.',
  reload: 'Retry',
};

const table: Record<Locale, CheckerStrings> = { 'zh-CN': zh, en };

export type CheckerKey = keyof CheckerStrings;

export function t(locale: Locale, key: CheckerKey, data?: Record<string, string | number>): string {
  return format(table[locale][key], data);
}
