/**
 * What a check run is asked to do (profile, packs, allow-list, disabled rules) and what it gives back
 * per file. Kept apart from the engine so the main thread of a batch can validate the options and
 * build the reports without loading the checker itself (the worker does that).
 */
import type { CheckOptions } from '../core/engine';
import type { Pack } from '../core/packs';
import type { Profile } from '../core/profile';
import type { CheckResult } from '../core/result';
import type { TextEncodingId } from '../docx/txt';
import { builtinProfiles, getBuiltinProfile } from '../profiles';
import { packWarningLine } from '../core/pack-warnings';
import { loadAllowFile, loadProfileFile, loadUserPackFile, UsageError } from './io';
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
  /** What the user's packs should still get (no source, no examples…), one line each for stderr: hints, not errors. */
  packWarnings: { zh: string[]; en: string[] };
}

export async function resolveSpec(spec: CheckSpec): Promise<ResolvedSpec> {
  const profile = await resolveProfile(spec.profile, spec.cwd);
  const loaded = await Promise.all(spec.packs.map(async (f) => ({ file: f, ...(await loadUserPackFile(f, spec.cwd)) })));
  const packs: Pack[] = loaded.map((l) => l.pack);
  const lines = (locale: 'zh-CN' | 'en') => loaded.flatMap((l) => l.warnings.map((w) => packWarningLine(w, l.file, locale)));
  const allow = spec.allow ? await loadAllowFile(spec.allow, spec.cwd) : undefined;
  return { profile, options: { disable: spec.disable, packs, allow }, packWarnings: { zh: lines('zh-CN'), en: lines('en') } };
}

