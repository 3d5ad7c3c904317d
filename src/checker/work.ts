/**
 * The heavy part of the browser checker, loaded as one lazy chunk after the first paint: the .docx and
 * .txt readers, the engine with the built-in profiles, the skeleton planner and the .docx fixer.
 * Pure functions over bytes and models: no DOM, no network.
 */
import { applyPlan, check, detectProfile, planSkeleton, type CheckProgress, type CheckResult, type DocModel, type InsertPlan, type Profile } from '../core';
import { InputError } from '../core/errors';
import { alreadyPresent } from '../core/planner';
import { parseProfileJson, ProfileError } from '../core/profile';
import { readDocument } from '../docx';
import { fixDocx } from '../docx/write/fix';
import { builtinProfiles } from '../profiles';
import { findingsView, type FindingsView } from '../taskpane/state/select';
import { isDocx } from './names';
import type { Choice } from './types';

export { parseProfileJson, ProfileError };
export { fixedName, isDocx } from './names';

/** Where one file's check stands: read, then the engine's steps (analysis, each rule, done). */
export type WorkProgress = { stage: 'read' } | CheckProgress;
export type OnProgress = (p: WorkProgress) => void;

export interface Outcome {
  result: CheckResult;
  profile: Profile;
  /** Why this profile was used (the detection reason for 自动识别). */
  reason: string;
  detected: boolean;
  /**
   * The finding cards as first shown (nothing ignored, no filter), computed with the check so that the
   * page does not spend a long task on them for a document with thousands of findings.
   */
  view?: FindingsView;
}

export interface Checked {
  doc?: DocModel;
  outcome?: Outcome;
  /** Why the file could not be read (an InputError's message, zh-CN with English). */
  error?: string;
}

export function availableProfiles(): readonly Profile[] {
  return builtinProfiles;
}

function resolve(choice: Choice, doc: DocModel): { profile: Profile; reason: string; detected: boolean } {
  if (choice.kind === 'custom') return { profile: choice.profile, reason: '', detected: false };
  if (choice.kind === 'builtin') {
    const p = builtinProfiles.find((b) => b.id === choice.id);
    if (p) return { profile: p, reason: '', detected: false };
  }
  const d = detectProfile(doc, builtinProfiles);
  return { profile: d.profile, reason: d.reason, detected: true };
}

export function checkDoc(doc: DocModel, choice: Choice, onProgress?: OnProgress): Outcome {
  const { profile, reason, detected } = resolve(choice, doc);
  const result = check(doc, profile, { ...(detected ? { profileReason: reason } : {}), ...(onProgress ? { onProgress } : {}) });
  const outcome: Outcome = { result, profile, reason: reason || result.profileReason, detected };
  outcome.view = findingsView({ outcome, doc, ignores: [], ignoredRules: [], filter: null });
  return outcome;
}

function message(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const m = e instanceof Error ? e.message : String(e);
  return `无法读取该文件（could not read the file）：${m}`;
}

/** Reads a file's bytes and checks it; an unreadable file gets its error instead of a result. */
export function readAndCheck(name: string, bytes: Uint8Array, choice: Choice, onProgress?: OnProgress): Checked {
  let doc: DocModel;
  onProgress?.({ stage: 'read' });
  try {
    doc = readDocument(bytes, name);
  } catch (e) {
    return { error: message(e) };
  }
  return { doc, outcome: checkDoc(doc, choice, onProgress) };
}

/** The skeleton plan for the document as it is now. */
export function planFor(doc: DocModel, profile: Profile): InsertPlan {
  return planSkeleton(doc, profile);
}

export interface Inserted {
  bytes: Uint8Array;
  doc: DocModel;
  /** How many planned insertions were written, and how many headings renumbered. */
  inserted: number;
  renumbered: number;
  changed: boolean;
}

/**
 * Inserts the planned skeleton. For a .docx the original package is spliced by `fixDocx` (everything
 * else in the file survives) and the result is read back; for a .txt the plan is applied to the model
 * and written out as UTF-8 lines.
 */
export function insertSkeleton(name: string, bytes: Uint8Array, doc: DocModel, profile: Profile): Inserted {
  if (isDocx(name)) {
    const out = fixDocx(bytes, profile);
    if (!out.changed || !out.bytes) return { bytes, doc, inserted: 0, renumbered: 0, changed: false };
    const after = readDocument(out.bytes, name);
    return { bytes: out.bytes, doc: after, inserted: out.inserted.length, renumbered: out.renumbered.length, changed: true };
  }
  const plan = planSkeleton(doc, profile);
  const after = applyPlan(doc, plan);
  const changed = after.paragraphs.length !== doc.paragraphs.length || after.paragraphs.some((p, i) => p.text !== doc.paragraphs[i]?.text);
  if (!changed) return { bytes, doc, inserted: 0, renumbered: 0, changed: false };
  const text = after.paragraphs.map((p) => p.text).join('\r\n') + '\r\n';
  return {
    bytes: new TextEncoder().encode(text),
    doc: after,
    inserted: plan.ops.filter((op) => !alreadyPresent(doc, op)).length,
    renumbered: plan.renumber.length,
    changed: true,
  };
}
