/**
 * Batch review: one summary row per checked file, and the CSV / HTML reports built from those rows.
 * Pure string builders (no DOM, no Node): the CLI writes them to files, the browser page offers
 * them as "export the table" downloads, so both show exactly the same columns.
 */
import type { Finding } from './findings';
import { GROUP_NAMES, groupFindings } from './groups';
import type { Profile } from './profile';
import type { CheckResult, CoverageStatus, SectionStatus } from './result';
import { VERDICT_NAMES, verdictOf, type Verdict } from './verdict';

/** Same locales as the pane (i18n.ts). */
export type BatchLocale = 'zh-CN' | 'en';

/** One checked file as the CLI's `checkFiles` and the browser page produce it. */
export interface BatchInput {
  file: string;
  result?: CheckResult;
  /** Why the file could not be read; set instead of `result`. */
  error?: string;
  /** The same file (same device and inode) came earlier in the batch under this name. */
  duplicateOf?: string;
}

/** One row of the summary table. Counts are null for an unreadable file. */
export interface BatchRow {
  /** 1-based position in the batch. */
  index: number;
  file: string;
  /** Fragment id of the file's detail block in the HTML report (`f1`, `f2`, …). */
  anchor: string;
  profile: string | null;
  profileName: string | null;
  sectionsPresent: number | null;
  sectionsRequired: number | null;
  aspectsAddressed: number | null;
  aspectsTotal: number | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  verdict: Verdict | null;
  /** Why that verdict (from verdictOf, in the locale the rows were built for). */
  verdictWhy: string;
  error: string | null;
  /** 1-based index of the earlier row holding the same file, when the file was given twice. */
  duplicateOf: number | null;
}

/** Finds the profile a result was checked against (built-ins, or a profile file the user loaded). */
export type ProfileLookup = (id: string) => Profile | undefined;

export function batchRows(items: readonly BatchInput[], profileFor: ProfileLookup, opts: { lang?: BatchLocale } = {}): BatchRow[] {
  return items.map((item, i) => {
    const dup = item.duplicateOf === undefined ? -1 : items.findIndex((x, j) => j < i && x.file === item.duplicateOf);
    const base = { index: i + 1, file: item.file, anchor: `f${i + 1}`, duplicateOf: dup >= 0 ? dup + 1 : null };
    const r = item.result;
    if (!r) {
      return {
        ...base,
        profile: null,
        profileName: null,
        sectionsPresent: null,
        sectionsRequired: null,
        aspectsAddressed: null,
        aspectsTotal: null,
        errors: null,
        warnings: null,
        infos: null,
        verdict: null,
        verdictWhy: '',
        error: item.error ?? (opts.lang === 'en' ? 'unreadable' : '无法读取（unreadable）'),
      };
    }
    const s = r.summary;
    const profile = profileFor(r.profile);
    const v = profile ? verdictOf(r, profile, opts.lang) : null;
    return {
      ...base,
      profile: r.profile,
      profileName: r.profileName,
      sectionsPresent: s.sectionsPresent,
      sectionsRequired: s.sectionsRequired,
      aspectsAddressed: s.aspectsAddressed,
      aspectsTotal: s.aspectsTotal,
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      verdict: v ? v.verdict : null,
      verdictWhy: v ? v.why : '',
      error: null,
    };
  });
}

/** How many files got each verdict, and how many could not be read. */
export function batchTotals(rows: readonly BatchRow[]): Record<Verdict | 'unreadable', number> {
  const t = { pass: 0, revise: 0, fail: 0, unreadable: 0 };
  for (const r of rows) {
    if (r.error !== null) t.unreadable++;
    else if (r.verdict) t[r.verdict]++;
  }
  return t;
}

// ── Columns ──────────────────────────────────────────────────────────────────────────────────

type L = { zh: string; en: string };
const pick = (l: L, lang: BatchLocale) => (lang === 'en' ? l.en : l.zh);
const pair = (a: number | null, b: number | null) => (a === null || b === null ? '' : `${a}/${b}`);
const num = (n: number | null) => (n === null ? '' : String(n));

export interface BatchColumn {
  id: 'file' | 'profile' | 'sections' | 'aspects' | 'errors' | 'warnings' | 'infos' | 'verdict' | 'why' | 'error';
  label: L;
  cell(row: BatchRow, lang: BatchLocale): string;
}

