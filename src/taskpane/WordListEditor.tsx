/**
 * 设置 → 用词表写规则包…: a unit's word list typed or pasted as plain lines (规距 → 规矩), made into a
 * rule pack by the engine (core/word-list.ts) and loaded like a chosen file. Opening it again shows
 * the list of the word-list pack in use, to edit. Lines that cannot be read are named; nothing is
 * loaded until they are fixed.
 */
import * as React from 'react';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, tokens } from '@fluentui/react-components';
import { TextBulletListLtr16Regular } from '@fluentui/react-icons';
import type { Pack } from '../core/packs';
import type { ParsedUserPack } from '../core/pack-warnings';
import type { Locale } from '../core/i18n';
import { loadEngine } from './loadEngine';
import { ss } from './settings-strings';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { width: '100%' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

const PLACEHOLDER = '# 出处：本单位公文写作规范\n规距 → 规矩\n流于型式、流于行式 → 流于形式';

export interface WordListEditorProps {
  locale: Locale;
  /** The packs in effect: the word-list pack among them is shown for editing. */
  packs: readonly Pack[];
  disabled?: boolean;
  /** Load the pack made from the list (the same path as a chosen file). */
  onLoad(parsed: ParsedUserPack): void;
}

export function WordListEditor({ locale, packs, disabled, onLoad }: WordListEditorProps) {
  const s = useStyles();
  const [text, setText] = React.useState<string | null>(null);
  const [problems, setProblems] = React.useState<string[]>([]);
  const id = React.useId();

  const open = async () => {
    const E = await loadEngine();
    const current = packs.find((p) => p.id === E.WORD_LIST_ID);
    setProblems([]);
    setText(current ? E.wordListOf(current) : '');
  };

  const apply = async () => {
    const E = await loadEngine();
    const made = E.packFromWordList(text ?? '');
    const lines = made.problems.map((p) => (locale === 'en' ? p.message.en : p.message.zh));
    if (lines.length || !made.pack) {
      setProblems(lines.length ? lines : [ss(locale, 'wordListEmpty')]);
      return;
    }
    setProblems([]);
    setText(null);
    onLoad({ pack: made.pack, warnings: made.warnings });
  };

  if (text === null) {
    return (
      <div className={s.row}>
        <Button size="small" icon={<TextBulletListLtr16Regular />} disabled={disabled} onClick={() => void open()}>
          {ss(locale, 'wordListOpen')}
        </Button>
      </div>
    );
  }
  return (
    <div className={s.block} data-testid="word-list">
      <Text id={`${id}-title`} className={s.title}>
        {ss(locale, 'wordListTitle')}
      </Text>
      <Field label={ss(locale, 'wordListLabel')} hint={ss(locale, 'wordListHint')}>
        <Textarea className={s.text} resize="vertical" rows={6} value={text} placeholder={PLACEHOLDER} onChange={(_, d) => setText(d.value)} data-testid="word-list-text" />
      </Field>
      {problems.length ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="word-list-problems">
          <MessageBarBody>
            <MessageBarTitle>{ss(locale, 'wordListProblems')}</MessageBarTitle>
            <ul className={s.problems}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={s.row}>
        <Button size="small" appearance="primary" disabled={disabled} onClick={() => void apply()}>
          {ss(locale, 'wordListApply')}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => setText(null)}>
          {ss(locale, 'wordListCancel')}
        </Button>
      </div>
    </div>
  );
}
