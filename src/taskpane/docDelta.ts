/**
 * What a re-check sends to the engine worker: only the paragraphs that changed since the document it
 * already has (a re-check of an unchanged 5,000-paragraph document sends none), pure.
 */
import type { DocModel, Paragraph } from '../core';

export interface DocDelta {
  /** Paragraph count of the new document. */
  length: number;
  /** [index, paragraph] for every paragraph that differs from the base document at that index. */
  changes: [number, Paragraph][];
}

/** Every field of a Paragraph (the type check below fails when Paragraph gains one that is not listed). */
const FIELDS = ['text', 'style', 'outlineLevel', 'listString', 'listLevel', 'inTable'] as const;
type Unlisted = Exclude<keyof Paragraph, (typeof FIELDS)[number]>;
const allListed: [Unlisted] extends [never] ? true : never = true;
void allListed;

export function sameParagraph(a: Paragraph, b: Paragraph): boolean {
  if (a === b) return true;
  for (const k of FIELDS) if (a[k] !== b[k]) return false;
  return true;
}

export function docDelta(base: DocModel, next: DocModel): DocDelta {
  const changes: [number, Paragraph][] = [];
  const a = base.paragraphs;
  const b = next.paragraphs;
  for (let i = 0; i < b.length; i++) if (i >= a.length || !sameParagraph(a[i], b[i])) changes.push([i, b[i]]);
  return { length: b.length, changes };
}

/** The new document from the base and a delta (the base is not changed). */
export function applyDelta(base: DocModel, d: DocDelta): DocModel {
  const paragraphs = base.paragraphs.slice(0, d.length);
  for (const [i, p] of d.changes) paragraphs[i] = p;
  return { paragraphs };
}
