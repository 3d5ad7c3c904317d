/**
 * The CLI's write rules, shared by `check -o`, `fix -o`, `fix --in-place` and `new -o`:
 *
 * - an output is never one of the command's inputs (same file by device and inode, so a symlink or a
 *   hard link to an input counts too), not even with --force;
 * - an existing file is replaced only with --force;
 * - a report is never written to a Word document's name (.docx, .docm, .doc, .wps …): that is almost
 *   always a slip such as `check -o 支部材料/*.docx`, where the shell puts the first document after -o;
 * - `--in-place` writes through a symlink to its target, keeps mode and owner, refuses a read-only
 *   file and a file with several hard links (replacing it would split them), and refuses when the file
 *   changed while it was being fixed;
 * - every write goes to a temp file in the target's folder and is renamed over it, so a failure leaves
 *   neither a half-written file nor a temp file.
 */
import { promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { fsMessage } from './fs-errors';
import { UsageError } from './io';

const WORD_NAME = /\.(docx|docm|dotx|dotm|doc|dot|wps|wpt|rtf|odt)$/i;

export interface OutputGuard {
  /** The output as the user typed it (for messages). */
  shown: string;
  abs: string;
  /** Absolute paths of the command's inputs (files that exist are compared by device and inode). */
  inputs: readonly string[];
  force: boolean;
  /** A report must not get a Word document's name; a document output must. */
  kind: 'report' | 'docx';
}

const same = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

async function statOrNull(p: string, follow = true): Promise<Stats | null> {
  try {
    return follow ? await fs.stat(p) : await fs.lstat(p);
  } catch {
    return null;
  }
}

/** Throws a UsageError (exit 2, nothing written) when writing `abs` would break a write rule. */
export async function guardOutput(g: OutputGuard): Promise<void> {
  if (g.kind === 'report' && WORD_NAME.test(g.abs)) {
    throw new UsageError(
      `报告不能写入 Word 文档文件名“${g.shown}”，未写出任何内容。-o 后应是报告文件名（如 审阅报告.html、汇总.csv、报告.txt）；` +
        `若是 -o 支部材料/*.docx 这样把材料放在了 -o 之后，请改为 -o 报告.html 支部材料/`,
    );
  }
  const link = await statOrNull(g.abs, false);
  if (!link) {
    // Say now, not after checking a whole batch, that the folder to write into is missing.
    const dir = await statOrNull(path.dirname(g.abs));
    if (!dir) throw new UsageError(fsMessage({ code: 'ENOENT' }, 'write', g.shown));
    if (!dir.isDirectory()) throw new UsageError(fsMessage({ code: 'ENOTDIR' }, 'write', g.shown));
    return;
  }
  const target = await statOrNull(g.abs);
  if (target?.isDirectory()) throw new UsageError(fsMessage({ code: 'EISDIR' }, 'write', g.shown));
  if (target) {
    for (const input of g.inputs) {
      const st = await statOrNull(input);
      if (st && same(st, target)) {
        throw new UsageError(
          g.kind === 'docx'
            ? `输出文件与输入文件相同（${g.shown}）；如确要修改原文件，请改用 --in-place`
            : `输出文件“${g.shown}”是要检查的文件之一，不能用报告覆盖它；请换一个报告文件名`,
        );
      }
    }
  }
  if (!g.force) throw new UsageError(`${g.shown} 已存在，未覆盖；如确要覆盖请加 --force`);
}

/** What `--in-place` must keep of the file it replaces. */
export interface InPlaceTarget {
  /** The real file: the symlink's target when the input is a link. */
  path: string;
  /** True when the input was a symlink (the link is kept, its target is rewritten). */
  viaLink: boolean;
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  size: number;
}

/** Resolves and vets the file `--in-place` will replace; throws a UsageError when it must not. */
export async function inPlaceTarget(abs: string, shown: string): Promise<InPlaceTarget> {
  let real: string;
  let viaLink = false;
  try {
    viaLink = (await fs.lstat(abs)).isSymbolicLink();
    real = viaLink ? await fs.realpath(abs) : abs;
  } catch (e) {
    throw new UsageError(fsMessage(e, 'read', shown));
  }
  let st: Stats;
  try {
    st = await fs.stat(real);
  } catch (e) {
    throw new UsageError(fsMessage(e, 'read', shown));
  }
  if (st.isDirectory()) throw new UsageError(fsMessage({ code: 'EISDIR' }, 'read', shown));
  if ((st.mode & 0o222) === 0) {
    throw new UsageError(`${shown} 是只读文件，未修改。如确要修改，请先取消只读属性（文件属性 → 取消“只读”，或 chmod u+w），或用 -o 写出一个新文件`);
  }
  if (st.nlink > 1) {
    throw new UsageError(
      `${shown} 有 ${st.nlink} 个硬链接（同一文件的多个名字），原地替换会让其他名字仍是旧内容，未修改。请用 -o 写出一个新文件`,
    );
  }
  try {
    await fs.access(real, fs.constants.W_OK);
  } catch (e) {
    throw new UsageError(fsMessage(e, 'write', shown));
  }
  return { path: real, viaLink, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtimeMs: st.mtimeMs, size: st.size };
}

export interface WriteOptions {
  /** The name shown in messages (defaults to the path). */
  shown?: string;
  /** Replace this file in place: keep its mode and owner, and refuse if it changed since it was read. */
  replacing?: InPlaceTarget;
}

/**
 * Writes `data` (bytes, a string, or a sequence of strings) to `target` atomically: a temp file in the same folder, then rename. On any error
 * the temp file is removed, `target` is untouched, and a UsageError with a zh-CN message is thrown.
 */
export async function writeAtomic(target: string, data: Uint8Array | string | Iterable<string>, opts: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.xingshen-tmp`);
  const shown = opts.shown ?? target;
  let stage: 'write' | 'owner' | 'changed' = 'write';
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await fs.writeFile(tmp, data, { flag: 'wx' });
    else {
      // A report made of pieces is written piece by piece, never joined into one string.
      const h = await fs.open(tmp, 'wx');
      try {
        for (const chunk of data) await h.write(chunk);
      } finally {
        await h.close();
      }
    }
    const keep = opts.replacing;
    if (keep) {
      await fs.chmod(tmp, keep.mode);
      const mine = await fs.stat(tmp);
      if (mine.uid !== keep.uid || mine.gid !== keep.gid) {
        stage = 'owner';
        await fs.chown(tmp, keep.uid, keep.gid);
      }
      stage = 'changed';
      const now = await fs.stat(target);
      if (now.mtimeMs !== keep.mtimeMs || now.size !== keep.size) throw new Error('changed');
      stage = 'write';
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (stage === 'owner') throw new UsageError(`无法保留 ${shown} 的所有者（uid ${opts.replacing?.uid}），未修改；请由文件所有者运行，或用 -o 写出一个新文件`);
    if (stage === 'changed') throw new UsageError(`${shown} 在修复过程中被其他程序修改了，未覆盖；请关闭正在编辑它的程序后重试`);
    throw new UsageError(fsMessage(e, 'write', shown));
  }
}
