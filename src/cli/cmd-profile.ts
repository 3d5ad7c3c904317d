/**
 * `xingshen profile from-notice <notice.txt|.docx> [-o profile.json] [--list N] [--id ID] [--name NAME] [--save] [--force]`
 * makes a profile from a meeting's notice and prints what it found; `xingshen profiles [--profiles-dir DIR]`
 * lists the built-ins and the profiles kept in the user folder.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';
import { displayText } from '../core/model';
import { buildProfileFromNotice, describeReading, readNotice } from '../core/notice';
import type { Profile } from '../core/profile';
import { builtinProfiles, domainLexicon, getBuiltinProfile } from '../profiles';
import { parseCommandArgs } from './args';
import { loadDocument, UsageError } from './io';
import type { CliIO } from './main';
import { writeAtomic } from './outputs';
import { defaultProfilesDir, listUserProfiles } from './profile-store';

const EXIT_OK = 0;
const EXIT_USAGE = 2;

const FROM_NOTICE_OPTIONS = {
  output: { type: 'string', short: 'o' },
  list: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  save: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'profiles-dir': { type: 'string' },
} as const;

const PROFILE_HELP = `用法：
  xingshen profile from-notice <通知.txt|.docx> [-o 配置.json] [--list N] [--id ID] [--name 名称] [--save] [--force]
    从会议通知（或其中的对照检查要求）生成检查配置，并列出读到的框架、各项及其细目。
    -o        把配置写入文件（已存在时需加 --force）
    --list N  通知中有多个清单（如领导班子、党员个人）时选用第 N 个（默认第 1 个）
    --id      配置 id（小写字母、数字、.、_、-）；--name 配置名称
    --save    保存到用户配置文件夹（${'$'}XDG_CONFIG_HOME 或 ~/.config，Windows 为 %APPDATA%，下的 xingshen/profiles；--profiles-dir 可另指定），之后可用 --profile <id> 选用
`;

/** The notice's paragraphs: .docx/.docm and .txt (UTF-8, UTF-16 or GBK, as `check` reads them). */
async function readNoticeLines(file: string, cwd: string): Promise<string[]> {
  try {
    const { doc } = await loadDocument(file, cwd);
    return doc.paragraphs.map(displayText);
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(`无法读取通知 ${file}：${e.message}`);
    throw e;
  }
}

async function writeNew(target: string, shown: string, text: string, force: boolean): Promise<void> {
  const exists = await fs.stat(target).then(
    () => true,
    () => false,
  );
  if (exists && !force) throw new UsageError(`${shown} 已存在，未覆盖；如确要覆盖请加 --force`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeAtomic(target, text, { shown });
}

async function runFromNotice(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('profile', args, FROM_NOTICE_OPTIONS);
  if (positionals.length !== 1) throw new UsageError(`请给出一个通知文件，如：xingshen profile from-notice 通知.docx -o 配置.json`);
  const file = positionals[0];
  const listN = values.list === undefined ? 1 : Number(values.list);
  if (!Number.isInteger(listN) || listN < 1) throw new UsageError(`--list 应为从 1 开始的整数：${values.list}`);
  if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]*$/.test(values.id)) throw new UsageError(`--id 只能含小写字母、数字、点、下划线和连字符：${values.id}`);
  if (getBuiltinProfile(values.id ?? '')) throw new UsageError(`--id “${values.id}” 与内置配置重名，请换一个`);
  const reading = readNotice(await readNoticeLines(file, io.cwd));
  if (!reading.lists.length) {
    io.stderr.write(describeReading(reading));
    throw new UsageError(`未能在 ${file} 中找到对照检查的框架清单。请确认文件是会议通知（方案），或只复制其中“对照检查内容”一段另存为 .txt 再试`);
  }
  if (listN > reading.lists.length) throw new UsageError(`通知中只有 ${reading.lists.length} 个清单，没有第 ${listN} 个`);
  const built = buildProfileFromNotice(reading, { base: getBuiltinProfile('generic')!, lexicon: domainLexicon, list: listN, id: values.id, name: values.name, sourceName: path.basename(file) });
  io.stdout.write(describeReading(reading, listN));
  for (const n of built.notes.filter((x) => !reading.unread.includes(x))) io.stdout.write(`提示：${n}\n`);
  io.stdout.write(`配置：${built.profile.id}（${built.profile.name}），${built.profile.focusAreas.length} 个重点方面，共 ${built.profile.focusAreas.reduce((k, f) => k + f.aspects.length, 0)} 个检查点\n`);
  const text = JSON.stringify(built.data, null, 2) + '\n';
  let wrote = false;
  if (values.output) {
    await writeNew(path.resolve(io.cwd, values.output), values.output, text, values.force);
    io.stdout.write(`已写入 ${values.output}；检查时用：xingshen check --profile ${values.output} <材料>\n`);
    wrote = true;
  }
  if (values.save) {
    const dir = values['profiles-dir'] ? path.resolve(io.cwd, values['profiles-dir']) : defaultProfilesDir(io.env ?? process.env);
    const target = path.join(dir, `${built.profile.id}.json`);
    await writeNew(target, target, text, values.force);
    io.stdout.write(`已保存到 ${target}；检查时用：xingshen check --profile ${built.profile.id} <材料>\n`);
    wrote = true;
  }
  if (!wrote) io.stdout.write(text);
  return EXIT_OK;
}

export async function runProfileCmd(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'from-notice') return runFromNotice(rest, io);
  if (!sub || sub === '--help' || sub === '-h') {
    io.stdout.write(PROFILE_HELP);
    return sub ? EXIT_OK : EXIT_USAGE;
  }
  throw new UsageError(`未知子命令“profile ${sub}”。可用：profile from-notice`);
}

function describeProfile(p: Profile): string {
  const aspects = p.focusAreas.reduce((n, f) => n + f.aspects.length, 0);
  return `${p.id}\t${p.name}\n\t部分：${p.sections.map((s) => s.title + (s.required ? '' : '（可选）')).join('、')}\n\t重点方面：${p.focusFromDocument ? '取自材料开篇声明的框架' : `${p.focusAreas.length} 个，共 ${aspects} 个方面`}\n`;
}

/** `xingshen profiles [--profiles-dir DIR]`: the built-ins, then the user's own profiles. */
export async function runProfiles(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('profiles', args, { 'profiles-dir': { type: 'string' } } as const);
  if (positionals.length) throw new UsageError(`profiles 不接受其他参数：${positionals.join(' ')}`);
  io.stdout.write('内置配置：\n');
  for (const p of builtinProfiles) io.stdout.write(describeProfile(p));
  const dir = values['profiles-dir'] ? path.resolve(io.cwd, values['profiles-dir']) : defaultProfilesDir(io.env ?? process.env);
  const stored = await listUserProfiles(dir);
  io.stdout.write(`\n用户配置（${dir}）：${stored.length ? '' : '无'}\n`);
  for (const s of stored) {
    if (s.profile) io.stdout.write(describeProfile(s.profile).replace('\n', `\n\t文件：${path.basename(s.file)}\n`));
    else io.stdout.write(`${path.basename(s.file)}\t无法使用：${s.error}\n`);
  }
  return EXIT_OK;
}
