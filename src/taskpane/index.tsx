/**
 * Task pane bootstrap. Paints a shell at once, then loads the Word bootstrap and the engine in parallel:
 * in Word → the Word host; outside Office (office.js missing, blocked or no host) → preview mode on a
 * built-in sample document in an in-memory host.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { DocumentHost } from '../core';
import { Root, Shell } from './App';
import { loadEngine } from './loadEngine';

type Boot = { host?: DocumentHost; displayLanguage?: string; problem?: 'officejs-missing' | 'timed-out' };

/** Office.js bootstrap (src/office owns it): a late Office.onReady still switches the pane to Word (audit M9). */
async function wordHost(onLate: (host: DocumentHost, displayLanguage?: string) => void): Promise<Boot> {
  try {
    const { officeReady } = await import(/* webpackChunkName: "office" */ '../office/bootstrap');
    const ready = await officeReady({ onLate: (r) => r.host && onLate(r.host, r.displayLanguage) });
    if (ready.inOffice) return { host: ready.host, displayLanguage: ready.displayLanguage };
    return { problem: ready.officeJsMissing ? 'officejs-missing' : ready.timedOut ? 'timed-out' : undefined };
  } catch {
    return {}; // office.js failed: preview mode
  }
}

const PROBLEM_TEXT = {
  'officejs-missing': [
    '无法加载 Office.js（Word 的加载项接口）。这台电脑可能无法访问 appsforoffice.microsoft.com（内网或防火墙）。请让管理员改用随加载项一起部署的 Office.js（构建参数 --env officeJs=local，见 README“部署”一节），或改用浏览器检查页 / 命令行工具 xingshen 检查材料。',
    'Office.js could not be loaded: this PC may not reach appsforoffice.microsoft.com (intranet or firewall). Ask your administrator to deploy the build that serves Office.js itself (--env officeJs=local, see the README), or use the browser checker or the xingshen CLI.',
  ],
  'timed-out': [
    'Word 未在 20 秒内完成加载项的初始化，仍在等待…… 如长时间无响应，请关闭任务窗格后重新打开；内网用户请联系管理员（README“部署”一节）。',
    'Word did not finish starting the add-in within 20 seconds; still waiting. If nothing happens, close and reopen the pane.',
  ],
} as const;

/** Opened by Word but Office.js could not be used: say so plainly instead of a preview or an endless 正在加载. */
function OfficeProblem({ problem }: { problem: keyof typeof PROBLEM_TEXT }) {
  const [zh, en] = PROBLEM_TEXT[problem];
  return (
    <div className="xs-legacy" role="alert" data-testid={`office-${problem}`}>
      <p lang="zh-CN">{zh}</p>
      <p lang="en">{en}</p>
    </div>
  );
}

async function main() {
  const container = document.getElementById('container');
  // The inline check in taskpane.html already explained that this web view is too old.
  if (!container || (window as { __xingshenUnsupported?: boolean }).__xingshenUnsupported) return;
  const root = createRoot(container);
  root.render(<Shell />);
  let inWord = false;
  // Word's display language (the pane follows it unless the user chose one) comes from src/office/bootstrap.
  const showWord = (host: DocumentHost, displayLanguage?: string) => {
    inWord = true;
    root.render(<Root host={host} displayLanguage={displayLanguage} />);
  };
  try {
    // A late Office.onReady (still listened to after a time-out) switches whatever is shown to Word.
    const [boot] = await Promise.all([wordHost((host, lang) => !inWord && showWord(host, lang)), loadEngine()]);
    if (boot.host) showWord(boot.host, boot.displayLanguage);
    else if (boot.problem) root.render(<OfficeProblem problem={boot.problem} />);
    else {
      const { createSampleHost } = await import(/* webpackChunkName: "sample" */ './sample');
      const preview = createSampleHost();
      if (!inWord) root.render(<Root host={preview} preview={preview} displayLanguage={navigator.language} />);
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    container.textContent = `任务窗格加载失败，请关闭后重新打开。The task pane failed to load: ${msg}`;
  }
}

void main();