/** The summary table's columns, in order: the page, the HTML report and the CSV use these. */
export const BATCH_COLUMNS: readonly BatchColumn[] = [
  { id: 'file', label: { zh: '文件', en: 'File' }, cell: (r) => r.file },
  { id: 'profile', label: { zh: '配置', en: 'Profile' }, cell: (r) => r.profileName ?? '' },
  { id: 'sections', label: { zh: '必备部分', en: 'Sections' }, cell: (r) => pair(r.sectionsPresent, r.sectionsRequired) },
  { id: 'aspects', label: { zh: '重点方面已查摆', en: 'Aspects addressed' }, cell: (r) => pair(r.aspectsAddressed, r.aspectsTotal) },
  { id: 'errors', label: { zh: '错误', en: 'Errors' }, cell: (r) => num(r.errors) },
  { id: 'warnings', label: { zh: '警告', en: 'Warnings' }, cell: (r) => num(r.warnings) },
  { id: 'infos', label: { zh: '提示', en: 'Infos' }, cell: (r) => num(r.infos) },
  { id: 'verdict', label: { zh: '结论', en: 'Verdict' }, cell: (r, lang) => (r.verdict ? pick(VERDICT_NAMES[r.verdict], lang) : '') },
  { id: 'why', label: { zh: '结论依据', en: 'Reason' }, cell: (r) => r.verdictWhy },
  { id: 'error', label: { zh: '无法读取的原因', en: 'Read error' }, cell: (r) => r.error ?? '' },
];

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

/**
 * CSV columns. Same order and meaning as BATCH_COLUMNS, except that each "n/m" pair is split into
 * two numeric columns: spreadsheets can sort and sum them, and Excel does not read "5/5" as a date.
 */
export const CSV_COLUMNS: readonly { label: L; cell(row: BatchRow, lang: BatchLocale): string; text?: boolean }[] = [
  { label: BATCH_COLUMNS[0].label, cell: BATCH_COLUMNS[0].cell, text: true },
  { label: BATCH_COLUMNS[1].label, cell: BATCH_COLUMNS[1].cell, text: true },
  { label: { zh: '必备部分（已有）', en: 'Sections present' }, cell: (r) => num(r.sectionsPresent) },
  { label: { zh: '必备部分（应有）', en: 'Sections required' }, cell: (r) => num(r.sectionsRequired) },
  { label: { zh: '重点方面（已查摆）', en: 'Aspects addressed' }, cell: (r) => num(r.aspectsAddressed) },
  { label: { zh: '重点方面（总数）', en: 'Aspects total' }, cell: (r) => num(r.aspectsTotal) },
  ...BATCH_COLUMNS.slice(4).map((c) => ({ label: c.label, cell: c.cell, text: c.id === 'why' || c.id === 'error' })),
  { label: { zh: '备注', en: 'Note' }, cell: (r, lang) => duplicateNote(r, lang), text: true },
];

