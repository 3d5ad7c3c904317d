/**
 * Completeness of fixed enumerations beyond the packs' plain sequences, from the same data (the `sequence` entries
 * of the terms/formulation packs), so nothing here names a formulation:
 * - a list introduced by its name — “四个自信”，即…; “四风”（…）; 三个务必：… — with fewer members than the name
 *   counts (the name is the count and the members' shared part: 四个 + 自信, or any quoted name starting with the count);
 * - the shared-ending form (道路、理论、制度、文化自信; 政治、大局、核心、看齐意识) with a member missing or out of order.
 * A member mentioned alone (增强道路自信) or a list not introduced by the name is a legitimate partial mention. Pure.
 */
import { report, type Finding, type Rule, type RuleContext } from '../findings';
import { escapeRegex, normalizeText, packsFor, type PackEntry } from '../packs';
import { notContent } from './text-logical';

const NUMERALS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const SEP = '(?:、|，|和|与|及|以及)';

interface Compiled {
  entry: PackEntry;
  items: string[];
  /** The members' shared ending / beginning (at least two characters), '' when none. */
  suffix: string;
  prefix: string;
  /** Any member as written in full, or by its own part in a shared-ending list. */
  member: RegExp;
  /** A name introducing the list: 四个自信, “四风”, 三个务必 (followed by a colon, a bracket, 即 …). */
  named: RegExp;
  /** The shared-ending form: stem、stem、stem + suffix. */
  shared: RegExp | null;
  /** Literals one of which a named list must contain (the derived names, a quote before the count). */
  nameKeys: string[];
}

function commonSuffix(xs: readonly string[]): string {
  let s = xs[0];
  for (const x of xs) while (s && !x.endsWith(s)) s = s.slice(1);
  return s;
}

function commonPrefix(xs: readonly string[]): string {
  let s = xs[0];
  for (const x of xs) while (s && !x.startsWith(s)) s = s.slice(0, -1);
  return s;
}

const compiledCache = new WeakMap<PackEntry, Compiled | null>();

function compile(entry: PackEntry): Compiled | null {
  if (compiledCache.has(entry)) return compiledCache.get(entry) ?? null;
  let out: Compiled | null = null;
  const items = (entry.sequence ?? []).map(normalizeText);
  if (items.length >= 2 && items.length < NUMERALS.length) {
    const sfx = commonSuffix(items);
    const pfx = commonPrefix(items);
    const suffix = sfx.length >= 2 && items.every((x) => x.length > sfx.length) ? sfx : '';
    const prefix = pfx.length >= 2 && items.every((x) => x.length > pfx.length) ? pfx : '';
    const num = NUMERALS[items.length];
    const names = [suffix, prefix].filter(Boolean).flatMap((a) => [`${num}个${a}`, `${num}项${a}`]);
    // A quoted name starting with the count ("四风") or the derived name, then what introduces a list.
    const nameAlt = [`"${num}[^"，。；]{0,4}"`, ...names.map((n) => `"?${escapeRegex(n)}"?`)].join('|');
    const named = new RegExp(`(?:${nameAlt})(?:的要求|要求)?\\s*(?:[：:（(]\\s*(?:即|就是|包括)?|[，,]\\s*(?:即|就是|也就是|包括)|即|就是)\\s*`, 'gu');
    const byLength = [...items].sort((a, b) => b.length - a.length).map(escapeRegex);
    const stems = suffix ? items.map((x) => x.slice(0, x.length - suffix.length)) : [];
    const stemAlt = [...stems].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
    const member = new RegExp(byLength.join('|'), 'gu');
    const shared = suffix ? new RegExp(`(?:${stemAlt})(?:${SEP}(?:${stemAlt}))+${escapeRegex(suffix)}`, 'gu') : null;
    out = { entry, items, suffix, prefix, member, named, shared, nameKeys: [...names, `"${num}`] };
  }
  compiledCache.set(entry, out);
  return out;
}

/** The members (indexes into items) of a run of full items starting at `at`: item sep item sep … */
function runAt(c: Compiled, norm: string, at: number): { members: number[]; end: number } {
  const members: number[] = [];
  let pos = at;
  for (;;) {
    c.member.lastIndex = pos;
    const m = c.member.exec(norm);
    if (!m || m.index !== pos) break;
    members.push(c.items.indexOf(m[0]));
    pos = m.index + m[0].length;
    const sep = new RegExp(`^${SEP}`, 'u').exec(norm.slice(pos));
    if (!sep) break;
    const next = pos + sep[0].length;
    c.member.lastIndex = next;
    const n = c.member.exec(norm);
    if (!n || n.index !== next) break;
    pos = next;
  }
  return { members, end: members.length ? pos : at };
}

