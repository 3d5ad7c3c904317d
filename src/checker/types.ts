/** Shared types of the browser checker (no runtime code, so the first-paint bundle stays small). */
import type { DocModel, Profile } from '../core';
import type { Outcome } from './work';

/** What the user picked: automatic detection, a built-in profile id, or a loaded profile file. */
export type Choice = { kind: 'auto' } | { kind: 'builtin'; id: string } | { kind: 'custom'; profile: Profile };

/** One opened file. `bytes` are the current bytes: the fixed file's after 插入骨架. */
export interface FileEntry {
  id: number;
  name: string;
  bytes: Uint8Array;
  doc?: DocModel;
  outcome?: Outcome;
  error?: string;
  /** Which profile choice `outcome` was checked with (a counter: it changes with every new choice). */
  gen?: number;
  /** The bytes as opened (before any 插入骨架), to recognise the same file added again. */
  originalBytes?: Uint8Array;
  /** The id of an earlier entry with the same name and bytes (the same file added twice). */
  duplicateOf?: number;
  /** Set once skeletons were inserted: the download name and what changed. */
  fixed?: { name: string; inserted: number; renumbered: number };
}
