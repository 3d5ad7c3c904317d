/**
 * The browser checker: open or drop .docx/.txt files, check them in this browser, insert skeletons and
 * download the fixed file; several files switch to a batch table. Nothing leaves the computer.
 */
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
  shorthands,
  Spinner,
  Subtitle1,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowDownload16Regular, Delete16Regular, DocumentArrowUp24Regular, ShieldCheckmark20Regular } from '@fluentui/react-icons';
import type { Profile } from '../core';
import { batchCsv, batchHtml, batchRows, batchTotals, type BatchInput } from '../core/batch';
import { tr, type Locale } from '../core/i18n';
import BatchTable from './BatchTable';
import FileView from './FileView';
import { loadWork, type Work } from './loadWork';
import { fileBytes, MIME, saveFile, type Saver } from './save';
import { t } from './strings';
import { PREF_LOCALE, writePref } from '../taskpane/state/prefs';
import type { Choice, FileEntry } from './types';
import { NoticeEntry } from '../taskpane/notice/NoticeEntry';

const ProfileLoader = React.lazy(() => import(/* webpackChunkName: "profile-loader" */ '../taskpane/ProfileLoader'));

const LOAD = '__load__';
const CUSTOM = '__custom__';
const ACCEPT = '.docx,.docm,.dotx,.dotm,.doc,.txt';

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderTopWidth: '4px',
    borderTopStyle: 'solid',
    borderTopColor: '#c00000',
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  headerInner: {
    boxSizing: 'border-box',
    maxWidth: '1240px',
    marginLeft: 'auto',
    marginRight: 'auto',
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
  logo: {
    flexShrink: 0,
    width: '40px',
    height: '40px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#c00000',
    color: '#ffffff',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightBold,
    fontFamily: '"SimHei", "黑体", "Microsoft YaHei", sans-serif',
  },
  brand: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  brandName: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    '@media (min-width: 600px)': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  main: {
    boxSizing: 'border-box',
    maxWidth: '1240px',
    marginLeft: 'auto',
    marginRight: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    '@media (min-width: 600px)': { paddingLeft: tokens.spacingHorizontalL, paddingRight: tokens.spacingHorizontalL },
  },
  privacy: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderLeftWidth: '4px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorPaletteGreenBorderActive,
  },
  privacyIcon: { flexShrink: 0, color: tokens.colorPaletteGreenForeground1, marginTop: '2px' },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  openGrid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    '@media (min-width: 760px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', columnGap: tokens.spacingHorizontalL },
  },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    rowGap: tokens.spacingVerticalXS,
    textAlign: 'center',
    minHeight: '128px',
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    ...shorthands.border('2px', 'dashed', tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground3,
    transitionProperty: 'background-color, border-color',
    transitionDuration: tokens.durationFaster,
  },
  dropActive: { ...shorthands.borderColor('#c00000'), backgroundColor: tokens.colorPaletteRedBackground1 },
  dropIcon: { color: '#c00000' },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden', pointerEvents: 'none' },
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  batchHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground3, textAlign: 'center', paddingTop: tokens.spacingVerticalXL, paddingBottom: tokens.spacingVerticalXL },
  footer: { color: tokens.colorNeutralForeground3, textAlign: 'center', paddingTop: tokens.spacingVerticalL },
});

interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

