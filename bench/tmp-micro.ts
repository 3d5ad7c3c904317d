import { generate, toModel } from './generate';
import { normalizeText, withNormalizedTextCache, candidateEntries, builtinPacks } from '../src/core/packs';
import { normalizeForMatch } from '../src/core/text';
import { paragraphMarks } from '../src/core/marks';
const doc = toModel(generate(50000));
const texts = doc.paragraphs.map((p) => p.text);
let chars = 0; for (const t of texts) chars += t.length;
console.log('paras', texts.length, 'chars', chars);
function time(name: string, f: () => void) {
  const xs: number[] = [];
  for (let i = 0; i < 7; i++) { const t = performance.now(); f(); xs.push(performance.now() - t); }
  xs.sort((a, b) => a - b);
  console.log(name.padEnd(30), xs[3].toFixed(1), 'ms', (xs[3] * 1e6 / chars).toFixed(2), 'ns/char');
}
let sink = 0;
time('loop charCodeAt', () => { for (const t of texts) for (let j = 0; j < t.length; j++) sink += t.charCodeAt(j); });
time('normalizeForMatch', () => { for (const t of texts) sink += normalizeForMatch(t).length; });
time('normalizeText (nocache)', () => { for (const t of texts) { sink += normalizeText(t + '').length; } });
time('paragraphMarks', () => { sink += (paragraphMarks as any)(doc.paragraphs)?.length ?? 0; });
time('candidateEntries x4 in scope', () => withNormalizedTextCache(() => { for (const t of texts) for (const p of builtinPacks) sink += candidateEntries(p, t).length; }));
console.log(sink > 0);
