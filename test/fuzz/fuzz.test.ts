/**
 * The fuzzing suite (issue 17): byte-flip and truncation mutants of real fixtures and generated
 * hostile packages, with a fixed seed and a bounded count. For every case: no crash and no hang;
 * either a typed refusal (InputError with a zh-CN message) or a reading identical to the clean
 * file's; and for `fix`, on every accepted case: the original paragraphs kept in order (only the
 * typed markers of renumbered headings changed) and every other part byte-identical.
 */
import { InputError } from '../../src/core/errors';
import type { DocModel } from '../../src/core/model';
import { readDocument, readDocx } from '../../src/docx';
import { useZlibInflate } from '../../src/docx/node-inflate';
import { fixDocx, rawEntries } from '../../src/docx/write';
import { zuofeng } from '../helpers/docs';
import { flips, hostileCases, prng, realFixtures, truncations, type FuzzCase } from './cases';

const SEED = 0x5eed17;
const FLIPS_PER_FIXTURE = 20;
const TRUNCATIONS_PER_FIXTURE = 8;
/** A hang guard, not a speed goal (speed goals are in `npm run bench`). */
const MAX_CASE_MS = 30_000;

const profile = zuofeng();
const texts = (m: DocModel) => m.paragraphs.map((p) => p.text);
const MARKER = /^[（(]?[零一二三四五六七八九十百千万]+[）)]?[、.．]?$|^[（(]?\d+[）)]?[、.．]?$/;

const stats = { cases: 0, refusals: 0, cleanReads: 0, reads: 0, fixes: 0, fixRefusals: 0, slowest: 0, slowestName: '', started: Date.now() };
const refusalCodes = new Map<string, number>();

type Outcome = { kind: 'refused'; error: InputError } | { kind: 'read'; doc: DocModel };

function attempt(fn: () => DocModel, name: string): Outcome {
  const t0 = Date.now();
  try {
    return { kind: 'read', doc: fn() };
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`${name}: not a typed refusal: ${(e as Error)?.stack ?? String(e)}`);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).not.toMatch(/\n\s+at /); // no stack trace in the message
    return { kind: 'refused', error: e };
  } finally {
    const ms = Date.now() - t0;
    if (ms > stats.slowest) {
      stats.slowest = ms;
      stats.slowestName = name;
    }
    expect(ms).toBeLessThan(MAX_CASE_MS);
  }
}

/** fix on an accepted input: original paragraphs kept, other parts byte-identical; or a typed refusal. */
function checkFix(c: FuzzCase, before: DocModel): void {
  let out: ReturnType<typeof fixDocx>;
  try {
    out = fixDocx(c.bytes, profile);
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`${c.name}: fix failed without a typed refusal: ${(e as Error)?.stack ?? String(e)}`);
    stats.fixRefusals++;
    return;
  }
  stats.fixes++;
  if (!out.changed) return;
  const renumbered = new Map(out.renumbered.map((r) => [r.paragraph, r]));
  const after = texts(readDocx(out.bytes!));
  let j = 0;
  before.paragraphs.forEach((p, i) => {
    const r = renumbered.get(i);
    const want = r ? p.text.slice(0, r.start) + r.to + p.text.slice(r.start + r.length) : p.text;
    if (r) expect(r.to).toMatch(MARKER);
    while (j < after.length && after[j] !== want) j++;
    expect(j).toBeLessThan(after.length); // the original paragraph is still there, in order
    j++;
  });
  const a = rawEntries(c.bytes);
  const b = rawEntries(out.bytes!);
  expect(b.map((e) => e.name)).toEqual(a.map((e) => e.name));
  a.forEach((ea, i) => {
    if (ea.name.toLowerCase() === 'word/document.xml') return;
    expect(Buffer.from(out.bytes!.subarray(b[i].localStart, b[i].localEnd)).equals(Buffer.from(c.bytes.subarray(ea.localStart, ea.localEnd)))).toBe(true);
  });
}

function run(c: FuzzCase): void {
  stats.cases++;
  const o = attempt(() => readDocument(c.bytes, c.fileName), c.name);
  if (o.kind === 'refused') {
    stats.refusals++;
    refusalCodes.set(o.error.code, (refusalCodes.get(o.error.code) ?? 0) + 1);
    // fix refuses the same input, with a typed error too.
    if (c.fileName.endsWith('.docx')) expect(() => fixDocx(c.bytes, profile)).toThrow(InputError);
    return;
  }
  stats.reads++;
  if (c.clean) {
    expect(texts(o.doc)).toEqual(c.clean);
    stats.cleanReads++;
  }
  if (c.fileName.endsWith('.docx')) checkFix(c, o.doc);
}

beforeAll(() => useZlibInflate());

afterAll(() => {
  const s = (Date.now() - stats.started) / 1000;
  const codes = [...refusalCodes].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(
    `fuzz: ${stats.cases} cases in ${s.toFixed(1)} s — ${stats.refusals} refusals (${codes}), ${stats.reads} reads of which ${stats.cleanReads} identical to the clean file; ` +
      `fix: ${stats.fixes} written or unchanged, ${stats.fixRefusals} refused; slowest case ${stats.slowest} ms (${stats.slowestName})`,
  );
});

describe('fuzz: mutants of real fixtures', () => {
  const rnd = prng(SEED);
  for (const f of realFixtures()) {
    const clean = texts(readDocx(f.bytes));
    const cases: FuzzCase[] = [
      ...flips(f.bytes, FLIPS_PER_FIXTURE, rnd).map((bytes, k) => ({ name: `${f.name} flip#${k}`, bytes, fileName: 'x.docx', clean })),
      ...truncations(f.bytes, TRUNCATIONS_PER_FIXTURE, rnd).map((bytes, k) => ({ name: `${f.name} cut#${k} (${bytes.length} bytes)`, bytes, fileName: 'x.docx', clean })),
    ];
    it(`${f.name}: ${cases.length} mutants refused or read exactly`, () => {
      for (const c of cases) run(c);
    });
  }
});

describe('fuzz: generated hostile packages', () => {
  const rnd = prng(SEED + 1);
  for (const c of hostileCases(rnd)) {
    it(c.name, () => run(c));
  }
});
