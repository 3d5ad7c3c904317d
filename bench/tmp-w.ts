import * as fs from 'fs';
import { docxFile } from './docx';
for (const n of [1000, 10000, 50000]) for (const m of ['minimal', 'word'] as const) { const f = docxFile(n, m); console.log(f, fs.statSync(f).size); }
