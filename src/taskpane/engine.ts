/**
 * Everything heavy the pane needs, loaded as one lazy chunk right after the first paint:
 * the checking engine and the built-in profiles (with their schema validator).
 */
import { check, detectProfile, planSkeleton, type CheckResult, type DocModel, type InsertPlan, type Profile } from '../core';
import { parseProfileJson, ProfileError } from '../core/profile';
import { builtinProfiles } from '../profiles';

export { parseProfileJson, ProfileError };

/** What the user picked: automatic detection, a built-in profile id, or a loaded file. */
export type ProfileChoice = { kind: 'auto' } | { kind: 'builtin'; id: string } | { kind: 'custom'; profile: Profile; text: string };

export interface CheckOutcome {
  result: CheckResult;
  profile: Profile;
  /** Why this profile was used (detection reason for auto). */
  reason: string;
  detected: boolean;
}

export function availableProfiles(): readonly Profile[] {
  return builtinProfiles;
}

export function resolveProfile(choice: ProfileChoice, doc: DocModel): { profile: Profile; reason: string; detected: boolean } {
  if (choice.kind === 'custom') return { profile: choice.profile, reason: '', detected: false };
  if (choice.kind === 'builtin') {
    const p = builtinProfiles.find((b) => b.id === choice.id);
    if (p) return { profile: p, reason: '', detected: false };
  }
  const d = detectProfile(doc, builtinProfiles);
  return { profile: d.profile, reason: d.reason, detected: true };
}

export function runCheck(doc: DocModel, choice: ProfileChoice): CheckOutcome {
  const { profile, reason, detected } = resolveProfile(choice, doc);
  const result = check(doc, profile, detected ? { profileReason: reason } : {});
  return { result, profile, reason: reason || result.profileReason, detected };
}

/** The insert plan for the document as it is now (a fresh analysis of `doc`). */
export function makePlan(doc: DocModel, profile: Profile): InsertPlan {
  return planSkeleton(doc, profile);
}

/** Serialises a choice for `host.setSetting('xingshen.profile', …)`. */
export function choiceToSetting(c: ProfileChoice): string {
  return c.kind === 'auto' ? 'auto' : c.kind === 'builtin' ? c.id : c.text;
}
