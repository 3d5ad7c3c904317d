/**
 * Lazy-loaded: the pane's 设置 — the user's own rule packs (validated .json files, or the sample
 * pack: SamplePack.tsx) and an allow-list. Both are kept by the App (remembered with the document,
 * passed to every check); this component only edits them. A selection of pack files is applied whole
 * or not at all; what a loaded pack should still get (no source, no examples…) is shown under it as
 * hints (PackList.tsx), never as an error.
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ArrowUpload16Regular } from '@fluentui/react-icons';
import type { Pack } from '../core/packs';
import type { ParsedUserPack, PackWarning } from '../core/pack-warnings';
import { tr, type Locale } from '../core/i18n';
import { loadEngine, useEngine, type Engine } from './loadEngine';
import { IgnoredRules } from './IgnoredRules';
import { PackList } from './PackList';
import { SamplePack } from './SamplePack';
import { ss } from './settings-strings';
import { KB, readFile, savedHint } from './settings-util';
import { WordListEditor } from './WordListEditor';
import { PACK_MAX_BYTES, PACKS_MAX_BYTES, parseAllowText, utf8Bytes } from './logic';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  blockTitle: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  /** Visually hidden but present, so the button can open it and tests and assistive tech can reach it. */
  hiddenInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    opacity: 0,
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  path: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  textarea: { width: '100%' },
});

export interface SettingsProps {
  locale: Locale;
  /** The user's packs in effect. */
  packs: readonly Pack[];
  /** The allow-list in effect. */
  allow: readonly string[];
  onPacksChange(next: Pack[]): void;
  onAllowChange(next: string[]): void;
  onClose(): void;
  /** False when the host cannot keep settings with the document (they then last for this session only). */
  persistent?: boolean;
  /** Delay before the allow-list is saved while typing (it is saved at once on blur). */
  saveDelayMs?: number;
  /** Rules ignored for this document (忽略此类问题), each with a way back. */
  ignoredRules?: readonly string[];
  onRestoreRule?(ruleId: string): void;
}

interface FileProblem {
  file: string;
  message: string;
  problems: { path: string; message: string }[];
}

