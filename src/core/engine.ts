/** check(): analysis + every rule → the public CheckResult. Pure; the same for the pane, the CLI and the browser. */
import type { DocModel } from './model';
import type { Profile } from './profile';
import type { Finding, Rule, RuleContext } from './findings';
import type { CheckResult, Summary } from './result';
import { analyze } from './analyze';
import { allRules } from './rules';
import { withNormalizedTextCache } from './packs';
import { dedupeFindings } from './dedupe';

export interface CheckOptions {
  /** Why this profile was chosen (shown to the user); defaults to "指定配置". */
  profileReason?: string;
  /** Rules to run instead of all of them. */
  rules?: readonly Rule[];
  /** Rule ids to turn off. */
  disable?: readonly string[];
  /** User rule packs, added to the built-in packs for the pack-driven rules. */
  packs?: RuleContext['packs'];
  /** Words never flagged by the text rules (allow-list). */
  allow?: RuleContext['allow'];
  /** Extra options handed to rules through the context. */
  context?: Partial<Omit<RuleContext, 'doc' | 'profile' | 'analysis'>>;
  /**
   * Called as the check advances, for a progress bar on long documents: once after the shared analysis
   * (`stage: 'analysis'`), after each rule (`'rules'`), and last with `'done'`. `done` of `total` steps;
   * the analysis counts as one step, each rule that runs as one. Never called re-entrantly; a throwing
   * callback aborts the check (the caller's choice, e.g. to cancel a superseded check).
   */
  onProgress?: (progress: CheckProgress) => void;
}

export interface CheckProgress {
  stage: 'analysis' | 'rules' | 'done';
  done: number;
  total: number;
  /** The rule that just finished (stage 'rules'). */
  ruleId?: string;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function check(doc: DocModel, profile: Profile, options: CheckOptions = {}): CheckResult {
  return withNormalizedTextCache(() => checkUncached(doc, profile, options));
}

function checkUncached(doc: DocModel, profile: Profile, options: CheckOptions): CheckResult {
  const disabled = new Set(options.disable ?? []);
  const rules = (options.rules ?? allRules).filter((r) => !disabled.has(r.id));
  const progress = options.onProgress;
  const total = rules.length + 1;
  const analysis = analyze(doc, profile);
  progress?.({ stage: 'analysis', done: 1, total });
  const ctx: RuleContext = {
    ...(options.context ?? {}),
    ...(options.packs ? { packs: [...options.packs] } : {}),
    ...(options.allow ? { allow: [...options.allow] } : {}),
    doc,
    profile,
    analysis,
  };
  const raw: Finding[] = [];
  rules.forEach((rule, i) => {
    for (const f of rule.run(ctx)) raw.push(f); // no spread: a huge document may yield more findings than a call takes arguments
    progress?.({ stage: 'rules', done: i + 2, total, ruleId: rule.id });
  });
  const findings = dedupeFindings(raw); // one finding per span (dedupe.ts)
  findings.sort(
    (a, b) =>
      (a.paragraph ?? -1) - (b.paragraph ?? -1) ||
      (a.start ?? -1) - (b.start ?? -1) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const required = analysis.sections.filter((s) => s.required);
  const aspects = analysis.focusAreas.flatMap((f) => f.aspects);
  const summary: Summary = {
    sectionsPresent: required.filter((s) => s.status !== 'missing').length,
    sectionsRequired: required.length,
    aspectsAddressed: aspects.filter((a) => a.status === 'addressed').length,
    aspectsTotal: aspects.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
  progress?.({ stage: 'done', done: total, total });
  return {
    profile: profile.id,
    profileName: profile.name,
    profileReason: options.profileReason ?? `指定配置：${profile.name}`,
    sections: analysis.sections,
    focusAreas: analysis.focusAreas,
    findings,
    summary,
    explanations: analysis.explanations,
  };
}
