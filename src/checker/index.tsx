/** Browser checker bootstrap: paints the page at once and starts loading the engine chunk in parallel. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { CheckerRoot } from './CheckerApp';
import { loadWork } from './loadWork';
import { localeOfTag, pickLocale, storedLocale } from '../taskpane/state/prefs';

const container = document.getElementById('container');
if (container && !(window as { __xingshenUnsupported?: boolean }).__xingshenUnsupported) {
  void loadWork().catch(() => undefined); // the page reports a failed load itself
  // `checker.html?lang=en|zh` first, then the user's remembered choice, then the browser's language.
  const q = new URLSearchParams(location.search).get('lang');
  const locale = q ? (localeOfTag(q) ?? 'zh-CN') : pickLocale({ stored: storedLocale(), display: navigator.language });
  createRoot(container).render(<CheckerRoot initialLocale={locale} />);
}
