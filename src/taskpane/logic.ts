/** Pure helpers of the task pane: grouping, flag requests, ignore keys, where-labels. No React. */
import type { CheckResult, DocModel, Finding, FlagRequest, InsertOp, Profile } from '../core';
import { GROUP_NAMES, groupFindings as coreGroups, type GroupId } from '../core/groups';
import { tr, type Locale, type StringKey } from '../core/i18n';

export const SETTING_PROFILE = 'xingshen.profile';
export const SETTING_IGNORES = 'xingshen.ignores';
/** Rules ignored for this document (忽略此类问题): a JSON array of rule ids. */
export const SETTING_IGNORED_RULES = 'xingshen.ignoredRules';
/** The user's rule packs (a JSON array of validated packs), remembered with the document. */
export const SETTING_PACKS = 'xingshen.packs';
/** The user's allow-list (a JSON array of words), remembered with the document. */
export const SETTING_ALLOW = 'xingshen.allow';

/** Office document settings hold about 2 MB in all: one pack (or the allow-list) may take at most this… */
export const PACK_MAX_BYTES = 256 * 1024;
/** …and all user packs together at most this. */
export const PACKS_MAX_BYTES = 1024 * 1024;

/** UTF-8 size of a string, without TextEncoder (absent in some test environments). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** An allow-list file or text box: one word or phrase per line; blank lines and lines starting with # are skipped (as in the CLI's --allow). */
export function parseAllowText(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const w = raw.trim();
    if (!w || w.startsWith('#') || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** The stored allow-list (`xingshen.allow`); anything unreadable is an empty list. */
export function parseAllowSetting(value: string | undefined): string[] {
  return parseIgnores(value).map((w) => w.trim()).filter(Boolean);
}

export interface FindingGroup {
  group: GroupId;
  findings: Finding[];
}

export function groupLabel(locale: Locale, g: GroupId): string {
  return GROUP_NAMES[g][locale === 'en' ? 'en' : 'zh'];
}

/** The core's display groups (shared with the CLI report), errors first within a group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return coreGroups(findings).map(({ group, findings: list }) => ({
    group,
    findings: [...list].sort((a, b) => rank[a.severity] - rank[b.severity] || (a.paragraph ?? -1) - (b.paragraph ?? -1)),
  }));
}

/** A key that identifies a finding across re-checks of the same document (survives paragraph shifts). */
export function ignoreKey(f: Finding, doc: DocModel | null): string {
  const text = f.paragraph !== null ? (doc?.paragraphs[f.paragraph]?.text ?? '') : '';
  return [f.ruleId, text.replace(/\s+/g, '').slice(0, 48), f.start ?? '', f.message].join('|');
}

export function parseIgnores(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const v: unknown = JSON.parse(value);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const REASONS: Record<string, StringKey> = {
  restated: 'reasonRestated',
  heading: 'reasonHeading',
  placeholder: 'reasonPlaceholder',
  'few-words': 'reasonFewWords',
};

export function reasonLabel(locale: Locale, reason: string | undefined): string {
  return reason && REASONS[reason] ? tr(locale, REASONS[reason]) : '';
}

/**
 * One flag per unaddressed item: a missing focus area once; otherwise each missing or weak aspect,
 * at its evidence paragraph, else the focus area's block, else the problems section heading.
 */
export function flagRequests(result: CheckResult, profile: Profile | null, doc: DocModel): FlagRequest[] {
  const holder = profile?.sections.find((s) => s.holdsFocusAreas)?.id;
  const problems =
    result.sections.find((s) => s.id === holder)?.paragraph ?? result.sections.find((s) => s.paragraph !== null)?.paragraph ?? 0;
  const last = Math.max(0, doc.paragraphs.length - 1);
  const at = (p: number | null | undefined) => Math.min(p ?? problems, last);
  const spec = (id: string) => profile?.focusAreas.find((f) => f.id === id);
  const out: FlagRequest[] = [];
  for (const fa of result.focusAreas) {
    if (fa.status === 'missing') {
      out.push({
        paragraph: at(fa.paragraph),
        message: tr('zh-CN', 'flagFocusMissing', { title: fa.title, requirement: spec(fa.id)?.requirement ?? fa.title }),
      });
      continue;
    }
    for (const a of fa.aspects) {
      if (a.status === 'addressed') continue;
      const key = a.status === 'missing' ? 'flagAspectMissing' : 'flagAspectWeak';
      out.push({
        paragraph: at(a.paragraphs[0] ?? fa.paragraph),
        message: tr('zh-CN', key, { focus: fa.title, title: a.title, reason: reasonLabel('zh-CN', a.reason) || '—' }),
      });
    }
  }
  return out;
}

/** Shortens text for labels. */
export function clip(s: string, n = 18): string {
  const t = s.trim();
  return t.length > n ? t.slice(0, n) + '…' : t;
}

/** Where an insert op goes, in words. */
export function whereLabel(locale: Locale, op: InsertOp, doc: DocModel | null): string {
  if (op.anchor === null) return tr(locale, 'insertWhereStart');
  const text = clip(doc?.paragraphs[op.anchor]?.text ?? '');
  return tr(locale, op.position === 'before' ? 'insertWhereBefore' : 'insertWhereAfter', { n: op.anchor + 1, text });
}

/**
 * A profile's name short enough for the picker at 320 px: the shared tail (…组织生活会对照检查材料) is
 * dropped and what tells profiles apart (year, topic, （五个聚焦）) is kept. Names that would become
 * too short to mean anything stay whole.
 */
export function shortProfileName(name: string): string {
  const short = name.replace(/(专题)?(组织生活会|民主生活会)?(个人)?(对照检查|检视剖析|发言提纲)材料/, '').trim();
  return short.replace(/[（(]\s*[)）]/g, '').length >= 4 ? short : name;
}

/**
 * A renumbering in words, naming the heading: 第 9 段：三、今后的努力方向和改进措施 → 四、今后的努力方向和改进措施.
 * Without the document text it is the bare marker change.
 */
export function renumberLabel(locale: Locale, r: { paragraph: number; start: number; length: number; from: string; to: string }, doc: DocModel | null): string {
  const text = doc?.paragraphs[r.paragraph]?.text;
  const base = tr(locale, 'renumberItem', { n: r.paragraph + 1, from: r.from, to: r.to });
  if (!text || text.slice(r.start, r.start + r.length) !== r.from) return base;
  const title = clip(text.slice(r.start + r.length), 16);
  return tr(locale, 'renumberItem', { n: r.paragraph + 1, from: r.from + title, to: r.to + title });
}
