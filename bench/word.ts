/**
 * Part 3: Word round trips, counted on the project's fake Word (test/fakes/fake-word.ts), which counts
 * every context.sync() and records every load() with its property paths.
 *
 * Reading = WordHost.read() (then the pure check). Writing = WordHost.apply() of the full skeleton plan
 * planSkeleton() makes for a document missing the 原因分析 section and two 聚焦 focus areas. Both are
 * measured on 100 and 10,000 paragraphs; the counts must not depend on the size.
 */
import { analyze, planSkeleton, type Profile } from '../src/core';
import { getBuiltinProfile } from '../src/profiles';
import { WordHost } from '../src/office/word-host';
import { FakeWordDocument, installFakeWord, type FakeParagraphInit } from '../test/fakes/fake-word';
import { corpus, generate, marker, type GenPara } from './generate';
import { fmtInt, fmtMs, log, table } from './lib';

export interface RoundTrip {
  syncs: number;
  loads: number;
  /** Every property path loaded, in order, as "Type:path". */
  paths: string[];
  ms: number;
}

export interface WordSizeResult {
  paragraphs: number;
  read: RoundTrip;
  apply: RoundTrip & { ops: number; inserted: number; renumbered: number; reportedSyncs: number };
  /** After applying: sections still missing / focus areas still missing (both must be 0). */
  after: { sectionsMissing: number; focusMissing: number };
}

export interface WordResult {
  sizes: WordSizeResult[];
  /** True when read and apply made the same syncs and loaded the same paths at every size. */
  sameAtAllSizes: boolean;
  readSyncs: number;
  applySyncs: number;
}

/**
 * The generated report with section 三 (原因分析) and the focus areas 2 and 4 taken out, numbers
 * re-typed so the rest reads as a consistent, shorter report — what a writer who forgot them hands in.
 */
export function incompleteDoc(n: number): GenPara[] {
  // Generate more than needed, take the parts out, then drop evenly spread body paragraphs to get exactly n.
  for (let m = Math.ceil(n * 1.6) + 40; ; m = Math.ceil(m * 1.3)) {
    const cut = withoutParts(m);
    if (cut.length < n) continue;
    const bodies = cut.map((p, i) => (p.kind === 'body' ? i : -1)).filter((i) => i >= 0);
    const extra = cut.length - n;
    if (extra > bodies.length) continue;
    const drop = new Set<number>();
    for (let k = 0; k < extra; k++) drop.add(bodies[Math.floor(((k + 0.5) * bodies.length) / extra)]);
    return cut.filter((_, i) => !drop.has(i));
  }
}

function withoutParts(n: number): GenPara[] {
  const c = corpus();
  const dropFocus = new Set([c.h2.problems[1], c.h2.problems[3]]);
  const out: GenPara[] = [];
  let h1 = 0;
  let skipSection = false;
  let skipBlock = false;
  let inProblems = false;
  let h2 = 0;
  for (const p of generate(n)) {
    if (p.kind === 'h1') {
      skipSection = p.number === 3;
      inProblems = p.number === 2;
      skipBlock = false;
      h2 = 0;
      if (skipSection) continue;
      out.push({ ...p, number: ++h1 });
      continue;
    }
    if (skipSection) continue;
    if (p.kind === 'h2') {
      skipBlock = inProblems && dropFocus.has(p.text);
      if (skipBlock) continue;
      out.push({ ...p, number: ++h2 });
      continue;
    }
    if (!skipBlock) out.push(p);
  }
  return out;
}

const HEADING_FONT = { name: '黑体', size: 16, bold: false };

function fakeParagraphs(paras: readonly GenPara[]): FakeParagraphInit[] {
  return paras.map((p): FakeParagraphInit => {
    const text = marker(p) + p.text;
    if (p.kind === 'title') return { text, styleBuiltIn: 'Title', alignment: 'Centered', font: { name: '方正小标宋简体', size: 22 } };
    if (p.kind === 'h1') return { text, styleBuiltIn: 'Heading1', font: HEADING_FONT };
    if (p.kind === 'h2') return { text, styleBuiltIn: 'Heading2', font: { name: '楷体_GB2312', size: 16 } };
    return { text };
  });
}

