/** The task pane: the layout. State lives in ./state (a pure reducer), the work in ./hooks, each panel is a component. */
import * as React from 'react';
import { cardStyle } from './results/styles';
import { Button, Caption1, FluentProvider, makeStyles, mergeClasses, Spinner, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { Settings16Regular } from '@fluentui/react-icons';
import type { DocumentHost, HostCapabilities } from '../core';
import type { MemoryHost } from '../core/memory-host';
import type { GroupId } from '../core/groups';
import type { Pack } from '../core/packs';
import { tr, type Locale } from '../core/i18n';
import { useEngine } from './loadEngine';
import { ignoreKey } from './logic';
import { FocusAreas, Findings, Sections, Summary } from './Results';
import { ErrorBoundary } from './ErrorBoundary';
import DocumentView from './DocumentView';
import { CheckPanel } from './CheckPanel';
import { NoticeEntry } from './notice/NoticeEntry';
import { Notices, StatusNotes } from './Notices';
import { initialState, reducer } from './state/pane';
import { findingsView } from './state/select';
import type { Card } from './state/fixes';
import { pickLocale, storedDismissed, storedLocale } from './state/prefs';
import { usePaneCtx } from './hooks/context';
import { progressOf, useAutoRecheck, useCheckAction, useRestore } from './hooks/useCheck';
import { CheckProgress } from './results/CheckProgress';
import { useInsert } from './hooks/useInsert';
import { useFlags } from './hooks/useFlags';
import { useFindingActions } from './hooks/useFindingActions';
import { useSettings } from './hooks/useSettings';

const InsertDialog = React.lazy(() => import(/* webpackChunkName: "insert-dialog" */ './InsertDialog'));
const Settings = React.lazy(() => import(/* webpackChunkName: "settings" */ './Settings'));
// Memoised: its text box holds the user's whole text, which React would read back on every pane render.
const OwnText = React.memo(React.lazy(() => import(/* webpackChunkName: "own-text" */ './OwnText')));
const Diagnostics = React.lazy(() => import(/* webpackChunkName: "diagnostics" */ './Diagnostics'));

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
  card: cardStyle,
  muted: { color: tokens.colorNeutralForeground3 },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  /**
   * Preview document: above the results on a narrow pane, in the flow (a pinned card covered the results
   * while scrolling); beside them and pinned on a wide screen.
   */
  docColumn: { order: -1, '@media (min-width: 760px)': { order: 1, position: 'sticky', top: 0 } },
  hint: { color: tokens.colorNeutralForeground3, textAlign: 'center', paddingTop: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL },
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
        <Caption1 className={s.muted}>{tr(locale, 'appTagline')}</Caption1>
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
  /** A fixed language (tests); else the user's remembered choice, else `displayLanguage`. */
  initialLocale?: Locale;
  /** Office.context.displayLanguage (or the browser's language outside Office). */
  displayLanguage?: string;
  /** Debounce of the automatic re-check after edits. */
  debounceMs?: number;
}

