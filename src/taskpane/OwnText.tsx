/** Preview mode only (lazy): try the pane on your own text — paste it or open a .txt file; it stays in this browser. */
import * as React from 'react';
import { Button, Caption1, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { modelFromLines } from '../core/model';
import type { MemoryHost } from '../core/memory-host';
import type { Locale } from '../core/i18n';
import { ps } from './strings';

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden', pointerEvents: 'none' },
});

export function linesOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export default function OwnText({ locale, host, onLoaded }: { locale: Locale; host: MemoryHost; onLoaded(): void }) {
  const s = useStyles();
  const [text, setText] = React.useState('');
  const input = React.useRef<HTMLInputElement>(null);
  const use = (value: string) => {
    const lines = linesOf(value);
    if (lines.length === 0) return;
    host.replaceDocument(modelFromLines(lines));
    onLoaded();
  };
  return (
    <details className={s.root} data-testid="own-text">
      <summary className={s.summary}>{ps(locale, 'previewOwnTitle')}</summary>
      <Caption1 className={s.muted}>{ps(locale, 'previewOwnHint')}</Caption1>
      <Textarea rows={4} resize="vertical" value={text} onChange={(_, d) => setText(d.value)} data-testid="own-text-input" />
      <div className={s.row}>
        <Button size="small" appearance="primary" disabled={!linesOf(text).length} onClick={() => use(text)}>
          {ps(locale, 'previewOwnApply')}
        </Button>
        <Button size="small" onClick={() => input.current?.click()}>
          {ps(locale, 'previewOwnOpen')}
        </Button>
        <input
          ref={input}
          className={s.hidden}
          type="file"
          accept=".txt,text/plain"
          tabIndex={-1}
          data-testid="own-text-file"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            const value = typeof f.text === 'function' ? await f.text() : '';
            setText(value);
            use(value);
          }}
        />
      </div>
    </details>
  );
}
