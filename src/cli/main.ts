/**
 * xingshen CLI. `main` returns the exit code and never calls process.exit, so it is testable:
 * 0 no error-severity finding, 1 some, 2 usage error or an unreadable file.
 */
import { parseArgs } from 'util';
import { check } from '../core/engine';
import { detectProfile } from '../core/detect';
import { InputError } from '../core/errors';
import type { Profile } from '../core/profile';
import type { CheckResult } from '../core/result';
import { builtinProfiles, getBuiltinProfile } from '../profiles';
import { expandInputs, loadAllowFile, loadDocument, loadPackFile, loadProfileFile, UsageError } from './io';
import type { CheckOptions } from '../core/engine';
import { formatText } from './report-text';
import { batchCsv, batchHtml, batchRows } from '../core/batch';
import { createProgress } from './progress';
import { stamp, writeReportFile } from './report-file';
import { runFix } from './cmd-fix';
import { runNew } from './cmd-new';
import { useZlibInflate } from '../docx/node-inflate';

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  isTTY?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const HELP = `省身 xingshen — 对照检查材料结构与重点方面检查

用法 (usage):
  xingshen check [--profile auto|<id>|<file.json>] [--format text|json|csv|html] [-o <报告文件>] <文件或文件夹…>
  xingshen new [--profile <id|file.json>] [--title "…"] -o <草稿.docx>   生成带骨架的新材料 (new draft)
  xingshen fix <in.docx> (-o <out.docx> | --in-place) [--profile auto|<id>|<file.json>]   补齐缺少的部分 (fix)
  xingshen profiles            列出内置配置 (list built-in profiles)
  xingshen --help | --version

check 选项:
  -p, --profile   auto（默认，按文档特征自动选择）、内置配置 id，或配置文件路径
  -f, --format    text（默认，中文报告）、json、csv（汇总表，Excel 可直接打开）或 html（汇总表加逐个文件详情）
  -o, --output    把报告写入文件而不是输出到屏幕；未给 --format 时按扩展名（.csv/.html/.json）选择格式
      --disable   关闭某条规则，可重复，如 --disable structure/numbering
      --pack      追加用户规则包（JSON，格式同 src/profiles/packs），可重复
      --allow     白名单文件：每行一个词语，这些词语从不被用词、规范表述类规则标出

new 选项: -p 配置（默认 generic），-t 标题，-o 输出文件，--force 覆盖已有文件。
fix 选项: -p 配置（默认 auto），-o 输出文件，--in-place 直接修改原文件（先写临时文件再替换）。

支持 .docx/.docm 与 UTF-8 .txt；文件夹会递归查找其中的 .docx/.txt。
退出码: 0 无错误级问题；1 有错误级问题；2 用法错误或有文件无法读取。
`;

export interface FileResult {
  file: string;
  result?: CheckResult;
  error?: string;
}

/** JSON shape of one result (public interface: see README "JSON output"). */
export function toJson(r: FileResult): unknown {
  if (!r.result) return { file: r.file, error: r.error };
  const c = r.result;
  return {
    file: r.file,
    profile: c.profile,
    profileReason: c.profileReason,
    sections: c.sections.map((s) => ({ id: s.id, title: s.title, status: s.status, paragraph: s.paragraph })),
    focusAreas: c.focusAreas.map((f) => ({
      id: f.id,
      title: f.title,
      status: f.status,
      aspects: f.aspects.map((a) => ({ id: a.id, title: a.title, status: a.status, paragraphs: a.paragraphs })),
    })),
    findings: c.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      paragraph: f.paragraph,
      ...(f.start !== undefined ? { start: f.start, length: f.length } : {}),
    })),
  };
}

async function resolveProfile(spec: string, cwd: string): Promise<Profile | 'auto'> {
  if (spec === 'auto') return 'auto';
  const builtin = getBuiltinProfile(spec);
  if (builtin) return builtin;
  if (/[./\\]/.test(spec)) return loadProfileFile(spec, cwd);
  throw new UsageError(`未知配置“${spec}”。可用：auto、${builtinProfiles.map((p) => p.id).join('、')}，或配置文件路径`);
}

