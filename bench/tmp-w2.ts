import * as fs from 'fs';
import { check, type Profile } from '../src/core';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { getBuiltinProfile } from '../src/profiles';
// eslint-disable-next-line
const mammoth = require('mammoth');
useZlibInflate();
const profile = getBuiltinProfile('zuofeng-2022') as Profile;
(async () => {
  const bytes = fs.readFileSync('bench/out/bench-' + process.argv[2] + '.docx');
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const doc = readDocx(bytes);
    const r = performance.now() - t;
    check(doc, profile);
    const ours = performance.now() - t;
    t = performance.now();
    await mammoth.extractRawText({ buffer: bytes });
    const m = performance.now() - t;
    console.log(`read ${r.toFixed(0)} ours ${ours.toFixed(0)} mammoth ${m.toFixed(0)} ratio ${(ours / m).toFixed(2)}`);
  }
})();
