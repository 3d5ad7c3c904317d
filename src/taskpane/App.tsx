/** The task pane: profile choice, check, results, insert, flags. Talks only to a DocumentHost. */
import * as React from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  Label,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Switch,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Flag16Regular, FlagOff16Regular, Search16Regular, Settings16Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import type { DocModel, DocumentHost, Finding, HostCapabilities, HostStatus, InsertOp, InsertPlan, Profile } from '../core';
import type { MemoryHost } from '../core/memory-host';
import type { Pack } from '../core/packs';
import { tr, type Locale } from '../core/i18n';
import type { CheckOutcome, ProfileChoice, UserRules } from './engine';
import { loadEngine, useEngine } from './loadEngine';
import { flagRequests, ignoreKey, parseAllowSetting, parseIgnores, SETTING_ALLOW, SETTING_IGNORES, SETTING_PACKS, SETTING_PROFILE } from './logic';
import { FocusAreas, Findings, Sections, Summary } from './Results';
import { ErrorBoundary } from './ErrorBoundary';
import DocumentView from './DocumentView';

const InsertDialog = React.lazy(() => import(/* webpackChunkName: "insert-dialog" */ './InsertDialog'));
const ProfileLoader = React.lazy(() => import(/* webpackChunkName: "profile-loader" */ './ProfileLoader'));
const Settings = React.lazy(() => import(/* webpackChunkName: "settings" */ './Settings'));

const LOAD = '__load__';
const CUSTOM = '__custom__';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: 0,
    paddingBottom: tokens.spacingVerticalXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  logo: {
    flexShrink: 0,
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightBold,
  },
  brand: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  brandName: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  checkButton: { flexGrow: 1, minWidth: '96px' },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  /** Preview document: above the results on a narrow pane (sticky), beside them on a wide screen. */
  docColumn: { order: -1, position: 'sticky', top: 0, zIndex: 1, '@media (min-width: 760px)': { order: 1 } },
  hint: { color: tokens.colorNeutralForeground3, textAlign: 'center', paddingTop: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL },
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

interface HeaderProps {
  locale: Locale;
  onToggleLocale?: () => void;
  /** Shows the 设置 toggle when given. */
  onToggleSettings?: () => void;
  settingsOpen?: boolean;
}

function Header({ locale, onToggleLocale, onToggleSettings, settingsOpen }: HeaderProps) {
  const s = useStyles();
  return (
    <header className={s.header}>
      <div className={s.logo} aria-hidden>
        省
      </div>
      <div className={s.brand}>
        <span className={s.brandName}>{tr(locale, 'appName')}</span>
        <Caption1 className={s.reason}>{tr(locale, 'appTagline')}</Caption1>
      </div>
      {onToggleSettings ? (
        <Button
          size="small"
          appearance={settingsOpen ? 'secondary' : 'subtle'}
          icon={<Settings16Regular />}
          aria-expanded={!!settingsOpen}
          aria-controls="xingshen-settings"
          onClick={onToggleSettings}
          data-testid="settings-toggle"
        >
          {tr(locale, 'settings')}
        </Button>
      ) : null}
      {onToggleLocale ? (
        <Button size="small" appearance="subtle" onClick={onToggleLocale} lang={locale === 'en' ? 'zh-CN' : 'en'}>
          {tr(locale, 'localeSwitch')}
        </Button>
      ) : null}
    </header>
  );
}

/** What shows while Office.js and the engine load: never a blank pane. */
export function Shell() {
  const s = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={s.root}>
        <Header locale="zh-CN" />
        <Spinner size="small" label={tr('zh-CN', 'loading')} />
      </div>
    </FluentProvider>
  );
}

export interface AppProps {
  host: DocumentHost;
  /** Set in preview mode: the in-memory host whose document the pane shows. */
  preview?: MemoryHost;
  initialLocale?: Locale;
  /** Debounce of the automatic re-check after edits. */
  debounceMs?: number;
}

interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

function errorText(locale: Locale, e: unknown): string {
  return tr(locale, 'errorPrefix') + (e instanceof Error ? e.message : String(e));
}

export function App({ host, preview, initialLocale = 'zh-CN', debounceMs = 800 }: AppProps) {
  const s = useStyles();
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [choice, setChoice] = React.useState<ProfileChoice>({ kind: 'auto' });
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [doc, setDoc] = React.useState<DocModel | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [status, setStatus] = React.useState<HostStatus | null>(null);
  const [caps] = React.useState<HostCapabilities>(() => host.capabilities());
  const [autoRecheck, setAutoRecheck] = React.useState(true);
  const [ignores, setIgnores] = React.useState<string[]>([]);
  const [loaderOpen, setLoaderOpen] = React.useState(false);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  /** The user's rule packs and allow-list; the ref is what the next check uses (set before any re-check). */
  const [userRules, setUserRules] = React.useState<Required<UserRules>>({ packs: [], allow: [] });
  const rulesRef = React.useRef<Required<UserRules>>(userRules);
  /** Settles once the remembered settings are restored: a check waits for it, so it never runs without the user's packs. */
  const restoring = React.useRef<Promise<void>>(Promise.resolve());
  const [insert, setInsert] = React.useState<{ plan: InsertPlan; done: string[] } | null>(null);
  // The dialog stays mounted once loaded and is closed through `open`, so Fluent can undo its modal state.
  const [insertOpen, setInsertOpen] = React.useState(false);
  const engine = useEngine();
  const profiles = engine?.availableProfiles() ?? [];

  React.useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);

  // Restore the remembered profile choice, ignores, rule packs and allow-list; read the host status.
  React.useEffect(() => {
    let live = true;
    restoring.current = (async () => {
      try {
        const [saved, ign, packsText, allowText, st, E] = await Promise.all([
          host.getSetting(SETTING_PROFILE),
          host.getSetting(SETTING_IGNORES),
          host.getSetting(SETTING_PACKS),
          host.getSetting(SETTING_ALLOW),
          host.status(),
          loadEngine(),
        ]);
        if (!live) return;
        setStatus(st);
        setIgnores(parseIgnores(ign));
        const { packs, dropped } = E.restorePacks(packsText);
        const rules = { packs, allow: parseAllowSetting(allowText) };
        rulesRef.current = rules;
        setUserRules(rules);
        if (dropped > 0) setNotice({ intent: 'warning', text: tr(initialLocale, 'packsRestoreFailed', { n: dropped }) });
        if (saved && saved.trimStart().startsWith('{')) {
          try {
            setChoice({ kind: 'custom', profile: E.parseProfileJson(saved, 'xingshen.profile'), text: saved });
          } catch {
            /* a stale custom profile: fall back to automatic detection */
          }
        } else if (saved && E.availableProfiles().some((p) => p.id === saved)) setChoice({ kind: 'builtin', id: saved });
      } catch (e) {
        if (live) setNotice({ intent: 'error', text: errorText(initialLocale, e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [host]); // only on a new host: the rest is read through state setters

  /** Our own writes also fire `watch`; they are followed by an explicit re-check instead. */
  const ownWrite = React.useRef(0);

  const doCheck = React.useCallback(
    async (c: ProfileChoice = choice): Promise<{ outcome: CheckOutcome; doc: DocModel } | null> => {
      setBusy(true);
      try {
        await restoring.current;
        const [d, E] = await Promise.all([host.read(), loadEngine()]);
        const o = E.runCheck(d, c, rulesRef.current);
        setDoc(d);
        setOutcome(o);
        host.status().then(setStatus, () => undefined);
        return { outcome: o, doc: d };
      } catch (e) {
        setNotice({ intent: 'error', text: errorText(locale, e) });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [host, choice, locale],
  );

  // Automatic re-check after edits, debounced.
  const latest = React.useRef({ doCheck, autoRecheck, checked: false });
  latest.current = { doCheck, autoRecheck, checked: outcome !== null };
  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.watch(() => {
      if (ownWrite.current > 0 || !latest.current.autoRecheck || !latest.current.checked) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void latest.current.doCheck(), debounceMs);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [host, debounceMs]);

  const writing = async <T,>(fn: () => Promise<T>): Promise<T> => {
    ownWrite.current++;
    try {
      return await fn();
    } finally {
      ownWrite.current--;
    }
  };

  const choose = async (c: ProfileChoice) => {
    setChoice(c);
    try {
      await host.setSetting(SETTING_PROFILE, (await loadEngine()).choiceToSetting(c));
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(locale, e) });
    }
    if (outcome) await doCheck(c);
  };

  const onSelectChange = (value: string) => {
    if (value === LOAD) {
      setLoaderOpen(true);
      return;
    }
    setLoaderOpen(false);
    if (value === CUSTOM) return;
    void choose(value === 'auto' ? { kind: 'auto' } : { kind: 'builtin', id: value });
  };

  const onProfileLoaded = (profile: Profile, text: string) => {
    setLoaderOpen(false);
    setNotice({ intent: 'success', text: tr(locale, 'profileLoaded', { name: profile.name }) });
    void choose({ kind: 'custom', profile, text });
  };

  const select = (paragraph: number, start?: number, length?: number) => {
    host.select(paragraph, start, length).catch((e) => setNotice({ intent: 'error', text: errorText(locale, e) }));
  };

  const openInsert = async () => {
    const r = await doCheck();
    if (!r) return;
    const E = await loadEngine();
    setInsert({ plan: E.makePlan(r.doc, r.outcome.profile), done: [] });
    setInsertOpen(true);
  };

  const doInsert = async (which: InsertOp[] | 'all') => {
    if (!insert) return;
    const { plan } = insert;
    const sectionOps = plan.ops.filter((o) => o.kind === 'section');
    const part: InsertPlan =
      which === 'all'
        ? plan
        : { ops: which, renumber: which.length === 1 && sectionOps.length === 1 && sectionOps[0] === which[0] ? plan.renumber : [] };
    setBusy(true);
    try {
      const report = await writing(() => host.apply(part));
      setNotice({
        intent: 'success',
        text: tr(locale, 'insertResult', { inserted: report.inserted.length, skipped: report.skipped.length, renumbered: report.renumbered }),
      });
      const labels = part.ops.filter((o) => report.inserted.includes(o.key)).map((o) => o.label);
      const r = await doCheck();
      const E = await loadEngine();
      if (r) setInsert({ plan: E.makePlan(r.doc, r.outcome.profile), done: [...insert.done, ...labels] });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(locale, e) });
    } finally {
      setBusy(false);
    }
  };

  const flagAll = async () => {
    const r = await doCheck();
    if (!r) return;
    const reqs = flagRequests(r.outcome.result, r.outcome.profile, r.doc);
    if (reqs.length === 0) {
      setNotice({ intent: 'info', text: tr(locale, 'flagNone') });
      return;
    }
    setBusy(true);
    try {
      const n = await writing(() => host.flag(reqs));
      setNotice({ intent: 'success', text: tr(locale, 'flagResult', { n }) });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(locale, e) });
    } finally {
      setBusy(false);
    }
  };

  const clearFlags = async () => {
    setBusy(true);
    try {
      const n = await writing(() => host.clearFlags());
      setNotice({ intent: 'success', text: tr(locale, 'clearResult', { n }) });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(locale, e) });
    } finally {
      setBusy(false);
    }
  };

  const fix = async (f: Finding) => {
    if (!f.fix || f.paragraph === null || !doc) return;
    const expected = doc.paragraphs[f.paragraph]?.text ?? '';
    setBusy(true);
    try {
      const ok = await writing(() => host.applyFix(f.paragraph!, f.fix!, expected));
      if (!ok) setNotice({ intent: 'warning', text: tr(locale, 'fixStale') });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(locale, e) });
    } finally {
      setBusy(false);
    }
    await doCheck();
  };

  /** New packs or allow-list: used at once, remembered with the document, and the result re-checked. */
  const changeRules = (next: Partial<UserRules>) => {
    const merged: Required<UserRules> = { ...rulesRef.current, ...next } as Required<UserRules>;
    rulesRef.current = merged;
    setUserRules(merged);
    const saves: Promise<void>[] = [];
    // Without document settings the rules still apply for this session (the settings panel says so).
    const save: Partial<UserRules> = caps.documentSettings ? next : {};
    if (save.packs) saves.push(host.setSetting(SETTING_PACKS, JSON.stringify(save.packs)));
    if (save.allow) saves.push(host.setSetting(SETTING_ALLOW, JSON.stringify(save.allow)));
    Promise.all(saves).catch((e) => setNotice({ intent: 'error', text: errorText(locale, e) }));
    if (outcome) void doCheck();
  };

  const saveIgnores = (next: string[]) => {
    setIgnores(next);
    host.setSetting(SETTING_IGNORES, JSON.stringify(next.slice(-500))).catch((e) => setNotice({ intent: 'error', text: errorText(locale, e) }));
  };

  const ignoreSet = new Set(ignores);
  const allFindings = outcome?.result.findings ?? [];
  const visible = allFindings.filter((f) => !ignoreSet.has(ignoreKey(f, doc)));
  const ignoredHere = allFindings.length - visible.length;

  const selectValue = choice.kind === 'auto' ? 'auto' : choice.kind === 'builtin' ? choice.id : CUSTOM;
  const readOnly = !!status?.readOnly;
  const selectId = React.useId();

  return (
    <div className={s.root} data-testid="pane">
      <Header
        locale={locale}
        onToggleLocale={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        onToggleSettings={() => setSettingsOpen(!settingsOpen)}
        settingsOpen={settingsOpen}
      />

      {settingsOpen ? (
        <section className={s.card} id="xingshen-settings" aria-label={tr(locale, 'settings')}>
          <React.Suspense fallback={<Spinner size="tiny" label={tr(locale, 'loading')} />}>
            <Settings
              locale={locale}
              packs={userRules.packs}
              allow={userRules.allow}
              onPacksChange={(packs: Pack[]) => changeRules({ packs })}
              onAllowChange={(allow: string[]) => changeRules({ allow })}
              onClose={() => setSettingsOpen(false)}
              persistent={caps.documentSettings}
            />
          </React.Suspense>
        </section>
      ) : null}

      {preview ? (
        <MessageBar intent="info" layout="multiline" data-testid="preview-banner">
          <MessageBarBody>{tr(locale, 'previewBanner')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {readOnly ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tr(locale, 'statusReadOnly')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status?.trackChanges ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tr(locale, 'statusTrackChanges')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!caps.comments ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tr(locale, 'capNoComments')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!caps.paragraphEvents ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tr(locale, 'capNoEvents')}</MessageBarBody>
        </MessageBar>
      ) : null}

      <section className={s.card} aria-label={tr(locale, 'check')}>
        <div className={s.field}>
          <Label htmlFor={selectId} size="small" weight="semibold">
            {tr(locale, 'profileLabel')}
          </Label>
          <Select id={selectId} value={selectValue} onChange={(_, d) => onSelectChange(d.value)} data-testid="profile-select">
            <option value="auto">{tr(locale, 'profileAuto')}</option>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {choice.kind === 'custom' ? <option value={CUSTOM}>{tr(locale, 'profileCustom', { name: choice.profile.name })}</option> : null}
            <option value={LOAD}>{tr(locale, 'profileLoad')}</option>
          </Select>
          {outcome && outcome.detected ? (
            <Caption1 className={s.reason} data-testid="detection-reason">
              {tr(locale, 'profileDetected', { name: outcome.profile.name, reason: outcome.reason })}
            </Caption1>
          ) : null}
        </div>
        {loaderOpen ? (
          <React.Suspense fallback={<Spinner size="tiny" label={tr(locale, 'loading')} />}>
            <ProfileLoader locale={locale} onLoaded={onProfileLoaded} onCancel={() => setLoaderOpen(false)} />
          </React.Suspense>
        ) : null}
        <div className={s.actions}>
          <Button
            appearance="primary"
            className={s.checkButton}
            icon={busy ? <Spinner size="extra-tiny" /> : <Search16Regular />}
            disabled={busy}
            onClick={() => void doCheck()}
          >
            {busy ? tr(locale, 'checking') : tr(locale, 'check')}
          </Button>
          <Button icon={<TextBulletListAdd20Regular />} disabled={busy || readOnly} onClick={() => void openInsert()}>
            {tr(locale, 'insert')}
          </Button>
          <Button icon={<Flag16Regular />} disabled={busy || readOnly} onClick={() => void flagAll()}>
            {tr(locale, 'flag')}
          </Button>
          <Button icon={<FlagOff16Regular />} disabled={busy || readOnly} onClick={() => void clearFlags()}>
            {tr(locale, 'clearFlags')}
          </Button>
        </div>
        {userRules.packs.length || userRules.allow.length ? (
          <Caption1 className={s.reason} data-testid="user-rules-summary">
            {tr(locale, 'userRulesActive', { packs: userRules.packs.length, words: userRules.allow.length })}
          </Caption1>
        ) : null}
        <Switch className={s.switch} checked={autoRecheck} onChange={(_, d) => setAutoRecheck(d.checked)} label={tr(locale, 'autoRecheck')} />
      </section>

      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'} data-testid="notice">
          <MessageBarBody>
            {notice.intent === 'error' ? <MessageBarTitle>{tr(locale, 'errorPrefix').replace(/[：:]\s*$/, '')}</MessageBarTitle> : null}
            {notice.intent === 'error' ? notice.text.replace(tr(locale, 'errorPrefix'), '') : notice.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={mergeClasses(s.main)}>
        <div className={s.column}>
          {outcome ? (
            <>
              <Summary locale={locale} result={outcome.result} />
              <Sections locale={locale} result={outcome.result} onSelect={select} />
              <FocusAreas locale={locale} result={outcome.result} onSelect={select} />
              <Findings
                locale={locale}
                result={outcome.result}
                findings={visible}
                ignoredCount={ignoredHere}
                busy={busy || readOnly}
                onSelect={select}
                onFix={(f) => void fix(f)}
                onIgnore={(f) => saveIgnores([...ignores, ignoreKey(f, doc)])}
                onRestoreIgnored={() => saveIgnores(ignores.filter((k) => !allFindings.some((f) => ignoreKey(f, doc) === k)))}
              />
            </>
          ) : (
            <Text className={s.hint}>{tr(locale, 'hintStart')}</Text>
          )}
        </div>
        {preview ? (
          <div className={mergeClasses(s.column, s.docColumn)}>
            <DocumentView host={preview} locale={locale} />
          </div>
        ) : null}
      </div>

      {insert ? (
        <React.Suspense fallback={null}>
          <InsertDialog
            open={insertOpen}
            locale={locale}
            plan={insert.plan}
            doc={doc}
            done={insert.done}
            busy={busy}
            onInsert={(w) => void doInsert(w)}
            onClose={() => setInsertOpen(false)}
          />
        </React.Suspense>
      ) : null}
    </div>
  );
}

/** The whole pane: theme, error boundary, app. */
export function Root(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} lang={props.initialLocale === 'en' ? 'en' : 'zh-CN'}>
      <ErrorBoundary locale={props.initialLocale}>
        <App {...props} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