/** "与第 2 个文件相同（重复）" for a file given twice; empty otherwise. */
export function duplicateNote(row: BatchRow, lang: BatchLocale): string {
  if (row.duplicateOf === null) return '';
  return lang === 'en' ? `same file as #${row.duplicateOf} (duplicate)` : `与第 ${row.duplicateOf} 个文件相同（重复）`;
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The summary table as CSV: UTF-8 BOM (so Excel on Chinese Windows picks UTF-8), header row,
 * one CRLF-terminated row per file. An unreadable file has only its name and the error filled.
 */
export function batchCsv(rows: readonly BatchRow[], opts: { lang?: BatchLocale; bom?: boolean } = {}): string {
  const lang = opts.lang ?? 'zh-CN';
  const line = (cells: string[]) => cells.map(csvField).join(',') + '\r\n';
  let out = opts.bom === false ? '' : '\uFEFF';
  out += line(CSV_COLUMNS.map((c) => pick(c.label, lang)));
  for (const r of rows) out += line(CSV_COLUMNS.map((c) => (c.text ? defuse(c.cell(r, lang)) : c.cell(r, lang))));
  return out;
}

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const T = {
  title: { zh: '对照检查材料批量审阅报告', en: 'Self-inspection reports: batch review' },
  totals: { zh: '共 {n} 个文件：达标 {pass} · 需修改 {revise} · 不达标 {fail} · 无法读取 {unreadable}', en: '{n} files: {pass} pass · {revise} revise · {fail} fail · {unreadable} unreadable' },
  generated: { zh: '生成时间：', en: 'Generated: ' },
  local: { zh: '本报告在本机生成，文档内容未上传。', en: 'Generated locally; no document left this computer.' },
  profile: { zh: '配置', en: 'Profile' },
  overview: { zh: '概况', en: 'Overview' },
  overviewLine: {
    zh: '必备部分 {sp}/{sr} · 重点方面 {aa}/{at} 已查摆 · 错误 {e} · 警告 {w} · 提示 {i}',
    en: 'sections {sp}/{sr} · aspects addressed {aa}/{at} · errors {e} · warnings {w} · infos {i}',
  },
  unreadable: { zh: '无法读取', en: 'Unreadable' },
  structure: { zh: '结构', en: 'Structure' },
  focus: { zh: '重点方面', en: 'Focus areas' },
  findings: { zh: '问题', en: 'Findings' },
  noFindings: { zh: '未发现问题。', en: 'No findings.' },
  wholeDoc: { zh: '全文', en: 'Whole document' },
  para: { zh: '第{n}段', en: '¶{n}' },
  optional: { zh: '（可选）', en: ' (optional)' },
  back: { zh: '↑ 返回汇总表', en: '↑ Back to the summary' },
  details: { zh: '逐个文件', en: 'Per file' },
} satisfies Record<string, L>;

const SEV: Record<Finding['severity'], L> = { error: { zh: '错误', en: 'Error' }, warning: { zh: '警告', en: 'Warning' }, info: { zh: '提示', en: 'Info' } };
const SECTION_MARK: Record<SectionStatus, string> = { present: '✓', missing: '✗', misordered: '↕' };
const SECTION_WORD: Record<SectionStatus, L> = { present: { zh: '已有', en: 'present' }, missing: { zh: '缺少', en: 'missing' }, misordered: { zh: '顺序不对', en: 'out of order' } };
const COVER_MARK: Record<CoverageStatus, string> = { addressed: '✓', weak: '△', missing: '✗' };
const COVER_WORD: Record<CoverageStatus, L> = { addressed: { zh: '已查摆', en: 'addressed' }, weak: { zh: '不充分', en: 'weak' }, missing: { zh: '未查摆', en: 'missing' } };
const REASON: Record<NonNullable<CheckResult['focusAreas'][number]['aspects'][number]['reason']>, L> = {
  restated: { zh: '只复述了要求', en: 'only restates the requirement' },
  heading: { zh: '只有标题', en: 'only a heading' },
  placeholder: { zh: '尚未填写', en: 'not filled in yet' },
  'few-words': { zh: '着墨太少', en: 'too few words' },
};

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

const CSS = `
*{box-sizing:border-box}
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:14px;line-height:1.6;color:#1f1f1f;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:0 0 8px;border-bottom:2px solid #c00000;padding-bottom:4px;word-break:break-all}
h3{font-size:15px;margin:14px 0 4px}
h2.details-title{border:none;font-size:16px;color:#444}
h4{font-size:14px;margin:10px 0 2px;color:#444}
.meta{color:#555;margin:2px 0}
table.summary{border-collapse:collapse;width:100%;margin:16px 0 28px;font-size:13px}
table.summary th,table.summary td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
table.summary th{background:#f2f2f2;white-space:nowrap}
table.summary td.n{text-align:right;white-space:nowrap}
table.summary td.file{min-width:13em;overflow-wrap:anywhere}
table.summary td.profile{min-width:8em;font-size:12px;color:#444}
table.summary td.why{min-width:9em}
table.summary thead{display:table-header-group}
table.summary tr{break-inside:avoid}
.v{display:inline-block;padding:0 6px;border-radius:3px;font-weight:bold;white-space:nowrap}
.v-pass{background:#dff0d8;color:#1e5e1e}
.v-revise{background:#fcf0c8;color:#7a5200}
.v-fail{background:#f8d7d7;color:#9b1111}
.v-unreadable{background:#e6e6e6;color:#444}
tr.r-pass td.verdict{background:#dff0d8}
tr.r-revise td.verdict{background:#fcf0c8}
tr.r-fail td.verdict{background:#f8d7d7}
tr.r-unreadable td{color:#666}
section.file{margin:0 0 32px;padding-top:8px}
ul.check,ul.aspects,ol.findings{margin:2px 0;padding-left:22px}
ul.check{list-style:none;padding-left:4px}
ul.aspects{list-style:none;padding-left:22px}
.mark{display:inline-block;width:1.4em;font-weight:bold}
.s-present,.c-addressed{color:#1e5e1e}
.s-missing,.c-missing{color:#9b1111}
.s-misordered,.c-weak{color:#7a5200}
.evidence{margin:2px 0 4px 1.4em;padding:2px 8px;border-left:3px solid #ccc;color:#444;background:#fafafa;white-space:pre-wrap;word-break:break-all}
.sev{display:inline-block;min-width:3em;font-weight:bold}
.sev-error{color:#9b1111}
.sev-warning{color:#7a5200}
.sev-info{color:#2a5a8a}
.at{color:#555;margin-right:4px}
.rule{color:#777;font-family:Consolas,monospace;font-size:12px}
.error{color:#9b1111}
.back{font-size:12px}
.dup{display:inline-block;font-size:12px;color:#7a5200;background:#fcf0c8;padding:0 4px;border-radius:3px}
a{color:#0f5c9e}
@page{size:A4;margin:15mm}
@media print{
  body{margin:0;max-width:none;font-size:11pt}
  h2.details-title{display:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
  .back{display:none}
  section.file{break-before:page}
  /* The summary table fits the A4 width: fixed column shares, every cell may wrap. */
  table.summary{table-layout:fixed;font-size:8.5pt;margin:8px 0 16px}
  table.summary th{white-space:normal;padding:3px}
  table.summary td{padding:3px;overflow-wrap:anywhere}
  table.summary td.file,table.summary td.profile,table.summary td.why{min-width:0}
  table.summary td.n{white-space:normal}
  th.c-index{width:3.5%}
  th.c-file{width:18%}
  th.c-profile{width:12%}
  th.c-sections,th.c-aspects{width:7%}
  th.c-errors,th.c-warnings,th.c-infos{width:5%}
  th.c-verdict{width:8.5%}
  th.c-why{width:14%}
  th.c-error{width:15%}
  .evidence,h2{overflow-wrap:anywhere}
  li,.evidence{break-inside:avoid}
  h2,h3,h4{break-after:avoid}
}
`;

export interface BatchHtmlOptions {
  lang?: BatchLocale;
  /** Shown under the title, e.g. "2025-01-31 14:05"; left out when not given (keeps the builder pure). */
  generatedAt?: string;
  title?: string;
}

/**
 * A single self-contained HTML report: summary table (verdict coloured, each file links to its
 * detail) and, per file, the section checklist, focus areas with evidence, and grouped findings.
 * No script, no external resource; every piece of document text is escaped.
 */
export function batchHtml(items: readonly BatchInput[], profileFor: ProfileLookup, opts: BatchHtmlOptions = {}): string {
  const lang = opts.lang ?? 'zh-CN';
  const t = (l: L, data?: Record<string, string | number>) => escapeHtml(fill(pick(l, lang), data ?? {}));
  const e = escapeHtml;
  const rows = batchRows(items, profileFor, { lang });
  const totals = batchTotals(rows);
  const title = opts.title ?? pick(T.title, lang);
  const at = (p: number | null) => (p === null ? '' : t(T.para, { n: p + 1 }));
  const rowClass = (r: BatchRow) => (r.error !== null ? 'r-unreadable' : r.verdict ? `r-${r.verdict}` : '');

  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push(`<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">`);
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${e(title)}</title>`);
  out.push(`<style>${CSS}</style>`);
  out.push('</head>');
  out.push('<body>');
  out.push(`<header id="top"><h1>${e(title)}</h1>`);
  out.push(`<p class="meta">${t(T.totals, { n: rows.length, ...totals })}</p>`);
  if (opts.generatedAt) out.push(`<p class="meta">${t(T.generated)}${e(opts.generatedAt)}</p>`);
  out.push(`<p class="meta">${t(T.local)}</p></header>`);

  // Summary table.
  out.push('<table class="summary">');
  out.push(`<thead><tr><th class="c-index">#</th>${BATCH_COLUMNS.map((c) => `<th class="c-${c.id}">${t(c.label)}</th>`).join('')}</tr></thead>`);
  out.push('<tbody>');
  for (const r of rows) {
    const cells = BATCH_COLUMNS.map((c) => {
      const v = c.cell(r, lang);
      if (c.id === 'file') return `<td class="file"><a href="#${r.anchor}">${e(v)}</a>${r.duplicateOf !== null ? ` <span class="dup">${e(duplicateNote(r, lang))}</span>` : ''}</td>`;
      if (c.id === 'verdict') return `<td class="verdict">${r.verdict ? `<span class="v v-${r.verdict}">${e(v)}</span>` : r.error !== null ? `<span class="v v-unreadable">${t(T.unreadable)}</span>` : ''}</td>`;
      if (c.id === 'error') return `<td class="error">${e(v)}</td>`;
      if (c.id === 'profile') return `<td class="profile" title="${e(r.profile ?? '')}">${e(v)}</td>`;
      if (c.id === 'why') return `<td class="why">${e(v)}</td>`;
      return `<td class="n">${e(v)}</td>`;
    });
    out.push(`<tr class="${rowClass(r)}"><td class="n">${r.index}</td>${cells.join('')}</tr>`);
  }
  out.push('</tbody></table>');

  // Per-file detail.
  if (rows.length) out.push(`<h2 class="details-title">${t(T.details)}</h2>`);
  rows.forEach((row, i) => {
    const r = items[i].result;
    out.push(`<section class="file" id="${row.anchor}">`);
    out.push(`<h2>${row.index}. ${e(row.file)}</h2>`);
    if (!r) {
      out.push(`<p><span class="v v-unreadable">${t(T.unreadable)}</span> <span class="error">${e(row.error ?? '')}</span></p>`);
      out.push(`<p class="back"><a href="#top">${t(T.back)}</a></p></section>`);
      return;
    }
    const s = r.summary;
    if (row.verdict) out.push(`<p><span class="v v-${row.verdict}">${e(pick(VERDICT_NAMES[row.verdict], lang))}</span> ${e(row.verdictWhy)}</p>`);
    out.push(`<p class="meta">${t(T.profile)}：${e(r.profileName)}（${e(r.profile)}）— ${e(r.profileReason)}</p>`);
    out.push(`<p class="meta">${t(T.overview)}：${t(T.overviewLine, { sp: s.sectionsPresent, sr: s.sectionsRequired, aa: s.aspectsAddressed, at: s.aspectsTotal, e: s.errors, w: s.warnings, i: s.infos })}</p>`);

    out.push(`<h3>${t(T.structure)}</h3><ul class="check">`);
    for (const sec of r.sections) {
      if (!sec.required && sec.status === 'missing') continue;
      const where = sec.paragraph !== null ? `（${at(sec.paragraph)}）` : '';
      out.push(`<li class="s-${sec.status}"><span class="mark">${SECTION_MARK[sec.status]}</span>${e(sec.title)}${sec.required ? '' : t(T.optional)} — ${t(SECTION_WORD[sec.status])}${where}</li>`);
    }
    out.push('</ul>');

    if (r.focusAreas.length) {
      out.push(`<h3>${t(T.focus)}</h3><ul class="check">`);
      for (const f of r.focusAreas) {
        const where = f.paragraph !== null ? `（${at(f.paragraph)}）` : '';
        out.push(`<li class="c-${f.status}"><span class="mark">${COVER_MARK[f.status]}</span>${e(f.title)} — ${t(COVER_WORD[f.status])}${where}`);
        const sole = f.aspects.length === 1 && f.aspects[0].title === f.title;
        out.push('<ul class="aspects">');
        for (const a of f.aspects) {
          if (sole) {
            // The focus area is its own only aspect: show just its reason and evidence.
            if (a.reason) out.push(`<li class="c-${a.status}">${t(REASON[a.reason])}</li>`);
            if (a.evidence) out.push(`<li><div class="evidence">${e(a.evidence)}</div></li>`);
            continue;
          }
          const why = a.reason ? `，${t(REASON[a.reason])}` : '';
          const paras = a.paragraphs.length ? `（${a.paragraphs.map(at).join('、')}）` : '';
          out.push(`<li class="c-${a.status}"><span class="mark">${COVER_MARK[a.status]}</span>${e(a.title)} — ${t(COVER_WORD[a.status])}${why}${paras}`);
          if (a.evidence) out.push(`<div class="evidence">${e(a.evidence)}</div>`);
          out.push('</li>');
        }
        out.push('</ul></li>');
      }
      out.push('</ul>');
    }

    out.push(`<h3>${t(T.findings)}</h3>`);
    if (!r.findings.length) out.push(`<p>${t(T.noFindings)}</p>`);
    for (const g of groupFindings(r.findings)) {
      out.push(`<h4>${t(GROUP_NAMES[g.group])}（${g.findings.length}）</h4><ol class="findings">`);
      for (const f of g.findings) {
        const msg = lang === 'en' && f.messageEn ? f.messageEn : f.message;
        out.push(`<li><span class="sev sev-${f.severity}">${t(SEV[f.severity])}</span><span class="at">${at(f.paragraph) || t(T.wholeDoc)}</span>${e(msg)} <span class="rule">[${e(f.ruleId)}]</span></li>`);
      }
      out.push('</ol>');
    }
    out.push(`<p class="back"><a href="#top">${t(T.back)}</a></p>`);
    out.push('</section>');
  });
  out.push('</body>');
  out.push('</html>');
  return out.join('\n') + '\n';
}
