/** Splitting one item's text into its title and its sub-points. Pure string work. */

/** Lead-ins before a sub-point list: taken off the sub-point (看 is kept: it is part of the wording). */
const LEAD = /^(?:重点|主要|着重|逐项)?(?:对照检查|对照检视|检视剖析|检视|查摆|检查|对照)/;
const LEAD_KAN = /^(?:重点|主要|着重)?看/;
const TRAIL = /[\s，,。．；;：:、]+$/;

export function trimItem(s: string): string {
  return s.replace(/^[\s，,。；;：:、]+/, '').replace(TRAIL, '');
}

/** "在理论学习方面" → "理论学习", "理论学习方面" → "理论学习"; anything else unchanged (trimmed). */
export function itemTitle(raw: string): string {
  let t = trimItem(raw).replace(/的?突出问题$/, '');
  const zai = /^在(.+?)方面$/.exec(t);
  if (zai) return zai[1];
  if (/.{2,}方面$/.test(t)) t = t.slice(0, -2);
  return t;
}

/** Sub-points in the text after an item's title: only when it opens with a lead-in (重点对照检查…, 看…). */
export function subPointsOf(rest: string): string[] {
  const r = trimItem(rest);
  if (!r) return [];
  // "（1）…（2）…" run in one sentence: each inline marker starts a sub-point.
  const parts = r.replace(/(?<=[^\s：:；;])(?=[（(]\s*\d{1,2}\s*[）)])/g, '；').split(/[；;。]/).map(trimItem).filter(Boolean);
  if (!parts.length) return [];
  const first = parts[0];
  if (!LEAD.test(first) && !LEAD_KAN.test(first)) return [];
  return parts.map(subPoint).filter(Boolean);
}

/** One sub-point's wording: the lead-in off (重点对照检查X → X; 重点看X → 看X), trailing punctuation off. */
/** An inline sub-point number: （1） (1) 1. 1、 ①. */
const INLINE_MARK = /^(?:[（(]\s*[\d一二三四五六七八九十]{1,2}\s*[）)]|\d{1,2}[.．、](?!\d)|[①-⑳])\s*/;

export function subPoint(s: string): string {
  const t = trimItem(trimItem(s).replace(INLINE_MARK, ''));
  if (LEAD_KAN.test(t)) return t.replace(/^(?:重点|主要|着重)看/, '看');
  return trimItem(trimItem(t.replace(LEAD, '')).replace(INLINE_MARK, ''));
}

/**
 * Splits an item's text into title and the rest: at the first 。；：, or at a comma that opens a
 * sub-point list ("，重点检视…", "，看…"). A comma inside the wording ("…规矩，维护…") stays.
 */
export function splitItem(text: string): { title: string; rest: string } {
  const t = text.trim();
  const m = /[。；;：:]|[，,](?=\s*(?:重点|主要|着重|看|对照检查|检视|查摆))/.exec(t);
  if (!m) return { title: t, rest: '' };
  return { title: t.slice(0, m.index), rest: t.slice(m.index + 1) };
}