export function App({ host, preview, initialLocale, displayLanguage, debounceMs = 800 }: AppProps) {
  const s = useStyles();
  const [state, dispatch] = React.useReducer(reducer, undefined, () =>
    initialState(initialLocale ?? pickLocale({ stored: storedLocale(), display: displayLanguage }), storedDismissed()),
  );
  const [caps] = React.useState<HostCapabilities>(() => host.capabilities());
  const ctx = usePaneCtx(host, state, dispatch);
  const check = useCheckAction(ctx);
  ctx.check = check;
  useRestore(ctx);
  useAutoRecheck(ctx, debounceMs);
  const insert = useInsert(ctx);
  const flags = useFlags(ctx);
  const actions = useFindingActions(ctx);
  const settings = useSettings(ctx, caps);
  const engine = useEngine();
  const { locale, outcome, doc, busy } = state;

  React.useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);

  const view = React.useMemo(
    () => findingsView({ outcome, doc, ignores: state.ignores, ignoredRules: state.ignoredRules, filter: state.filter }),
    [outcome, doc, state.ignores, state.ignoredRules, state.filter],
  );
  const readOnly = !!state.status?.readOnly;
  const onFilter = React.useCallback((g: GroupId | null) => dispatch({ type: 'filter', group: g }), []);
  // `actions` is a new object each render; its functions are stable. Depending on them (not on `actions`)
  // keeps these handlers stable, so that the memoised cards do not all re-render on every pane update.
  const { navigate, fix, ignoreRule, restoreIgnored } = actions;
  const onNavigate = React.useCallback((dir: 1 | -1) => navigate(view.order, dir), [navigate, view.order]);
  const onFix = React.useCallback((c: Card) => void fix(c), [fix]);
  const onIgnoreRule = React.useCallback((id: string) => void ignoreRule(id), [ignoreRule]);
  const onOwnText = React.useCallback(() => void check(), [check]);
  const allKeysIgnoredHere = React.useCallback(() => {
    restoreIgnored((outcome?.result.findings ?? []).map((f) => ignoreKey(f, doc)));
  }, [restoreIgnored, outcome, doc]);

  return (
    <div className={s.root} data-testid="pane">
      <Header
        locale={locale}
        onToggleLocale={() => settings.setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        onToggleSettings={() => dispatch({ type: 'settings', open: !state.settingsOpen })}
        settingsOpen={state.settingsOpen}
      />

      {state.settingsOpen ? (
        <section className={s.card} id="xingshen-settings" aria-label={tr(locale, 'settings')}>
          <React.Suspense fallback={<Spinner size="tiny" label={tr(locale, 'loading')} />}>
            <Settings
              locale={locale}
              packs={state.userRules.packs}
              allow={state.userRules.allow}
              onPacksChange={(packs: Pack[]) => settings.changeRules({ packs })}
              onAllowChange={(allow: string[]) => settings.changeRules({ allow })}
              onClose={() => dispatch({ type: 'settings', open: false })}
              persistent={caps.documentSettings}
              ignoredRules={state.ignoredRules}
              onRestoreRule={(id: string) => void actions.unignoreRule(id)}
            />
          </React.Suspense>
          <details data-testid="diagnostics-link">
            <summary>{locale === 'en' ? 'Diagnostics' : '诊断'}</summary>
            <React.Suspense fallback={<Spinner size="tiny" label={tr(locale, 'loading')} />}>
              <Diagnostics host={host} locale={locale} />
            </React.Suspense>
          </details>
        </section>
      ) : null}

      <StatusNotes locale={locale} preview={!!preview} status={state.status} caps={caps} dismissed={state.dismissed} onDismiss={settings.dismiss} />

      <CheckPanel
        locale={locale}
        profiles={engine?.availableProfiles() ?? []}
        choice={state.choice}
        outcome={outcome}
        busy={busy}
        checking={state.checking}
        readOnly={readOnly}
        loaderOpen={state.loaderOpen}
        autoRecheck={state.autoRecheck}
        userRules={{ packs: state.userRules.packs.length, words: state.userRules.allow.length }}
        onSelectChange={settings.onSelectChange}
        onProfileLoaded={(p, text) => void settings.onProfileLoaded(p, text)}
        onCloseLoader={() => dispatch({ type: 'loader', open: false })}
        onCheck={() => void check()}
        onInsert={() => void insert.open()}
        onFlag={() => void flags.flag()}
        onClearFlags={() => void flags.clear()}
        onAutoRecheck={(on) => dispatch({ type: 'autoRecheck', on })}
        profileExtras={<NoticeEntry locale={locale} host={host} onUse={(p, text) => void settings.onProfileLoaded(p, text).then(() => (outcome ? undefined : check()))} />}
      />

      <CheckProgress store={progressOf(ctx)} locale={locale} />

      <Notices locale={locale} notices={state.notices} busy={busy} onClose={(id) => dispatch({ type: 'closeNotice', id })} onUndo={(n) => void actions.undo(n)} />

      <div className={s.main}>
        <div className={s.column}>
          {outcome ? (
            <>
              <Summary locale={locale} result={outcome.result} profile={outcome.profile} severities={view.severities} ignored={view.ignoredCount + view.ignoredByRule} />
              <Sections locale={locale} result={outcome.result} onSelect={actions.select} />
              <FocusAreas locale={locale} result={outcome.result} onSelect={actions.select} />
              <Findings
                locale={locale}
                view={view}
                doc={doc}
                filter={state.filter}
                current={state.current}
                // A re-check does not disable every card (that re-rendered and restyled them all): a fix
                // meanwhile is checked against the paragraph as it reads, and the running check is superseded.
                busy={(busy && !state.checking) || readOnly}
                canFix
                onFilter={onFilter}
                onGo={actions.goTo}
                onNavigate={onNavigate}
                onFix={onFix}
                onIgnore={actions.ignore}
                onIgnoreRule={onIgnoreRule}
                onRestoreIgnored={allKeysIgnoredHere}
              />
            </>
          ) : (
            <Text className={s.hint}>{tr(locale, 'hintStart')}</Text>
          )}
        </div>
        {preview ? (
          <div className={mergeClasses(s.column, s.docColumn)}>
            <DocumentView host={preview} locale={locale} />
            <React.Suspense fallback={null}>
              <OwnText locale={locale} host={preview} onLoaded={onOwnText} />
            </React.Suspense>
          </div>
        ) : null}
      </div>

      {state.insert ? (
        <React.Suspense fallback={null}>
          <InsertDialog
            open={state.insert.open}
            locale={locale}
            plan={state.insert.plan}
            doc={doc}
            done={state.insert.done}
            busy={busy}
            onInsert={(w) => void insert.insert(w)}
            onClose={insert.close}
          />
        </React.Suspense>
      ) : null}
    </div>
  );
}

/** The whole pane: theme, error boundary, app. */
export function Root(props: AppProps) {
  const [locale] = React.useState<Locale>(() => props.initialLocale ?? pickLocale({ stored: storedLocale(), display: props.displayLanguage }));
  return (
    <FluentProvider theme={webLightTheme} lang={locale === 'en' ? 'en' : 'zh-CN'}>
      <ErrorBoundary locale={locale}>
        <App {...props} initialLocale={locale} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
