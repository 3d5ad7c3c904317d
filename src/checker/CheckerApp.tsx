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
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle1,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowDownload16Regular, Delete16Regular, DocumentArrowUp24Regular, ShieldCheckmark20Regular } from '@fluentui/react-icons';
import type { Profile } from '../core';
import { batchCsv, batchHtml, batchRows, batchTotals, type BatchInput } from '../core/batch';
import { tr, type Locale } from '../core/i18n';
import BatchTable from './BatchTable';
import FileView from './FileView';
import { browserWorkClient } from './browserWorker';
import { ProgressView } from './ProgressView';
import { useFiles } from './useFiles';
import type { WorkClient } from './workClient';
import { MIME, saveFile, type Saver } from './save';
import { useStyles } from './appStyles';
import { t } from './strings';
import { PREF_LOCALE, writePref } from '../taskpane/state/prefs';
import type { FileEntry } from './types';
import { NoticeEntry } from '../taskpane/notice/NoticeEntry';

const ProfileLoader = React.lazy(() => import(/* webpackChunkName: "profile-loader" */ '../taskpane/ProfileLoader'));

const LOAD = '__load__';
const CUSTOM = '__custom__';
const ACCEPT = '.docx,.docm,.dotx,.dotm,.doc,.txt';

export interface CheckerAppProps {
  initialLocale?: Locale;
  /** How downloads are offered (tests replace it). */
  save?: Saver;
  /** Where the engine runs (tests pass one with a fake Worker); by default a Web Worker, else the main thread. */
  work?: WorkClient;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function CheckerApp({ initialLocale = 'zh-CN', save = saveFile, work = browserWorkClient() }: CheckerAppProps) {
  const s = useStyles();
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [profiles, setProfiles] = React.useState<readonly Profile[] | null>(null);
  const files = useFiles(work, locale);
  const { entries, choice, busy, notice, setNotice } = files;
  const [openIndex, setOpenIndex] = React.useState<number | null>(null);
  const [loaderOpen, setLoaderOpen] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const inputId = React.useId();
  const selectId = React.useId();
  const inputRef = React.useRef<HTMLInputElement>(null);

  // Starts the engine (the worker, or the main-thread chunk) at once and fills the profile list.
  React.useEffect(() => {
    let live = true;
    work.profiles().then(
      (p) => live && setProfiles(p),
      (e) => live && setNotice({ intent: 'error', text: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [work]);

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

  const addFiles = async (list: File[]) => {
    await files.addFiles(list);
    setOpenIndex(null);
  };

  const onSelectChange = (value: string) => {
    if (value === LOAD) {
      setLoaderOpen(true);
      return;
    }
    setLoaderOpen(false);
    if (value === CUSTOM) return;
    files.choose(value === 'auto' ? { kind: 'auto' } : { kind: 'builtin', id: value });
  };

  const onProfileLoaded = (profile: Profile) => {
    setLoaderOpen(false);
    setNotice({ intent: 'success', text: tr(locale, 'profileLoaded', { name: profile.name }) });
    files.choose({ kind: 'custom', profile });
  };

  const download = (entry: FileEntry) => {
    if (!entry.fixed) return;
    const txt = /\.txt$/i.test(entry.fixed.name);
    save(entry.bytes, entry.fixed.name, txt ? MIME.txt : MIME.docx);
  };

  const items: BatchInput[] = React.useMemo(
    () => entries.map((e) => ({ file: e.name, result: e.outcome?.result, error: e.outcome ? undefined : (e.error ?? '') })),
    [entries],
  );
  const profileFor = React.useCallback((id: string) => entries.find((e) => e.outcome?.profile.id === id)?.outcome?.profile, [entries]);
  const rows = React.useMemo(() => batchRows(items, profileFor, { lang: locale }), [items, profileFor, locale]);
  const duplicates = React.useMemo(() => new Set(entries.flatMap((e, i) => (e.duplicateOf !== undefined ? [i + 1] : []))), [entries]);

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
    files.clear();
    setOpenIndex(null);
  };

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addFiles(Array.from(e.dataTransfer?.files ?? []));
  };

  const selectValue = choice.kind === 'auto' ? 'auto' : choice.kind === 'builtin' ? choice.id : CUSTOM;
  // A batch being read shows its table from the first row on (not the first file's full result).
  const single = entries.length === 1 && files.incoming <= 1 ? entries[0] : null;
  const opened = openIndex !== null ? entries[openIndex] : single;
  const totals = batchTotals(rows);

  return (
    <div
      className={s.page}
      data-testid="checker"
      data-engine={files.engine}
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
            <Select id={selectId} value={selectValue} onChange={(_, d) => onSelectChange(d.value)} data-testid="profile-select">
              <option value="auto">{tr(locale, 'profileAuto')}</option>
              {(profiles ?? []).map((p) => (
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

        <ProgressView locale={locale} store={files.progress} onCancel={files.cancel} />

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
            stale={!!opened.doc && opened.gen !== files.gen}
            onPlan={(doc, profile) => work.planFor(doc, profile)}
            onInsert={files.insert}
            onDownload={download}
          />
        ) : entries.length > 1 || (entries.length === 1 && files.incoming > 1) ? (
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
                <Button appearance="subtle" icon={<Delete16Regular />} onClick={clear}>
                  {t(locale, 'clear')}
                </Button>
              </div>
            </div>
            <BatchTable locale={locale} rows={rows} onOpen={setOpenIndex} duplicates={duplicates} />
            <Caption1 className={s.muted}>{t(locale, 'batchHint')}</Caption1>
          </section>
        ) : !busy ? (
          <Text className={s.empty} block>
            {profiles ? t(locale, 'emptyHint') : t(locale, 'loadingEngine')}
          </Text>
        ) : null}

        <Caption1 className={s.footer} block>
          {t(locale, 'privacy')}
        </Caption1>
        {files.engine === 'main' ? (
          <Caption1 className={s.footer} block data-testid="engine-note">
            {t(locale, 'engineMain')}
          </Caption1>
        ) : null}
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
