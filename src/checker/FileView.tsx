/** One file's full result: verdict, the pane's result cards, the document, 插入骨架 and the download. */
import * as React from 'react';
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowLeft16Regular, DocumentText20Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import type { DocModel, InsertPlan, Profile } from '../core';
import type { GroupId } from '../core/groups';
import { verdictOf } from '../core/verdict';
import type { Locale } from '../core/i18n';
import { FocusAreas, Findings, Sections, Summary } from '../taskpane/Results';
import { ignoreKey } from '../taskpane/logic';
import { pageCardStyle } from '../taskpane/results/styles';
import type { Card } from '../taskpane/state/fixes';
import { findingsView, step } from '../taskpane/state/select';
import { VerdictBadge } from './BatchTable';
import DocView from './DocView';
import { STAGES, useStages } from './stages';
import { t } from './strings';
import { ps } from '../taskpane/strings';
import type { FileEntry } from './types';

// Memoised: a click on a finding changes the selection, and only the findings and two paragraphs re-render.
const MemoSummary = React.memo(Summary);
const MemoSections = React.memo(Sections);
const MemoFocusAreas = React.memo(FocusAreas);
const MemoDocView = React.memo(DocView);

const PlanDialog = React.lazy(() => import(/* webpackChunkName: "plan-dialog" */ './PlanDialog'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  card: pageCardStyle,
  titleRow: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  fileIcon: {
    flexShrink: 0,
    marginTop: '4px',
    color: tokens.colorNeutralForeground3,
  },
  fileName: { flexGrow: 1, minWidth: 0, margin: 0, overflowWrap: 'anywhere' },
  verdictRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 900px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  /** The document: above the results and pinned while they scroll on a narrow screen, beside them on a wide one. */
  docColumn: {
    order: -1,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    '@media (min-width: 900px)': { order: 1, top: tokens.spacingVerticalM },
  },
  back: { alignSelf: 'flex-start' },
  stale: { opacity: 0.55 },
  /** A part of the result below the fold skips style and layout until it scrolls into view (a long report has many cards). */
  part: { contentVisibility: 'auto', containIntrinsicSize: 'auto 600px', flexShrink: 0 },
});

export interface FileViewProps {
  locale: Locale;
  entry: FileEntry;
  busy: boolean;
  /** The result shown is of the previous profile choice; the new one is being checked. */
  stale?: boolean;
  /** The skeleton plan for this document (computed off the main thread). */
  onPlan(doc: DocModel, profile: Profile): Promise<InsertPlan>;
  /** Shown in batch mode: back to the table. */
  onBack?: () => void;
  /** Inserts the skeleton into this file; resolves when the entry has been updated. */
  onInsert(entry: FileEntry): Promise<void>;
  onDownload(entry: FileEntry): void;
}

