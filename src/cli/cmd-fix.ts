/**
 * `xingshen fix in.docx -o out.docx [--profile auto|<id>|<file>] [--in-place]`: inserts the missing
 * sections and focus areas (the engine's skeleton plan) into a .docx, keeping everything else.
 *
 * Never writes over the input unless --in-place; writes to a temp file in the target's folder and
 * renames it, so an error leaves no half-written output. Nothing to add → "无需修改", no write, exit 0.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { InputError } from '../core/errors';
import { detectProfile } from '../core/detect';
import type { InsertOp, RenumberOp } from '../core/plan';
import { PLACEHOLDER_OPEN } from '../core/plan';
import type { Profile } from '../core/profile';
import { readDocx } from '../docx';
import { isOle, oleError } from '../docx/package';
import { fixDocx } from '../docx/write/fix';
import { builtinProfiles, getBuiltinProfile } from '../profiles';
import { loadProfileFile, MAX_FILE_BYTES, UsageError } from './io';
import type { CliIO } from './main';

const DOCX = /\.(docx|docm|dotx|dotm)$/i;

/** Resolves --profile: a built-in id, a profile file (a path), or 'auto' when allowed. */
export async function profileOption(spec: string, cwd: string, allowAuto: boolean): Promise<Profile | 'auto'> {
  if (allowAuto && spec === 'auto') return 'auto';
  const builtin = getBuiltinProfile(spec);
  if (builtin) return builtin;
  if (/[./\\]/.test(spec)) return loadProfileFile(spec, cwd);
  throw new UsageError(`未知配置“${spec}”。可用：${allowAuto ? 'auto、' : ''}${builtinProfiles.map((p) => p.id).join('、')}，或配置文件路径`);
}

/**
 * Writes `bytes` to `target` atomically: a temp file in the same folder, then rename.
 * On any error the temp file is removed and `target` is untouched.
 */
export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.xingshen-tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new UsageError(`无法写出 ${target}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}（cannot write output）`);
  }
}

/** Reads an input .docx with the CLI's size limit; every failure is an InputError. */
export async function readInput(abs: string, shown: string): Promise<Uint8Array> {
  let st;
  try {
    st = await fs.stat(abs);
  } catch {
    throw new InputError('unreadable', `找不到文件 ${shown}（file not found）`);
  }
  if (st.isDirectory()) throw new InputError('unreadable', `${shown} 是一个文件夹，不是文件（is a directory）`);
  if (st.size > MAX_FILE_BYTES) throw new InputError('too-large', `文件过大（${Math.round(st.size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  try {
    return new Uint8Array(await fs.readFile(abs));
  } catch (e) {
    throw new InputError('unreadable', `无法读取文件：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

const clip = (s: string, n = 24) => (s.length > n ? s.slice(0, n) + '…' : s);

function describeOp(op: InsertOp, texts: readonly string[]): string {
  const where =
    op.anchor === null ? '文档开头' : `第 ${op.anchor + 1} 段${texts[op.anchor]?.trim() ? `“${clip(texts[op.anchor].trim(), 16)}”` : ''}${op.position === 'before' ? '之前' : '之后'}`;
  const first = op.paragraphs[0]?.text ?? '';
  return `  · ${where}：${clip(first)}（${op.paragraphs.length} 段${op.autoNumbered ? '，自动编号' : ''}）`;
}

function describeRenumber(r: RenumberOp): string {
  return `  · 第 ${r.paragraph + 1} 段：“${r.from}”→“${r.to}”`;
}

export async function runFix(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      profile: { type: 'string', short: 'p', default: 'auto' },
      'in-place': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('请指定一个要修复的 .docx 文件，如：xingshen fix 材料.docx -o 材料-补全.docx');
  const input = positionals[0];
  const inPlace = values['in-place'] as boolean;
  const output = values.output as string | undefined;
  if (inPlace && output) throw new UsageError('--in-place 与 -o 不能同时使用');
  if (!inPlace && !output) throw new UsageError('请用 -o 指定输出文件，或用 --in-place 直接修改原文件');
  if (/\.txt$/i.test(input)) throw new UsageError(`fix 只能修改 .docx 文件，不能修改 .txt：${input}`);
  const absIn = path.resolve(io.cwd, input);
  const absOut = inPlace ? absIn : path.resolve(io.cwd, output as string);
  if (!inPlace && absOut === absIn) throw new UsageError('输出文件与输入文件相同；如确要覆盖原文件，请改用 --in-place');
  if (!inPlace && !DOCX.test(absOut)) throw new UsageError(`输出文件应以 .docx 结尾：${output}`);
  const chosen = await profileOption(values.profile as string, io.cwd, true);

  try {
    const bytes = await readInput(absIn, input);
    if (isOle(bytes)) throw oleError(bytes);
    let profile: Profile;
    let reason: string;
    if (chosen === 'auto') {
      const d = detectProfile(readDocx(bytes), builtinProfiles);
      profile = d.profile;
      reason = d.reason;
    } else {
      profile = chosen;
      reason = `指定配置：${chosen.name}`;
    }
    const r = fixDocx(bytes, profile);
    if (!r.changed || !r.bytes) {
      io.stdout.write(`无需修改：${input} 已包含配置“${profile.name}”要求的全部部分和重点方面，未写出文件。\n`);
      return 0;
    }
    await writeAtomic(absOut, r.bytes);
    const texts = r.before.paragraphs.map((p) => p.text);
    const lines = [`已修复 ${input} → ${inPlace ? input + '（原地修改）' : output}`, `配置：${profile.name}（${reason}）`];
    if (r.inserted.length) lines.push(`插入 ${r.inserted.length} 处：`, ...r.inserted.map((op) => describeOp(op, texts)));
    if (r.renumbered.length) lines.push(`重新编号 ${r.renumbered.length} 处：`, ...r.renumbered.map(describeRenumber));
    const placeholders = r.inserted.flatMap((op) => op.paragraphs).reduce((n, p) => n + p.text.split(PLACEHOLDER_OPEN).length - 1, 0);
    if (placeholders) lines.push(`新插入的内容含 ${placeholders} 处“${PLACEHOLDER_OPEN}…】”，请补写后再检查：xingshen check ${inPlace ? input : output}`);
    io.stdout.write(lines.join('\n') + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`xingshen: ${input}：${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
