/**
 * The editable list behind the 从通知生成 dialog: items the user may rename, merge, split, delete or add, with
 * their keywords; and the profile built from it. Pure (no React, no DOM).
 */
import { buildProfileFromNotice, keywordsFor, type NoticeReading } from '../../core/notice';
import type { Profile, ProfileInput } from '../../core/profile';
import { parseProfile } from '../../core/profile';
import { domainLexicon, getBuiltinProfile } from '../../profiles';

export interface EditItem {
  key: number;
  title: string;
  subPoints: string[];
  /** The keywords the user sees and may edit; null = derived from the wording. */
  keywords: string[] | null;
}

let nextKey = 1;
const item = (title: string, subPoints: string[] = []): EditItem => ({ key: nextKey++, title, subPoints, keywords: null });

export function itemsOf(reading: NoticeReading, list: number): EditItem[] {
  return (reading.lists[list]?.items ?? []).map((it) => item(it.title, [...it.subPoints]));
}

/** The keywords an item gets when the user has not edited them: its wording's content words and synonyms. */
export function derivedKeywords(it: Pick<EditItem, 'title' | 'subPoints'>): string[] {
  return [...new Set([it.title, ...it.subPoints].flatMap((w) => keywordsFor(w, domainLexicon).filter((k) => k.weight >= 2).map((k) => k.text as string)))].slice(0, 12);
}

export function rename(items: EditItem[], key: number, title: string): EditItem[] {
  return items.map((i) => (i.key === key ? { ...i, title } : i));
}
export function setSubPoints(items: EditItem[], key: number, text: string): EditItem[] {
  return items.map((i) => (i.key === key ? { ...i, subPoints: text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) } : i));
}
export function setKeywords(items: EditItem[], key: number, text: string): EditItem[] {
  return items.map((i) => (i.key === key ? { ...i, keywords: text.split(/[、，,；;\s]+/).map((s) => s.trim()).filter(Boolean) } : i));
}
export function remove(items: EditItem[], key: number): EditItem[] {
  return items.filter((i) => i.key !== key);
}
export function add(items: EditItem[], title: string): EditItem[] {
  return [...items, item(title)];
}
/** Merges an item into the one before it: titles joined with ；, sub-points (or the item itself) appended. */
export function mergeUp(items: EditItem[], key: number): EditItem[] {
  const k = items.findIndex((i) => i.key === key);
  if (k <= 0) return items;
  const prev = items[k - 1];
  const cur = items[k];
  const asSubs = (i: EditItem) => (i.subPoints.length ? i.subPoints : [i.title]);
  const merged: EditItem = { key: prev.key, title: `${prev.title}；${cur.title}`, subPoints: [...asSubs(prev), ...asSubs(cur)], keywords: prev.keywords || cur.keywords ? [...(prev.keywords ?? derivedKeywords(prev)), ...(cur.keywords ?? derivedKeywords(cur))] : null };
  return [...items.slice(0, k - 1), merged, ...items.slice(k + 1)];
}
/** Splits an item into one item per sub-point. */
export function split(items: EditItem[], key: number): EditItem[] {
  const k = items.findIndex((i) => i.key === key);
  if (k === -1 || items[k].subPoints.length < 2) return items;
  return [...items.slice(0, k), ...items[k].subPoints.map((s) => item(s)), ...items.slice(k + 1)];
}

/** Builds and validates the profile for the edited items (keywords the user typed replace the derived ones). */
export function profileFrom(reading: NoticeReading, list: number, items: EditItem[]): { profile: Profile; text: string } {
  const base = reading.lists[list];
  const edited: NoticeReading = {
    ...reading,
    lists: reading.lists.map((l, i) => (i === list ? { ...l, items: items.map((it) => ({ title: it.title.trim(), subPoints: it.subPoints, paragraph: base?.paragraph ?? 0 })) } : l)),
  };
  const built = buildProfileFromNotice(edited, { base: getBuiltinProfile('generic')!, lexicon: domainLexicon, list: list + 1 });
  const data = JSON.parse(JSON.stringify(built.data)) as ProfileInput;
  items.forEach((it, k) => {
    if (!it.keywords || !data.focusAreas?.[k]) return;
    const mine = it.keywords.map((text) => ({ text, weight: 2 }));
    const f = data.focusAreas[k];
    f.keywords = mine.length ? mine : f.keywords;
    for (const a of f.aspects) a.keywords = [...mine, ...a.keywords.filter((m) => !it.keywords!.includes(m.text as string))];
  });
  const text = JSON.stringify(data, null, 2);
  return { profile: parseProfile(data, data.id), text };
}
