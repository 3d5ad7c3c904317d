/**
 * 设置 → 示例规则包: load the checked-in sample pack (to see a pack work on this document) or download it
 * to edit. The sample is its own tiny chunk, fetched only when one of the buttons is used.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { ArrowDownload16Regular, Code16Regular, Sparkle16Regular } from '@fluentui/react-icons';
import type { Locale } from '../core/i18n';
import { ss } from './settings-strings';
import { download } from './browser-files';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { width: '100%', '& textarea': { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 } },
});

/** The sample pack's file name when downloaded. */
export const SAMPLE_FILE = 'sample-unit-words.json';

/** The sample pack as parsed JSON (the file as checked in). */
export async function loadSamplePack(): Promise<unknown> {
  const m = await import(/* webpackChunkName: "sample-pack" */ '../profiles/packs/sample/sample-pack.json');
  return (m as { default?: unknown }).default ?? m;
}

/** The sample as a file's text (what xingshen pack sample writes too). */
const sampleText = (data: unknown) => JSON.stringify(data, null, 2) + '\n';


export interface SamplePackProps {
  locale: Locale;
  disabled?: boolean;
  /** Load the sample as a user pack (the same path as a chosen file). */
  onLoad(data: unknown, name: string): void;
  /** A line for the status area (download done, or why the sample could not be had). */
  onStatus(message: string): void;
}

export function SamplePack({ locale, disabled, onLoad, onStatus }: SamplePackProps) {
  const s = useStyles();
  // Where a download cannot happen (Word for Mac's web view ignores it), the text to copy.
  const [shown, setShown] = React.useState<string | null>(null);
  const withSample = (use: (data: unknown) => void) => () => {
    loadSamplePack().then(use, (err: unknown) => onStatus(ss(locale, 'sampleLoadError', { message: (err as Error)?.message ?? String(err) })));
  };
  return (
    <div className={s.block} data-testid="sample-pack">
      <Text className={s.title}>{ss(locale, 'sampleTitle')}</Text>
      <Caption1 className={s.muted}>{ss(locale, 'sampleHint')}</Caption1>
      <div className={s.row}>
        <Button size="small" icon={<Sparkle16Regular />} disabled={disabled} onClick={withSample((data) => onLoad(data, SAMPLE_FILE))}>
          {ss(locale, 'sampleLoad')}
        </Button>
        <Button
          size="small"
          icon={<ArrowDownload16Regular />}
          onClick={withSample((data) => {
            download(SAMPLE_FILE, sampleText(data));
            onStatus(ss(locale, 'sampleDownloaded', { file: SAMPLE_FILE }));
          })}
        >
          {ss(locale, 'sampleDownload')}
        </Button>
        <Button size="small" appearance="subtle" icon={<Code16Regular />} aria-expanded={shown !== null} onClick={shown !== null ? () => setShown(null) : withSample((data) => setShown(sampleText(data)))}>
          {ss(locale, shown !== null ? 'sampleHide' : 'sampleShow')}
        </Button>
      </div>
      {shown !== null ? <Textarea className={s.text} readOnly rows={10} value={shown} aria-label={ss(locale, 'sampleTextLabel')} data-testid="sample-pack-text" /> : null}
    </div>
  );
}
