import * as fs from 'fs';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
useZlibInflate();
const bytes = fs.readFileSync('/work/main/bench/out/bench-' + (process.argv[2] ?? '50000-word') + '.docx');
for (let i = 0; i < 4; i++) { const t = performance.now(); readDocx(bytes); console.log((performance.now() - t).toFixed(0)); }
