/** The readable text report of one file's check: zh-CN, or English with `lang: 'en'`. */
import type { CheckResult } from '../core/result';
import { GROUP_NAMES, groupFindings } from '../core/groups';
import { VERDICT_NAMES, type Verdict } from '../core/verdict';
import { ENCODING_NAMES, type TextEncodingId } from '../docx/txt';

export type TextLocale = 'zh-CN' | 'en';

type L = { zh: string; en: string };
const SEV: Record<'error' | 'warning' | 'info', L> = { error: { zh: '错误', en: 'error' }, warning: { zh: '警告', en: 'warning' }, info: { zh: '提示', en: 'info' } };
const SECTION_MARK = { present: '✓', missing: '✗', misordered: '↕' } as const;
const SECTION_WORD: Record<'present' | 'missing' | 'misordered', L> = { present: { zh: '', en: '' }, missing: { zh: '缺少', en: 'missing' }, misordered: { zh: '顺序不对', en: 'out of order' } };
const COVER_MARK = { addressed: '✓', weak: '△', missing: '✗' } as const;
const COVER_WORD: Record<'addressed' | 'weak' | 'missing', L> = { addressed: { zh: '已查摆', en: 'addressed' }, weak: { zh: '不充分', en: 'weak' }, missing: { zh: '未查摆', en: 'missing' } };
const REASON: Record<'restated' | 'heading' | 'placeholder' | 'few-words', L> = {
  restated: { zh: '只复述了要求', en: 'only restates the requirement' },
  heading: { zh: '只有标题', en: 'only a heading' },
  placeholder: { zh: '尚未填写', en: 'not filled in yet' },
  'few-words': { zh: '着墨太少', en: 'too few words' },
};
const T = {
  profile: { zh: '配置：', en: 'Profile: ' },
  verdict: { zh: '结论：', en: 'Verdict: ' },
  encoding: { zh: '编码：', en: 'Encoding: ' },
  bom: { zh: '（带 BOM）', en: ' (with BOM)' },
  overview: {
    zh: '概况：必备部分 {sp}/{sr} · 重点方面 {aa}/{at} 已查摆 · 错误 {e} · 警告 {w} · 提示 {i}',
    en: 'Overview: sections {sp}/{sr} · aspects addressed {aa}/{at} · errors {e} · warnings {w} · infos {i}',
  },
  structure: { zh: '结构', en: 'Structure' },
  focus: { zh: '重点方面', en: 'Focus areas' },
  none: { zh: '未发现问题。', en: 'No findings.' },
  whole: { zh: '全文', en: 'whole document' },
  sep: { zh: ' — ', en: ' — ' },
  comma: { zh: '，', en: ', ' },
  list: { zh: '、', en: ', ' },
} satisfies Record<string, L>;

export interface TextReportExtras {
  lang?: TextLocale;
  verdict?: { verdict: Verdict; why: string } | null;
  encoding?: TextEncodingId;
  bom?: boolean;
}

/** Paragraph numbers are shown 1-based to people ("第 3 段"); JSON keeps 0-based indexes. */
function at(p: number | null, lang: TextLocale): string {
  return p === null ? '' : lang === 'en' ? `¶${p + 1}` : `第${p + 1}段`;
}

const paren = (s: string, lang: TextLocale) => (lang === 'en' ? ` (${s})` : `（${s}）`);

export function formatText(file: string, r: CheckResult, extras: TextReportExtras = {}): string {
  const lang = extras.lang ?? 'zh-CN';
  const t = (l: L) => (lang === 'en' ? l.en : l.zh);
  const lines: string[] = [];
  const s = r.summary;
  lines.push(`━━ ${file} ━━`);
  if (extras.verdict) lines.push(`${t(T.verdict)}${t(VERDICT_NAMES[extras.verdict.verdict])}${extras.verdict.why ? t(T.sep) + extras.verdict.why : ''}`);
  lines.push(`${t(T.profile)}${r.profileName}${paren(r.profile, lang)}`);
  lines.push(`      ${r.profileReason}`);
  if (extras.encoding) lines.push(`${t(T.encoding)}${ENCODING_NAMES[extras.encoding]}${extras.bom ? t(T.bom) : ''}`);
  lines.push(t(T.overview).replace(/\{(\w+)\}/g, (_, k: string) => String({ sp: s.sectionsPresent, sr: s.sectionsRequired, aa: s.aspectsAddressed, at: s.aspectsTotal, e: s.errors, w: s.warnings, i: s.infos }[k])));
  lines.push('');
  lines.push(t(T.structure));
  for (const sec of r.sections) {
    if (!sec.required && sec.status === 'missing') continue;
    const word = t(SECTION_WORD[sec.status]);
    lines.push(`  ${SECTION_MARK[sec.status]} ${sec.title}${word ? t(T.sep) + word : ''}${sec.paragraph !== null ? paren(at(sec.paragraph, lang), lang) : ''}`);
  }
  if (r.focusAreas.length) {
    lines.push('');
    lines.push(t(T.focus));
    for (const f of r.focusAreas) {
      lines.push(`  ${COVER_MARK[f.status]} ${f.title}${f.paragraph !== null ? paren(at(f.paragraph, lang), lang) : ''}`);
      if (f.aspects.length === 1 && f.aspects[0].title === f.title) continue;
      for (const a of f.aspects) {
        const why = a.reason ? `${t(T.comma)}${t(REASON[a.reason])}` : '';
        const paras = a.paragraphs.length ? paren(a.paragraphs.map((p) => at(p, lang)).join(t(T.list)), lang) : '';
        lines.push(`      ${COVER_MARK[a.status]} ${a.title}${t(T.sep)}${t(COVER_WORD[a.status])}${why}${paras}`);
      }
    }
  }
  lines.push('');
  if (!r.findings.length) lines.push(t(T.none));
  for (const g of groupFindings(r.findings)) {
    lines.push(lang === 'en' ? `[${GROUP_NAMES[g.group].en}]` : `【${GROUP_NAMES[g.group].zh}】`);
    for (const f of g.findings) {
      const msg = lang === 'en' && f.messageEn ? f.messageEn : f.message;
      lines.push(`  ${at(f.paragraph, lang) || t(T.whole)} ${t(SEV[f.severity])} ${msg} [${f.ruleId}]`);
    }
  }
  return lines.join('\n') + '\n';
}
