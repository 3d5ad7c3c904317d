import * as fs from 'fs';
import { check, type Profile } from '../src/core';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { getBuiltinProfile } from '../src/profiles';
import { docxFile } from './docx';
const n = Number(process.argv[2] ?? 50000);
useZlibInflate();
const profile = getBuiltinProfile('zuofeng-2022') as Profile;
const bytes = fs.readFileSync(docxFile(n));
for (let i = 0; i < 6; i++) {
  const t = performance.now();
  const doc = readDocx(bytes);
  const t1 = performance.now();
  const r = check(doc, profile);
  const t2 = performance.now();
  console.log(`read ${(t1 - t).toFixed(0)} check ${(t2 - t1).toFixed(0)} findings ${r.findings.length}`);
}