/** Checks files one by one; an unreadable file becomes an error row and the run goes on. */
export async function checkFiles(files: readonly string[], profile: Profile | 'auto', cwd: string, options: Pick<CheckOptions, 'disable' | 'packs' | 'allow'> = {}, onFile?: (index: number, total: number, file: string) => void): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const file of files) {
    onFile?.(out.length, files.length, file);
    try {
      const doc = await loadDocument(file, cwd);
      const chosen = profile === 'auto' ? detectProfile(doc, builtinProfiles) : { profile, reason: `指定配置：${profile.name}` };
      out.push({ file, result: check(doc, chosen.profile, { ...options, profileReason: chosen.reason }) });
    } catch (e) {
      if (e instanceof InputError) out.push({ file, error: e.message });
      else out.push({ file, error: `检查失败（internal error）：${(e as Error).message}` });
    }
  }
  return out;
}

export function exitCodeFor(results: readonly FileResult[]): number {
  if (results.some((r) => r.error)) return EXIT_USAGE;
  return results.some((r) => r.result && r.result.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}

const FORMATS = ['text', 'json', 'csv', 'html'];

/** The format an output file name implies (report.csv → csv); text when there is none. */
function formatFromName(output: string | undefined): string {
  const m = /\.(csv|html?|json)$/i.exec(output ?? '');
  const ext = m ? m[1].toLowerCase() : 'text';
  return ext === 'htm' ? 'html' : ext;
}

async function runCheck(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string', short: 'p', default: 'auto' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      disable: { type: 'string', multiple: true, default: [] },
      pack: { type: 'string', multiple: true, default: [] },
      allow: { type: 'string' },
    },
  });
  const output = values.output as string | undefined;
  const format = (values.format as string | undefined) ?? formatFromName(output);
  if (!FORMATS.includes(format)) throw new UsageError(`不支持的输出格式“${format}”，可用：${FORMATS.join('、')}`);
  if (!positionals.length) throw new UsageError('请指定要检查的文件或文件夹');
  const profile = await resolveProfile(values.profile as string, io.cwd);
  const files = await expandInputs(positionals, io.cwd);
  if (!files.length) throw new UsageError('所给文件夹中没有 .docx 或 .txt 文件');
  const packs = await Promise.all((values.pack as string[]).map((f) => loadPackFile(f, io.cwd)));
  const allow = values.allow ? await loadAllowFile(values.allow as string, io.cwd) : undefined;
  const progress = createProgress(io.stderr, io.isTTY, { columns: (io.stderr as { columns?: number }).columns });
  let results: FileResult[];
  try {
    results = await checkFiles(files, profile, io.cwd, { disable: values.disable as string[], packs, allow }, progress.update);
  } finally {
    progress.done();
  }
  const profileFor = (id: string) => (profile !== 'auto' && profile.id === id ? profile : getBuiltinProfile(id));
  let report: string;
  if (format === 'json') report = JSON.stringify({ version: 1, results: results.map(toJson) }, null, 2) + '\n';
  else if (format === 'csv') report = batchCsv(batchRows(results, profileFor));
  else if (format === 'html') report = batchHtml(results, profileFor, { generatedAt: stamp() });
  else {
    report = '';
    for (const r of results) {
      if (r.result) report += formatText(r.file, r.result) + '\n';
      else report += `━━ ${r.file} ━━\n无法读取：${r.error}\n\n`;
    }
    if (results.length > 1) {
      const bad = results.filter((r) => r.error).length;
      const withErrors = results.filter((r) => r.result && r.result.summary.errors > 0).length;
      report += `共 ${results.length} 个文件：${withErrors} 个有错误级问题，${bad} 个无法读取。\n`;
    }
  }
  if (output) {
    const written = await writeReportFile(output, io.cwd, report);
    if (io.isTTY) io.stderr.write(`报告已写入 ${written}\n`);
  } else io.stdout.write(report);
  return exitCodeFor(results);
}

function runProfiles(io: CliIO): number {
  for (const p of builtinProfiles) {
    const aspects = p.focusAreas.reduce((n, f) => n + f.aspects.length, 0);
    io.stdout.write(`${p.id}\t${p.name}\n\t部分：${p.sections.map((s) => s.title + (s.required ? '' : '（可选）')).join('、')}\n\t重点方面：${p.focusFromDocument ? '取自材料开篇声明的框架' : `${p.focusAreas.length} 个，共 ${aspects} 个方面`}\n`);
  }
  return EXIT_OK;
}

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
    if (cmd === 'check') return await runCheck(rest, io);
    if (cmd === 'profiles') return runProfiles(io);
    if (cmd === 'new') return await runNew(rest, io);
    if (cmd === 'fix') return await runFix(rest, io);
    throw new UsageError(`未知命令“${cmd}”。运行 xingshen --help 查看用法`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`xingshen: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
