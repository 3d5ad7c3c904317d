import * as fs from 'fs';
import { check, type Profile } from '../src/core';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { getBuiltinProfile } from '../src/profiles';
import { docxFile } from './docx';
useZlibInflate();
const profile = getBuiltinProfile('zuofeng-2022') as Profile;
const bytes = fs.readFileSync(docxFile(50000));
const flatten = (s: string) => JSON.parse(JSON.stringify(s)) as string;
for (let i = 0; i < 5; i++) {
  const doc = readDocx(bytes);
  const t = performance.now();
  check(doc, profile);
  const t1 = performance.now();
  const doc2 = readDocx(bytes);
  for (const p of doc2.paragraphs) (p as { text: string }).text = flatten(p.text);
  const t2 = performance.now();
  check(doc2, profile);
  const t3 = performance.now();
  console.log(`as read ${(t1 - t).toFixed(0)}  flattened ${(t3 - t2).toFixed(0)}`);
}
