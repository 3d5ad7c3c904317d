/** Batch mode: one row per file with the report columns shared with the CLI (BATCH_COLUMNS). */
import * as React from 'react';
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { BATCH_COLUMNS, type BatchRow } from '../core/batch';
import type { Verdict } from '../core/verdict';
import type { Locale } from '../core/i18n';
import { t } from './strings';

const useStyles = makeStyles({
  wrap: {
    overflowX: 'auto',
    maxWidth: '100%',
    borderRadius: tokens.borderRadiusMedium,
    borderTopWidth: '1px',
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  th: {
    textAlign: 'left',
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke1,
  },
  td: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke3,
  },
  num: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  file: { minWidth: '12em', maxWidth: '22em', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink },
  profile: { minWidth: '9em', color: tokens.colorNeutralForeground3 },
  why: { minWidth: '10em', color: tokens.colorNeutralForeground2 },
  error: { minWidth: '12em', color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
  row: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2, outlineOffset: '-2px' },
  },
  unreadable: { color: tokens.colorNeutralForeground3 },
  /** Below 600 px each row becomes a small card of label–value lines, so the verdict is never scrolled away. */
  narrow: {
    '@media (max-width: 599px)': {
      '& thead': { display: 'none' },
      '& tbody, & tr, & td': { display: 'block' },
      '& tr': { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, borderBottomWidth: '1px', borderBottomStyle: 'solid', borderBottomColor: tokens.colorNeutralStroke2 },
      '& td': {
        display: 'flex',
        justifyContent: 'space-between',
        columnGap: tokens.spacingHorizontalM,
        textAlign: 'right',
        minWidth: 0,
        maxWidth: 'none',
        paddingTop: '2px',
        paddingBottom: '2px',
        borderBottomWidth: 0,
      },
      '& td::before': { content: 'attr(data-label)', flexShrink: 0, textAlign: 'left', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
      '& td[data-col="index"]': { display: 'none' },
      '& td[data-col="file"]': { textAlign: 'left', fontSize: tokens.fontSizeBase300 },
      '& td[data-col="file"]::before': { content: 'none' },
      // An unreadable file has no counts: no rows of empty labels, just the name, the verdict and the reason.
      '& td:empty': { display: 'none' },
    },
  },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  sortButton: {
    backgroundColor: 'transparent',
    borderTopStyle: 'none',
    borderRightStyle: 'none',
    borderBottomStyle: 'none',
    borderLeftStyle: 'none',
    paddingTop: 0,
    paddingBottom: 0,
    paddingLeft: 0,
    paddingRight: 0,
    fontFamily: 'inherit',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
  },
  wrapNarrow: { '@media (max-width: 599px)': { overflowX: 'visible' } },
});

const VERDICT_COLOR: Record<Verdict, 'success' | 'warning' | 'danger'> = { pass: 'success', revise: 'warning', fail: 'danger' };

export function VerdictBadge({ row, locale, size = 'medium' }: { row: Pick<BatchRow, 'verdict' | 'error'>; locale: Locale; size?: 'medium' | 'large' }) {
  if (row.error !== null) {
    return (
      <Badge appearance="tint" color="informative" size={size} shape="rounded" data-testid="verdict" data-verdict="unreadable" style={{ whiteSpace: 'nowrap' }}>
        {t(locale, 'unreadable')}
      </Badge>
    );
  }
  if (!row.verdict) return null;
  const verdict = BATCH_COLUMNS.find((c) => c.id === 'verdict')!;
  return (
    <Badge appearance="filled" color={VERDICT_COLOR[row.verdict]} size={size} shape="rounded" data-testid="verdict" data-verdict={row.verdict} style={{ whiteSpace: 'nowrap' }}>
      {verdict.cell(row as BatchRow, locale)}
    </Badge>
  );
}

export interface BatchTableProps {
  locale: Locale;
  rows: readonly BatchRow[];
  onOpen(index: number): void;
  /** Row indexes (1-based) of files added a second time: marked as such. */
  duplicates?: ReadonlySet<number>;
}

/** Columns that are numbers (right-aligned). */
const NUMERIC = new Set(['sections', 'aspects', 'errors', 'warnings', 'infos']);

type SortKey = 'index' | 'file' | 'verdict' | 'errors';
const VERDICT_RANK: Record<string, number> = { fail: 0, revise: 1, pass: 2, unreadable: 3 };
const verdictKey = (r: BatchRow) => (r.error !== null ? 'unreadable' : (r.verdict ?? 'unreadable'));

/** Rows filtered by verdict and sorted (worst verdict first, most errors first, file names in zh-CN order). */
export function arrangeRows(rows: readonly BatchRow[], sort: { key: SortKey; dir: 1 | -1 }, only: string): BatchRow[] {
  const cmp: Record<SortKey, (a: BatchRow, b: BatchRow) => number> = {
    index: (a, b) => a.index - b.index,
    file: (a, b) => a.file.localeCompare(b.file, 'zh-CN'),
    verdict: (a, b) => VERDICT_RANK[verdictKey(a)] - VERDICT_RANK[verdictKey(b)],
    errors: (a, b) => (b.errors ?? -1) - (a.errors ?? -1),
  };
  return rows.filter((r) => only === 'all' || verdictKey(r) === only).sort((a, b) => sort.dir * cmp[sort.key](a, b) || a.index - b.index);
}

