/**
 * Completeness of fixed enumerations beyond the packs' plain sequences, from the same data (the `sequence` entries
 * of the terms/formulation packs), so nothing here names a formulation:
 * - a list introduced by its name — “四个自信”，即…; “四风”（…）; 三个务必：… — with fewer members than the name
 *   counts (the name is the count and the members' shared part: 四个 + 自信, or any quoted name starting with the count);
 * - the shared-ending form (道路、理论、制度、文化自信; 政治、大局、核心、看齐意识) with a member missing or out of order.
 * A member mentioned alone (增强道路自信) or a list not introduced by the name is a legitimate partial mention. Pure.
 */
import { report, type Finding, type Rule, type RuleContext } from '../findings';
import { candidateEntries, escapeRegex, normalizeText, packsFor, type PackEntry } from '../packs';
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
  /** The same, matched only where it starts (sticky): after a name. */
  sharedAt: RegExp | null;
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
    const nameAlt = [`"${num}[^"，。；]{0,4}"`, ...names.map((n) => `${escapeRegex(n)}"?`)].join('|');
    const named = new RegExp(`(?:${nameAlt})(?:的要求|要求)?\\s*(?:[：:（(]\\s*(?:即|就是|包括)?|[，,]\\s*(?:即|就是|也就是|包括)|即|就是)\\s*`, 'uy');
    const byLength = [...items].sort((a, b) => b.length - a.length).map(escapeRegex);
    const stems = suffix ? items.map((x) => x.slice(0, x.length - suffix.length)) : [];
    const stemAlt = [...stems].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
    const member = new RegExp(byLength.join('|'), 'gu');
    const sharedSrc = `(?:${stemAlt})(?:${SEP}(?:${stemAlt}))+${escapeRegex(suffix)}`;
    const shared = suffix ? new RegExp(sharedSrc, 'gu') : null;
    const sharedAt = suffix ? new RegExp(sharedSrc, 'uy') : null;
    const nameKeys = [...names, `"${num}`];
    out = { entry, items, suffix, prefix, member, named, shared, sharedAt, nameKeys };
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

/** Every start of a key in the text, in order (indexOf is far cheaper than a regex scanning every position). */
function keyStarts(keys: readonly string[], norm: string): number[] {
  const at: number[] = [];
  for (const k of keys) for (let i = norm.indexOf(k); i !== -1; i = norm.indexOf(k, i + 1)) at.push(i);
  return [...new Set(at)].sort((a, b) => a - b);
}

function problemsIn(c: Compiled, norm: string): Problem[] {
  const out: Problem[] = [];
  let after = -1;
  for (const k of keyStarts(c.nameKeys, norm)) {
    if (k < after) continue;
    c.named.lastIndex = k;
    const m = c.named.exec(norm);
    if (!m) continue;
    const at = m.index + m[0].length;
    after = at;
    const run = runAt(c, norm, at);
    let members = run.members;
    let end = run.end;
    if (c.sharedAt) {
      c.sharedAt.lastIndex = at;
      const s = c.sharedAt.exec(norm);
      if (s && s[0].length > end - at) {
        members = sharedMembers(c, s[0]);
        end = at + s[0].length;
      }
    }
    const p = judge(c, members, m.index, end, true);
    if (p) out.push(p);
  }
  if (c.shared) {
    // A shared-ending list ends at an occurrence of the ending: look only at the few characters before each.
    for (const e of keyStarts([c.suffix], norm)) {
      const from = Math.max(0, e - 48);
      const window = norm.slice(from, e + c.suffix.length);
      c.shared.lastIndex = 0;
      for (let s = c.shared.exec(window); s; s = c.shared.exec(window)) {
        if (s.index + s[0].length !== window.length) continue;
        const start = from + s.index;
        if (out.some((p) => p.start < start + s[0].length && start < p.start + p.length)) continue;
        const p = judge(c, sharedMembers(c, s[0]), start, start + s[0].length, false);
        if (p) out.push(p);
      }
    }
  }
  return out;
}


/** Findings for incomplete or reordered enumerations that the plain sequence matching does not see. */
export function enumerationFindings(rule: Pick<Rule, 'id' | 'messages'>, ctx: RuleContext, already: readonly Finding[]): Finding[] {
  const packs = packsFor('terms/formulation', ctx.packs).filter((p) => p.entries.some((e) => compile(e) !== null));
  if (packs.length === 0) return [];
  const out: Finding[] = [];
  const skip = notContent(ctx);
  ctx.doc.paragraphs.forEach((p, i) => {
    if (!p.text.trim()) return;
    // Any problem here holds a whole member (a shared-ending list ends with one: 文化 + 自信): the packs' own
    // literal index, scanned once per paragraph for all pack rules, says which entries can apply.
    const hit: Compiled[] = [];
    for (const pack of packs)
      for (const e of candidateEntries(pack, p.text, ctx.packs)) {
        const c = e.sequence ? compile(e) : null;
        if (c) hit.push(c);
      }
    if (hit.length === 0 || skip(i)) return;
    const norm = normalizeText(p.text);
    for (const c of hit) {
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
