/** Node-side I/O for the CLI: files, folders and profiles. The only place the CLI touches fs. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';
import type { DocModel } from '../core/model';
import { parseProfileJson, type Profile } from '../core/profile';
import type { Pack } from '../core/packs';
import { parseUserPackJson, type ParsedUserPack } from '../core/pack-warnings';
import { readDocument } from '../docx';
import { isOle, isZip } from '../docx/package';
import { decodeText, readTxtFile, type TextEncodingId } from '../docx/txt';
import { packFromWordList } from '../core/word-list';
import { errnoOf, fsMessage } from './fs-errors';

/** Largest input file we read at all (a .docx is also limited by what it inflates to). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Files a folder run lists: what it reads, and other documents it names with what to do about them. */
const READABLE_EXT = /\.(docx|docm|txt)$/i;
const DOCUMENT_EXT = /\.(docx|docm|dotx|dotm|txt|doc|dot|wps|wpt|rtf|odt|ott|fodt|pdf|ofd|uof|uot|pages|xps)$/i;

/** Why a document-like file that is not a .docx/.docm/.txt cannot be checked, and what to do. */
const OTHER_KIND: Record<string, string> = {
  pdf: 'PDF 文件无法检查其结构，请找到原稿（Word/WPS 文件）另存为 .docx 后再试',
  ofd: 'OFD 版式文件无法检查，请找到原稿（Word/WPS 文件）另存为 .docx 后再试',
  xps: 'XPS 版式文件无法检查，请找到原稿另存为 .docx 后再试',
  rtf: 'RTF 文件暂不支持，请用 Word 或 WPS 打开后另存为 .docx',
  odt: 'OpenDocument 文本（.odt）暂不支持，请用 WPS、LibreOffice 或 Word 打开后另存为 .docx',
  ott: 'OpenDocument 模板（.ott）暂不支持，请另存为 .docx',
  fodt: 'OpenDocument 文本（.fodt）暂不支持，请另存为 .docx',
  uof: 'UOF 文件暂不支持，请用 WPS 打开后另存为 .docx',
  uot: 'UOF 文件暂不支持，请用 WPS 打开后另存为 .docx',
  pages: 'Pages 文稿暂不支持，请在 Pages 中导出为 Word（.docx）',
  wps: 'WPS 文字旧格式（.wps）无法直接读取，请在 WPS 中“另存为”Word 文件（*.docx）后再试',
  wpt: 'WPS 模板（.wpt）无法直接读取，请另存为 .docx',
  dot: '旧版 Word 模板（.dot）无法直接读取，请另存为 .docx',
};

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What a folder walk found besides files: links it did not follow, folders it could not open. */
export interface ExpandedInputs {
  files: string[];
  /** zh-CN notes for the user (stderr): e.g. a symlink that points back into a folder already searched. */
  notes: string[];
}

/**
 * Expands folders (recursively, sorted) into every document-like file they hold: the ones we read and
 * the ones we cannot (.doc, .wps, .pdf …, each later reported with what to do), so the count and the
 * table are complete. Folders reached through a symlink are followed, each real folder once (a link
 * back to a folder already searched is named in `notes`, never silently skipped). Files given by
 * name are kept as given.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      files.push(input); // reported as unreadable in its own row, with the reason
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found, notes, seen, cwd);
      found.sort();
      files.push(...found.map((f) => path.relative(cwd, f) || f));
    } else files.push(input);
  }
  return { files, notes };
}

const shownPath = (p: string, cwd: string) => path.relative(cwd, p) || p;

async function walk(dir: string, found: string[], notes: string[], seen: Set<string>, cwd: string): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    notes.push(fsMessage(e, 'list', shownPath(dir, cwd)));
    return;
  }
  if (seen.has(real)) {
    notes.push(`已跳过 ${shownPath(dir, cwd)}：它是指向已检查过的文件夹的链接（${shownPath(real, cwd)}），不再重复检查`);
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    notes.push(fsMessage(e, 'list', shownPath(dir, cwd)));
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue; // hidden files and Word lock files
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = (await fs.stat(p)).isDirectory();
      } catch (err) {
        // A dangling or looping link: a document-like name gets its row (with the reason), anything else a note.
        if (DOCUMENT_EXT.test(e.name)) found.push(p);
        else notes.push(`已跳过 ${shownPath(p, cwd)}：${fsMessage(err, 'read').replace(/^无法读取：/, '')}`);
        continue;
      }
    }
    if (isDir) await walk(p, found, notes, seen, cwd);
    else if (DOCUMENT_EXT.test(e.name)) found.push(p);
  }
}

/** A read document, and for a .txt file the encoding it was decoded from. */
export interface LoadedDocument {
  doc: DocModel;
  encoding?: TextEncodingId;
}

