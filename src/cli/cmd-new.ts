/**
 * `xingshen new [--profile <id|file>] [--title "…"] -o draft.docx [--force]`: writes a complete
 * skeleton draft for a profile, laid out per the profile's layout (GB/T 9704-2012 by default).
 * Refuses to replace an existing file unless --force.
 */
import * as path from 'path';
import { PLACEHOLDER_OPEN, type Profile } from '../core';
import { draftParagraphs, writeNewDocx } from '../docx/write/new';
import { parseCommandArgs, type ParseArgsOptionsConfig } from './args';
import { profileOption } from './cmd-fix';
import { guardOutput, writeAtomic } from './outputs';
import { UsageError } from './io';
import type { CliIO } from './main';

export const DEFAULT_NEW_PROFILE = 'generic';

/** new's only input is a profile file, when one is given by path. */
const profileFile = (spec: string, cwd: string) => (/[./\\]/.test(spec) ? [path.resolve(cwd, spec)] : []);

export const NEW_OPTIONS = {
  output: { type: 'string', short: 'o' },
  profile: { type: 'string', short: 'p', default: DEFAULT_NEW_PROFILE },
  title: { type: 'string', short: 't' },
  force: { type: 'boolean', default: false },
} satisfies ParseArgsOptionsConfig;

export async function runNew(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', args, NEW_OPTIONS);
  if (positionals.length) throw new UsageError(`new 不接受其他参数：${positionals.join(' ')}；输出文件请用 -o 指定`);
  const output = values.output;
  if (!output) throw new UsageError('请用 -o 指定输出文件，如：xingshen new -o 对照检查材料.docx');
  if (!/\.docx$/i.test(output)) throw new UsageError(`输出文件应以 .docx 结尾：${output}`);
  const title = values.title;
  if (title !== undefined && !title.trim()) throw new UsageError('--title 不能为空');
  const profile = (await profileOption(values.profile, io.cwd, false)) as Profile;
  const abs = path.resolve(io.cwd, output);
  await guardOutput({ shown: output, abs, inputs: profileFile(values.profile, io.cwd), force: values.force, kind: 'docx' });
  const bytes = writeNewDocx(profile, { title });
  await writeAtomic(abs, bytes, { shown: output });
  const paras = draftParagraphs(profile, { title });
  const headings = paras.filter((p) => p.role === 'heading1' || p.role === 'heading2').length;
  const placeholders = paras.reduce((n, p) => n + p.text.split(PLACEHOLDER_OPEN).length - 1, 0);
  io.stdout.write(
    `已生成 ${output}（配置：${profile.name}）：${paras.length} 段，其中标题 ${headings} 个，待填写 ${placeholders} 处。\n` +
      `请把每处“${PLACEHOLDER_OPEN}…】”换成自己的内容，然后检查：xingshen check ${output}\n`,
  );
  return 0;
}
