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

/** The fields sameParagraph compares: the type check below fails when Paragraph gains one not listed here (add it to both). */
type Compared = 'text' | 'style' | 'outlineLevel' | 'listString' | 'listLevel' | 'inTable';
const allCompared: [Exclude<keyof Paragraph, Compared>] extends [never] ? true : never = true;
void allCompared;

export function sameParagraph(a: Paragraph, b: Paragraph): boolean {
  // Written out, not a loop over field names: 5,000 paragraphs per re-check, on the main thread.
  return (
    a === b ||
    (a.text === b.text && a.style === b.style && a.outlineLevel === b.outlineLevel && a.listString === b.listString && a.listLevel === b.listLevel && a.inTable === b.inTable)
  );
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

/** The two documents read the same (paragraph by paragraph). */
export function sameDoc(a: DocModel, b: DocModel): boolean {
  if (a === b) return true;
  const x = a.paragraphs;
  const y = b.paragraphs;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameParagraph(x[i], y[i])) return false;
  return true;
}
