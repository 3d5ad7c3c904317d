/** Test helpers: the seed as a model, and small edits of it that real writers make. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { modelFromLines, type DocModel } from '../../src/core/model';
import { getBuiltinProfile } from '../../src/profiles';
import type { Profile } from '../../src/core/profile';

export const SEED_PATH = path.join(__dirname, '../fixtures/text/seed.txt');

export function seedLines(): string[] {
  const lines = readFileSync(SEED_PATH, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function seedDoc(): DocModel {
  return modelFromLines(seedLines());
}

export function zuofeng(): Profile {
  return getBuiltinProfile('zuofeng-2022')!;
}

export function generic(): Profile {
  return getBuiltinProfile('generic')!;
}

/** Index of the first seed line starting with `prefix`. */
export function lineIndex(lines: string[], prefix: string): number {
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i === -1) throw new Error(`no line starts with ${prefix}`);
  return i;
}
