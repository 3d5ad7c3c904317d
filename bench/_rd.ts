import * as fs from 'fs';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { docxFile } from './docx';
const n = Number(process.argv[2] ?? 10000);
useZlibInflate();
const bytes = fs.readFileSync(docxFile(n));
const ts: number[] = [];
for (let i = 0; i < 12; i++) { const t = performance.now(); readDocx(bytes); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b);
console.log(`read ${n}: min ${ts[0].toFixed(0)} median ${ts[6].toFixed(0)}`);
