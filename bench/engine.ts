/** Part 1: engine scaling (full check, zuofeng-2022) and per-rule timings at 10k and 50k paragraphs. */
import { allRules, analyze, check, type DocModel, type Profile, type RuleContext } from '../src/core';
import { getBuiltinProfile } from '../src/profiles';
import { generate, toModel } from './generate';
import { collect, fmtInt, fmtMs, fmtX, log, median, now, table, time, type Timing } from './lib';

export interface SizeResult extends Timing {
  paragraphs: number;
  chars: number;
  headings: number;
  findings: number;
  parasPerSec: number;
  /** Cost relative to the previous size, and the size ratio it is compared with. */
  growth: number | null;
  sizeRatio: number | null;
}

export interface RuleResult {
  id: string;
  /** The rule's own run time (median ms) on a shared analysis, at each size. */
  ms: Record<string, number>;
  /** Same as ms (kept for readers of results.json: the rule's own cost, analysis excluded). */
  net: Record<string, number>;
  /** Median of the paired per-run ratios large/small (see paired()); null when the rule is too fast to judge. */
  ratio: number | null;
  /** The paired ratio before the noise filter. */
  pairRatio?: number;
  flagged: boolean;
  findings: Record<string, number>;
}

export interface EngineResult {
  profile: string;
  rules: string[];
  sizes: SizeResult[];
  /** Largest rule ratio, scaled to a 5× size step (10k → 50k): the budgeted figure. */
  maxRuleRatioPer5x: number | null;
  /** 10k ms / 1k ms: the budgeted figure. */
  growth10kOver1k: number | null;
  perRule: { sizes: number[]; baseline: Record<string, number>; rules: RuleResult[]; flagThreshold: number } | null;
}

/** Runs and the time cap per size (ms): several runs for small sizes, fewer for 50k. */
const PLAN: Record<number, { runs: number; warmup: number; capMs: number }> = {
  100: { runs: 21, warmup: 5, capMs: 5_000 },
  1000: { runs: 11, warmup: 2, capMs: 15_000 },
  10000: { runs: 5, warmup: 0, capMs: 45_000 },
  50000: { runs: 3, warmup: 0, capMs: 30_000 },
};

/**
 * A rule whose cost grows more than this from 10k to 50k paragraphs (5× the size: 6 = linear plus 20%)
 * is flagged as super-linear; for another size step the threshold is 1.2 × that step.
 */
export const RULE_RATIO_FLAG = 6;
/** Below this many ms of a rule's own time at 50k, its ratio is noise and never flagged. */
const RULE_NOISE_MS = 20;

/**
 * Times `fn` on a small and a large input as interleaved pairs: small, large, small, large… Each small
 * sample repeats `fn` `step` times (the size ratio) so both samples of a pair do the same amount of work
 * and see the same garbage-collection pattern; each sample starts after a full GC. Returns the median
 * per-run time of each side and the median of the per-pair ratios. This machine's speed drifts by
 * ±20–50% over seconds: measuring all rules at one size and then all at the other let a slow phase land
 * on one side only, so the same linear rule measured anywhere from 2.6× to 9.2× for a 5× step; paired
 * ratios of the same code stay within 4.6–5.4×.
 */
export function paired(fn: (side: 0 | 1) => unknown, step: number, opts: { pairs: number; capMs: number }): { ms: [number, number]; ratio: number; pairs: number } {
  const reps = Math.max(1, Math.round(step));
  const sample = (side: 0 | 1) => {
    collect();
    const n = side === 0 ? reps : 1;
    const t = now();
    for (let i = 0; i < n; i++) fn(side);
    return (now() - t) / n;
  };
  // One untimed run of each side first: compilation and first-use tables are not the cost of a size.
  fn(0);
  fn(1);
  const started = now();
  const small: number[] = [];
  const large: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < opts.pairs; i++) {
    const x = sample(0);
    const y = sample(1);
    small.push(x);
    large.push(y);
    ratios.push(y / Math.max(x, 0.001));
    if (i >= 2 && now() - started > opts.capMs) break;
  }
  return { ms: [median(small), median(large)], ratio: median(ratios), pairs: ratios.length };
}

export function docFor(n: number): DocModel {
  return toModel(generate(n));
}

