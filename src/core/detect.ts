/** Picks the built-in profile whose signals a document shows most strongly, and says why. */
import type { DocModel } from './model';
import type { Profile } from './profile';
import { compileMatcher, normalizeForMatch } from './text';

export interface Detection {
  profile: Profile;
  reason: string;
  scores: { id: string; score: number }[];
}

/** How much of the document the signals look at: the opening matters most, the rest is sampled. */
const SCAN_CHARS = 20000;
/** A specific profile must score at least this to beat the fallback. */
const MIN_SPECIFIC = 3;

export function detectProfile(doc: DocModel, profiles: readonly Profile[], fallbackId = 'generic'): Detection {
  let text = '';
  for (const p of doc.paragraphs) {
    if (text.length >= SCAN_CHARS) break;
    text += (p.listString ?? '') + p.text + '\n';
  }
  const norm = normalizeForMatch(text);
  const scores = profiles.map((p) => {
    let total = 0;
    const labels: string[] = [];
    for (const s of p.signals) {
      if (compileMatcher(s).test(norm)) {
        total += s.weight;
        labels.push(s.label);
      }
    }
    return { p, total, labels };
  });
  const fallback = profiles.find((p) => p.id === fallbackId) ?? profiles[profiles.length - 1];
  const specific = scores.filter((s) => s.p !== fallback && s.total >= MIN_SPECIFIC).sort((a, b) => b.total - a.total);
  const summary = scores.map((s) => ({ id: s.p.id, score: s.total }));
  if (specific.length) {
    const best = specific[0];
    return { profile: best.p, reason: `自动识别：检测到${best.labels.join('、')}（得分 ${best.total}），选用“${best.p.name}”`, scores: summary };
  }
  return { profile: fallback, reason: `自动识别：未检测到特定会议的标志，选用“${fallback.name}”`, scores: summary };
}
