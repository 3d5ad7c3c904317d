/**
 * 诊断 (Diagnostics): what a support request needs about this pane — host, platform, Office version,
 * requirement sets, web view, whether document settings exist, the last read and apply, and every Word
 * error met since the pane opened, with its code. One button copies it all as text. Nothing is sent
 * anywhere: the text only goes to the clipboard when the user asks. Lazy-loadable (default export).
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import type { DocumentHost, HostDiagnostics } from '../core/host';
import type { Locale } from '../core/i18n';

/** The web view the pane runs in, from the user agent (audit H1: which Word can run the pane). */
export function webViewName(ua: string): string {
  if (/Trident\/|MSIE /.test(ua)) return 'Internet Explorer 11 (Trident)';
  if (/Edge\/\d+/.test(ua)) return `EdgeHTML ${/Edge\/(\d+)/.exec(ua)![1]} (旧版 Edge)`;
  if (/Edg\/\d+/.test(ua)) return `Edge / WebView2 ${/Edg\/([\d.]+)/.exec(ua)![1]}`;
  if (/Chrome\/\d+/.test(ua)) return `Chromium ${/Chrome\/([\d.]+)/.exec(ua)![1]}`;
  if (/AppleWebKit\//.test(ua)) return `Safari / WKWebView${/Version\/([\d.]+)/.test(ua) ? ` ${/Version\/([\d.]+)/.exec(ua)![1]}` : ''}`;
  if (/Firefox\/\d+/.test(ua)) return `Firefox ${/Firefox\/([\d.]+)/.exec(ua)![1]}`;
  return ua || '未知';
}

const L = {
  'zh-CN': {
    title: '诊断',
    note: '以下信息只显示在本机；复制后可附在问题反馈中。文档内容不包含在内。',
    host: '宿主',
    platform: '平台',
    version: 'Office 版本',
    sets: '支持的接口集',
    webview: '浏览器内核',
    settings: '文档设置',
    yes: '可用',
    no: '不可用',
    lastRead: '最近一次读取',
    lastApply: '最近一次插入',
    errors: 'Word 错误（本次打开以来）',
    warnings: '提示',
    none: '无',
    copy: '复制诊断信息',
    copied: '已复制',
    copyFailed: '无法访问剪贴板：请手动选中上面的文字复制。',
    paragraphs: (n: number, ms: number, syncs: number) => `${n} 段，${ms} 毫秒，${syncs} 次同步`,
    ops: (ops: number, ins: number, ms: number, syncs: number) => `${ops} 项（插入 ${ins} 项），${ms} 毫秒，${syncs} 次同步`,
  },
  en: {
    title: 'Diagnostics',
    note: 'Shown on this machine only; copy it into a support request. No document text is included.',
    host: 'Host',
    platform: 'Platform',
    version: 'Office version',
    sets: 'Requirement sets',
    webview: 'Web view',
    settings: 'Document settings',
    yes: 'available',
    no: 'not available',
    lastRead: 'Last read',
    lastApply: 'Last insert',
    errors: 'Word errors since the pane opened',
    warnings: 'Notices',
    none: 'none',
    copy: 'Copy diagnostics',
    copied: 'Copied',
    copyFailed: 'The clipboard is not available: select the text above and copy it.',
    paragraphs: (n: number, ms: number, syncs: number) => `${n} paragraphs, ${ms} ms, ${syncs} sync(s)`,
    ops: (ops: number, ins: number, ms: number, syncs: number) => `${ops} op(s) (${ins} inserted), ${ms} ms, ${syncs} sync(s)`,
  },
};

/** The diagnostics as plain text (what the copy button puts on the clipboard). */
export function diagnosticsText(d: HostDiagnostics, webView: string, locale: Locale = 'zh-CN'): string {
  const t = L[locale];
  const lines = [
    `${t.title} · 省身 Xingshen`,
    `${t.host}: ${d.host}`,
    `${t.platform}: ${d.platform ?? '—'}`,
    `${t.version}: ${d.version ?? '—'}`,
    `${t.sets}: ${d.requirementSets.length ? d.requirementSets.join(', ') : t.none}`,
    `${t.webview}: ${webView}`,
    `${t.settings}: ${d.documentSettings ? t.yes : t.no}`,
    `${t.lastRead}: ${d.lastRead ? `${t.paragraphs(d.lastRead.paragraphs, d.lastRead.ms, d.lastRead.syncs)} (${d.lastRead.at})` : t.none}`,
    `${t.lastApply}: ${d.lastApply ? `${t.ops(d.lastApply.ops, d.lastApply.inserted, d.lastApply.ms, d.lastApply.syncs)} (${d.lastApply.at})` : t.none}`,
    `${t.errors}: ${d.errors.length ? '' : t.none}`,
    ...d.errors.map((e) => `  ${e.at} ${e.action} ${e.code}${e.wordCode ? ` (${e.wordCode})` : ''}: ${e.message}`),
    `${t.warnings}: ${d.warnings.length ? '' : t.none}`,
    ...d.warnings.map((w) => `  ${w.code}: ${locale === 'en' ? w.messageEn : w.message}`),
  ];
  return lines.join('\n');
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    userSelect: 'text',
  },
});

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea way (older web views, or permission refused)
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

export interface DiagnosticsProps {
  host: DocumentHost;
  locale?: Locale;
  /** The user agent (for tests). */
  userAgent?: string;
}

export function Diagnostics({ host, locale = 'zh-CN', userAgent }: DiagnosticsProps) {
  const styles = useStyles();
  const t = L[locale];
  const [copied, setCopied] = React.useState<'no' | 'yes' | 'failed'>('no');
  const d: HostDiagnostics = host.diagnostics?.() ?? { host: host.kind, requirementSets: [], documentSettings: host.capabilities().documentSettings, errors: [], warnings: [] };
  const text = diagnosticsText(d, webViewName(userAgent ?? (typeof navigator !== 'undefined' ? navigator.userAgent : '')), locale);
  return (
    <section className={styles.root} aria-label={t.title} data-testid="diagnostics">
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Caption1>{t.note}</Caption1>
      <pre className={styles.pre} data-testid="diagnostics-text">
        {text}
      </pre>
      <Button icon={<Copy16Regular />} onClick={() => void copyText(text).then((ok) => setCopied(ok ? 'yes' : 'failed'))}>
        {copied === 'yes' ? t.copied : t.copy}
      </Button>
      {copied === 'failed' ? <Caption1 role="status">{t.copyFailed}</Caption1> : null}
    </section>
  );
}

export default Diagnostics;