export default function FileView({ locale, entry, busy, stale = false, onPlan, onBack, onInsert, onDownload }: FileViewProps) {
  const s = useStyles();
  const [selected, setSelected] = React.useState<number | null>(null);
  const [ignores, setIgnores] = React.useState<string[]>([]);
  const [ignoredRules, setIgnoredRules] = React.useState<string[]>([]);
  const [filter, setFilter] = React.useState<GroupId | null>(null);
  const [current, setCurrent] = React.useState<string | null>(null);
  const [plan, setPlan] = React.useState<InsertPlan | null>(null);
  const [planOpen, setPlanOpen] = React.useState(false);
  const [preparing, setPreparing] = React.useState(false);
  const { outcome, doc } = entry;

  const rootRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => setSelected(null), [entry.id]);
  // Opened from the batch table: bring the result into view.
  React.useEffect(() => {
    if (onBack && typeof rootRef.current?.scrollIntoView === 'function') rootRef.current.scrollIntoView({ block: 'start' });
  }, [entry.id]);

  const openPlan = async () => {
    if (!doc || !outcome) return;
    setPreparing(true);
    try {
      setPlan(await onPlan(doc, outcome.profile));
      setPlanOpen(true);
    } finally {
      setPreparing(false);
    }
  };

  const apply = async () => {
    await onInsert(entry);
    setPlanOpen(false);
  };

  const verdict = outcome ? verdictOf(outcome.result, outcome.profile) : null;
  // The same finding cards as the pane, through the pane's pure selectors; the page cannot edit text
  // inside a .docx, so cards have no fix button (canFix is false).
  const view = React.useMemo(
    () =>
      outcome?.view && ignores.length === 0 && ignoredRules.length === 0 && filter === null
        ? outcome.view
        : findingsView({
            outcome: outcome ?? null,
            doc: doc ?? null,
            ignores,
            ignoredRules,
            filter,
          }),
    [outcome, doc, ignores, ignoredRules, filter],
  );
  const stage = useStages(STAGES, outcome);
  const goTo = React.useCallback((c: Card) => {
    setCurrent(c.key);
    if (c.paragraph !== null) setSelected(c.paragraph);
  }, []);
  const onNavigate = (dir: 1 | -1) => {
    const next = step(view.order, current, dir);
    if (next) goTo(next);
  };
  const onIgnore = React.useCallback((c: Card) => setIgnores((prev) => [...prev, ...c.findings.map((f) => ignoreKey(f, doc ?? null))]), [doc]);
  const onIgnoreRule = React.useCallback((id: string) => setIgnoredRules((prev) => [...new Set([...prev, id])]), []);
  const noop = React.useCallback(() => undefined, []);
  const onFilter = React.useCallback((g: GroupId | null) => setFilter((f) => (f === g ? null : g)), []);
  const onRestoreIgnored = React.useCallback(() => setIgnores([]), []);

  return (
    <div className={s.root} data-testid="file-view" ref={rootRef}>
      {onBack ? (
        <Button className={s.back} appearance="subtle" icon={<ArrowLeft16Regular />} onClick={onBack} data-testid="back">
          {t(locale, 'back')}
        </Button>
      ) : null}
      <section className={s.card} aria-label={entry.name}>
        <div className={s.titleRow}>
          <DocumentText20Regular className={s.fileIcon} aria-hidden />
          <Subtitle1 as="h2" className={s.fileName} data-testid="file-name">
            {entry.name}
          </Subtitle1>
          {entry.fixed ? (
            <Badge appearance="tint" color="brand" shape="rounded" style={{ flexShrink: 0 }}>
              {t(locale, 'fixedBadge')}
            </Badge>
          ) : null}
        </div>
        {entry.error ? (
          <MessageBar intent="error" layout="multiline" role="alert" data-testid="read-error">
            <MessageBarBody>
              <MessageBarTitle>{t(locale, 'readErrorTitle')}</MessageBarTitle>
              {entry.error}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {verdict && outcome ? (
          <>
            <div className={s.verdictRow}>
              <Text weight="semibold">{t(locale, 'verdictTitle')}</Text>
              <VerdictBadge row={{ verdict: verdict.verdict, error: null }} locale={locale} size="large" />
              <Text data-testid="verdict-why">{verdict.why}</Text>
            </div>
            <Caption1 className={s.muted} data-testid="detection-reason" title={outcome.detected ? outcome.reason : undefined}>
              {outcome.detected ? ps(locale, 'detectedShort', { name: outcome.profile.name }) : t(locale, 'profileUsed', { name: outcome.profile.name })}
            </Caption1>
            <div className={s.actions}>
              <Button
                appearance={entry.fixed ? 'secondary' : 'primary'}
                icon={preparing ? <Spinner size="extra-tiny" /> : <TextBulletListAdd20Regular />}
                disabled={busy || preparing || !!entry.fixed}
                data-testid="insert-skeleton"
                onClick={() => void openPlan()}
              >
                {t(locale, 'insertSkeleton')}
              </Button>
              <Button appearance={entry.fixed ? 'primary' : 'secondary'} icon={<ArrowDownload20Regular />} disabled={busy || !entry.fixed} onClick={() => onDownload(entry)}>
                {t(locale, 'download')}
              </Button>
            </div>
            {!entry.fixed ? <Caption1 className={s.muted}>{t(locale, 'downloadHint')}</Caption1> : null}
          </>
        ) : null}
      </section>

      {stale && outcome ? (
        <Caption1 role="status" className={s.muted} data-testid="stale-result">
          {t(locale, 'staleResult')}
        </Caption1>
      ) : null}
      {outcome && doc ? (
        <div className={mergeClasses(s.grid, stale && s.stale)} aria-busy={stale || undefined}>
          <div className={s.column}>
            <MemoSummary locale={locale} result={outcome.result} severities={view.severities} ignored={view.ignoredCount + view.ignoredByRule} />
            {stage >= 1 ? <MemoSections locale={locale} result={outcome.result} onSelect={setSelected} /> : null}
            {stage >= 1 ? <MemoFocusAreas locale={locale} result={outcome.result} onSelect={setSelected} /> : null}
            {stage >= 2 ? (
              <div className={s.part}>
                <Findings
                  locale={locale}
                  view={view}
                  doc={doc}
                  filter={filter}
                  current={current}
                  busy={busy}
                  canFix={false}
                  onFilter={onFilter}
                  onGo={goTo}
                  onNavigate={onNavigate}
                  onFix={noop}
                  onIgnore={onIgnore}
                  onIgnoreRule={onIgnoreRule}
                  onRestoreIgnored={onRestoreIgnored}
                />
              </div>
            ) : null}
          </div>
          <div className={mergeClasses(s.column, s.docColumn)}>{stage >= 3 ? <MemoDocView doc={doc} locale={locale} selected={selected} /> : null}</div>
        </div>
      ) : null}

      {plan && doc ? (
        <React.Suspense fallback={null}>
          <PlanDialog open={planOpen} locale={locale} plan={plan} doc={doc} busy={busy} onApply={() => void apply()} onClose={() => setPlanOpen(false)} />
        </React.Suspense>
      ) : null}
    </div>
  );
}
