/**
 * Realistic long 对照检查材料 for benchmarks, built from the seed's own sentences and structure:
 * title, preamble, 一、学习情况 / 二、…存在的问题 / 三、…原因分析 / 四、…改进措施, （一）… sub-headings,
 * "1." third-level headings, 聚焦 paragraphs in the problems section, and body paragraphs that mix
 * 2–5 seed sentences of the same section (numbers varied), so text is never lorem ipsum and rarely
 * repeats exactly. Deterministic for a given size.
 *
 * Heading numbers stay in range (at most 60 （N） per section, at most ~50 "N." per sub-section): a
 * longer document gets deeper, not wider, which is how long real reports grow.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { formatChineseNumber } from '../src/core/text';
import type { DocModel, Paragraph } from '../src/core/model';
import type { ParaSpec } from '../test/fixtures/docx-builder';

export const SEED_PATH = path.join(__dirname, '..', 'test', 'fixtures', 'text', 'seed.txt');

export type Kind = 'title' | 'preamble' | 'h1' | 'h2' | 'h3' | 'focus' | 'body';

/** One generated paragraph: its role, and its heading number and title (without the number) if a heading. */
export interface GenPara {
  kind: Kind;
  /** Heading number (1-based) for h1/h2/h3. */
  number?: number;
  /** Full paragraph text without any heading marker. */
  text: string;
}

type SectionId = 'study' | 'problems' | 'causes' | 'measures';

interface Corpus {
  title: string;
  preamble: string;
  /** Level-1 heading titles (without 一、). */
  h1: Record<SectionId, string>;
  /** Sentences of each section's body. */
  sentences: Record<SectionId, string[]>;
  /** Level-2 heading titles for each section. */
  h2: Record<SectionId, string[]>;
  /** Short phrases used as level-3 heading titles. */
  h3: string[];
  /** The 聚焦 statements ("聚焦……等问题。"), one per focus area in the seed. */
  focus: string[];
  /** Problem sentences that follow each 聚焦 statement (same order). */
  focusFollow: string[][];
}

const SENTENCE = /[^。；！？]+[。；！？]?/g;
const L1 = /^([一二三四五六七八九十]+)、(.*)$/;
const L2 = /^（([一二三四五六七八九十]+)）([^。]+)。(.*)$/;
const SERIES = /[一二三四五六七八九十][是要]要?([^。；，]{4,14})[，。；]/g;

function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length >= 6);
}

let cached: Corpus | null = null;