/** The members of a shared-ending list "道路、理论、文化自信" (its stems, in order). */
function sharedMembers(c: Compiled, text: string): number[] {
  const stems = c.items.map((x) => x.slice(0, x.length - c.suffix.length));
  return text
    .slice(0, text.length - c.suffix.length)
    .split(new RegExp(SEP, 'u'))
    .map((s) => stems.indexOf(s));
}

type Problem = { start: number; length: number; problem: 'missing' | 'order'; missing: string };

function judge(c: Compiled, members: number[], start: number, end: number, named: boolean): Problem | null {
  if (members.some((k) => k < 0) || new Set(members).size !== members.length) return null;
  const increasing = members.every((v, i) => i === 0 || v > members[i - 1]);
  if (!increasing && members.length >= 2) return { start, length: end - start, problem: 'order', missing: '' };
  // A named list must be whole; an unnamed shared-ending list is judged like a plain sequence (one member short of four or more).
  // (A two-item formulation named with one item after 即 / ：is short too.)
  const short = named ? (members.length >= 2 || c.items.length === 2) && members.length >= 1 && members.length < c.items.length : c.items.length >= 4 && members.length === c.items.length - 1;
  if (!short) return null;
  const missing = (c.entry.sequence ?? []).filter((_, k) => !members.includes(k)).join('、');
  return { start, length: end - start, problem: 'missing', missing };
}

function problemsIn(c: Compiled, norm: string): Problem[] {
  const out: Problem[] = [];
  c.named.lastIndex = 0;
  const named = c.nameKeys.some((k) => norm.includes(k));
  for (let m = named ? c.named.exec(norm) : null; m; m = c.named.exec(norm)) {
    const at = m.index + m[0].length;
    const run = runAt(c, norm, at);
    let members = run.members;
    let end = run.end;
    if (c.shared) {
      c.shared.lastIndex = at;
      const s = c.shared.exec(norm);
      if (s && s.index === at && s[0].length > end - at) {
        members = sharedMembers(c, s[0]);
        end = at + s[0].length;
      }
    }
    const p = judge(c, members, m.index, end, true);
    if (p) out.push(p);
  }
  if (c.shared && norm.includes(c.suffix)) {
    c.shared.lastIndex = 0;
    for (let s = c.shared.exec(norm); s; s = c.shared.exec(norm)) {
      if (out.some((p) => p.start < s.index + s[0].length && s.index < p.start + p.length)) continue;
      const p = judge(c, sharedMembers(c, s[0]), s.index, s.index + s[0].length, false);
      if (p) out.push(p);
    }
  }
  return out;
}

const keyCache = new Map<string, RegExp>();
/** One regex for all the literals a paragraph must hold for any enumeration to be judged there (one pass per paragraph). */
function anyKey(keys: readonly string[]): RegExp {
  const src = [...new Set(keys)].map(escapeRegex).join('|');
  let re = keyCache.get(src);
  if (!re) keyCache.set(src, (re = new RegExp(src, 'u')));
  return re;
}

/** Findings for incomplete or reordered enumerations that the plain sequence matching does not see. */
export function enumerationFindings(rule: Pick<Rule, 'id' | 'messages'>, ctx: RuleContext, already: readonly Finding[]): Finding[] {
  const compiled = packsFor('terms/formulation', ctx.packs)
    .flatMap((p) => p.entries)
    .map(compile)
    .filter((c): c is Compiled => c !== null);
  if (compiled.length === 0) return [];
  const out: Finding[] = [];
  const skip = notContent(ctx);
  const keysOf = (c: Compiled) => (c.suffix ? [c.suffix] : c.prefix ? [c.prefix] : c.items);
  const any = anyKey(compiled.flatMap(keysOf));
  ctx.doc.paragraphs.forEach((p, i) => {
    if (!p.text.trim()) return;
    const norm = normalizeText(p.text);
    if (!any.test(norm) || skip(i)) return;
    for (const c of compiled) {
      if (!keysOf(c).some((k) => norm.includes(k))) continue;
      for (const pr of problemsIn(c, norm)) {
        const overlaps = (f: Finding) => f.paragraph === i && f.start !== undefined && f.length !== undefined && f.start < pr.start + pr.length && pr.start < f.start + f.length;
        if (already.some(overlaps) || out.some(overlaps)) continue;
        if ((ctx.allow ?? []).some((w) => w && p.text.slice(pr.start, pr.start + pr.length).includes(w))) continue;
        const found = p.text.slice(pr.start, pr.start + pr.length);
        out.push(report(rule, pr.problem, c.entry.severity, i, { found, expected: c.entry.expected, missing: pr.missing, note: c.entry.note, noteEn: c.entry.noteEn ?? '' }, { start: pr.start, length: pr.length }));
      }
    }
  });
  return out;
}