async function one(n: number, profile: Profile): Promise<WordSizeResult> {
  const doc = new FakeWordDocument(fakeParagraphs(incompleteDoc(n)));
  doc.apiVersion = '1.3';
  const fake = installFakeWord(doc);
  try {
    const host = new WordHost();
    const counted = async <T>(fn: () => Promise<T>): Promise<{ value: T; trip: RoundTrip }> => {
      doc.resetCounters();
      const t = performance.now();
      const value = await fn();
      const ms = performance.now() - t;
      return { value, trip: { syncs: doc.syncCount, loads: doc.loads.length, paths: doc.loads.flatMap((l) => l.paths.map((p) => `${l.type}:${p}`)), ms } };
    };
    const read = await counted(() => host.read());
    const model = read.value;
    // The pane checks, then plans from what is missing (the check's rules make no Word calls, so only the analysis is run here).
    const plan = planSkeleton(model, profile);
    const apply = await counted(() => host.apply(plan));
    const again = analyze(await host.read(), profile);
    return {
      paragraphs: model.paragraphs.length,
      read: read.trip,
      apply: {
        ...apply.trip,
        ops: plan.ops.length,
        inserted: apply.value.inserted.length,
        renumbered: apply.value.renumbered,
        reportedSyncs: apply.value.syncs,
      },
      after: {
        sectionsMissing: again.sections.filter((s) => s.required && s.status === 'missing').length,
        focusMissing: again.focusAreas.filter((f) => f.status === 'missing').length,
      },
    };
  } finally {
    fake.uninstall();
  }
}

export async function runWord(sizes: number[]): Promise<WordResult> {
  const profile = getBuiltinProfile('zuofeng-2022') as Profile;
  const out: WordSizeResult[] = [];
  for (const n of sizes) {
    const r = await one(n, profile);
    out.push(r);
    log(`  word ${fmtInt(r.paragraphs)} paragraphs: read ${r.read.syncs} sync(s), apply ${r.apply.syncs} sync(s), ${r.apply.inserted} ops inserted`);
  }
  const key = (t: RoundTrip) => `${t.syncs}|${t.paths.join(',')}`;
  const same = out.every((r) => key(r.read) === key(out[0].read) && key(r.apply) === key(out[0].apply));
  return { sizes: out, sameAtAllSizes: same, readSyncs: Math.max(...out.map((r) => r.read.syncs)), applySyncs: Math.max(...out.map((r) => r.apply.syncs)) };
}

export function wordTable(r: WordResult): string {
  return (
    table(
      ['paragraphs', 'read: syncs', 'read: loads (paths)', 'apply: syncs', 'apply: loads (paths)', 'plan ops / inserted / renumbered', 'missing after apply', 'fake time read / apply'],
      r.sizes.map((s) => [
        fmtInt(s.paragraphs),
        s.read.syncs,
        `${s.read.loads} (${s.read.paths.length})`,
        s.apply.syncs,
        `${s.apply.loads} (${s.apply.paths.length})`,
        `${s.apply.ops} / ${s.apply.inserted} / ${s.apply.renumbered}`,
        `${s.after.sectionsMissing} sections, ${s.after.focusMissing} focus areas`,
        `${fmtMs(s.read.ms)} / ${fmtMs(s.apply.ms)}`,
      ]),
    ) +
    `\n\nSame syncs and loaded paths at every size: ${r.sameAtAllSizes ? 'yes' : 'NO'}` +
    (r.sizes.length ? `\n\nRead loads: ${r.sizes[0].read.paths.join(', ')}\n\nApply loads: ${r.sizes[0].apply.paths.join(', ')}` : '')
  );
}
