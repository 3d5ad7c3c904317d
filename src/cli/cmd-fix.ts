/**
 * `xingshen fix in.docx -o out.docx [--profile auto|<id>|<file>] [--in-place]`: inserts the missing
 * sections and focus areas (the engine's skeleton plan) into a .docx, keeping everything else.
 *
 * Write rules (outputs.ts): -o never names the input and replaces an existing file only with --force;
 * --in-place writes through a symlink, keeps mode and owner, refuses read-only and hard-linked files.
 * Writes go to a temp file in the target's folder and are renamed, so an error leaves no half-written
 * output. Nothing to add → "无需修改", exit 0: with -o the output is still written (an identical copy),
 * with --in-place nothing is written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';
import { detectProfile } from '../core/detect';
import type { InsertOp, RenumberOp } from '../core/plan';
import { PLACEHOLDER_OPEN } from '../core/plan';
import type { Profile } from '../core/profile';
import { readDocx } from '../docx';
import { isOle, oleError } from '../docx/package';
import { fixDocx } from '../docx/write/fix';
import { builtinProfiles } from '../profiles';
import { parseCommandArgs, type ParseArgsOptionsConfig } from './args';
import { resolveProfile } from './check-spec';
import { fsMessage } from './fs-errors';
import { MAX_FILE_BYTES, UsageError } from './io';
import { guardOutput, inPlaceTarget, writeAtomic } from './outputs';
import type { CliIO } from './main';

const DOCX = /\.(docx|docm|dotx|dotm)$/i;

/** Resolves --profile: a built-in id, a profile file (a path), or 'auto' when allowed. */
export async function profileOption(spec: string, cwd: string, allowAuto: boolean): Promise<Profile | 'auto'> {
  return resolveProfile(spec, cwd, allowAuto);
}

export { writeAtomic } from './outputs';

/** Reads an input .docx with the CLI's size limit; every failure is an InputError with a zh-CN message. */
export async function readInput(abs: string, shown: string): Promise<Uint8Array> {
  let st;
  try {
    st = await fs.stat(abs);
  } catch (e) {
    throw new InputError('unreadable', fsMessage(e, 'read', shown));
  }
  if (st.isDirectory()) throw new InputError('unreadable', fsMessage({ code: 'EISDIR' }, 'read', shown));
  if (st.size > MAX_FILE_BYTES) throw new InputError('too-large', `文件过大（${Math.round(st.size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  try {
    return new Uint8Array(await fs.readFile(abs));
  } catch (e) {
    throw new InputError('unreadable', fsMessage(e, 'read', shown));
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

export const FIX_OPTIONS = {
  output: { type: 'string', short: 'o' },
  profile: { type: 'string', short: 'p', default: 'auto' },
  'in-place': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
} satisfies ParseArgsOptionsConfig;

export async function runFix(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('fix', args, FIX_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('请指定一个要修复的 .docx 文件，如：xingshen fix 材料.docx -o 材料-补全.docx');
  const input = positionals[0];
  const inPlace = values['in-place'];
  const output = values.output;
  if (inPlace && output) throw new UsageError('--in-place 与 -o 不能同时使用');
  if (!inPlace && !output) throw new UsageError('请用 -o 指定输出文件，或用 --in-place 直接修改原文件');
  if (/\.txt$/i.test(input)) throw new UsageError(`fix 只能修改 .docx 文件，不能修改 .txt：${input}`);
  const absIn = path.resolve(io.cwd, input);
  if (!inPlace && path.resolve(io.cwd, output as string) === absIn) throw new UsageError('输出文件与输入文件相同；如确要修改原文件，请改用 --in-place');
  if (!inPlace && !DOCX.test(output as string)) throw new UsageError(`输出文件应以 .docx 结尾：${output}`);
  const chosen = await profileOption(values.profile, io.cwd, true);
  // In place: the real file behind a symlink, vetted (not read-only, one link); else the output's rules.
  const keep = inPlace ? await inPlaceTarget(absIn, input) : undefined;
  const absOut = keep ? keep.path : path.resolve(io.cwd, output as string);
  if (!keep) await guardOutput({ shown: output as string, abs: absOut, inputs: [absIn], force: values.force, kind: 'docx' });

  try {
    const bytes = await readInput(keep ? keep.path : absIn, input);
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
      const done = `无需修改：${input} 已包含配置“${profile.name}”要求的全部部分和重点方面`;
      if (keep) {
        io.stdout.write(`${done}，原文件未改动。\n`);
        return 0;
      }
      // Scripts can rely on -o: the output always exists afterwards, here as an identical copy.
      await writeAtomic(absOut, bytes, { shown: output });
      io.stdout.write(`${done}；已把原文件原样复制到 ${output}。\n`);
      return 0;
    }
    await writeAtomic(absOut, r.bytes, { shown: keep ? input : output, replacing: keep });
    const texts = r.before.paragraphs.map((p) => p.text);
    const where = keep ? `${input}（原地修改${keep.viaLink ? `，已写入链接指向的文件 ${keep.path}` : ''}）` : output;
    const lines = [`已修复 ${input} → ${where}`, `配置：${profile.name}（${reason}）`];
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