export function runEngine(sizes: number[], ruleSizes: number[]): EngineResult {
  const profile = getBuiltinProfile('zuofeng-2022') as Profile;
  const out: SizeResult[] = [];
  const docs = new Map<number, DocModel>();
  for (const n of sizes) {
    const doc = docFor(n);
    docs.set(n, doc);
    const plan = PLAN[n] ?? { runs: 3, warmup: 0, capMs: 20_000 };
    let findings = 0;
    const t = time(() => (findings = check(doc, profile).findings.length), plan);
    const prev = out[out.length - 1];
    const chars = doc.paragraphs.reduce((a, p) => a + p.text.length, 0);
    const headings = doc.paragraphs.filter((p) => p.style === 'Heading1' || p.style === 'Heading2' || /^\d+\./.test(p.text)).length;
    out.push({
      ...t,
      paragraphs: n,
      chars,
      headings,
      findings,
      parasPerSec: (n / t.ms) * 1000,
      growth: prev ? t.ms / prev.ms : null,
      sizeRatio: prev ? n / prev.paragraphs : null,
    });
    log(`  engine ${fmtInt(n)} paragraphs: ${fmtMs(t.ms)} (median of ${t.runs}), ${findings} findings`);
  }
  const at = (n: number) => out.find((s) => s.paragraphs === n)?.ms;
  const g = at(10000) !== undefined && at(1000) !== undefined ? at(10000)! / at(1000)! : null;

  let perRule: EngineResult['perRule'] = null;
  if (ruleSizes.length === 2 && ruleSizes[0] < ruleSizes[1]) {
    const [a, b] = ruleSizes;
    // Each rule runs alone on an analysis computed once per size: that is what check(doc, profile,
    // { rules: [rule] }) does minus the shared analysis, measured directly instead of by subtracting
    // two multi-second numbers. The analysis itself is timed as its own row.
    const sides = ruleSizes.map((n) => {
      const doc = docs.get(n) ?? docFor(n);
      return { n, doc, ctx: { doc, profile, analysis: analyze(doc, profile) } as RuleContext };
    });
    const subjects: { id: string; run: (ctx: RuleContext) => number }[] = [
      { id: '(analysis: analyze())', run: (ctx) => (analyze(ctx.doc, profile), 0) },
      ...allRules.map((rule) => ({ id: rule.id, run: (ctx: RuleContext) => rule.run(ctx).length })),
    ];
    const rules: RuleResult[] = subjects.map((x) => {
      const p = paired((side) => x.run(sides[side].ctx), b / a, { pairs: 11, capMs: 15_000 });
      const r: RuleResult = { id: x.id, ms: { [a]: p.ms[0], [b]: p.ms[1] }, net: { [a]: p.ms[0], [b]: p.ms[1] }, ratio: null, flagged: false, findings: {} };
      if (x.id !== subjects[0].id) sides.forEach((side) => (r.findings[side.n] = x.run(side.ctx)));
      r.pairRatio = p.ratio;
      return r;
    });
    log(`  per-rule timings at ${fmtInt(a)} and ${fmtInt(b)} paragraphs done (analysis ${fmtMs(rules[0].ms[a])} / ${fmtMs(rules[0].ms[b])})`);
    const threshold = (RULE_RATIO_FLAG / 5) * (b / a);
    for (const r of rules) {
      r.ratio = r.net[b] >= RULE_NOISE_MS ? (r.pairRatio as number) : null;
      r.flagged = r.ratio !== null && r.ratio > threshold;
    }
    perRule = { sizes: ruleSizes, baseline: { [a]: rules[0].ms[a], [b]: rules[0].ms[b] }, rules, flagThreshold: threshold };
  }
  let maxRuleRatioPer5x: number | null = null;
  if (perRule && perRule.sizes.length > 1) {
    const step = perRule.sizes[perRule.sizes.length - 1] / perRule.sizes[0];
    const ratios = perRule.rules.filter((x) => x.ratio !== null).map((x) => (x.ratio as number) * (5 / step));
    maxRuleRatioPer5x = ratios.length ? Math.max(...ratios) : 0;
  }
  return { profile: profile.id, rules: allRules.map((r) => r.id), sizes: out, growth10kOver1k: g, maxRuleRatioPer5x, perRule };
}

export function engineTables(r: EngineResult): string {
  const sizes = table(
    ['paragraphs', 'chars', 'findings', 'median', 'runs', 'paragraphs/s', 'growth vs previous'],
    r.sizes.map((s) => [
      fmtInt(s.paragraphs),
      fmtInt(s.chars),
      fmtInt(s.findings),
      fmtMs(s.ms),
      s.runs,
      fmtInt(s.parasPerSec),
      s.growth === null ? '—' : `${fmtX(s.growth)} for ${s.sizeRatio}× paragraphs`,
    ]),
  );
  let rules = '';
  if (r.perRule) {
    const [a, b] = [r.perRule.sizes[0], r.perRule.sizes[r.perRule.sizes.length - 1]];
    const sorted = [...r.perRule.rules].sort((x, y) => (y.net[b] ?? 0) - (x.net[b] ?? 0));
    rules =
      `\n\nPer rule (each rule's own run on a shared analysis; 11 interleaved pairs of equal work, see paired(); ms = median per run, ratio = median of the pair ratios; the analysis is its own row; slowest at ${fmtInt(b)} first):\n\n` +
      table(
        ['rule', ...r.perRule.sizes.map((n) => `own ms @${fmtInt(n)}`), ...(a !== b ? [`${b / a}× size →`, 'flag'] : [])],
        sorted.map((x) => [
          x.id,
          ...r.perRule!.sizes.map((n) => fmtMs(x.net[n])),
          ...(a !== b ? [x.ratio === null ? '(too small to judge)' : fmtX(x.ratio), x.flagged ? `SUPER-LINEAR (> ${r.perRule!.flagThreshold}×)` : ''] : []),
        ]),
      );
  }
  return sizes + rules;
}
