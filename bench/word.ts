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
import { WordHost, POLL_MS } from '../src/office/word-host';
import { FakeWordDocument, installFakeWord, type FakeParagraphInit } from '../test/fakes/fake-word';
import { corpus, generate, marker, type GenPara } from './generate';
import { fmtInt, fmtMs, log, table } from './lib';

export interface RoundTrip {
  syncs: number;
  /** Clean-up requests `Word.run` sent after its batch (each a round trip), and the proxies they released. */
  cleanups: number;
  cleanupObjects: number;
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

/** The WordApi 1.3 change detector left idle for five minutes (virtual time) on a large document. */
export interface IdlePollerResult {
  paragraphs: number;
  minutes: number;
  polls: number;
  /** Characters of body text the polls transferred. */
  chars: number;
  /** What a fixed 1.5 s poll (the detector before issue 18) would have cost. */
  fixedPolls: number;
  fixedChars: number;
}

export interface WordResult {
  sizes: WordSizeResult[];
  idle?: IdlePollerResult;
  /** Clean-up round trips of read() at the largest size (must be 0: no per-paragraph proxy is created). */
  readCleanups: number;
  /** Idle poller traffic as a share of fixed 1.5 s polling. */
  idleVsFixed: number | null;
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
    // The generator also uses the seed's cause titles as 1. sub-headings; with the causes section cut, such a
    // sub-heading followed by cause-like text would rightly read as a causes section whose heading is missing.
    if (p.kind === 'h3' && c.h2.causes.includes(p.text)) continue;
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
      return {
        value,
        trip: { syncs: doc.syncCount, cleanups: doc.cleanups, cleanupObjects: doc.cleanupObjects, loads: doc.loads.length, paths: doc.loads.flatMap((l) => l.paths.map((p) => `${l.type}:${p}`)), ms },
      };
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

const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

/** Runs the 1.3 change detector for `minutes` of virtual time with no edit, counting its reads. */
export async function idlePoller(n: number, minutes = 5): Promise<IdlePollerResult> {
  const doc = new FakeWordDocument(fakeParagraphs(incompleteDoc(n)));
  doc.apiVersion = '1.3';
  const fake = installFakeWord(doc);
  const g = globalThis as unknown as { setTimeout: unknown; clearTimeout: unknown };
  const real = { setTimeout: g.setTimeout, clearTimeout: g.clearTimeout };
  let now = 0;
  let nextId = 1;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  g.setTimeout = (fn: () => void, ms?: number) => {
    timers.push({ at: now + (ms ?? 0), fn, id: nextId });
    return nextId++;
  };
  g.clearTimeout = (id: number) => {
    const i = timers.findIndex((t) => t.id === id);
    if (i >= 0) timers.splice(i, 1);
  };
  try {
    doc.resetCounters();
    const stop = new WordHost().watch(() => undefined);
    const end = minutes * 60_000;
    for (;;) {
      await flush();
      timers.sort((a, b) => a.at - b.at);
      const t = timers.shift();
      if (!t || t.at > end) break;
      now = t.at;
      t.fn();
    }
    await flush();
    stop();
    const polls = doc.syncCount;
    const perPoll = polls ? doc.charsTransferred / polls : 0;
    const fixedPolls = Math.floor(end / POLL_MS) + 1;
    return { paragraphs: doc.paragraphs.length, minutes, polls, chars: doc.charsTransferred, fixedPolls, fixedChars: Math.round(fixedPolls * perPoll) };
  } finally {
    g.setTimeout = real.setTimeout;
    g.clearTimeout = real.clearTimeout;
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
  const idle = await idlePoller(Math.max(...sizes));
  log(`  word idle change detector, ${fmtInt(idle.paragraphs)} paragraphs, ${idle.minutes} min: ${idle.polls} polls (fixed 1.5 s: ${idle.fixedPolls})`);
  return {
    sizes: out,
    idle,
    sameAtAllSizes: same,
    readSyncs: Math.max(...out.map((r) => r.read.syncs)),
    applySyncs: Math.max(...out.map((r) => r.apply.syncs)),
    readCleanups: out[out.length - 1].read.cleanups,
    idleVsFixed: idle.fixedChars ? idle.chars / idle.fixedChars : null,
  };
}

export function wordTable(r: WordResult): string {
  return (
    table(
      ['paragraphs', 'read: syncs', 'read: clean-up trips (proxies)', 'read: loads (paths)', 'apply: syncs', 'apply: clean-up trips (proxies)', 'apply: loads (paths)', 'plan ops / inserted / renumbered', 'missing after apply', 'fake time read / apply'],
      r.sizes.map((s) => [
        fmtInt(s.paragraphs),
        s.read.syncs,
        `${s.read.cleanups} (${s.read.cleanupObjects})`,
        `${s.read.loads} (${s.read.paths.length})`,
        s.apply.syncs,
        `${s.apply.cleanups} (${s.apply.cleanupObjects})`,
        `${s.apply.loads} (${s.apply.paths.length})`,
        `${s.apply.ops} / ${s.apply.inserted} / ${s.apply.renumbered}`,
        `${s.after.sectionsMissing} sections, ${s.after.focusMissing} focus areas`,
        `${fmtMs(s.read.ms)} / ${fmtMs(s.apply.ms)}`,
      ]),
    ) +
    `\n\nSame syncs and loaded paths at every size: ${r.sameAtAllSizes ? 'yes' : 'NO'}` +
    (r.idle
      ? `\n\nIdle WordApi 1.3 change detector, ${fmtInt(r.idle.paragraphs)} paragraphs, ${r.idle.minutes} minutes without an edit: ${r.idle.polls} polls, ${fmtInt(r.idle.chars)} characters read` +
        ` (a fixed 1.5 s poll: ${r.idle.fixedPolls} polls, ${fmtInt(r.idle.fixedChars)} characters; ${r.idleVsFixed === null ? '—' : `${(r.idleVsFixed * 100).toFixed(1)} %`}).`
      : '') +
    (r.sizes.length ? `\n\nRead loads: ${r.sizes[0].read.paths.join(', ')}\n\nApply loads: ${r.sizes[0].apply.paths.join(', ')}` : '')
  );
}
