/** Findings, rules and their public identity. */
import type { DocModel } from './model';
import type { Profile } from './profile';
import type { Analysis } from './analysis';
import type { Pack } from './packs';

export type Severity = 'error' | 'warning' | 'info';

/** Groups shown in the pane and the text report. */
export type Category = 'structure' | 'focus' | 'claims' | 'text' | 'punct' | 'terms' | 'series' | 'quality';

export interface Fix {
  /** Replace `length` characters at `start` of the paragraph's text with `replacement`. */
  start: number;
  length: number;
  replacement: string;
  /**
   * The text the fix replaces, as it was checked (set by rules that emit `fixes`). `applyFixes`
   * refuses a fix whose span no longer reads so: applying the same fixes twice is detected.
   */
  was?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** zh-CN message: what is wrong and how to fix it. */
  message: string;
  /** English message, for the en locale. */
  messageEn?: string;
  /** 0-based paragraph index, or null when the finding is about the whole document. */
  paragraph: number | null;
  /** Offset and length within the paragraph's `text`, when the finding is about a span. */
  start?: number;
  length?: number;
  /**
   * A safe automatic replacement, when there is one. A finding with `fixes` also has `fix` only when
   * that one replacement does exactly what `fixes` do (e.g. the span of a quote pair "四风" → “四风”),
   * so consumers that apply one replacement keep working; those that can should use `findingFixes`.
   */
  fix?: Fix;
  /**
   * Several replacements that belong together and must be applied together, atomically (every half-width
   * mark of a paragraph; both quotes of a pair): non-overlapping, sorted, in the offsets of the paragraph's
   * original text. Read them with `findingFixes`, apply them with `applyFixes`.
   */
  fixes?: Fix[];
  /** The text around the change as it is and as it will be (≤ ~30 characters each), for a before → after display. */
  context?: { before: string; after: string };
  /** How many occurrences this finding stands for (e.g. the half-width marks of one paragraph), when more than one thing is counted. */
  count?: number;
}

export interface RuleContext {
  doc: DocModel;
  profile: Profile;
  analysis: Analysis;
  /** User rule packs, added to the built-in packs (see packs.ts). */
  packs?: Pack[];
  /** Words never flagged by the text rules (allow-list). */
  allow?: string[];
}

export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A rule: one module, one stable public id. `run` is pure: same input, same findings,
 * no I/O, no mutation of the context.
 */
export interface Rule {
  id: string;
  category: Category;
  description: LocalizedText;
  /** Message templates, keyed by message id; `{name}` placeholders are filled by `format`. */
  messages: Record<string, LocalizedText>;
  run(ctx: RuleContext): Finding[];
}

/** Fills `{name}` placeholders of a message template. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  // Templates are few and findings many: split each template once into literal, name, literal…
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in data ? String(data[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}

const templates = new Map<string, string[]>();

/** Creates a finding from a rule's message template. */
export function report(
  rule: Pick<Rule, 'id' | 'messages'>,
  messageId: string,
  severity: Severity,
  paragraph: number | null,
  data: Record<string, string | number> = {},
  extra: Partial<Pick<Finding, 'start' | 'length' | 'fix' | 'fixes' | 'context' | 'count'>> = {},
): Finding {
  const t = rule.messages[messageId];
  if (!t) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
  return { ruleId: rule.id, severity, message: format(t.zh, data), messageEn: format(t.en, data), paragraph, ...extra };
}

/**
 * `report` for rules with many findings and few distinct messages: the zh and en messages for one
 * (messageId, key) are formatted once per reporter and shared by every finding that uses them.
 * `key` must determine `data` (e.g. the mark and its replacement); create one reporter per run.
 */