export default function Settings(props: SettingsProps) {
  const { locale, packs, allow, onPacksChange, onAllowChange, onClose, persistent = true, saveDelayMs = 400 } = props;
  const s = useStyles();
  const packInputId = React.useId();
  const allowInputId = React.useId();
  const packInput = React.useRef<HTMLInputElement>(null);
  const allowInput = React.useRef<HTMLInputElement>(null);
  const [packErrors, setPackErrors] = React.useState<FileProblem[] | null>(null);
  const [packStatus, setPackStatus] = React.useState('');
  const [loading, setLoading] = React.useState(false);
  const [allowError, setAllowError] = React.useState('');
  const [allowStatus, setAllowStatus] = React.useState('');

  // ---- rule packs -------------------------------------------------------------------------

  /** Validates one pack (file text or the sample's parsed JSON); a problem goes to `errors`. */
  const parseOne = (E: Engine, name: string, source: { text: string } | { data: unknown }, errors: FileProblem[]): ParsedUserPack | null => {
    try {
      const parsed = 'text' in source ? E.parseUserPackJson(source.text, name) : E.parseUserPack(source.data, name);
      if (utf8Bytes(JSON.stringify(parsed.pack)) <= PACK_MAX_BYTES) return parsed;
      errors.push({ file: name, message: tr(locale, 'packTooLarge', { file: name, kb: KB(PACK_MAX_BYTES) }), problems: [] });
    } catch (err) {
      if (err instanceof E.PackError && err.problems.length) errors.push({ file: name, message: '', problems: err.problems });
      else errors.push({ file: name, message: (err as Error)?.message ?? String(err), problems: [] });
    }
    return null;
  };

  /** Applies a whole selection, or none of it when any file has a problem. */
  const applyLoaded = (loaded: ParsedUserPack[], errors: FileProblem[]) => {
    if (errors.length) {
      setPackErrors(errors);
      return;
    }
    // A pack with the id of one already loaded replaces it (loading an updated file again).
    const next = [...packs];
    for (const { pack: p } of loaded) {
      const at = next.findIndex((q) => q.id === p.id);
      if (at >= 0) next[at] = p;
      else next.push(p);
    }
    if (utf8Bytes(JSON.stringify(next)) > PACKS_MAX_BYTES) {
      setPackErrors([{ file: '', message: tr(locale, 'packsTotalTooLarge', { kb: KB(PACKS_MAX_BYTES) }), problems: [] }]);
      return;
    }
    const names = loaded.map((l) => `「${l.pack.name}」`).join('');
    const hints = loaded.reduce((n, l) => n + l.warnings.length, 0);
    setPackStatus(hints ? ss(locale, 'packsLoadedWithHints', { names, n: hints }) : tr(locale, 'packsLoaded', { names }));
    onPacksChange(next);
  };

  const onPackFiles = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    setPackErrors(null);
    setPackStatus('');
    setLoading(true);
    try {
      const E = await loadEngine();
      const loaded: ParsedUserPack[] = [];
      const errors: FileProblem[] = [];
      for (const file of files) {
        if (file.size > PACK_MAX_BYTES) {
          errors.push({ file: file.name, message: tr(locale, 'packTooLarge', { file: file.name, kb: KB(PACK_MAX_BYTES) }), problems: [] });
          continue;
        }
        let text: string;
        try {
          text = await readFile(file);
        } catch (err) {
          errors.push({ file: file.name, message: tr(locale, 'fileReadError', { file: file.name, message: (err as Error)?.message ?? String(err) }), problems: [] });
          continue;
        }
        const parsed = parseOne(E, file.name, { text }, errors);
        if (parsed) loaded.push(parsed);
      }
      applyLoaded(loaded, errors);
    } finally {
      setLoading(false);
      input.value = ''; // choosing the same file again fires a change
    }
  };

  const onSample = async (data: unknown, name: string) => {
    setPackErrors(null);
    setPackStatus('');
    const E = await loadEngine();
    const errors: FileProblem[] = [];
    const parsed = parseOne(E, name, { data }, errors);
    applyLoaded(parsed ? [parsed] : [], errors);
  };

  // What each pack should still get, in plain words (recomputed for packs restored from the document).
  const engine = useEngine();
  const warnings = React.useMemo(() => new Map<Pack, readonly PackWarning[]>(engine ? packs.map((p) => [p, engine.packHints(p)]) : []), [engine, packs]);
  const warningsOf = React.useCallback((p: Pack) => warnings.get(p) ?? [], [warnings]);

  const removePack = (p: Pack) => {
    setPackErrors(null);
    setPackStatus(tr(locale, 'packsRemoved', { name: p.name }));
    onPacksChange(packs.filter((q) => q !== p));
  };

  // ---- allow-list -------------------------------------------------------------------------

  const [text, setText] = React.useState(() => allow.join('\n'));
  /** The text the current `allow` stands for; a different `allow` from outside (restored) replaces the text. */
  const shown = React.useRef(allow.join('\n'));
  React.useEffect(() => {
    const joined = allow.join('\n');
    if (joined !== shown.current) {
      shown.current = joined;
      setText(joined);
    }
  }, [allow]);

  const latest = React.useRef({ allow, onAllowChange, locale });
  latest.current = { allow, onAllowChange, locale };
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = React.useRef<string | null>(null);

  const commit = React.useCallback((value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = null;
    const { allow: current, onAllowChange: save, locale: loc } = latest.current;
    const words = parseAllowText(value);
    if (utf8Bytes(JSON.stringify(words)) > PACK_MAX_BYTES) {
      setAllowError(tr(loc, 'allowTooLarge', { kb: KB(PACK_MAX_BYTES) }));
      return;
    }
    setAllowError('');
    if (words.length === current.length && words.every((w, i) => w === current[i])) return;
    shown.current = words.join('\n');
    save(words);
  }, []);

  // Whatever is still being typed is saved when the settings close.
  React.useEffect(
    () => () => {
      if (pending.current !== null) commit(pending.current);
    },
    [commit],
  );

  const onText = (value: string) => {
    setText(value);
    setAllowStatus('');
    pending.current = value;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(value), saveDelayMs);
  };

  const onAllowFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    setAllowStatus('');
    try {
      if (file.size > PACK_MAX_BYTES) {
        setAllowError(tr(locale, 'allowTooLarge', { kb: KB(PACK_MAX_BYTES) }));
        return;
      }
      const imported = parseAllowText(await readFile(file));
      const have = new Set(parseAllowText(text));
      const added = imported.filter((w) => !have.has(w));
      const merged = [...parseAllowText(text), ...added].join('\n');
      setText(merged);
      commit(merged);
      setAllowStatus(tr(locale, 'allowImported', { file: file.name, n: added.length }));
    } catch (err) {
      setAllowError(tr(locale, 'fileReadError', { file: file.name, message: (err as Error)?.message ?? String(err) }));
    } finally {
      input.value = '';
    }
  };

  const wordCount = parseAllowText(text).length;

  return (
    <div className={s.root} data-testid="settings">
      <div className={s.head}>
        <Subtitle2 as="h2" className={s.title}>
          {tr(locale, 'settings')}
        </Subtitle2>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {tr(locale, 'settingsDone')}
        </Button>
      </div>

      {persistent ? null : (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-not-saved">
          <MessageBarBody>{tr(locale, 'settingsNotSaved')}</MessageBarBody>
        </MessageBar>
      )}

      <section className={s.block} aria-labelledby={`${packInputId}-title`}>
        <Text id={`${packInputId}-title`} className={s.blockTitle}>
          {tr(locale, 'packsTitle')}
        </Text>
        <Caption1 className={s.muted}>{savedHint(tr(locale, 'packsHint'), persistent)}</Caption1>
        {packs.length === 0 ? (
          <Caption1 className={s.muted}>{tr(locale, 'packsNone')}</Caption1>
        ) : (
          <PackList locale={locale} packs={packs} warningsOf={warningsOf} onRemove={removePack} />
        )}
        <div className={s.row}>
          <Button size="small" icon={<ArrowUpload16Regular />} disabled={loading} onClick={() => packInput.current?.click()}>
            {tr(locale, 'packsLoad')}
          </Button>
          <input
            id={packInputId}
            ref={packInput}
            className={s.hiddenInput}
            type="file"
            accept=".json,application/json"
            multiple
            tabIndex={-1}
            aria-label={tr(locale, 'packsLoad')}
            onChange={(e) => void onPackFiles(e)}
            data-testid="pack-file"
          />
        </div>
        <WordListEditor
          locale={locale}
          packs={packs}
          disabled={loading}
          onLoad={(parsed) => {
            setPackErrors(null);
            applyLoaded([parsed], []);
          }}
        />
        <SamplePack
          locale={locale}
          disabled={loading}
          onLoad={(data, name) => void onSample(data, name)}
          onStatus={(m) => {
            setPackErrors(null);
            setPackStatus(m);
          }}
        />
        {packStatus && !packErrors ? (
          <Caption1 role="status" data-testid="pack-status">
            {packStatus}
          </Caption1>
        ) : null}
        {packErrors ? (
          <MessageBar intent="error" layout="multiline" role="alert" data-testid="pack-errors">
            <MessageBarBody>
              <MessageBarTitle>{tr(locale, 'packsError')}</MessageBarTitle>
              <ul className={s.problems}>
                {packErrors.map((f, i) => (
                  <li key={i}>
                    {f.file && f.problems.length ? <strong>{f.file}</strong> : null}
                    {f.message ? <span>{f.message}</span> : null}
                    {f.problems.length ? (
                      <ul className={s.problems}>
                        {f.problems.map((p, j) => (
                          <li key={j}>
                            {p.path ? <><span className={s.path}>{p.path}</span>：</> : null}{p.message}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      <section className={s.block}>
        <Field label={tr(locale, 'allowTitle')} hint={savedHint(tr(locale, 'allowHint'), persistent)} validationMessage={allowError || undefined}>
          <Textarea
            className={s.textarea}
            resize="vertical"
            rows={4}
            value={text}
            onChange={(_, d) => onText(d.value)}
            onBlur={() => {
              if (pending.current !== null) commit(pending.current);
            }}
            data-testid="allow-text"
          />
        </Field>
        <div className={s.row}>
          <Button size="small" icon={<ArrowUpload16Regular />} onClick={() => allowInput.current?.click()}>
            {tr(locale, 'allowImport')}
          </Button>
          <input
            id={allowInputId}
            ref={allowInput}
            className={s.hiddenInput}
            type="file"
            accept=".txt,text/plain"
            tabIndex={-1}
            aria-label={tr(locale, 'allowImport')}
            onChange={(e) => void onAllowFile(e)}
            data-testid="allow-file"
          />
          <Caption1 className={s.muted}>{tr(locale, 'allowCount', { n: wordCount })}</Caption1>
        </div>
        {allowStatus ? (
          <Caption1 role="status" data-testid="allow-status">
            {allowStatus}
          </Caption1>
        ) : null}
      </section>

      {props.onRestoreRule ? <IgnoredRules locale={locale} ruleIds={props.ignoredRules ?? []} onRestore={props.onRestoreRule} /> : null}
    </div>
  );
}