type Column = (typeof BATCH_COLUMNS)[number];

interface RowProps {
  row: BatchRow;
  columns: readonly Column[];
  locale: Locale;
  duplicate: boolean;
  onOpen(index: number): void;
}

/** Same row content: rows are rebuilt for every batch of new files, and only new or changed rows re-render. */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.columns !== b.columns || a.locale !== b.locale || a.duplicate !== b.duplicate || a.onOpen !== b.onOpen) return false;
  const x = a.row as unknown as Record<string, unknown>;
  const y = b.row as unknown as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

const Row = React.memo(function Row({ row: r, columns, locale, duplicate, onOpen }: RowProps) {
  const s = useStyles();
  const lang = locale;
  const cellClass = (id: string) =>
    mergeClasses(s.td, NUMERIC.has(id) && s.num, id === 'file' && s.file, id === 'profile' && s.profile, id === 'why' && s.why, id === 'error' && s.error);
  return (
    <tr
      className={mergeClasses(s.row, r.error !== null && s.unreadable)}
      data-testid="batch-row"
      data-verdict={r.error !== null ? 'unreadable' : (r.verdict ?? '')}
      tabIndex={0}
      aria-label={`${t(locale, 'open')} ${r.file}`}
      onClick={() => onOpen(r.index - 1)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(r.index - 1);
        }
      }}
    >
      <td className={mergeClasses(s.td, s.num)} data-col="index">
        {r.index}
      </td>
      {columns.map((c) => (
        <td key={c.id} className={cellClass(c.id)} data-col={c.id} data-label={lang === 'en' ? c.label.en : c.label.zh}>
          {c.id === 'verdict' ? <VerdictBadge row={r} locale={locale} /> : c.cell(r, lang)}
          {c.id === 'file' && duplicate ? (
            <Badge appearance="outline" color="warning" size="small" shape="rounded" style={{ marginLeft: 4, whiteSpace: 'nowrap' }} data-testid="duplicate">
              {t(locale, 'duplicate')}
            </Badge>
          ) : null}
        </td>
      ))}
    </tr>
  );
}, sameRow);

function BatchTable({ locale, rows: allRows, onOpen, duplicates }: BatchTableProps) {
  const s = useStyles();
  const [sort, setSort] = React.useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'index', dir: 1 });
  const [only, setOnly] = React.useState('all');
  const rows = arrangeRows(allRows, sort, only);
  const sortBy = (key: SortKey) => setSort((cur) => (cur.key === key ? { key, dir: cur.dir === 1 ? -1 : 1 } : { key, dir: 1 }));
  const sortable = (id: string): SortKey | null => (id === 'file' || id === 'verdict' || id === 'errors' ? id : null);
  const lang = locale;
  // The read-error column only when a file could not be read.
  const withErrors = rows.some((r) => r.error !== null);
  const columns = React.useMemo(() => BATCH_COLUMNS.filter((c) => c.id !== 'error' || withErrors), [withErrors]);
  return (
    <>
    <div className={s.tools}>
      <label>
        {t(locale, 'filterVerdict')}{' '}
        <select value={only} onChange={(e) => setOnly(e.target.value)} data-testid="verdict-filter">
          <option value="all">{t(locale, 'filterAllVerdicts')}</option>
          <option value="fail">{t(locale, 'verdictFail')}</option>
          <option value="revise">{t(locale, 'verdictRevise')}</option>
          <option value="pass">{t(locale, 'verdictPass')}</option>
          <option value="unreadable">{t(locale, 'unreadable')}</option>
        </select>
      </label>
    </div>
    <div className={mergeClasses(s.wrap, s.wrapNarrow)}>
      <table className={mergeClasses(s.table, s.narrow)} data-testid="batch-table">
        <thead>
          <tr>
            <th className={mergeClasses(s.th, s.num)} scope="col">
              #
            </th>
            {columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                className={mergeClasses(s.th, NUMERIC.has(c.id) && s.num)}
                aria-sort={sort.key === c.id ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
              >
                {sortable(c.id) ? (
                  <button type="button" className={s.sortButton} onClick={() => sortBy(sortable(c.id)!)} data-testid={`sort-${c.id}`}>
                    {lang === 'en' ? c.label.en : c.label.zh}
                    {sort.key === c.id ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                  </button>
                ) : lang === 'en' ? (
                  c.label.en
                ) : (
                  c.label.zh
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row key={r.anchor} row={r} columns={columns} locale={locale} duplicate={!!duplicates?.has(r.index)} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}

/** Memoised: the page re-renders for progress and notices; the table only when its rows change. */
export default React.memo(BatchTable);
