/** Ad-hoc profiling helper: node --cpu-prof --import tsx bench/prof-engine.ts [paragraphs] [runs] */
import { allRules, analyze, check, type Profile } from '../src/core';
import { getBuiltinProfile } from '../src/profiles';
import { generate, toModel } from './generate';

const n = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 5);
const profile = getBuiltinProfile('zuofeng-2022') as Profile;
const doc = toModel(generate(n));
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = check(doc, profile);
  console.log(`${n} paragraphs: ${(performance.now() - t).toFixed(0)} ms, ${r.findings.length} findings`);
}

if (process.argv.includes('--rules')) {
  const t0 = performance.now();
  const analysis = analyze(doc, profile);
  const rows: [string, number][] = [['(analyze)', performance.now() - t0]];
  const ctx = { doc, profile, analysis };
  for (const rule of allRules) {
    const t = performance.now();
    for (let i = 0; i < 3; i++) rule.run(ctx);
    rows.push([rule.id, (performance.now() - t) / 3]);
  }
  for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(ms.toFixed(1).padStart(8), id);
}
