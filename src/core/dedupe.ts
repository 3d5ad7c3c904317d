/**
 * One finding per span (issue 14): when two rules, or two entries of a pack, hit the same or overlapping
 * text, only the most specific finding is kept, so one wrong formulation is reported once. Pure.
 *
 * Which findings compete: those of the wording rules (terms/*, text/duplicated) with one another, and any
 * rule's findings with its own. Findings about other things (half-width marks of a paragraph, a vague
 * problem, a missing section) never suppress a wording finding, nor it them.
 *
 * Most specific, in this order: the higher severity; the longer span (the entry that matched more of the
 * text knows more about it: 习近平新世代中国特色社会主义思想 over 新世代); one with a fix; terms/formulation,
 * then terms/typo, then text/duplicated; the earlier one.
 */
import type { Finding } from './findings';

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;
const RULE_ORDER = ['terms/formulation', 'terms/typo', 'text/duplicated'];

/** The group of rules whose findings compete for a span; other rules compete only with themselves. */
function groupOf(ruleId: string): string {
  return ruleId.startsWith('terms/') || ruleId === 'text/duplicated' ? 'wording' : ruleId;
}

function better(a: Finding, b: Finding): number {
  const ra = RULE_ORDER.indexOf(a.ruleId);
  const rb = RULE_ORDER.indexOf(b.ruleId);
  return (
    SEVERITY[a.severity] - SEVERITY[b.severity] ||
    (b.length ?? 0) - (a.length ?? 0) ||
    Number(!a.fix && !a.fixes) - Number(!b.fix && !b.fixes) ||
    (ra === -1 ? RULE_ORDER.length : ra) - (rb === -1 ? RULE_ORDER.length : rb) ||
    (a.start ?? 0) - (b.start ?? 0)
  );
}

function hasSpan(f: Finding): boolean {
  return f.paragraph !== null && f.start !== undefined && f.length !== undefined && f.length > 0;
}

/**
 * The findings with every overlapped, less specific finding of the same group removed; the order of the
 * remaining findings is unchanged. Findings without a span are all kept.
 */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  // Candidates grouped by (paragraph, group); a paragraph rarely has more than a few.
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!hasSpan(f)) continue;
    const key = `${f.paragraph}\u0000${groupOf(f.ruleId)}`;
    const list = buckets.get(key);
    if (list) list.push(f);
    else buckets.set(key, [f]);
  }
  const dropped = new Set<Finding>();
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const kept: Finding[] = [];
    for (const f of [...list].sort(better)) {
      const s = f.start as number;
      const e = s + (f.length as number);
      if (kept.some((k) => s < (k.start as number) + (k.length as number) && (k.start as number) < e)) dropped.add(f);
      else kept.push(f);
    }
  }
  return dropped.size === 0 ? [...findings] : findings.filter((f) => !dropped.has(f));
}
