/** 设置 → 已忽略的问题类别: the rules ignored for this document (忽略此类问题), each with 恢复. */
import * as React from 'react';
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Locale } from '../core/i18n';
import { loadEngine, type Engine } from './loadEngine';
import { ps } from './strings';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  item: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

export function IgnoredRules({ locale, ruleIds, onRestore }: { locale: Locale; ruleIds: readonly string[]; onRestore(id: string): void }) {
  const s = useStyles();
  const [engine, setEngine] = React.useState<Engine | null>(null);
  React.useEffect(() => {
    let live = true;
    void loadEngine().then((e) => live && setEngine(e));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className={s.block} data-testid="ignored-rules">
      <Text className={s.title}>{ps(locale, 'ignoredRulesTitle')}</Text>
      <Caption1 className={s.muted}>{ruleIds.length ? ps(locale, 'ignoredRulesHint') : ps(locale, 'ignoredRulesNone')}</Caption1>
      {ruleIds.length ? (
        <ul className={s.list}>
          {ruleIds.map((id) => (
            <li key={id} className={s.item} data-testid={`ignored-rule-${id}`}>
              <Text size={200} className={s.grow}>
                {engine ? engine.ruleName(id, locale) : id}
              </Text>
              <Button size="small" appearance="subtle" onClick={() => onRestore(id)}>
                {ps(locale, 'ignoredRuleRestore')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
