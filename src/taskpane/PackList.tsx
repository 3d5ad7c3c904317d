/**
 * 设置: the user's packs in effect, each with its name, size and rule, a remove button, and — in plain
 * words under it — what the pack should still get (no source, no examples, an example it does not
 * catch). Hints, not errors: the pack is in use either way.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Delete16Regular, DocumentText16Regular } from '@fluentui/react-icons';
import type { Pack } from '../core/packs';
import type { PackWarning } from '../core/pack-warnings';
import { tr, type Locale } from '../core/i18n';
import { ss } from './settings-strings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  pack: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  grow: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  hints: { margin: 0, paddingLeft: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  /** Never squeezed into one character a line by a long hint beside it. */
  remove: { flexShrink: 0 },
  hintsTitle: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
});

export interface PackListProps {
  locale: Locale;
  packs: readonly Pack[];
  /** What each pack should still get; none until the engine is loaded. */
  warningsOf(pack: Pack): readonly PackWarning[];
  onRemove(pack: Pack): void;
}

export function PackList({ locale, packs, warningsOf, onRemove }: PackListProps) {
  const s = useStyles();
  return (
    <ul className={s.list} data-testid="pack-list">
      {packs.map((p) => {
        const hints = warningsOf(p);
        return (
          <li key={p.id} className={s.pack} data-testid={`pack-${p.id}`}>
            <DocumentText16Regular aria-hidden className={s.icon} />
            <span className={s.grow}>
              <Text size={200}>{p.name}</Text>
              <Caption1 className={s.muted}>{tr(locale, 'packEntries', { n: p.entries.length, rule: p.rule })}</Caption1>
              {hints.length ? (
                <>
                  <Caption1 className={s.hintsTitle}>{ss(locale, 'packHintsTitle')}</Caption1>
                  <ul className={s.hints} data-testid={`pack-hints-${p.id}`}>
                    {hints.map((w, i) => (
                      <li key={i}>
                        <Caption1>{locale === 'en' ? w.message.en : w.message.zh}</Caption1>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </span>
            <Button className={s.remove} size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={tr(locale, 'packRemoveLabel', { name: p.name })} onClick={() => onRemove(p)}>
              {tr(locale, 'packRemove')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
