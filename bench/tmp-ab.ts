import * as fs from 'fs';
import { check, type Profile } from '../src/core';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { getBuiltinProfile } from '../src/profiles';
useZlibInflate();
const profile = getBuiltinProfile('zuofeng-2022') as Profile;
const bytes = fs.readFileSync('/work/main/bench/out/bench-' + (process.argv[2] ?? '50000') + '.docx');
const r: number[] = [], c: number[] = [];
for (let i = 0; i < 6; i++) {
  const t = performance.now();
  const doc = readDocx(bytes);
  const t1 = performance.now();
  check(doc, profile);
  r.push(t1 - t); c.push(performance.now() - t1);
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1];
console.log(JSON.stringify({ read: med(r.slice(1)), check: med(c.slice(1)) }));
