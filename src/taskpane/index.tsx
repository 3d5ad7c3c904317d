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

async function wordHost(): Promise<DocumentHost | undefined> {
  try {
    const { officeReady } = await import(/* webpackChunkName: "office" */ '../office/bootstrap');
    const ready = await officeReady();
    return ready.inOffice ? ready.host : undefined;
  } catch {
    return undefined; // office.js failed: preview mode
  }
}

async function main() {
  const container = document.getElementById('container');
  // The inline check in taskpane.html already explained that this web view is too old.
  if (!container || (window as { __xingshenUnsupported?: boolean }).__xingshenUnsupported) return;
  const root = createRoot(container);
  root.render(<Shell />);
  try {
    const [host] = await Promise.all([wordHost(), loadEngine()]);
    if (host) root.render(<Root host={host} />);
    else {
      const { createSampleHost } = await import(/* webpackChunkName: "sample" */ './sample');
      const preview = createSampleHost();
      root.render(<Root host={preview} preview={preview} />);
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    container.textContent = `任务窗格加载失败，请关闭后重新打开。The task pane failed to load: ${msg}`;
  }
}

void main();
