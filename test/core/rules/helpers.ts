/** Test helpers for the text rules: a context from plain lines and a built-in profile. */
import { analyze } from '../../../src/core/analyze';
import { applyFixes as applyAll, findingFixes, type Finding, type Rule, type RuleContext } from '../../../src/core/findings';
import { modelFromLines } from '../../../src/core/model';
import type { Pack } from '../../../src/core/packs';
import type { Profile } from '../../../src/core/profile';
import { getBuiltinProfile } from '../../../src/profiles';

export function profile(id = 'zuofeng-2022'): Profile {
  const p = getBuiltinProfile(id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
}

export function ctxOf(lines: readonly string[], opts: { profile?: Profile; packs?: Pack[]; allow?: string[] } = {}): RuleContext {
  const doc = modelFromLines(lines);
  const prof = opts.profile ?? profile();
  return { doc, profile: prof, analysis: analyze(doc, prof), ...(opts.packs ? { packs: opts.packs } : {}), ...(opts.allow ? { allow: opts.allow } : {}) };
}

export function run(rule: Rule, lines: readonly string[], opts: Parameters<typeof ctxOf>[1] = {}): Finding[] {
  return rule.run(ctxOf(lines, opts));
}

/** Applies a finding's fix to its paragraph text. */
export function applyFix(text: string, f: Finding): string {
  if (!f.fix) throw new Error('finding has no fix');
  return text.slice(0, f.fix.start) + f.fix.replacement + text.slice(f.fix.start + f.fix.length);
}

/** Applies all fixes of one paragraph's findings (each finding's `fixes`, else its `fix`; non-overlapping) together. */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  return applyAll(text, findings.flatMap((f) => findingFixes(f)));
}
