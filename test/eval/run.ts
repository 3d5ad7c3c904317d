/**
 * npm run eval — the accuracy benchmark. Checks every labelled report of test/corpus (docs/corpus-format.md)
 * with its expected profile and with --profile auto, prints per-metric figures and fails (exit 1) when a metric
 * is below its floor in test/eval/floors.json.
 *
 *   npm run eval [-- --corpus <dir>] [-- --floors <file>] [-- --verbose] [-- --json <out.json>]
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { check } from '../../src/core/engine';
import { analyze } from '../../src/core/analyze';
import { detectProfile } from '../../src/core/detect';
import { builtinProfiles, getBuiltinProfile } from '../../src/profiles';
import { docFromReport, LabelError, loadCorpus } from './corpus';
import { scoreReport, sumScores, type Ratio, type ReportScore } from './score';

const ROOT = path.join(__dirname, '..', '..');

export interface Floors {
  /** Share metrics (0-1) that must be at least this. */
  min: Record<string, number>;
  /** Count metrics that must be at most this. */
  max: Record<string, number>;
}

export interface EvalRun {
  reports: number;
  unlabelled: string[];
  errors: string[];
  metrics: Record<string, number>;
  counts: Record<string, string>;
  rules: ReportScore['rules'];
  perReport: { name: string; misses: string[] }[];
  profileMisses: string[];
}

const pct = (r: Ratio) => (r.total === 0 ? 1 : r.ok / r.total);

export function runEval(corpusDir: string): EvalRun {
  const { items, unlabelled } = existsSync(corpusDir) ? loadCorpus(corpusDir) : { items: [], unlabelled: [] };
  const errors: string[] = [];
  const scores: ReportScore[] = [];
  const autoScores: ReportScore[] = [];
  const perReport: EvalRun['perReport'] = [];
  const profileMisses: string[] = [];
  let profileOk = 0;
  for (const item of items) {
    try {
      const doc = docFromReport(item.text);
      const expected = getBuiltinProfile(item.label.expectProfile);
      const misses: string[] = [];
      if (!expected) misses.push(`配置“${item.label.expectProfile}”不是内置配置，按 generic 检查`);
      const profile = expected ?? (getBuiltinProfile('generic') as NonNullable<typeof expected>);
      const result = check(doc, profile);
      const sc = scoreReport(item.name, doc, item.label, profile, result, analyze(doc, profile));
      scores.push(sc);
      const auto = detectProfile(doc, builtinProfiles);
      if (auto.profile.id === item.label.expectProfile) profileOk++;
      else profileMisses.push(`${item.name}：应识别为 ${item.label.expectProfile}，工具选了 ${auto.profile.id}`);
      autoScores.push(auto.profile === profile ? sc : scoreReport(item.name, doc, item.label, auto.profile, check(doc, auto.profile), analyze(doc, auto.profile)));
      perReport.push({ name: item.name, misses: [...misses, ...sc.misses] });
    } catch (e) {
      if (e instanceof LabelError) errors.push(e.message);
      else errors.push(`${item.name}：检查失败：${(e as Error).stack ?? String(e)}`);
    }
  }
  const sum = sumScores(scores);
  const auto = sumScores(autoScores);
  const ratio = (r: Ratio) => `${r.ok}/${r.total}`;
  return {
    reports: items.length,
    unlabelled,
    errors,
    metrics: {
      sections: pct(sum.sections),
      focus: pct(sum.focus),
      claims: pct(sum.claims),
      defects: pct(sum.defects),
      profile: items.length ? profileOk / items.length : 1,
      autoSections: pct(auto.sections),
      autoFocus: pct(auto.focus),
      autoClaims: pct(auto.claims),
      autoDefects: pct(auto.defects),
      focusExtra: sum.focusExtra,
      notClaimsRead: sum.notClaimsRead,
      mustNotFlagFlagged: sum.mustNotFlag.total - sum.mustNotFlag.ok,
      cleanWarnings: sum.cleanWarnings,
      cleanReportsWithWarnings: sum.cleanReportsWithWarnings,
    },
    counts: {
      sections: ratio(sum.sections),
      focus: ratio(sum.focus),
      claims: ratio(sum.claims),
      defects: ratio(sum.defects),
      profile: `${profileOk}/${items.length}`,
      autoSections: ratio(auto.sections),
      autoFocus: ratio(auto.focus),
      autoClaims: ratio(auto.claims),
      autoDefects: ratio(auto.defects),
      mustNotFlagFlagged: `${sum.mustNotFlag.total - sum.mustNotFlag.ok}/${sum.mustNotFlag.total}`,
      cleanReportsWithWarnings: `${sum.cleanReportsWithWarnings}/${sum.cleanReports}`,
    },
    rules: sum.rules,
    perReport,
    profileMisses,
  };
}

