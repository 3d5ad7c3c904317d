/**
 * `xingshen pack sample [-o 规则包.json] [--force]` writes the sample rule pack (the one 设置 offers) to
 * start a unit's own from; `xingshen pack check <规则包.json>…` validates packs without a document and
 * prints what each should still get. The format: docs/packs.md.
 */
import * as path from 'path';
import sample from '../profiles/packs/sample/sample-pack.json';
import { parseCommandArgs } from './args';
import { loadUserPackFile, UsageError } from './io';
import type { CliIO } from './main';
import { guardOutput, writeAtomic } from './outputs';
import { packWarningLine } from '../core/pack-warnings';
import { wordListPackData } from '../core/word-list';

const EXIT_OK = 0;
const EXIT_USAGE = 2;

const PACK_HELP = `用法：
  xingshen pack sample [-o 规则包.json] [--force]
    输出示例规则包（与窗格“设置 → 示例规则包”相同），照着改成本单位自己的规则包。
    -o        写入文件而不是输出到屏幕（文件已存在时需加 --force）
  xingshen pack check <规则包.json|词表.txt>…
    检查规则包格式：有错误时列出出错的字段（退出码 2）；缺少出处（source）、示例（examples）或示例验证不通过时给出提示（退出码 0）。
  xingshen pack from-list <词表.txt> [-o 规则包.json] [--id ID] [--name 名称] [--force]
    把词表（每行“错误写法 → 正确写法”，# 开头为注释，“# 出处：……”注明依据）转成规则包。
  最简写法每条只需 {"wrong": "错误写法", "right": "正确写法"}；格式说明见 docs/packs.md。
  检查材料时用：xingshen check --pack 规则包.json <材料>（词表 .txt 也可以直接用 --pack）
`;

/** The sample pack as a file's text (the same text 设置 → 下载示例 gives). */
export function sampleText(): string {
  return JSON.stringify(sample, null, 2) + '\n';
}

async function runSample(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('pack', args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } } as const);
  if (positionals.length) throw new UsageError(`pack sample 不接受其他参数：${positionals.join(' ')}；写入文件请用 -o 规则包.json`);
  if (!values.output) {
    io.stdout.write(sampleText());
    return EXIT_OK;
  }
  const abs = path.resolve(io.cwd, values.output);
  await guardOutput({ shown: values.output, abs, inputs: [], force: values.force, kind: 'report' });
  await writeAtomic(abs, sampleText(), { shown: values.output });
  io.stdout.write(`已写入 ${values.output}：把其中的 id 和 name 改成自己的，按需增删条目；检查时用：xingshen check --pack ${values.output} <材料>\n`);
  return EXIT_OK;
}

async function runFromList(args: string[], io: CliIO): Promise<number> {
  const opts = { output: { type: 'string', short: 'o' }, id: { type: 'string' }, name: { type: 'string' }, force: { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseCommandArgs('pack', args, opts);
  if (positionals.length !== 1) throw new UsageError('请给出一个词表文件，如：xingshen pack from-list 词表.txt -o 规则包.json');
  const file = positionals[0];
  if (!/\.txt$/i.test(file)) throw new UsageError(`词表应是 .txt 文件（每行“错误写法 → 正确写法”）：${file}`);
  if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]*$/.test(values.id)) throw new UsageError(`--id 只能含小写字母、数字、点、下划线和连字符：${values.id}`);
  const { pack, warnings } = await loadUserPackFile(file, io.cwd); // a line it cannot read: exit 2, the line named
  for (const w of warnings) io.stderr.write(`xingshen: ${packWarningLine(w, file)}\n`);
  const pairs = pack.entries.map((e, i) => ({ line: i + 1, wrong: (e.patterns ?? []).map((m) => m.text ?? ''), right: e.expected, note: e.note, ...(e.source ? { source: e.source } : {}) }));
  const text = JSON.stringify(wordListPackData(pairs, { id: values.id, name: values.name }), null, 2) + '\n';
  if (!values.output) {
    io.stdout.write(text);
    return EXIT_OK;
  }
  const abs = path.resolve(io.cwd, values.output);
  await guardOutput({ shown: values.output, abs, inputs: [path.resolve(io.cwd, file)], force: values.force, kind: 'report' });
  await writeAtomic(abs, text, { shown: values.output });
  io.stdout.write(`已写入 ${values.output}（${pairs.length} 条）；检查时用：xingshen check --pack ${values.output} <材料>\n`);
  return EXIT_OK;
}

async function runPackCheck(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs('pack', args, {} as const);
  if (!positionals.length) throw new UsageError('请给出要检查的规则包文件，如：xingshen pack check 规则包.json');
  for (const file of positionals) {
    const { pack, warnings } = await loadUserPackFile(file, io.cwd); // an invalid pack is a UsageError: exit 2, each bad field named
    io.stdout.write(`${file}：规则包“${pack.name}”（${pack.id}），${pack.entries.length} 条，规则 ${pack.rule}，格式正确${warnings.length ? `，${warnings.length} 条提示` : ''}\n`);
    for (const w of warnings) io.stderr.write(`xingshen: ${packWarningLine(w, file)}\n`);
  }
  return EXIT_OK;
}

export async function runPackCmd(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'sample') return runSample(rest, io);
  if (sub === 'check') return runPackCheck(rest, io);
  if (sub === 'from-list') return runFromList(rest, io);
  if (!sub || sub === '--help' || sub === '-h') {
    io.stdout.write(PACK_HELP);
    return sub ? EXIT_OK : EXIT_USAGE;
  }
  throw new UsageError(`未知子命令“pack ${sub}”。可用：pack sample、pack check、pack from-list`);
}
