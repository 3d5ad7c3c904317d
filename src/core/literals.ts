/**
 * Required literals of a regular expression: a set of strings such that every match of the
 * regex contains at least one of them. Lets the pack rules skip a paragraph with a few substring
 * checks instead of running every pattern over it (see `candidateEntries` in packs.ts).
 *
 * Understands the subset of JavaScript regex syntax ("u" flag) that the packs use: literal
 * characters, escapes, classes, groups (capturing, non-capturing, lookaround), alternation and
 * quantifiers. Anything it cannot reason about contributes nothing; when no literal is certain the
 * result is null ("could match anything", the caller must always run the regex).
 */

interface Parsed {
  /** Literals one of which every match contains, or null when there are none. */
  best: string[] | null;
  /** When every match is one of a few whole strings: those strings (a superset is fine). */
  exact: string[] | null;
}

/** Beyond this many alternatives a literal set is not extended any further. */
const MAX_SET = 32;

const SYNTAX = new Set('^$\\.*+?()[]{}|/-');

/** The required literals of `source`, or null when none can be found. Never returns an empty string in the set. */
export function requiredLiterals(source: string): string[] | null {
  const state = { i: 0 };
  try {
    const r = parseAlternation(source, state);
    if (state.i !== source.length) return null;
    return r.best && r.best.length > 0 && r.best.every((l) => l.length > 0) ? r.best : null;
  } catch {
    return null;
  }
}

/** Parses until `)` or the end: alternatives separated by `|`. */
function parseAlternation(src: string, st: { i: number }): Parsed {
  const branches: Parsed[] = [parseSequence(src, st)];
  while (src[st.i] === '|') {
    st.i++;
    branches.push(parseSequence(src, st));
  }
  if (branches.length === 1) return branches[0];
  // Any match comes from one branch: the union of the branches' literals covers it.
  const best = branches.some((b) => b.best === null) ? null : [...new Set(branches.flatMap((b) => b.best as string[]))];
  const exact = branches.some((b) => b.exact === null) ? null : [...new Set(branches.flatMap((b) => b.exact as string[]))];
  return { best, exact: exact && exact.length <= MAX_SET ? exact : null };
}

/**
 * One alternative. Tracks `cur`, the strings one of which ends at the current position (runs of
 * plain characters, extended through groups that match one of a few whole strings), and keeps
 * every finished run, and every required group's literals, as a candidate.
 */
function parseSequence(src: string, st: { i: number }): Parsed {
  const candidates: string[][] = [];
  let cur: string[] | null = null;
  let exact = true; // every atom so far matched one of `cur`'s strings exactly
  const endRun = () => {
    if (cur) candidates.push(cur);
    cur = null;
    exact = false;
  };
  const extend = (tails: string[]) => {
    const next: string[] = cur ? cur.flatMap((h) => tails.map((t) => h + t)) : tails;
    if (next.length > MAX_SET) {
      endRun();
      cur = tails;
    } else cur = next;
  };
  while (st.i < src.length && src[st.i] !== '|' && src[st.i] !== ')') {
    const c = src[st.i];
    let atom: { char?: string; group?: Parsed; zeroWidth?: boolean };
    if (c === '(') {
      st.i++;
      let lookaround = false;
      if (src.startsWith('?:', st.i)) st.i += 2;
      else if (src.startsWith('?=', st.i) || src.startsWith('?!', st.i)) {
        st.i += 2;
        lookaround = true;
      } else if (src.startsWith('?<=', st.i) || src.startsWith('?<!', st.i)) {
        st.i += 3;
        lookaround = true;
      } else if (src.startsWith('?<', st.i)) {
        const close = src.indexOf('>', st.i);
        if (close < 0) throw new Error('bad group');
        st.i = close + 1;
      } else if (src[st.i] === '?') throw new Error('unknown group');
      const inner = parseAlternation(src, st);
      if (src[st.i] !== ')') throw new Error('unclosed group');
      st.i++;
      atom = lookaround ? { zeroWidth: true } : { group: inner };
    } else if (c === '[') {
      st.i = classEnd(src, st.i);
      atom = {};
    } else if (c === '\\') {
      const e = src[st.i + 1];
      if (e === undefined) throw new Error('trailing backslash');
      if (SYNTAX.has(e)) {
        atom = { char: e };
        st.i += 2;
      } else if (e === 'b' || e === 'B') {
        atom = { zeroWidth: true };
        st.i += 2;
      } else {
        st.i = escapeEnd(src, st.i);
        atom = {};
      }
    } else if (c === '^' || c === '$') {
      st.i++;
      atom = { zeroWidth: true };
    } else if (c === '.') {
      st.i++;
      atom = {};
    } else if ('*+?{}]'.includes(c)) {
      throw new Error('quantifier without atom'); // a syntax error under the "u" flag
    } else {
      const ch = String.fromCodePoint(src.codePointAt(st.i) as number);
      st.i += ch.length;
      atom = { char: ch };
    }
    const { min, once } = readQuantifier(src, st);
    // Assertions consume nothing: the text on either side is adjacent in the match.
    if (atom.zeroWidth) continue;
    if (min === 0) {
      endRun(); // optional: contributes nothing and breaks adjacency
      continue;
    }
    const tails = atom.char !== undefined ? [atom.char] : atom.group?.exact;
    if (tails) {
      extend(tails);
      if (!once) endRun(); // repeated: present, but what follows may not be adjacent
      continue;
    }
    endRun();
    if (atom.group?.best) candidates.push(atom.group.best);
  }
  const wasExact = exact;
  const last = cur;
  endRun();
  // Prefer the set whose shortest literal is longest (fewest false hits), then the smallest set.
  candidates.sort((a, b) => Math.min(...b.map((x) => x.length)) - Math.min(...a.map((x) => x.length)) || a.length - b.length);
  return { best: candidates[0] ?? null, exact: wasExact ? (last ?? ['']) : null };
}