/** Splits the seed into the pools the generator draws from. */
export function corpus(seed?: string): Corpus {
  if (cached && seed === undefined) return cached;
  const seedText = seed ?? readFileSync(SEED_PATH, 'utf8');
  const lines = seedText.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
  const order: SectionId[] = ['study', 'problems', 'causes', 'measures'];
  const h1 = {} as Record<SectionId, string>;
  const bodies: Record<SectionId, string[]> = { study: [], problems: [], causes: [], measures: [] };
  let current: SectionId | null = null;
  let preamble = '';
  let sectionIndex = -1;
  for (const line of lines) {
    const m = L1.exec(line);
    if (m && line.length < 40) {
      sectionIndex++;
      current = order[sectionIndex] ?? null;
      if (current) h1[current] = m[2];
      continue;
    }
    if (!current) preamble += line;
    else bodies[current].push(line);
  }
  if (Object.keys(h1).length !== 4) throw new Error('seed: expected four 一、 sections');

  const focus: string[] = [];
  const focusFollow: string[][] = [];
  for (const p of bodies.problems) {
    const s = sentences(p);
    if (p.startsWith('聚焦') && s.length) {
      focus.push(s[0]);
      focusFollow.push(s.slice(1));
    }
  }
  const causeTitles: string[] = [];
  const causeBody: string[] = [];
  for (const p of bodies.causes) {
    const m = L2.exec(p);
    if (m) {
      causeTitles.push(m[2]);
      causeBody.push(...sentences(m[3]));
    } else causeBody.push(...sentences(p));
  }
  const series = (texts: string[]) => texts.flatMap((t) => [...t.matchAll(SERIES)].map((m) => m[1]));
  const measureTitles = bodies.measures.map((p) => sentences(p)[0].replace(/^[一二三四五六七八九十][是要]要?/, '').replace(/[。；]$/, ''));
  const all = [...bodies.study, ...bodies.causes, ...bodies.measures];
  const h3 = [...new Set([...series(all), ...causeTitles])].filter((t) => t.length >= 4 && t.length <= 16);
  const result: Corpus = {
    title: '关于作风建设专项行动的个人对照检查材料',
    preamble,
    h1,
    sentences: {
      study: bodies.study.flatMap(sentences),
      problems: focusFollow.flat(),
      causes: causeBody,
      measures: bodies.measures.flatMap((p) => sentences(p).slice(1)),
    },
    h2: {
      study: series(bodies.study),
      problems: focus.map((f) => (/^聚焦([^，]+)/.exec(f)?.[1] ?? f) + '方面'),
      causes: causeTitles,
      measures: measureTitles,
    },
    h3,
    focus,
    focusFollow,
  };
  if (seed === undefined) cached = result;
  return result;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates exactly `n` paragraphs (n ≥ 20). */
export function generate(n: number, seed = n): GenPara[] {
  if (n < 20) throw new Error('generate: at least 20 paragraphs');
  const c = corpus();
  const r = rng(seed * 2654435761);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  // Counts vary ("集中学习30余次" → 17…44); years and dates stay as written.
  const vary = (s: string) => s.replace(/(?<![\d年月])\d{1,3}(?![\d年月日])/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + r())))));
  const body = (pool: string[]): string => {
    const k = Math.min(between(2, 5), pool.length);
    const used = new Set<number>();
    let out = '';
    while (used.size < k) {
      const i = Math.floor(r() * pool.length);
      if (used.has(i)) continue;
      used.add(i);
      out += vary(pool[i]);
    }
    return out;
  };

  const out: GenPara[] = [
    { kind: 'title', text: c.title },
    { kind: 'preamble', text: c.preamble },
  ];
  const rest = n - out.length;
  const ids: SectionId[] = ['study', 'problems', 'causes', 'measures'];
  const share = [0.15, 0.45, 0.2, 0.2];
  const sizes = share.map((s) => Math.floor(rest * s));
  sizes[1] += rest - sizes.reduce((a, b) => a + b, 0);

  ids.forEach((id, si) => {
    const size = sizes[si]; // includes this section's own heading
    out.push({ kind: 'h1', number: si + 1, text: c.h1[id] });
    const inner = size - 1;
    let blocks = Math.min(60, Math.max(1, Math.ceil(inner / 40)));
    if (id === 'problems') blocks = Math.max(blocks, Math.min(c.focus.length, Math.floor(inner / 3)));
    blocks = Math.min(blocks, inner);
    for (let b = 0; b < blocks; b++) {
      const len = Math.floor(inner / blocks) + (b < inner % blocks ? 1 : 0); // paragraphs in this block, heading included
      let left = len;
      const focusIndex = b % c.focus.length;
      if (id === 'problems') {
        out.push({ kind: 'h2', number: b + 1, text: c.h2.problems[focusIndex] });
      } else {
        out.push({ kind: 'h2', number: b + 1, text: pick(c.h2[id]) });
      }
      left--;
      if (left > 0 && id === 'problems') {
        // The block opens with the 聚焦 statement and the seed's own finding for it.
        out.push({ kind: 'focus', text: c.focus[focusIndex] + vary(pick(c.focusFollow[focusIndex])) + vary(pick(c.focusFollow[focusIndex])) });
        left--;
      }
      const useH3 = left >= 12;
      let h3 = 0;
      let untilH3 = 0;
      while (left > 0) {
        if (useH3 && untilH3 === 0 && left >= 3) {
          out.push({ kind: 'h3', number: ++h3, text: pick(c.h3) });
          untilH3 = between(5, 9);
        } else {
          const pool = id === 'problems' && r() < 0.5 ? c.focusFollow[focusIndex] : c.sentences[id];
          out.push({ kind: 'body', text: body(pool) });
          if (untilH3 > 0) untilH3--;
        }
        left--;
      }
    }
  });
  if (out.length !== n) throw new Error(`generate: made ${out.length} paragraphs, wanted ${n}`);
  return out;
}

export function marker(p: GenPara): string {
  if (p.kind === 'h1') return `${formatChineseNumber(p.number!)}、`;
  if (p.kind === 'h2') return `（${formatChineseNumber(p.number!)}）`;
  if (p.kind === 'h3') return `${p.number}.`;
  return '';
}

/**
 * The model a reader gives for this document as typed in Word with heading styles: numbers typed
 * in the text, 一、 headings in Heading 1, （一） in Heading 2, "1." in body style.
 */
export function toModel(paras: readonly GenPara[]): DocModel {
  return {
    paragraphs: paras.map((p): Paragraph => {
      if (p.kind === 'title') return { text: p.text, style: 'Title' };
      if (p.kind === 'h1') return { text: marker(p) + p.text, style: 'Heading1', outlineLevel: 1 };
      if (p.kind === 'h2') return { text: marker(p) + p.text, style: 'Heading2', outlineLevel: 2 };
      if (p.kind === 'h3') return { text: marker(p) + p.text, style: 'Normal' };
      return { text: p.text, style: 'Normal' };
    }),
  };
}

/**
 * The same document as a Word user builds it: auto-numbered 一、/（一） headings (Heading 1/2 with the
 * builder's Chinese multilevel list, numId 1), typed "1." sub-headings, body paragraphs in the
 * indented body style, a centred title.
 */
export function toParaSpecs(paras: readonly GenPara[]): ParaSpec[] {
  return paras.map((p): ParaSpec => {
    if (p.kind === 'title') return { text: p.text, style: 'Title' };
    if (p.kind === 'h1') return { text: p.text, style: 'Heading1', numId: 1, ilvl: 0 };
    if (p.kind === 'h2') return { text: p.text, style: 'Heading2', numId: 1, ilvl: 1 };
    if (p.kind === 'h3') return { text: marker(p) + p.text };
    return { text: p.text, style: 'BodyIndent' };
  });
}

/** Plain lines (typed numbers), for the fake Word and .txt. */
export function toLines(paras: readonly GenPara[]): string[] {
  return paras.map((p) => marker(p) + p.text);
}
