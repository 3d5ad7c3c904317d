/** Part 1: engine scaling (full check, zuofeng-2022) and per-rule timings at 10k and 50k paragraphs. */
import { allRules, analyze, check, type DocModel, type Profile, type RuleContext } from '../src/core';
import { getBuiltinProfile } from '../src/profiles';
import { generate, toModel } from './generate';
import { fmtInt, fmtMs, fmtX, log, table, time, type Timing } from './lib';

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
  /** net(50k) / net(10k); null when both are too small to compare. */
  ratio: number | null;
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
  if (ruleSizes.length) {
    // Each rule runs alone on an analysis computed once per size: that is what check(doc, profile,
    // { rules: [rule] }) does minus the shared analysis, measured directly instead of by subtracting
    // two multi-second numbers. The analysis itself is timed as its own row.
    const baseline: Record<string, number> = {};
    const rules: RuleResult[] = [{ id: '(analysis: analyze())', ms: {}, net: {}, ratio: null, flagged: false, findings: {} }, ...allRules.map((r) => ({ id: r.id, ms: {}, net: {}, ratio: null, flagged: false, findings: {} }))];
    for (const n of ruleSizes) {
      const doc = docs.get(n) ?? docFor(n);
      const big = n >= 50000;
      let analysis = analyze(doc, profile);
      const ta = time(() => (analysis = analyze(doc, profile)), { runs: big ? 5 : 7, capMs: 6_000 });
      baseline[n] = ta.ms;
      rules[0].ms[n] = rules[0].net[n] = ta.ms;
      const ctx: RuleContext = { doc, profile, analysis };
      allRules.forEach((rule, i) => {
        let count = 0;
        // Median of 7 at every size. A single run at 50,000 paragraphs caught GC pauses of 10–30 ms that
        // have nothing to do with the rule; the fastest of 5 let one lucky run at 10,000 decide. Either
        // way 1–10 ms rules looked super-linear on this noisy machine (see bench/budgets.json).
        const t = time(() => (count = rule.run(ctx).length), { runs: 7, capMs: 5_000 });
        rules[i + 1].ms[n] = rules[i + 1].net[n] = t.ms;
        rules[i + 1].findings[n] = count;
      });
      log(`  per-rule timings at ${fmtInt(n)} paragraphs done (analysis ${fmtMs(ta.ms)})`);
    }
    const [a, b] = [ruleSizes[0], ruleSizes[ruleSizes.length - 1]];
    const threshold = (RULE_RATIO_FLAG / 5) * (b / a);
    if (a !== b) {
      for (const r of rules) {
        const na = r.net[a];
        const nb = r.net[b];
        r.ratio = nb >= RULE_NOISE_MS ? nb / Math.max(na, 0.5) : null;
        r.flagged = r.ratio !== null && r.ratio > threshold;
      }
    }
    perRule = { sizes: ruleSizes, baseline, rules, flagThreshold: threshold };
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
      `\n\nPer rule (each rule's own run on a shared analysis, median of 5–7 runs; the analysis is its own row; slowest at ${fmtInt(b)} first):\n\n` +
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
