/** Browser checker bootstrap: paints the page at once and starts loading the engine chunk in parallel. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { CheckerRoot } from './CheckerApp';
import { loadWork } from './loadWork';

const container = document.getElementById('container');
if (container && !(window as { __xingshenUnsupported?: boolean }).__xingshenUnsupported) {
  void loadWork().catch(() => undefined); // the page reports a failed load itself
  // zh-CN first; `checker.html?lang=en` opens in English (the header button switches too).
  const locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN';
  createRoot(container).render(<CheckerRoot initialLocale={locale} />);
}
