/**
 * Checking one file, the unit of a batch: read, choose the profile, check. Used in the checking
 * worker (check-worker.ts) and, where no worker can be had, in-process. Never throws: an unreadable
 * file becomes a result with `error`.
 */
import { check } from '../core/engine';
import { detectProfile } from '../core/detect';
import { InputError } from '../core/errors';
import { builtinProfiles } from '../profiles';
import type { FileResult } from './check-spec';
import type { ResolvedSpec } from './check-spec';
import { loadDocument } from './io';

export type { FileResult, CheckSpec, ResolvedSpec } from './check-spec';
export { resolveProfile, resolveSpec } from './check-spec';

/**
 * `afterRead` runs between reading and checking: the worker collects garbage there, so that the
 * inflated document.xml (90 MB for a 50,000-paragraph file) is gone before the check builds its
 * analysis, instead of whenever the collector gets to it.
 */
export async function checkOne(file: string, resolved: ResolvedSpec, cwd: string, hooks: { afterRead?: () => void } = {}): Promise<FileResult> {
  try {
    const { doc, encoding } = await loadDocument(file, cwd);
    hooks.afterRead?.();
    const { profile } = resolved;
    const chosen = profile === 'auto' ? detectProfile(doc, builtinProfiles) : { profile, reason: `指定配置：${profile.name}` };
    const result = check(doc, chosen.profile, { ...resolved.options, profileReason: chosen.reason });
    return encoding ? { file, result, encoding } : { file, result };
  } catch (e) {
    if (e instanceof InputError) return { file, error: e.message };
    return { file, error: `检查失败（internal error）：${(e as Error).message}` };
  }
}
