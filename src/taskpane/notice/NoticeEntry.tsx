/**
 * The 从通知生成… entry under the profile picker: a button that opens the (lazy-loaded) notice dialog.
 * Only this small file is in the pane's first load; the reader, the builder and the dialog load on click.
 */
import * as React from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import type { Profile } from '../../core/profile';
import type { Locale } from '../../core/i18n';
import type { SettingsHost } from './store';

/** The button's label; every other string of the flow is in the dialog's chunk (strings.ts). */
const OPEN = { 'zh-CN': '从通知生成…', en: 'From a notice…' } as const;

const NoticeDialog = React.lazy(() => import(/* webpackChunkName: "notice-dialog" */ './NoticeDialog'));

export interface NoticeEntryProps {
  locale: Locale;
  /** Document settings, to list and save profiles kept with the document; absent in the browser checker. */
  host?: SettingsHost;
  /** Use this profile now (the caller selects it and checks). */
  onUse(profile: Profile, text: string): void;
}

export function NoticeEntry({ locale, host, onUse }: NoticeEntryProps) {
  const [open, setOpen] = React.useState(false);
  return (
    <div data-testid="notice-entry">
      <Button size="small" appearance="subtle" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="notice-open">
        {OPEN[locale === 'en' ? 'en' : 'zh-CN']}
      </Button>
      {open ? (
        <React.Suspense fallback={<Spinner size="tiny" />}>
          <NoticeDialog
            locale={locale}
            host={host}
            onClose={() => setOpen(false)}
            onUse={(p, text) => {
              setOpen(false);
              onUse(p, text);
            }}
          />
        </React.Suspense>
      ) : null}
    </div>
  );
}
