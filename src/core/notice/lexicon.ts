/**
 * The domain lexicon a profile built from a notice draws its keywords with (data: src/profiles/lexicon.json).
 * Pure: the lexicon is passed in, never read from disk here.
 */
import type { Matcher } from '../profile';

export interface Lexicon {
  /** Function words and lead-ins a wording is split on (longest first when used). */
  stop: readonly string[];
  /** Words common to every report: never a keyword on their own. */
  generic: readonly string[];
  /** Domain compounds kept whole. */
  terms: readonly string[];
  /** Groups of words that mean the same thing to a reviewer. */
  synonyms: readonly (readonly string[])[];
}

/** Validates parsed lexicon JSON loosely (it is our own checked-in file); unknown keys are ignored. */
export function asLexicon(data: unknown): Lexicon {
  const d = data as Partial<Record<keyof Lexicon, unknown>>;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : []);
  return {
    stop: strings(d.stop),
    generic: strings(d.generic),
    terms: strings(d.terms),
    synonyms: Array.isArray(d.synonyms) ? d.synonyms.map(strings).filter((g) => g.length > 1) : [],
  };
}

const PUNCT = /[\s，,。．.；;：:、！!？?“”"‘’'（）()《》〈〉【】\[\]—…·-]+/u;

interface Compiled {
  stop: string[];
  generic: Set<string>;
  terms: string[];
  synonymsOf: Map<string, readonly string[]>;
  heads: Set<string>;
  termSet: Set<string>;
}

const compiled = new WeakMap<Lexicon, Compiled>();

function compile(lex: Lexicon): Compiled {
  let c = compiled.get(lex);
  if (!c) {
    const synonymsOf = new Map<string, readonly string[]>();
    for (const g of lex.synonyms) for (const w of g) synonymsOf.set(w, [...(synonymsOf.get(w) ?? []), ...g.filter((x) => x !== w)]);
    c = {
      stop: [...lex.stop].sort((a, b) => b.length - a.length),
      generic: new Set(lex.generic),
      terms: [...lex.terms].sort((a, b) => b.length - a.length),
      synonymsOf,
      heads: new Set(lex.synonyms.map((g) => g[0])),
      termSet: new Set(lex.terms),
    };
    compiled.set(lex, c);
  }
  return c;
}

/** Splits a wording into chunks at punctuation and stop words. */
export function chunks(wording: string, lex: Lexicon): string[] {
  const c = compile(lex);
  const out: string[] = [];
  for (const piece of wording.split(PUNCT)) {
    let rest = piece;
    let buf = '';
    while (rest.length) {
      // A domain term wins over a stop word inside it (全面从严治党 keeps its 从严; 流于形式 its 于).
      const term = c.terms.find((t) => rest.startsWith(t));
      if (term) {
        buf += term;
        rest = rest.slice(term.length);
        continue;
      }
      const stop = c.stop.find((s) => rest.startsWith(s));
      if (stop) {
        if (buf) out.push(buf);
        buf = '';
        rest = rest.slice(stop.length);
        continue;
      }
      buf += rest[0];
      rest = rest.slice(1);
    }
    if (buf) out.push(buf);
  }
  return out;
}

/**
 * Content words of a wording: the lexicon's terms found in it, and what is left of each chunk when its
 * terms and generic words are taken out (2-8 characters). In wording order, without duplicates.
 */
export function contentWords(wording: string, lex: Lexicon): { word: string; term: boolean }[] {
  const c = compile(lex);
  const seen = new Set<string>();
  const out: { word: string; term: boolean }[] = [];
  const push = (word: string, term: boolean) => {
    if (word.length < 2 || seen.has(word) || c.generic.has(word)) return;
    seen.add(word);
    out.push({ word, term });
  };
  for (const chunk of chunks(wording, lex)) {
    let rest = chunk;
    let residue = '';
    const flush = () => {
      // A leading preposition is not part of the word ("把上级…", "为群众…").
      let r = residue.length >= 3 ? residue.replace(/^[把为将对向从]/, '').replace(/党$/, '') : residue;
      for (const g of c.generic) if (r.startsWith(g) && r.length - g.length >= 2) r = r.slice(g.length);
      for (const g of c.generic) if (r.endsWith(g) && r.length - g.length >= 2) r = r.slice(0, r.length - g.length);
      if (r.length >= 2 && r.length <= 8) push(r, false);
      residue = '';
    };
    while (rest.length) {
      const term = c.terms.find((t) => rest.startsWith(t));
      if (term) {
        flush();
        push(term, true);
        rest = rest.slice(term.length);
      } else {
        residue += rest[0];
        rest = rest.slice(1);
      }
    }
    flush();
  }
  return out;
}

/**
 * Keywords for a wording: each content word (weight 2; 1 for a leftover that is not a lexicon term and
 * longer than 4 characters, which a writer rarely repeats verbatim), plus the synonyms of each term (weight 2).
 */
export function keywordsFor(wording: string, lex: Lexicon): Matcher[] {
  const c = compile(lex);
  const out = new Map<string, number>();
  // A synonym is there because the lexicon says it names the same thing, so a generic word may be one.
  const add = (w: string, weight: number) => out.set(w, Math.max(out.get(w) ?? 0, weight));
  for (const { word, term } of contentWords(wording, lex)) {
    add(word, term || word.length <= 4 ? 2 : 1);
    // Only a domain term (or a group's head) brings its group: a leftover such as 部署 would bring too much.
    if (term || c.heads.has(word)) for (const s of c.synonymsOf.get(word) ?? []) add(s, 2);
  }
  return [...out].map(([text, weight]) => ({ text, weight }));
}