/** The metrics below their floor (min) or above their ceiling (max), in words. */
export function belowFloors(run: EvalRun, floors: Floors): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(floors.min)) {
    const got = run.metrics[k];
    if (got === undefined) out.push(`未知指标 ${k}`);
    else if (got + 1e-9 < v) out.push(`${k} = ${(got * 100).toFixed(1)}%，低于下限 ${(v * 100).toFixed(1)}%`);
  }
  for (const [k, v] of Object.entries(floors.max)) {
    const got = run.metrics[k];
    if (got === undefined) out.push(`未知指标 ${k}`);
    else if (got > v) out.push(`${k} = ${got}，高于上限 ${v}`);
  }
  return out;
}

const LABELS: Record<string, string> = {
  sections: '部分定位正确（第几段）',
  focus: '重点分项找到且判断正确',
  claims: '数量表述读取与核对正确',
  defects: '标注的问题被发现',
  profile: '自动识别配置正确',
  autoSections: '（自动识别配置）部分定位正确',
  autoFocus: '（自动识别配置）重点分项正确',
  autoClaims: '（自动识别配置）数量表述正确',
  autoDefects: '（自动识别配置）问题被发现',
  focusExtra: '多出的重点分项（个）',
  notClaimsRead: '误读为框架数量的表述（个）',
  mustNotFlagFlagged: '不应标出却被标出（处）',
  cleanWarnings: '干净材料上的错误和警告（条）',
  cleanReportsWithWarnings: '有错误或警告的干净材料（份）',
};

export function formatRun(run: EvalRun, verbose: boolean): string {
  const lines: string[] = [`# 省身 eval：${run.reports} 份标注材料`];
  if (run.unlabelled.length) lines.push(`（${run.unlabelled.length} 份没有 .label.json，未计入：${run.unlabelled.join('、')}）`);
  for (const [k, v] of Object.entries(run.metrics)) {
    const shown = k in run.counts && !/Flagged|Warnings$/.test(k) ? `${(v * 100).toFixed(1)}%  (${run.counts[k]})` : `${v}${run.counts[k] ? `  (${run.counts[k]})` : ''}`;
    lines.push(`${(LABELS[k] ?? k).padEnd(20, '　')} ${shown}`);
  }
  lines.push('', '## 各规则（真阳性 / 漏报 / 误报：未标注的错误和警告）');
  for (const [id, r] of Object.entries(run.rules).sort(([a], [b]) => a.localeCompare(b))) lines.push(`${id.padEnd(36)} TP ${r.tp}  FN ${r.fn}  FP ${r.fp}`);
  if (run.errors.length) lines.push('', '## 标注错误', ...run.errors);
  if (verbose) {
    lines.push('', '## 逐份明细');
    for (const r of run.perReport) if (r.misses.length) lines.push(`### ${r.name}`, ...r.misses.map((m) => `- ${m}`));
    if (run.profileMisses.length) lines.push('### 自动识别', ...run.profileMisses.map((m) => `- ${m}`));
  }
  return lines.join('\n') + '\n';
}

function main(): number {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, floors: { type: 'string' }, verbose: { type: 'boolean', short: 'v', default: false }, json: { type: 'string' } },
  });
  const corpus = path.resolve(values.corpus ?? path.join(ROOT, 'test', 'corpus'));
  const floorsFile = path.resolve(values.floors ?? path.join(__dirname, 'floors.json'));
  const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Floors;
  const run = runEval(corpus);
  process.stdout.write(formatRun(run, values.verbose));
  if (values.json) writeFileSync(values.json, JSON.stringify(run, null, 2));
  if (run.errors.length) {
    process.stdout.write(`\n失败：${run.errors.length} 处标注错误（锚点缺失或不唯一等）。\n`);
    return 1;
  }
  const bad = run.reports ? belowFloors(run, floors) : [];
  if (!run.reports) process.stdout.write(`\n${corpus} 下没有标注材料，跳过下限检查。\n`);
  if (bad.length) {
    process.stdout.write(`\n失败：\n${bad.map((b) => `- ${b}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`\n全部指标达到 ${path.relative(ROOT, floorsFile)} 的下限。\n`);
  return 0;
}

if (require.main === module) process.exitCode = main();
