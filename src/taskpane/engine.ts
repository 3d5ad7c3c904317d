/**
 * Everything heavy the pane needs, loaded as one lazy chunk right after the first paint:
 * the checking engine and the built-in profiles (with their schema validator).
 */
import { check, detectProfile, planSkeleton, ruleById, type CheckProgress, type CheckResult, type DocModel, type InsertPlan, type Profile } from '../core';
import { parseProfileJson, ProfileError } from '../core/profile';
import { PackError, parsePack, parsePackJson, type Pack } from '../core/packs';
import { builtinProfiles } from '../profiles';

export { parseProfileJson, ProfileError, parsePackJson, PackError };
// 设置: a user's pack with what it should still get (warnings, not errors).
export { packWarnings, parseUserPack, parseUserPackJson } from '../core/pack-warnings';
export { packFromWordList, packHints, wordListOf, WORD_LIST_ID } from '../core/word-list';

/** The user's own rule packs and allow-list (pane settings), handed to every check. */
export interface UserRules {
  packs?: readonly Pack[];
  allow?: readonly string[];
}

/**
 * Reads the stored packs (`xingshen.packs`, a JSON array of validated packs). Each is validated
 * again: one that no longer passes (an older format, a hand-edited setting) is skipped and counted.
 */
export function restorePacks(value: string | undefined): { packs: Pack[]; dropped: number } {
  if (!value) return { packs: [], dropped: 0 };
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    return { packs: [], dropped: 1 };
  }
  if (!Array.isArray(list)) return { packs: [], dropped: 1 };
  const packs: Pack[] = [];
  let dropped = 0;
  for (const item of list) {
    try {
      packs.push(parsePack(item, 'xingshen.packs'));
    } catch {
      dropped++;
    }
  }
  return { packs, dropped };
}

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

export function runCheck(doc: DocModel, choice: ProfileChoice, user: UserRules = {}, onProgress?: (p: CheckProgress) => void): CheckOutcome {
  const { profile, reason, detected } = resolveProfile(choice, doc);
  const result = check(doc, profile, {
    ...(onProgress ? { onProgress } : {}),
    ...(detected ? { profileReason: reason } : {}),
    ...(user.packs?.length ? { packs: [...user.packs] } : {}),
    ...(user.allow?.length ? { allow: [...user.allow] } : {}),
  });
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

/** A rule's name for people (its description), e.g. for 忽略此类问题 and the list in 设置. */
export function ruleName(id: string, locale: 'zh-CN' | 'en'): string {
  const r = ruleById(id);
  if (!r) return id;
  const d = locale === 'en' ? r.description.en : r.description.zh;
  // Descriptions may carry a standard in brackets; the short name is the text before it.
  return d.replace(/[（(][^）)]*[）)]\s*$/, '').trim() || id;
}
