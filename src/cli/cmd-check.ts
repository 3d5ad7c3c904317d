/**
 * `xingshen check [options] <files or folders…>`: checks every file (each within its own time and
 * memory budget, check-pool.ts) and prints or writes one report: text (zh-CN or English), JSON,
 * CSV or HTML. Exit code: 2 when a file is unreadable; else 1 when the --fail-on condition holds
 * (default: any error-level finding); else 0.
 */
import * as path from 'path';
import type { Profile } from '../core/profile';
import { batchCsv, batchHtml, batchRows } from '../core/batch';
import { verdictOf, type Verdict } from '../core/verdict';
import { getBuiltinProfile } from '../profiles';
import { parseCommandArgs, type ParseArgsOptionsConfig } from './args';
import { resolveSpec, type CheckSpec, type FileResult } from './check-spec';
import { checkFilesBudgeted, type FileBudget } from './check-pool';
import { expandInputs, UsageError } from './io';
import { guardOutput, writeAtomic } from './outputs';
import { createProgress } from './progress';
import { stamp } from './report-file';
import { batched, jsonReportChunks } from './report-json';
import { formatText, type TextLocale } from './report-text';
import { formatExplanations } from './explain';
import type { CliIO } from './main';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const FORMATS = ['text', 'json', 'csv', 'html'];

/** What makes `check` exit 1: an error-level finding (default), or a verdict at least this bad. */
export type FailOn = 'error' | 'fail' | 'revise';
const FAIL_ON: Record<string, FailOn> = { error: 'error', 错误: 'error', 不达标: 'fail', fail: 'fail', 需修改: 'revise', revise: 'revise' };

