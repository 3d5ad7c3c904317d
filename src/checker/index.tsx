/** Browser checker bootstrap: paints the page at once; the page then starts its engine worker (browserWorker.ts). */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { CheckerRoot } from './CheckerApp';
import { localeOfTag, pickLocale, storedLocale } from '../taskpane/state/prefs';

const container = document.getElementById('container');
if (container && !(window as { __xingshenUnsupported?: boolean }).__xingshenUnsupported) {
  // `checker.html?lang=en|zh` first, then the user's remembered choice, then the browser's language.
  const q = new URLSearchParams(location.search).get('lang');
  const locale = q ? (localeOfTag(q) ?? 'zh-CN') : pickLocale({ stored: storedLocale(), display: navigator.language });
  createRoot(container).render(<CheckerRoot initialLocale={locale} />);
}