export interface CheckerAppProps {
  initialLocale?: Locale;
  /** How downloads are offered (tests replace it). */
  save?: Saver;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** Same bytes (a file added twice). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lets the browser paint between files of a long batch. */
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

export function CheckerApp({ initialLocale = 'zh-CN', save = saveFile }: CheckerAppProps) {
  const s = useStyles();
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [work, setWork] = React.useState<Work | null>(null);
  const [choice, setChoice] = React.useState<Choice>({ kind: 'auto' });
  const [entries, setEntries] = React.useState<FileEntry[]>([]);
  const [openIndex, setOpenIndex] = React.useState<number | null>(null);
  const [progress, setProgress] = React.useState<{ n: number; total: number; name: string } | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [loaderOpen, setLoaderOpen] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const nextId = React.useRef(1);
  const entriesRef = React.useRef<FileEntry[]>([]);
  entriesRef.current = entries;
  const inputId = React.useId();
  const selectId = React.useId();
  const inputRef = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    let live = true;
    loadWork().then(
      (w) => live && setWork(w),
      (e) => live && setNotice({ intent: 'error', text: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, []);

  React.useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
    document.title = `${tr(locale, 'appName')} · ${t(locale, 'title')}`;
  }, [locale]);

  // A file dropped beside the drop area must not make the browser navigate away from the page.
  React.useEffect(() => {
    const stop = (e: DragEvent) => e.preventDefault();
    document.addEventListener('dragover', stop);
    document.addEventListener('drop', stop);
    return () => {
      document.removeEventListener('dragover', stop);
      document.removeEventListener('drop', stop);
    };
  }, []);

  /** The user's own choice of language is remembered in this browser. */
  const switchLocale = (l: Locale) => {
    setLocale(l);
    writePref(PREF_LOCALE, l);
  };

  const addFiles = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setNotice(null);
    try {
      const W = await loadWork();
      const added: FileEntry[] = [];
      for (let i = 0; i < files.length; i++) {
        const file = files[i];
        setProgress({ n: i + 1, total: files.length, name: file.name });
        await nextFrame();
        let entry: FileEntry;
        try {
          const bytes = await fileBytes(file);
          entry = { id: nextId.current++, name: file.name, bytes, ...W.readAndCheck(file.name, bytes, choice) };
          const twin = [...entriesRef.current, ...added].find((e) => e.name === file.name && sameBytes(e.originalBytes ?? e.bytes, bytes));
          if (twin) entry.duplicateOf = twin.id;
          entry.originalBytes = bytes;
        } catch (e) {
          entry = { id: nextId.current++, name: file.name, bytes: new Uint8Array(), error: errorText(e) };
        }
        added.push(entry);
        setEntries((prev) => [...prev, entry]);
      }
      setOpenIndex(null);
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  const recheckAll = async (c: Choice) => {
    if (entries.length === 0) return;
    const W = await loadWork();
    setEntries((prev) => prev.map((e) => (e.doc ? { ...e, outcome: W.checkDoc(e.doc, c) } : e)));
  };

  const choose = (c: Choice) => {
    setChoice(c);
    void recheckAll(c);
  };

  const onSelectChange = (value: string) => {
    if (value === LOAD) {
      setLoaderOpen(true);
      return;
    }
    setLoaderOpen(false);
    if (value === CUSTOM) return;
    choose(value === 'auto' ? { kind: 'auto' } : { kind: 'builtin', id: value });
  };

  const onProfileLoaded = (profile: Profile) => {
    setLoaderOpen(false);
    setNotice({ intent: 'success', text: tr(locale, 'profileLoaded', { name: profile.name }) });
    choose({ kind: 'custom', profile });
  };

  const insert = async (entry: FileEntry) => {
    if (!entry.doc || !entry.outcome) return;
    setBusy(true);
    try {
      const W = await loadWork();
      const out = W.insertSkeleton(entry.name, entry.bytes, entry.doc, entry.outcome.profile);
      if (!out.changed) {
        setNotice({ intent: 'info', text: t(locale, 'insertNone') });
        return;
      }
      const next: FileEntry = {
        ...entry,
        bytes: out.bytes,
        doc: out.doc,
        outcome: W.checkDoc(out.doc, choice),
        fixed: { name: W.fixedName(entry.name), inserted: out.inserted, renumbered: out.renumbered },
      };
      setEntries((prev) => prev.map((e) => (e.id === entry.id ? next : e)));
      setNotice({ intent: 'success', text: t(locale, 'insertResult', { inserted: out.inserted, renumbered: out.renumbered }) });
    } catch (e) {
      setNotice({ intent: 'error', text: tr(locale, 'errorPrefix') + errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const download = (entry: FileEntry) => {
    if (!entry.fixed) return;
    const txt = /\.txt$/i.test(entry.fixed.name);
    save(entry.bytes, entry.fixed.name, txt ? MIME.txt : MIME.docx);
  };

  const items: BatchInput[] = entries.map((e) => ({ file: e.name, result: e.outcome?.result, error: e.outcome ? undefined : (e.error ?? '') }));
  const profileFor = (id: string) => entries.find((e) => e.outcome?.profile.id === id)?.outcome?.profile;
  const rows = batchRows(items, profileFor, { lang: locale });

  const exportCsv = () => {
    save(batchCsv(rows, { lang: locale }), locale === 'en' ? 'batch-review.csv' : '批量审阅结果.csv', MIME.csv);
  };
  const exportHtml = () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
    save(batchHtml(items, profileFor, { lang: locale, generatedAt: at }), locale === 'en' ? 'batch-review.html' : '批量审阅报告.html', MIME.html);
  };

  const clear = () => {
    setEntries([]);
    setOpenIndex(null);
    setNotice(null);
  };

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addFiles(Array.from(e.dataTransfer?.files ?? []));
  };

  const profiles = work?.availableProfiles() ?? [];
  const selectValue = choice.kind === 'auto' ? 'auto' : choice.kind === 'builtin' ? choice.id : CUSTOM;
  const single = entries.length === 1 ? entries[0] : null;
  const opened = openIndex !== null ? entries[openIndex] : single;
  const totals = batchTotals(rows);

  return (
    <div
      className={s.page}
      data-testid="checker"
      onDragEnter={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className={s.header}>
        <div className={s.headerInner}>
          <div className={s.logo} aria-hidden>
            省
          </div>
          <div className={s.brand}>
            <span className={s.brandName}>
              {tr(locale, 'appName')} · {t(locale, 'title')}
            </span>
            <Caption1 className={s.muted}>{t(locale, 'tagline')}</Caption1>
          </div>
          <Button size="small" appearance="subtle" onClick={() => switchLocale(locale === 'en' ? 'zh-CN' : 'en')} lang={locale === 'en' ? 'zh-CN' : 'en'}>
            {tr(locale, 'localeSwitch')}
          </Button>
        </div>
      </header>

      <main className={s.main}>
        <div className={s.privacy} role="note" data-testid="privacy-note">
          <ShieldCheckmark20Regular className={s.privacyIcon} aria-hidden />
          <div>
            <Text weight="semibold">{t(locale, 'privacy')}</Text>
            <br />
            <Caption1>{t(locale, 'privacyDetail')}</Caption1>
          </div>
        </div>

        <section className={mergeClasses(s.card, s.openGrid)} aria-label={t(locale, 'chooseFiles')}>
          <div className={mergeClasses(s.drop, dragging && s.dropActive)} data-testid="drop-zone">
            <DocumentArrowUp24Regular className={s.dropIcon} aria-hidden />
            <Text weight="semibold">{t(locale, 'dropTitle')}</Text>
            <Caption1 className={s.muted}>{t(locale, 'dropOr')}</Caption1>
            <input
              ref={inputRef}
              id={inputId}
              className={s.hiddenInput}
              type="file"
              multiple
              accept={ACCEPT}
              data-testid="file-input"
              tabIndex={-1}
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = '';
                void addFiles(files);
              }}
            />
            <Button appearance="primary" disabled={busy} onClick={() => inputRef.current?.click()}>
              {t(locale, 'chooseFiles')}
            </Button>
            <Caption1 className={s.muted}>{t(locale, 'dropHint')}</Caption1>
          </div>
          <div className={s.field}>
            <Label htmlFor={selectId} weight="semibold">
              {tr(locale, 'profileLabel')}
            </Label>
            <Select id={selectId} value={selectValue} onChange={(_, d) => onSelectChange(d.value)} disabled={busy} data-testid="profile-select">
              <option value="auto">{tr(locale, 'profileAuto')}</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              {choice.kind === 'custom' ? <option value={CUSTOM}>{tr(locale, 'profileCustom', { name: choice.profile.name })}</option> : null}
              <option value={LOAD}>{tr(locale, 'profileLoad')}</option>
            </Select>
            {loaderOpen ? (
              <React.Suspense fallback={<Spinner size="tiny" label={tr(locale, 'loading')} />}>
                <ProfileLoader locale={locale} onLoaded={onProfileLoaded} onCancel={() => setLoaderOpen(false)} />
              </React.Suspense>
            ) : null}
            <NoticeEntry locale={locale} onUse={onProfileLoaded} />
          </div>
        </section>

        {progress ? <Spinner size="tiny" labelPosition="after" label={t(locale, 'reading', progress)} data-testid="progress" /> : null}

        {notice ? (
          <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'} data-testid="notice">
            <MessageBarBody>
              {notice.intent === 'error' ? <MessageBarTitle>{tr(locale, 'errorPrefix').replace(/[：:]\s*$/, '')}</MessageBarTitle> : null}
              {notice.intent === 'error' ? notice.text.replace(tr(locale, 'errorPrefix'), '') : notice.text}
            </MessageBarBody>
          </MessageBar>
        ) : null}

        {opened ? (
          <FileView
            key={opened.id}
            locale={locale}
            entry={opened}
            busy={busy}
            onBack={entries.length > 1 ? () => setOpenIndex(null) : undefined}
            onInsert={insert}
            onDownload={download}
          />
        ) : entries.length > 1 ? (
          <section className={s.card} aria-label={t(locale, 'batchTitle')} data-testid="batch">
            <div className={s.batchHead}>
              <div>
                <Subtitle1 as="h2">{t(locale, 'batchTitle')}</Subtitle1>
                <Caption1 className={s.muted} block data-testid="batch-totals">
                  {t(locale, 'batchCount', { n: rows.length })} · {t(locale, 'totals', totals)}
                </Caption1>
              </div>
              <div className={s.actions}>
                <Button appearance="primary" icon={<ArrowDownload16Regular />} disabled={busy} onClick={exportCsv}>
                  {t(locale, 'exportCsv')}
                </Button>
                <Button icon={<ArrowDownload16Regular />} disabled={busy} onClick={exportHtml}>
                  {t(locale, 'exportHtml')}
                </Button>
                <Button appearance="subtle" icon={<Delete16Regular />} disabled={busy} onClick={clear}>
                  {t(locale, 'clear')}
                </Button>
              </div>
            </div>
            <BatchTable locale={locale} rows={rows} onOpen={setOpenIndex} duplicates={new Set(entries.flatMap((e, i) => (e.duplicateOf !== undefined ? [i + 1] : [])))} />
            <Caption1 className={s.muted}>{t(locale, 'batchHint')}</Caption1>
          </section>
        ) : !busy ? (
          <Text className={s.empty} block>
            {work ? t(locale, 'emptyHint') : t(locale, 'loadingEngine')}
          </Text>
        ) : null}

        <Caption1 className={s.footer} block>
          {t(locale, 'privacy')}
        </Caption1>
      </main>
    </div>
  );
}

class Boundary extends React.Component<{ locale: Locale; children: React.ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div style={{ padding: 16 }}>
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t(this.props.locale, 'errorBoundary')}</MessageBarTitle>
            {this.state.error.message}
          </MessageBarBody>
        </MessageBar>
        <Button style={{ marginTop: 8 }} onClick={() => this.setState({ error: null })}>
          {t(this.props.locale, 'reload')}
        </Button>
      </div>
    );
  }
}

export function CheckerRoot(props: CheckerAppProps) {
  const locale = props.initialLocale ?? 'zh-CN';
  return (
    <FluentProvider theme={webLightTheme} lang={locale === 'en' ? 'en' : 'zh-CN'}>
      <Boundary locale={locale}>
        <CheckerApp {...props} />
      </Boundary>
    </FluentProvider>
  );
}
