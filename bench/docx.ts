/** Part 2: .docx throughput — our readDocx + full check vs mammoth.extractRawText, same files, same process. */
import * as fs from 'fs';
import * as path from 'path';
import { check, type Profile } from '../src/core';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { getBuiltinProfile } from '../src/profiles';
import { buildDocx, type DocxSpec } from '../test/fixtures/docx-builder';

type Markup = NonNullable<DocxSpec['markup']>;
import { generate, toParaSpecs } from './generate';
import { ensureOutDir, fmtInt, fmtKB, fmtMs, fmtX, log, median, now, table, type Timing } from './lib';

export interface DocxFileResult {
  /** 'minimal': one bare run per paragraph; 'word': the markup Word writes for the same text (see docxFile). */
  markup: Markup;
  paragraphs: number;
  file: string;
  bytes: number;
  /** Paragraphs our reader returned (sanity: must equal `paragraphs`). */
  read: number;
  ours: Timing;
  /** Of which reading alone (median). */
  readMs: number;
  mammoth: Timing;
  ratio: number;
}

export interface DocxResult {
  files: DocxFileResult[];
  /** Sum of our medians / sum of mammoth's over the minimal-markup set (budgeted). */
  ratio: number;
  /** The same over the Word-markup set (budgeted). */
  ratioWord: number;
}

// Batch review runs the reader and the engine over a folder in one process: measure that steady
// state. Each side gets the same untimed runs per size (enough for V8 to finish optimising: the
// first 3–5 reads of a small file are 2–10× slower than the rest), then the median of the timed
// runs, taken in alternation with the other side's (see interleaved()), with no forced GC between
// them (each run pays for the garbage of the one before, as in a batch). With one warm-up run and a forced GC before each run, the 1,000-paragraph figures were
// mostly JIT time, for both sides.
const PLAN: Record<number, { runs: number; warmup: number; capMs: number }> = {
  1000: { runs: 7, warmup: 5, capMs: 15_000 },
  10000: { runs: 5, warmup: 2, capMs: 40_000 },
  50000: { runs: 3, warmup: 1, capMs: 40_000 },
};
// The Word-markup files are 3× larger and mammoth needs ~25 s for the 50k one: no warm-up run there
// (the code is warm from the smaller files), three timed runs.
const PLAN_WORD: Record<number, { runs: number; warmup: number; capMs: number }> = {
  ...PLAN,
  50000: { runs: 3, warmup: 0, capMs: 120_000 },
};
const MARKUPS: Markup[] = ['minimal', 'word'];

/**
 * Times two async functions in alternation: the warm-up runs of each, then a, b, a, b… so a slow phase
 * of this shared VM (its speed drifts by ±20–50 % over seconds) lands on both sides instead of on
 * whichever happened to run then. No forced GC between runs (see PLAN).
 */
async function interleaved(a: () => Promise<unknown>, b: () => Promise<unknown>, plan: { runs: number; warmup: number; capMs: number }): Promise<[Timing, Timing]> {
  const started = now();
  for (let i = 0; i < plan.warmup && now() - started < plan.capMs / 4; i++) {
    await a();
    await b();
  }
  const xs: number[] = [];
  const ys: number[] = [];
  const timeOne = async (f: () => Promise<unknown>, into: number[]) => {
    const t = now();
    await f();
    into.push(now() - t);
  };
  for (let i = 0; i < plan.runs; i++) {
    await timeOne(a, xs);
    await timeOne(b, ys);
    if (now() - started > plan.capMs) break;
  }
  const timing = (v: number[]): Timing => ({ ms: median(v), runs: v.length, samples: v.map((x) => Math.round(x * 100) / 100) });
  return [timing(xs), timing(ys)];
}

const written = new Set<string>();

/**
 * Writes bench/out/bench-<n>.docx (once per process, so a changed generator never leaves a stale file):
 * auto-numbered Heading 1/2 (一、/（一）), typed "1." sub-headings, body paragraphs in a body style.
 */
export function docxFile(n: number, markup: Markup = 'minimal'): string {
  const file = path.join(ensureOutDir(), markup === 'word' ? `bench-${n}-word.docx` : `bench-${n}.docx`);
  if (!written.has(file)) {
    fs.writeFileSync(file, buildDocx({ body: toParaSpecs(generate(n)), numbering: true, markup }));
    written.add(file);
  }
  return file;
}

export async function runDocx(sizes: number[]): Promise<DocxResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };
  const profile = getBuiltinProfile('zuofeng-2022') as Profile;
  useZlibInflate(); // read as the CLI reads
  const files: DocxFileResult[] = [];
  // Warm both code paths on the smallest file so neither pays the JIT on the first timed run.
  const warm = fs.readFileSync(docxFile(sizes[0]));
  check(readDocx(warm), profile);
  await mammoth.extractRawText({ buffer: warm });

  for (const markup of MARKUPS)
    for (const n of sizes) {
      const file = docxFile(n, markup);
      const bytes = fs.readFileSync(file);
      const plan = (markup === 'word' ? PLAN_WORD : PLAN)[n] ?? { runs: 3, warmup: 1, capMs: 30_000 };
      let read = 0;
      const readSamples: number[] = [];
      const oursRun = async () => {
        const t = performance.now();
        const doc = readDocx(bytes);
        readSamples.push(performance.now() - t);
        read = doc.paragraphs.length;
        check(doc, profile);
      };
      const mammothRun = () => mammoth.extractRawText({ buffer: bytes });
      const [ours, mammothT] = await interleaved(oursRun, mammothRun, plan);
      const timed = readSamples.slice(readSamples.length - ours.runs); // without the warm-up run
      const readMs = [...timed].sort((a, b) => a - b)[timed.length >> 1];
      files.push({ markup, paragraphs: n, file: path.relative(process.cwd(), file), bytes: bytes.length, read, ours, readMs, mammoth: mammothT, ratio: ours.ms / mammothT.ms });
      log(`  docx ${markup} ${fmtInt(n)}: ours ${fmtMs(ours.ms)} (read ${fmtMs(readMs)}), mammoth ${fmtMs(mammothT.ms)}`);
    }
  return { files, ratio: setRatio(files, 'minimal'), ratioWord: setRatio(files, 'word') };
}

/** Sum of our medians / sum of mammoth's over one markup's files. */
function setRatio(files: DocxFileResult[], markup: Markup): number {
  const set = files.filter((f) => f.markup === markup);
  const sum = (f: (x: DocxFileResult) => number) => set.reduce((a, x) => a + f(x), 0);
  return sum((x) => x.ours.ms) / sum((x) => x.mammoth.ms);
}

export function docxTable(r: DocxResult): string {
  return (
    table(
      ['markup', 'paragraphs', '.docx size', 'ours: read + check', 'of which read', 'mammoth.extractRawText', 'ours / mammoth'],
      r.files.map((f) => [
        f.markup ?? 'minimal',
        fmtInt(f.paragraphs),
        fmtKB(f.bytes),
        `${fmtMs(f.ours.ms)} (${f.ours.runs} runs)`,
        fmtMs(f.readMs),
        `${fmtMs(f.mammoth.ms)} (${f.mammoth.runs} runs)`,
        fmtX(f.ratio),
      ]),
    ) +
    `\n\nWhole set, minimal markup (one bare run per paragraph): ours / mammoth = ${fmtX(r.ratio)}` +
    (r.ratioWord !== undefined ? `\nWhole set, Word's markup (rsids, formatting, text in several runs): ours / mammoth = ${fmtX(r.ratioWord)}` : '')
  );
}
