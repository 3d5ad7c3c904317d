/**
 * Checking one file, the unit of a batch: read, choose the profile, check. Used in the checking
 * worker (check-worker.ts) and, where no worker can be had, in-process. Never throws: an unreadable
 * file becomes a result with `error`.
 */
import { check, type CheckOptions } from '../core/engine';
import { detectProfile } from '../core/detect';
import { InputError } from '../core/errors';
import type { Pack } from '../core/packs';
import type { Profile } from '../core/profile';
import type { CheckResult } from '../core/result';
import type { TextEncodingId } from '../docx/txt';
import { builtinProfiles, getBuiltinProfile } from '../profiles';
import { loadAllowFile, loadDocument, loadPackFile, loadProfileFile, UsageError } from './io';
import { defaultProfilesDir, findUserProfile } from './profile-store';

export interface FileResult {
  file: string;
  result?: CheckResult;
  error?: string;
  /** For a .txt file: the encoding it was read in. */
  encoding?: TextEncodingId;
  /** Set when the same file (same device and inode) came earlier in the batch: that file's name. */
  duplicateOf?: string;
}

export type CheckFileOptions = Pick<CheckOptions, 'disable' | 'packs' | 'allow'>;

/** What a checking worker needs to rebuild the options itself (plain strings: cheap to send). */
export interface CheckSpec {
  profile: string;
  packs: string[];
  allow?: string;
  disable: string[];
  cwd: string;
}

/** Resolves --profile: 'auto', a built-in id, or a profile file (a path). */
export async function resolveProfile(spec: string, cwd: string, allowAuto = true): Promise<Profile | 'auto'> {
  if (allowAuto && spec === 'auto') return 'auto';
  const builtin = getBuiltinProfile(spec);
  if (builtin) return builtin;
  if (/[./\\]/.test(spec)) return loadProfileFile(spec, cwd);
  const kept = await findUserProfile(spec); // a profile kept in the user folder (xingshen profiles)
  if (kept) return kept;
  throw new UsageError(`未知配置“${spec}”。可用：${allowAuto ? 'auto、' : ''}${builtinProfiles.map((p) => p.id).join('、')}，用户配置文件夹 ${defaultProfilesDir()} 中的配置，或配置文件路径`);
}

export interface ResolvedSpec {
  profile: Profile | 'auto';
  options: CheckFileOptions;
}

export async function resolveSpec(spec: CheckSpec): Promise<ResolvedSpec> {
  const profile = await resolveProfile(spec.profile, spec.cwd);
  const packs: Pack[] = await Promise.all(spec.packs.map((f) => loadPackFile(f, spec.cwd)));
  const allow = spec.allow ? await loadAllowFile(spec.allow, spec.cwd) : undefined;
  return { profile, options: { disable: spec.disable, packs, allow } };
}

export async function checkOne(file: string, resolved: ResolvedSpec, cwd: string): Promise<FileResult> {
  try {
    const { doc, encoding } = await loadDocument(file, cwd);
    const { profile } = resolved;
    const chosen = profile === 'auto' ? detectProfile(doc, builtinProfiles) : { profile, reason: `指定配置：${profile.name}` };
    const result = check(doc, chosen.profile, { ...resolved.options, profileReason: chosen.reason });
    return encoding ? { file, result, encoding } : { file, result };
  } catch (e) {
    if (e instanceof InputError) return { file, error: e.message };
    return { file, error: `检查失败（internal error）：${(e as Error).message}` };
  }
}
