/** The benchmark inputs must be what they claim: exact sizes, the seed's own text, the report's structure. */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { analyze, displayText } from '../../src/core';
import { readDocx } from '../../src/docx';
import { strFromU8, unzipSync } from 'fflate';
import { buildDocx } from '../fixtures/docx-builder';
import { corpus, generate, rng, SEED_PATH, toLines, toModel, toParaSpecs } from '../../bench/generate';
import { incompleteDoc } from '../../bench/word';
import { paired } from '../../bench/engine';
import { firstLoadScripts } from '../../bench/pane';
import { evaluate, type Budget } from '../../bench/run';
import { zuofeng } from '../helpers/docs';

describe('bench document generator', () => {
  it('makes exactly n paragraphs, the same ones every time', () => {
    for (const n of [20, 100, 333, 1000, 5000]) expect(generate(n)).toHaveLength(n);
    expect(toLines(generate(500))).toEqual(toLines(generate(500)));
    expect(toLines(generate(500, 1))).not.toEqual(toLines(generate(500, 2)));
  });

  it('rejects sizes too small to hold the structure', () => {
    expect(() => generate(10)).toThrow(/at least 20/);
  });

  it('builds every body sentence from a seed sentence (only counts varied)', () => {
    const digitless = (s: string) => s.replace(/\d+/g, '#');
    const seed = digitless(readFileSync(SEED_PATH, 'utf8'));
    const paras = generate(400);
    const bodies = paras.filter((p) => p.kind === 'body' || p.kind === 'focus');
    expect(bodies.length).toBeGreaterThan(300);
    for (const p of bodies) {
      for (const sentence of p.text.match(/[^。；！？]+[。；！？]?/g) ?? []) expect(seed).toContain(digitless(sentence));
    }
    // Years are kept as written; counts vary.
    const all = paras.map((p) => p.text).join('');
    expect(all).not.toMatch(/(?<!\d)(?!2022)\d{4}年/);
    expect(new Set(all.match(/集中学习\d+余次/g)).size).toBeGreaterThan(3);
  });

  it('has the report structure the engine recognises, with realistic heading density', () => {
    const paras = generate(2000);
    const doc = toModel(paras);
    const a = analyze(doc, zuofeng());
    expect(a.sections.filter((s) => s.required).map((s) => s.status)).toEqual(['present', 'present', 'present', 'present', 'present']);
    expect(a.focusAreas.every((f) => f.status !== 'missing')).toBe(true);
    const generated = paras.filter((p) => p.kind === 'h1' || p.kind === 'h2' || p.kind === 'h3').length;
    expect(a.headings).toHaveLength(generated);
    expect(generated / paras.length).toBeGreaterThan(0.08);
    expect(generated / paras.length).toBeLessThan(0.25);
    // Numbers stay within what a report uses (（六十） at most, "1." below 100).
    expect(Math.max(...paras.filter((p) => p.kind === 'h2').map((p) => p.number!))).toBeLessThanOrEqual(60);
    expect(Math.max(...paras.filter((p) => p.kind === 'h3').map((p) => p.number!))).toBeLessThan(100);
  });

  it('reads back from .docx as the same text, with auto-numbered headings', () => {
    const paras = generate(200);
    const doc = readDocx(buildDocx({ body: toParaSpecs(paras), numbering: true }));
    expect(doc.paragraphs.map(displayText)).toEqual(toLines(paras));
    expect(doc.paragraphs.filter((p) => p.listString).length).toBe(paras.filter((p) => p.kind === 'h1' || p.kind === 'h2').length);
  });

  it("reads back the same from Word's own markup (rsids, formatting, text split into runs) as from one run per paragraph", () => {
    const paras = generate(300);
    const minimal = buildDocx({ body: toParaSpecs(paras), numbering: true });
    const word = buildDocx({ body: toParaSpecs(paras), numbering: true, markup: 'word' });
    const xml = (b: Uint8Array) => unzipSync(b)['word/document.xml'];
    // The Word-like part really is heavier: more runs than paragraphs, formatting on every run.
    expect(xml(word).length).toBeGreaterThan(2 * xml(minimal).length);
    const runs = (b: Uint8Array) => (strFromU8(xml(b)).match(/<w:r[ >]/g) ?? []).length;
    expect(runs(word)).toBeGreaterThan(1.5 * runs(minimal));
    expect(readDocx(word).paragraphs).toEqual(readDocx(minimal).paragraphs);
  });

  it('corpus takes its pools from the seed', () => {
    const c = corpus();
    expect(Object.keys(c.h1)).toEqual(['study', 'problems', 'causes', 'measures']);
    expect(c.focus).toHaveLength(5);
    expect(c.focus.every((f) => f.startsWith('聚焦'))).toBe(true);
    expect(c.h2.causes).toContain('政治素养标准不高');
  });

  it('rng is deterministic and in [0, 1)', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('incomplete document for the Word round trips', () => {
  it('has exactly n paragraphs, no 原因分析 section and two focus areas missing', () => {
    for (const n of [100, 1500]) {
      const paras = incompleteDoc(n);
      expect(paras).toHaveLength(n);
      const a = analyze(toModel(paras), zuofeng());
      expect(a.sections.find((s) => s.id === 'causes')?.status).toBe('missing');
      expect(a.focusAreas.filter((f) => f.status === 'missing')).toHaveLength(2);
      // Level-1 numbers re-typed consecutively.
      expect(paras.filter((p) => p.kind === 'h1').map((p) => p.number)).toEqual([1, 2, 3]);
    }
  });
});

describe('bench helpers', () => {
  it('takes the pane scripts from taskpane.html, not office.js from the CDN', () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer="defer" src="taskpane.1234.js"></script>' +
      "<script src='./vendor.js?v=1'></script><script>inline()</script><script src=//cdn.example/x.js></script>";
    expect(firstLoadScripts(html)).toEqual(['taskpane.1234.js', 'vendor.js']);
  });

  it('evaluates budgets: pass, fail, not measured, parts not run', () => {
    const budgets: Budget[] = [
      { id: 'a', metric: 'engine.x', max: 12, unit: '×', reason: '' },
      { id: 'b', metric: 'engine.y', lt: 300, unit: 'MB', reason: '' },
      { id: 'c', metric: 'word.same', equals: true, unit: '', reason: '' },
      { id: 'd', metric: 'pane.kb', max: 160, unit: 'KB', reason: '' },
      { id: 'e', metric: 'memory.mb', lt: 300, unit: 'MB', reason: '' },
    ];
    const outcomes = evaluate(budgets, { 'engine.x': 12, 'engine.y': 300, 'word.same': false, 'pane.kb': NaN }, (m) => !m.startsWith('memory'));
    expect(outcomes.map((o) => [o.id, o.status])).toEqual([
      ['a', 'pass'],
      ['b', 'FAIL'],
      ['c', 'FAIL'],
      ['d', 'not measured'],
    ]);
  });
});

describe('npm run bench -- --check', () => {
  const run = (metrics: Record<string, number | boolean>) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-bench-'));
    const file = path.join(dir, 'results.json');
    const word = { sizes: [], sameAtAllSizes: metrics['word.sameAtAllSizes'], readSyncs: metrics['word.readSyncs'], applySyncs: metrics['word.applySyncs'] };
    writeFileSync(file, JSON.stringify({ generatedAt: 'x', command: 'x', quick: false, machine: {}, secondsPerPart: {}, totalSeconds: 0, metrics, budgets: [], word }));
    const root = path.join(__dirname, '..', '..');
    return spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'bench', 'run.ts'), `--report=${file}`, '--check'], { encoding: 'utf8', cwd: root });
  };

  it('exits 0 when the stored run meets the budgets and 1 when one is broken', () => {
    const word = { 'word.readCleanups10k': 0, 'word.idlePolls5min10k': 13, 'word.idleVsFixedPolling': 0.065 };
    const ok = run({ 'word.readSyncs': 1, 'word.applySyncs': 2, 'word.sameAtAllSizes': true, ...word });
    expect(ok.stdout).toMatch(/word-apply-syncs .*\| pass/);
    expect(ok.status).toBe(0);
    const broken = run({ 'word.readSyncs': 1, 'word.applySyncs': 3, 'word.sameAtAllSizes': true, ...word });
    expect(broken.stdout).toMatch(/word-apply-syncs .*FAIL/);
    expect(broken.status).toBe(1);
  }, 60_000);
});

describe('paired rule timing (bench/engine.ts)', () => {
  // Busy work proportional to `units`: what a rule's cost would be.
  const work = (units: number) => {
    let x = 0;
    for (let i = 0; i < units; i++) x = (x * 31 + i) | 0;
    return x;
  };

  it('tells a linear cost (about 5× for a 5× step) from a quadratic one (about 25×)', () => {
    const linear = paired((side) => work(side === 0 ? 2_000_000 : 10_000_000), 5, { pairs: 5, capMs: 20_000 });
    const quadratic = paired((side) => work(side === 0 ? 400_000 : 10_000_000), 5, { pairs: 5, capMs: 20_000 });
    expect(linear.ratio).toBeGreaterThan(3);
    expect(linear.ratio).toBeLessThan(8);
    expect(quadratic.ratio).toBeGreaterThan(15);
    // ms is per run: the small side's five repetitions are divided back out.
    expect(linear.ms[1] / linear.ms[0]).toBeGreaterThan(3);
    expect(linear.pairs).toBe(5);
  });
});
