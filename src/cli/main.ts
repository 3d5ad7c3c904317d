/**
 * xingshen CLI: command dispatch and the one place errors become exit codes. `main` returns the exit
 * code and never calls process.exit, so it is testable: 0 no error-severity finding, 1 some (or the
 * --fail-on condition), 2 usage error or an unreadable file. Each command lives in its own module
 * (cmd-check.ts, cmd-fix.ts, cmd-new.ts); add a command by adding a line to COMMANDS.
 */
import { UsageError } from './io';
import { translateArgsError } from './args';
import { EXIT_OK, EXIT_USAGE, runCheck } from './cmd-check';
import { useZlibInflate } from '../docx/node-inflate';

export { EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, exitCodeFor, toJson } from './cmd-check';
export type { FileResult } from './check-spec';

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  isTTY?: boolean;
  /** Environment for the report language (LANG, LC_ALL); process.env when not given. */
  env?: Record<string, string | undefined>;
}

const HELP = `省身 xingshen — 对照检查材料结构与重点方面检查

用法 (usage):
  xingshen check [--profile auto|<id>|<file.json>] [--format text|json|csv|html] [-o <报告文件> [--force]] [--fail-on 不达标|需修改|error] <文件或文件夹…>
  xingshen new [--profile <id|file.json>] [--title "…"] -o <草稿.docx> [--force]   生成带骨架的新材料 (new draft)
  xingshen fix <in.docx> (-o <out.docx> [--force] | --in-place) [--profile auto|<id>|<file.json>]   补齐缺少的部分 (fix)
  xingshen profiles [--profiles-dir <文件夹>]   列出内置配置和用户配置 (list profiles)
  xingshen profile from-notice <通知.txt|.docx> [-o 配置.json] [--list N] [--id ID] [--name 名称] [--save]   从会议通知生成配置
  xingshen pack sample [-o 规则包.json] [--force]   输出示例规则包，照着写本单位的规则包 (sample rule pack)
  xingshen pack check <规则包.json|词表.txt>…   检查规则包格式并给出提示 (validate rule packs)
  xingshen pack from-list <词表.txt> [-o 规则包.json] [--id ID] [--name 名称] [--force]   词表（每行“错误写法 → 正确写法”）转成规则包
  xingshen --help | --version

check 选项:
  -p, --profile   auto（默认，按文档特征自动选择）、内置配置 id，或配置文件路径
  -f, --format    text（默认，中文报告）、json、csv（汇总表，Excel 可直接打开）或 html（汇总表加逐个文件详情）
  -o, --output    把报告写入文件而不是输出到屏幕；未给 --format 时按扩展名（.csv/.html/.json）选择格式。
                  不会写入要检查的文件，也不会写入 .docx/.docm 文件名；文件已存在时需加 --force
      --force     允许覆盖已存在的报告文件
      --fail-on   什么情况下退出码为 1：error（默认，有错误级问题）、需修改（结论为需修改或不达标）、不达标
      --lang      报告语言：zh-CN（默认）或 en；未给时按环境变量 LANG
      --disable   关闭某条规则，可重复，如 --disable structure/numbering
      --pack      追加用户规则包（JSON，格式见 docs/packs.md；xingshen pack sample 给出示例；或 .txt 词表，每行“错误写法 → 正确写法”），可重复；缺少出处或示例时只提示，不影响检查
      --allow     白名单文件：每行一个词语，这些词语从不被用词、规范表述类规则标出
      --explain   在文本报告后列出判断依据：哪一行判为哪个部分、哪些是重点分项、数量表述怎样读取和核对

new 选项: -p 配置（默认 generic），-t 标题，-o 输出文件，--force 覆盖已有文件。
fix 选项: -p 配置（默认 auto），-o 输出文件（已存在时需加 --force；无需修改时也原样写出），
          --in-place 直接修改原文件（保留权限和所有者；经符号链接时修改其指向的文件；只读文件和有多个硬链接的文件不修改）。

支持 .docx/.docm 与 .txt（UTF-8、UTF-16、GBK/GB18030 自动识别）；文件夹会递归查找，.doc、.wps、.pdf 等也列出并说明如何处理。
退出码: 0 无错误级问题（或未达 --fail-on 条件）；1 有错误级问题（或达到 --fail-on 条件）；2 用法错误或有文件无法读取。
`;

/**
 * The commands; each gets its own arguments and returns the exit code. `fix` and `new` are loaded
 * when used, so that `check` (whose checking runs in a worker) keeps its main thread small.
 */
const COMMANDS: Record<string, (args: string[], io: CliIO) => Promise<number> | number> = {
  check: (args, io) => runCheck(args, io),
  profiles: async (args, io) => (await import('./cmd-profile')).runProfiles(args, io),
  profile: async (args, io) => (await import('./cmd-profile')).runProfileCmd(args, io),
  pack: async (args, io) => (await import('./cmd-pack')).runPackCmd(args, io),
  new: async (args, io) => (await import('./cmd-new')).runNew(args, io),
  fix: async (args, io) => (await import('./cmd-fix')).runFix(args, io),
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  useZlibInflate(); // Node reads .docx parts with zlib; the browser keeps fflate
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout.write(HELP);
      return cmd ? EXIT_OK : EXIT_USAGE;
    }
    if (cmd === '--version' || cmd === '-v') {
      io.stdout.write('xingshen 0.1.0\n');
      return EXIT_OK;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (command && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout.write(HELP); // `xingshen check --help` and the like
      return EXIT_OK;
    }
    if (command) return await command(rest, io);
    throw new UsageError(`未知命令“${cmd}”。运行 xingshen --help 查看用法`);
  } catch (raw) {
    const e = translateArgsError(raw, cmd); // parseArgs' English errors → zh-CN
    if (e instanceof UsageError) {
      io.stderr.write(`xingshen: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