export const CHECK_OPTIONS = {
  profile: { type: 'string', short: 'p', default: 'auto' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
  'fail-on': { type: 'string', default: 'error' },
  lang: { type: 'string' },
  disable: { type: 'string', multiple: true, default: [] as string[] },
  pack: { type: 'string', multiple: true, default: [] as string[] },
  allow: { type: 'string' },
  explain: { type: 'boolean', default: false },
} satisfies ParseArgsOptionsConfig;

/** A checked file with its verdict (null for an unreadable file). */
export interface JudgedResult extends FileResult {
  verdict: { verdict: Verdict; why: string } | null;
}

/** JSON shape of one result (public interface: see README "JSON output"). */
export function toJson(r: JudgedResult): unknown {
  const dup = r.duplicateOf !== undefined ? { duplicateOf: r.duplicateOf } : {};
  if (!r.result) return { file: r.file, error: r.error, ...dup };
  const c = r.result;
  return {
    file: r.file,
    profile: c.profile,
    profileReason: c.profileReason,
    verdict: r.verdict?.verdict ?? null,
    verdictReason: r.verdict?.why ?? null,
    ...(r.encoding ? { encoding: r.encoding } : {}),
    ...dup,
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

export function exitCodeFor(results: readonly JudgedResult[], failOn: FailOn = 'error'): number {
  if (results.some((r) => r.error)) return EXIT_USAGE;
  const bad = (r: JudgedResult) => {
    if (!r.result) return false;
    if (failOn === 'error') return r.result.summary.errors > 0;
    const v = r.verdict?.verdict;
    return failOn === 'fail' ? v === 'fail' : v === 'fail' || v === 'revise';
  };
  return results.some(bad) ? EXIT_FINDINGS : EXIT_OK;
}

/** The format an output file name implies (report.csv → csv); text when there is none. */
function formatFromName(output: string | undefined): string {
  const m = /\.(csv|html?|json)$/i.exec(output ?? '');
  const ext = m ? m[1].toLowerCase() : 'text';
  return ext === 'htm' ? 'html' : ext;
}

/** The report language: --lang, else the environment (LC_ALL, LC_MESSAGES, LANG starting with "en"), else zh-CN. */
export function reportLocale(option: string | undefined, env: Record<string, string | undefined>): TextLocale {
  if (option !== undefined) {
    if (/^en/i.test(option)) return 'en';
    if (/^zh/i.test(option)) return 'zh-CN';
    throw new UsageError(`不支持的报告语言“${option}”，可用：zh-CN、en`);
  }
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(v) ? 'en' : 'zh-CN';
}

function textReport(results: readonly JudgedResult[], lang: TextLocale, explain = false): string {
  const en = lang === 'en';
  let report = '';
  for (const r of results) {
    if (r.duplicateOf !== undefined) report += en ? `━━ ${r.file} ━━\nSame file as ${r.duplicateOf} (given twice); see above.\n\n` : `━━ ${r.file} ━━\n与 ${r.duplicateOf} 是同一文件（重复给出），结果见上。\n\n`;
    else if (r.result) report += formatText(r.file, r.result, { lang, verdict: r.verdict, encoding: r.encoding }) + (explain ? formatExplanations(r.result, lang) : '') + '\n';
    else report += `━━ ${r.file} ━━\n${en ? 'Unreadable: ' : '无法读取：'}${r.error}\n\n`;
  }
  if (results.length > 1) {
    const n = (v: Verdict) => results.filter((r) => r.verdict?.verdict === v).length;
    const bad = results.filter((r) => r.error).length;
    const dup = results.filter((r) => r.duplicateOf !== undefined).length;
    report += en
      ? `${results.length} files: ${n('pass')} pass · ${n('revise')} revise · ${n('fail')} fail · ${bad} unreadable${dup ? ` (${dup} given twice)` : ''}.\n`
      : `共 ${results.length} 个文件：达标 ${n('pass')} · 需修改 ${n('revise')} · 不达标 ${n('fail')} · 无法读取 ${bad}${dup ? `（其中 ${dup} 个重复给出）` : ''}。\n`;
  }
  return report;
}

export interface CheckRunOptions {
  /** Per-file budget (tests make it small). */
  budget?: Partial<FileBudget>;
}

export async function runCheck(args: string[], io: CliIO, run: CheckRunOptions = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, CHECK_OPTIONS);
  const output = values.output;
  const format = values.format ?? formatFromName(output);
  if (!FORMATS.includes(format)) throw new UsageError(`不支持的输出格式“${format}”，可用：${FORMATS.join('、')}`);
  const failOn = FAIL_ON[values['fail-on']];
  if (!failOn) throw new UsageError(`--fail-on 的值“${values['fail-on']}”无效，可用：不达标、需修改、error`);
  const lang = reportLocale(values.lang, io.env ?? process.env);
  if (!positionals.length) throw new UsageError('请指定要检查的文件或文件夹');
  const spec: CheckSpec = { profile: values.profile, packs: values.pack, allow: values.allow, disable: values.disable, cwd: io.cwd };
  const resolved = await resolveSpec(spec); // validates the profile, packs and allow-list before any work
  for (const w of resolved.packWarnings[lang === 'en' ? 'en' : 'zh']) io.stderr.write(`xingshen: ${w}\n`); // hints, not errors: the exit code is the check's
  const profile: Profile | 'auto' = resolved.profile;
  const { files, notes } = await expandInputs(positionals, io.cwd);
  for (const n of notes) io.stderr.write(`xingshen: ${n}\n`);
  if (!files.length) throw new UsageError('所给文件夹中没有可检查的文件（.docx、.docm、.txt 等）');
  if (output) await guardOutput({ shown: output, abs: path.resolve(io.cwd, output), inputs: files.map((f) => path.resolve(io.cwd, f)), force: values.force, kind: 'report' });

  const progress = createProgress(io.stderr, io.isTTY, { columns: (io.stderr as { columns?: number }).columns });
  let checked: FileResult[];
  try {
    checked = await checkFilesBudgeted(files, spec, { budget: run.budget, onFile: progress.update });
  } finally {
    progress.done();
  }
  const profileFor = (id: string) => (profile !== 'auto' && profile.id === id ? profile : getBuiltinProfile(id));
  const results: JudgedResult[] = checked.map((r) => {
    const p = r.result ? profileFor(r.result.profile) : undefined;
    return { ...r, verdict: r.result && p ? verdictOf(r.result, p, lang) : null };
  });
  let report: string | Iterable<string>;
  if (format === 'json') report = batched(jsonReportChunks(results, toJson));
  else if (format === 'csv') report = batchCsv(batchRows(results, profileFor, { lang }), { lang });
  else if (format === 'html') report = batchHtml(results, profileFor, { generatedAt: stamp(), lang });
  else report = textReport(results, lang, values.explain);
  if (output) {
    await writeAtomic(path.resolve(io.cwd, output), report, { shown: output });
    if (io.isTTY) io.stderr.write(`报告已写入 ${output}\n`);
  } else if (typeof report === 'string') io.stdout.write(report);
  else for (const chunk of report) io.stdout.write(chunk);
  return exitCodeFor(results, failOn);
}
