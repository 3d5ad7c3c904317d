/**
 * Messages between the checker page and its engine worker (work.worker.ts). Types only: no runtime code,
 * so the first-paint bundle does not grow.
 *
 * page → worker: a Request with an id. worker → page: any number of `{id, progress}`, then exactly one
 * `{id, value}` or `{id, error}`. The worker never keeps state between requests.
 */
import type { DocModel, InsertPlan, Profile } from '../core';
import type { Checked, Inserted, Outcome, WorkProgress } from './work';
import type { Finding } from '../core';
import type { PackedDoc } from './packDoc';
import type { PackedCard, PackedHead } from './packOutcome';
import type { Choice } from './types';

export type Request =
  | { id: number; op: 'profiles' }
  /** The File itself travels (a Blob is shared, not copied); the worker reads it and hands its bytes back. */
  | { id: number; op: 'readAndCheck'; file: Blob; name: string; choice: Choice }
  | { id: number; op: 'checkDoc'; doc: DocModel; choice: Choice }
  | { id: number; op: 'planFor'; doc: DocModel; profile: Profile }
  | { id: number; op: 'insertSkeleton'; name: string; bytes: Uint8Array; doc: DocModel; profile: Profile };

/** A file read and checked, with its bytes (transferred back, for 插入骨架 and to recognise a file added twice). */
export type ReadChecked = Checked & { bytes: Uint8Array };

export interface Values {
  profiles: readonly Profile[];
  readAndCheck: ReadChecked;
  checkDoc: Outcome;
  planFor: InsertPlan;
  insertSkeleton: Inserted;
}

/**
 * A read document comes in its own message, packed (packDoc.ts), before the value (whose `doc` is then
 * left out): two short tasks for the page instead of one long one.
 */
/** An outcome whose findings and cards came ahead in chunks. */
export interface PackedRef {
  packed: PackedHead;
}

export type Reply =
  | { id: number; progress: WorkProgress }
  | { id: number; doc: PackedDoc }
  /** A chunk of the outcome's findings or cards (packOutcome.ts), ahead of the value; the value's outcome is then `{ packed: head }`. */
  | { id: number; findings: Finding[] }
  | { id: number; cards: PackedCard[] }
  | { id: number; value: Values[keyof Values] }
  | { id: number; error: string };
