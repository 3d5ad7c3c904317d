/**
 * Picks the profile whose signals a document shows most strongly, and says why: the profile's own signals
 * (the framework named in the opening, its distinctive wording), plus its focus areas' wording found in the
 * document's headings. The fallback (generic) is chosen when no specific profile scores enough.
 */
import type { DocModel } from './model';
import type { Profile } from './profile';
import { recogniseHeadings } from './outline';
import { compileMatcher, normalizeForMatch } from './text';

export interface Detection {
  profile: Profile;
  reason: string;
  scores: { id: string; score: number }[];
}

/** How much of the document the signals look at: the opening matters most, the rest is sampled. */
const SCAN_CHARS = 20000;
/** A specific profile must score at least this to beat the fallback… */
const MIN_SPECIFIC = 3;
/** …and one more when none of its evidence is strong (a signal of this weight, or its items in the headings). */
const STRONG_SIGNAL = 3;
/** Focus-area titles shorter than this are too common to identify a framework from a heading. */
const MIN_TITLE_CHARS = 6;

/** Normalised focus-area titles without a leading 在/带头 (headings write "在带头…方面" or "带头…方面"). */
function titleCores(p: Profile): string[] {
  return p.focusAreas.map((f) => normalizeForMatch(f.title).replace(/^在/, '').replace(/^带头/, '')).filter((t) => t.length >= 2);
}

/**
 * How many of a profile's focus-area titles the document's headings carry. A long title (six characters or
 * more) counts 1 on its own; short ones ("理论学习") only when most of the titles are there, which adds 2.
 */
function headingScore(p: Profile, headings: readonly string[]): { score: number; found: number } {
  const cores = titleCores(p);
  if (!cores.length) return { score: 0, found: 0 };
  const hit = cores.filter((c) => headings.some((h) => h.includes(c)));
  const long = hit.filter((c) => c.length >= MIN_TITLE_CHARS).length;
  if (hit.length * 2 > cores.length) return { score: 2 + hit.length, found: hit.length };
  return { score: long, found: long };
}

export function detectProfile(doc: DocModel, profiles: readonly Profile[], fallbackId = 'generic'): Detection {
  let text = '';
  let paragraphs = 0;
  for (const p of doc.paragraphs) {
    if (text.length >= SCAN_CHARS) break;
    text += (p.listString ?? '') + p.text + '\n';
    paragraphs++;
  }
  const norm = normalizeForMatch(text);
  const headings = recogniseHeadings({ paragraphs: doc.paragraphs.slice(0, paragraphs) }).map((h) => normalizeForMatch(h.title));
  const scores = profiles.map((p) => {
    let total = 0;
    let strong = false;
    const labels: string[] = [];
    for (const s of p.signals) {
      if (compileMatcher(s).test(norm)) {
        total += s.weight;
        strong ||= s.weight >= STRONG_SIGNAL;
        labels.push(s.label);
      }
    }
    const hs = headingScore(p, headings);
    if (hs.found) {
      total += hs.score;
      strong ||= hs.found >= 2;
      labels.push(`标题中有 ${hs.found} 项框架表述`);
    }
    return { p, total, labels, strong };
  });
  const fallback = profiles.find((p) => p.id === fallbackId) ?? profiles[profiles.length - 1];
  const specific = scores.filter((s) => s.p !== fallback && s.total >= MIN_SPECIFIC + (s.strong ? 0 : 1)).sort((a, b) => b.total - a.total);
  const summary = scores.map((s) => ({ id: s.p.id, score: s.total }));
  if (specific.length) {
    const best = specific[0];
    return { profile: best.p, reason: `自动识别：识别为“${best.p.name}”（依据：${best.labels.slice(0, 3).join('、')}${best.labels.length > 3 ? '等' : ''}；得分 ${best.total}）`, scores: summary };
  }
  return { profile: fallback, reason: `自动识别：未检测到特定会议的标志，选用“${fallback.name}”`, scores: summary };
}
