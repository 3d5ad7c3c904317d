/** Node-side I/O for the CLI: files, folders and profiles. The only place the CLI touches fs. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';
import type { DocModel } from '../core/model';
import { parseProfileJson, type Profile } from '../core/profile';
import { parsePackJson, type Pack } from '../core/packs';
import { readDocument } from '../docx';

/** Largest input file we read at all (a .docx is also limited by what it inflates to). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
const DOC_EXT = /\.(docx|docm|txt)$/i;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Expands folders (recursively, sorted) into the .docx/.docm/.txt files they hold; files are kept as given. */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      out.push(input); // reported as unreadable in its own row
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found);
      found.sort();
      out.push(...found.map((f) => path.relative(cwd, f) || f));
    } else out.push(input);
  }
  return out;
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue; // hidden files and Word lock files
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, found);
    else if (DOC_EXT.test(e.name)) found.push(p);
  }
}

/** Reads one document; every failure becomes an InputError with a readable message. */
export async function loadDocument(file: string, cwd: string): Promise<DocModel> {
  const abs = path.resolve(cwd, file);
  let st;
  try {
    st = await fs.stat(abs);
  } catch {
    throw new InputError('unreadable', `找不到文件（file not found）`);
  }
  if (st.isDirectory()) throw new InputError('unreadable', '这是一个文件夹，不是文件（is a directory）');
  if (st.size > MAX_FILE_BYTES) throw new InputError('too-large', `文件过大（${Math.round(st.size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(abs));
  } catch (e) {
    throw new InputError('unreadable', `无法读取文件：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return readDocument(bytes, file);
}

/** Loads a profile file; malformed JSON or schema errors become a UsageError listing each bad field. */
export async function loadProfileFile(file: string, cwd: string): Promise<Profile> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`找不到配置文件 ${file}（profile file not found）`);
  }
  try {
    return parseProfileJson(text, file);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Loads a user rule pack (same format as src/profiles/packs/*.json); errors name the bad field. */
export async function loadPackFile(file: string, cwd: string): Promise<Pack> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`找不到规则包 ${file}（rule pack not found）`);
  }
  try {
    return parsePackJson(text, file);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Loads an allow-list: one word or phrase per line; blank lines and lines starting with # are ignored. */
export async function loadAllowFile(file: string, cwd: string): Promise<string[]> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`找不到白名单文件 ${file}（allow-list not found）`);
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
