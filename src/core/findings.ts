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
  /** A safe automatic replacement, when there is one. */
  fix?: Fix;
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
  extra: Partial<Pick<Finding, 'start' | 'length' | 'fix'>> = {},
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
