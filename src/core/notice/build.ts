/**
 * Builds a profile from what the notice reader found: the sections of the base (generic) profile, one focus
 * area per item worded as in the notice, one aspect per sub-point (or the item itself), keywords drawn from
 * the wording with the domain lexicon, a skeleton paragraph per item and signals for auto-detection.
 * The result is validated by the profile schema (parseProfile).
 */
import { parseProfile, type Matcher, type Profile, type ProfileInput } from '../profile';
import { PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN } from '../plan';
import { contentWords, keywordsFor, type Lexicon } from './lexicon';
import type { NoticeItem, NoticeList, NoticeReading } from './types';

export interface BuildOptions {
  /** The profile whose sections the result takes (the built-in generic). */
  base: Profile;
  lexicon: Lexicon;
  /** Which list, 1-based (default 1). */
  list?: number;
  id?: string;
  name?: string;
  /** Where the notice came from (a file name), recorded in the profile's description. */
  sourceName?: string;
}

export interface BuiltProfile {
  profile: Profile;
  /** The profile as JSON data (what `-o profile.json` writes). */
  data: ProfileInput;
  list: NoticeList;
  /** Notes in zh-CN: the other lists, what could not be read. */
  notes: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A short stable hash (for a default id that is the same for the same items). */
function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/** The title an inserted （n） heading uses: "在X方面" unless the wording already reads as a heading. */
function headingTitle(title: string): string {
  if (/^(?:对照|看|比|在)/.test(title) || /方面$/.test(title)) return title;
  return `在${title}方面`;
}

/** The aspect's short title: the wording without a leading 看/是否/带头, at most 16 characters. */
function aspectTitle(wording: string): string {
  const t = wording.replace(/^(?:看|带头|着力)/, '').replace(/^是否/, '').replace(/的情况$/, '').replace(/情况$/, '');
  return (t || wording).slice(0, 16);
}

function ensureKeywords(ks: Matcher[], wording: string): Matcher[] {
  return ks.length ? ks : [{ text: wording.slice(0, 12), weight: 2 }];
}

/**
 * Focus-area keywords (what assigns a report's block to an item): the item's own content words weigh 3,
 * the lexicon's synonyms of them 1. A word several items share identifies none of them: an own word then
 * weighs 1 (dropped when more than half the items have it), a shared synonym is dropped.
 */
function areaKeywords(items: NoticeItem[], lex: Lexicon): Matcher[][] {
  const own = items.map((it) => new Set([it.title, ...it.subPoints].flatMap((w) => contentWords(w, lex).map((c) => c.word))));
  const syn = items.map((it, k) => {
    const m = new Set<string>();
    for (const w of [it.title, ...it.subPoints]) for (const kw of keywordsFor(w, lex)) if (!own[k].has(kw.text as string)) m.add(kw.text as string);
    return m;
  });
  const df = (sets: Set<string>[], w: string) => sets.filter((s) => s.has(w)).length;
  return items.map((it, k) => {
    const out: Matcher[] = [];
    for (const w of own[k]) {
      const n = df(own, w) + df(syn, w);
      if (n > 1 && n * 2 > items.length) continue;
      out.push({ text: w, weight: n > 1 ? 1 : 3 });
    }
    for (const w of syn[k]) if (df(own, w) + df(syn, w) === 1) out.push({ text: w, weight: 1 });
    return ensureKeywords(out, it.title);
  });
}

function signalsFor(list: NoticeList, lex: Lexicon): ProfileInput['signals'] {
  const out: NonNullable<ProfileInput['signals']> = [];
  if (list.framework && !/^[\d一二三四五六七八九十两]+个(?:重点)?方面$/.test(list.framework.name)) {
    out.push({ label: `“${list.framework.name}”`, text: list.framework.name, weight: 4 });
  }
  // Distinctive words of the items: each item's longest content word, when no other item has it.
  const seen = new Set<string>();
  for (const it of list.items) {
    const words = contentWords(it.title, lex).map((w) => w.word).sort((a, b) => b.length - a.length);
    const w = words.find((x) => x.length >= 3 && !seen.has(x));
    if (w) {
      seen.add(w);
      out.push({ label: `“${w}”`, text: w, weight: 1 });
    }
  }
  return out;
}

function focusAreaOf(item: NoticeItem, k: number, keywords: Matcher[], lex: Lexicon): NonNullable<ProfileInput['focusAreas']>[number] {
  const id = `f${k + 1}`;
  const aspects = item.subPoints.length
    ? item.subPoints.map((s, j) => ({ id: `${id}${LETTERS[j] ?? j}`, title: aspectTitle(s), requirement: s, keywords: ensureKeywords(keywordsFor(s, lex), s) }))
    : [{ id: `${id}a`, title: aspectTitle(item.title), requirement: item.title, keywords: ensureKeywords(keywordsFor(item.title, lex), item.title) }];
  return {
    id,
    title: item.title,
    headingTitle: headingTitle(item.title),
    requirement: item.subPoints.length ? `${item.title}：${item.subPoints.join('；')}` : item.title,
    keywords,
    aspects,
    skeleton: [`对照“${item.title}”的要求，${PLACEHOLDER_OPEN}结合自身实际写出在这一方面查摆出的具体问题，见人见事见思想${PLACEHOLDER_CLOSE}`],
  };
}

/** Builds (and validates) the profile for one list of a notice. Throws RangeError for a list number that is not there. */
export function buildProfileFromNotice(reading: NoticeReading, opts: BuildOptions): BuiltProfile {
  const n = opts.list ?? 1;
  if (!Number.isInteger(n) || n < 1 || n > reading.lists.length) throw new RangeError(`list ${n}`);
  const list = reading.lists[n - 1];
  const notes = [...reading.unread];
  const others = reading.lists.map((l, i) => ({ l, i })).filter(({ i }) => i !== n - 1);
  if (others.length) notes.push(`通知中还有 ${others.length} 个清单：${others.map(({ l, i }) => `第${i + 1}个（${l.for ?? '未说明对象'}，${l.items.length} 项）`).join('；')}。用 --list N 选用`);
  const base = opts.base;
  const sections = base.sections.map((s) => {
    const copy = JSON.parse(JSON.stringify(s)) as typeof s;
    if (s.id === 'prior' && reading.asks.prior) copy.required = true;
    if (s.id === 'study' && reading.asks.study) copy.required = true;
    return copy;
  });
  const keywords = areaKeywords(list.items, opts.lexicon);
  const frameworkName = list.framework?.name;
  const what = frameworkName ? `“${frameworkName}”` : `${list.items.length}个方面`;
  const id = opts.id ?? `notice-${hash(list.items.map((i) => i.title).join('|'))}`;
  const name = opts.name ?? `${reading.title ?? '据通知生成的配置'}（${list.for ?? ''}${list.for ? '，' : ''}${what}）`;
  const data: ProfileInput = {
    schemaVersion: 1,
    id,
    name,
    description: `由${opts.sourceName ? `通知 ${opts.sourceName}` : '会议通知'}生成：对照${what}查摆问题${list.for ? `（${list.for}）` : ''}。各项表述取自通知原文。`,
    signals: signalsFor(list, opts.lexicon),
    title: { recommended: true, skeleton: `${list.for === '领导班子' || list.for === '支部班子' ? list.for : '个人'}对照检查材料`, keywords: ['对照检查', '检视剖析'] },
    sections,
    focusAreas: list.items.map((it, k) => focusAreaOf(it, k, keywords[k], opts.lexicon)),
    focusFromDocument: false,
    documentFocusSkeleton: [],
    quality: JSON.parse(JSON.stringify(base.quality)) as Record<string, unknown>,
    verdict: { ...base.verdict },
    ...(base.layout ? { layout: JSON.parse(JSON.stringify(base.layout)) as ProfileInput['layout'] } : {}),
  };
  return { profile: parseProfile(data, `${id}（据通知生成）`), data, list, notes };
}