/** Reads one document; every failure becomes an InputError with a readable zh-CN message. */
export async function loadDocument(file: string, cwd: string): Promise<LoadedDocument> {
  const abs = path.resolve(cwd, file);
  let st;
  try {
    st = await fs.stat(abs);
  } catch (e) {
    throw new InputError('unreadable', fsMessage(e, 'read'));
  }
  if (st.isDirectory()) throw new InputError('unreadable', fsMessage({ code: 'EISDIR' }, 'read'));
  const ext = /\.([^./\\]+)$/.exec(file)?.[1].toLowerCase() ?? '';
  if (!READABLE_EXT.test(file) && OTHER_KIND[ext]) {
    // A zip named .wps/.dot is still read as the .docx it is; everything else gets its advice.
    if (!['wps', 'wpt', 'dot'].includes(ext) || !(await startsWithZip(abs))) throw new InputError('unsupported-type', OTHER_KIND[ext]);
  }
  if (st.size > MAX_FILE_BYTES) throw new InputError('too-large', `文件过大（${Math.round(st.size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(abs));
  } catch (e) {
    throw new InputError('unreadable', fsMessage(e, 'read'));
  }
  if (ext === 'txt' && !isOle(bytes)) {
    const t = readTxtFile(bytes);
    return { doc: t.model, encoding: t.encoding };
  }
  const name = ['wps', 'wpt', 'dot'].includes(ext) ? file.replace(/\.[^.]+$/, '.docx') : file;
  return { doc: readDocument(bytes, name) };
}

async function startsWithZip(abs: string): Promise<boolean> {
  const h = await fs.open(abs, 'r').catch(() => null);
  if (!h) return false;
  try {
    const b = new Uint8Array(4);
    await h.read(b, 0, 4, 0);
    return isZip(b);
  } finally {
    await h.close();
  }
}

/** Loads a profile file; malformed JSON or schema errors become a UsageError listing each bad field. */
export async function loadProfileFile(file: string, cwd: string): Promise<Profile> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(errnoOf(e) === 'ENOENT' ? `找不到配置文件 ${file}（profile file not found）` : fsMessage(e, 'read', `配置文件 ${file}`));
  }
  try {
    return parseProfileJson(text, file);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Loads a user rule pack (same format as src/profiles/packs/*.json); errors name the bad field. */
export async function loadPackFile(file: string, cwd: string): Promise<Pack> {
  return (await loadUserPackFile(file, cwd)).pack;
}

/**
 * Loads a user rule pack with what it should still get (no source, no examples…: warnings, not errors).
 * A `.txt` file is a word list (one 错误写法 → 正确写法 a line, core/word-list.ts; UTF-8, UTF-16 or GBK);
 * a line it cannot read is a usage error naming the line.
 */
export async function loadUserPackFile(file: string, cwd: string): Promise<ParsedUserPack> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path.resolve(cwd, file));
  } catch (e) {
    throw new UsageError(errnoOf(e) === 'ENOENT' ? `找不到规则包 ${file}（rule pack not found）` : fsMessage(e, 'read', `规则包 ${file}`));
  }
  if (/\.txt$/i.test(file)) return wordListFile(bytes, file);
  try {
    return parseUserPackJson(Buffer.from(bytes).toString('utf8'), file);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function wordListFile(bytes: Uint8Array, file: string): ParsedUserPack {
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (e) {
    throw new UsageError(`词表 ${file}：${(e as Error).message}`);
  }
  const made = packFromWordList(text);
  if (made.problems.length) throw new UsageError(`词表 ${file} 有以下问题，未使用：\n${made.problems.map((p) => `  ${p.message.zh}`).join('\n')}`);
  if (!made.pack) throw new UsageError(`词表 ${file} 是空的：每行写一条“错误写法 → 正确写法”`);
  return { pack: made.pack, warnings: made.warnings };
}

/** Loads an allow-list: one word or phrase per line; blank lines and lines starting with # are ignored. */
export async function loadAllowFile(file: string, cwd: string): Promise<string[]> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(errnoOf(e) === 'ENOENT' ? `找不到白名单文件 ${file}（allow-list not found）` : fsMessage(e, 'read', `白名单文件 ${file}`));
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