/** Reads the quantifier after an atom: its minimum count, and whether the atom occurs exactly once. */
function readQuantifier(src: string, st: { i: number }): { min: number; once: boolean } {
  const c = src[st.i];
  let q: { min: number; once: boolean };
  if (c === '?' || c === '*') q = { min: 0, once: false };
  else if (c === '+') q = { min: 1, once: false };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(st.i));
    if (!m) throw new Error('bad brace');
    const min = Number(m[1]);
    q = { min, once: min === 1 && m[2] === undefined };
    st.i += m[0].length - 1;
  } else return { min: 1, once: true };
  st.i++;
  if (src[st.i] === '?') st.i++; // lazy
  return q;
}

function classEnd(src: string, i: number): number {
  let j = i + 1;
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  if (j >= src.length) throw new Error('unclosed class');
  return j + 1;
}

function escapeEnd(src: string, i: number): number {
  const e = src[i + 1];
  if ((e === 'p' || e === 'P' || e === 'u' || e === 'k') && src[i + 2] === (e === 'k' ? '<' : '{')) {
    const close = src.indexOf(e === 'k' ? '>' : '}', i + 2);
    if (close < 0) throw new Error('bad escape');
    return close + 1;
  }
  if (e === 'u') return i + 6;
  if (e === 'x') return i + 4;
  if (e === 'c') return i + 3;
  return i + 2;
}

/**
 * Which of a set of literals occur in a text, in one pass. One-unit literals have a table by code
 * unit, two-unit literals a table by the hash of the pair, longer ones a table by the hash of their
 * first three units; the text's adjacent pairs and triples are looked up, and only at a hit are the
 * literals of that bucket compared. (Keying long literals on three units matters: many share a
 * common first pair — 政治判断力, 政治领悟力 — which occurs in most paragraphs.) Returns, for a
 * text, the values of the literals found. Empty literals are ignored (the caller knows they always occur).
 */
export function literalScanner<T>(items: Iterable<readonly [string, T]>): (text: string) => ReadonlySet<T> {
  const singles = new Uint8Array(0x10000);
  const pairs = new Uint8Array(0x10000);
  const triples = new Uint8Array(0x10000);
  const singleBuckets = new Map<number, T[]>();
  const pairBuckets = new Map<number, { c0: number; c1: number; values: T[] }[]>();
  const tripleBuckets = new Map<number, { lit: string; values: T[] }[]>();
  for (const [lit, value] of items) {
    if (lit === '') continue;
    const c0 = lit.charCodeAt(0);
    if (lit.length === 1) {
      singles[c0] = 1;
      const values = singleBuckets.get(c0) ?? [];
      if (!values.includes(value)) values.push(value);
      singleBuckets.set(c0, values);
    } else if (lit.length === 2) {
      const c1 = lit.charCodeAt(1);
      const key = pairHash(c0, c1);
      pairs[key] = 1;
      const bucket = pairBuckets.get(key) ?? [];
      pairBuckets.set(key, bucket);
      const found = bucket.find((x) => x.c0 === c0 && x.c1 === c1);
      if (!found) bucket.push({ c0, c1, values: [value] });
      else if (!found.values.includes(value)) found.values.push(value);
    } else {
      const key = tripleHash(c0, lit.charCodeAt(1), lit.charCodeAt(2));
      triples[key] = 1;
      const bucket = tripleBuckets.get(key) ?? [];
      tripleBuckets.set(key, bucket);
      const found = bucket.find((x) => x.lit === lit);
      if (!found) bucket.push({ lit, values: [value] });
      else if (!found.values.includes(value)) found.values.push(value);
    }
  }
  return (text) => {
    let hit: Set<T> | null = null; // most texts hit nothing: share one empty set
    let p1 = -1; // the code unit before, and the one before that
    let p2 = -1;
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (singles[c] === 1) for (const v of singleBuckets.get(c) as T[]) (hit ??= new Set()).add(v);
      if (p1 >= 0) {
        if (pairs[pairHash(p1, c)] === 1) {
          for (const b of pairBuckets.get(pairHash(p1, c)) ?? []) if (b.c0 === p1 && b.c1 === c) for (const v of b.values) (hit ??= new Set()).add(v);
        }
        if (p2 >= 0 && triples[tripleHash(p2, p1, c)] === 1) {
          for (const b of tripleBuckets.get(tripleHash(p2, p1, c)) ?? []) if (text.startsWith(b.lit, j - 2)) for (const v of b.values) (hit ??= new Set()).add(v);
        }
      }
      p2 = p1;
      p1 = c;
    }
    return hit ?? NOTHING;
  };
}

const pairHash = (a: number, b: number) => (Math.imul(a, 31) + b) & 0xffff;
const tripleHash = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 31) + b, 31) + c) & 0xffff;
const NOTHING: ReadonlySet<never> = new Set();
