/** Ad-hoc profiling helper: node --cpu-prof --import tsx bench/prof-engine.ts [paragraphs] [runs] */
import { allRules, analyze, check, type Profile } from '../src/core';
import { withNormalizedTextCache } from '../src/core/packs';
import { getBuiltinProfile } from '../src/profiles';
import { generate, toModel } from './generate';

const n = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 5);
const profile = getBuiltinProfile('zuofeng-2022') as Profile;
const doc = toModel(generate(n));
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = check(doc, profile);
  times.push(performance.now() - t);
  console.log(`${n} paragraphs: ${times[i].toFixed(0)} ms, ${r.findings.length} findings`);
}
console.log(`fastest: ${Math.min(...times).toFixed(0)} ms`);

if (process.argv.includes('--rules')) {
  // Fastest of five runs each: this machine's timings are noisy, the minimum is the stable figure.
  const best = (f: () => unknown) => {
    let min = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      f();
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  const analysis = analyze(doc, profile);
  const rows: [string, number][] = [['(analyze)', best(() => analyze(doc, profile))]];
  const ctx = { doc, profile, analysis };
  for (const rule of allRules) rows.push([rule.id, best(() => withNormalizedTextCache(() => rule.run(ctx)))]);
  for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(ms.toFixed(1).padStart(8), id);
}