export function reporter(rule: Pick<Rule, 'id' | 'messages'>) {
  const memo = new Map<string, LocalizedText>();
  return (
    messageId: string,
    key: string,
    severity: Severity,
    paragraph: number | null,
    data: Record<string, string | number> | (() => Record<string, string | number>),
    span?: { start: number; length: number },
    fix?: Fix,
  ): Finding => {
    const k = `${messageId}\u0000${key}`;
    let m = memo.get(k);
    if (!m) {
      const t = rule.messages[messageId];
      if (!t) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
      const d = typeof data === 'function' ? data() : data;
      memo.set(k, (m = { zh: format(t.zh, d), en: format(t.en, d) }));
    }
    // Findings of one rule share one object shape: no spreads, optional fields added in one order.
    const f: Finding = { ruleId: rule.id, severity, message: m.zh, messageEn: m.en, paragraph };
    if (span) {
      f.start = span.start;
      f.length = span.length;
    }
    if (fix) f.fix = fix;
    return f;
  };
}

// ---------------------------------------------------------------------------------------------
// Fixes

/** Every replacement of a finding, in text order: its `fixes`, else its single `fix`, else none. */
export function findingFixes(f: Pick<Finding, 'fix' | 'fixes'>): Fix[] {
  if (f.fixes && f.fixes.length) return [...f.fixes].sort((a, b) => a.start - b.start);
  return f.fix ? [f.fix] : [];
}

/** Why a set of fixes cannot be applied to a text, or null when it can. */
export function fixesProblem(text: string, fixes: readonly Fix[]): 'range' | 'overlap' | 'stale' | null {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.length - b.length);
  let end = 0;
  for (const x of sorted) {
    if (!(x.start >= 0 && x.length >= 0 && x.start + x.length <= text.length)) return 'range';
    if (x.start < end) return 'overlap';
    // A zero-length insertion at the end of a previous fix is fine; two insertions at one place are not.
    if (x.length === 0 && sorted.some((y) => y !== x && y.length === 0 && y.start === x.start)) return 'overlap';
    if (x.was !== undefined && text.slice(x.start, x.start + x.length) !== x.was) return 'stale';
    end = x.start + x.length;
  }
  return null;
}

/**
 * Applies fixes together (right to left, so every offset is the original text's). Throws when they
 * overlap, fall outside the text, or a fix's `was` no longer matches (the fixes were already applied,
 * or the text changed): use `tryApplyFixes` for a null instead.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const problem = fixesProblem(text, fixes);
  if (problem) throw new Error(`fixes cannot be applied (${problem})`);
  let out = text;
  for (const x of [...fixes].sort((a, b) => b.start - a.start || b.length - a.length)) out = out.slice(0, x.start) + x.replacement + out.slice(x.start + x.length);
  return out;
}

/** `applyFixes`, or null when the fixes cannot be applied to this text. */
export function tryApplyFixes(text: string, fixes: readonly Fix[]): string | null {
  return fixesProblem(text, fixes) ? null : applyFixes(text, fixes);
}

/**
 * The text around a set of fixes as it is and as it will be: from `pad` (2) characters before the first
 * fix to `pad` after the last, when that fits in `max` characters; else the `max` characters from there.
 */
export function fixContext(text: string, fixes: readonly Fix[], max = 30, pad = 2): { before: string; after: string } | undefined {
  const sorted = [...fixes].sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return undefined;
  let from = Math.max(0, sorted[0].start - pad);
  let to = Math.min(text.length, sorted[sorted.length - 1].start + sorted[sorted.length - 1].length + pad);
  if (to - from > max) {
    // Too far apart: the first `max` characters from the first fix, with the fixes that fit in them.
    if (sorted[0].length > max) from = sorted[0].start;
    to = Math.min(text.length, Math.max(from + max, sorted[0].start + sorted[0].length));
  }
  const before = text.slice(from, to);
  const local = sorted.filter((x) => x.start >= from && x.start + x.length <= to).map((x) => ({ ...x, start: x.start - from, was: undefined }));
  return { before, after: applyFixes(before, local) };
}

/** How many occurrences a finding stands for (`count`, else 1). */
export function findingCount(f: Pick<Finding, 'count'>): number {
  return f.count ?? 1;
}

/** The document-level total of one rule's occurrences, e.g. every half-width mark of the document for the summary. */
export function totalCount(findings: readonly Finding[], ruleId: string): number {
  let n = 0;
  for (const f of findings) if (f.ruleId === ruleId) n += findingCount(f);
  return n;
}
