import { generate, toModel } from './generate';
const doc = toModel(generate(50000));
const texts = doc.paragraphs.map((p) => p.text);
let chars = 0; for (const t of texts) chars += t.length;
function sum(ts: string[]) { let s = 0; for (let i = 0; i < ts.length; i++) { const t = ts[i]; for (let j = 0; j < t.length; j++) s += t.charCodeAt(j); } return s; }
function time(name: string, ts: string[]) {
  const xs: number[] = [];
  for (let i = 0; i < 7; i++) { const t = performance.now(); sum(ts); xs.push(performance.now() - t); }
  xs.sort((a, b) => a - b);
  console.log(name.padEnd(30), xs[3].toFixed(1), 'ms', (xs[3] * 1e6 / chars).toFixed(2), 'ns/char');
}
time('generated', texts);
const flat = texts.map((t) => JSON.parse(JSON.stringify(t)) as string);
time('json-copied', flat);
const td = new TextDecoder(); const te = new TextEncoder();
time('decoded', texts.map((t) => td.decode(te.encode(t))));
