/**
 * The .docx container: magic-byte checks (zip, legacy .doc, encrypted OLE), zip-bomb limits,
 * and locating the main document part and its styles/numbering parts through the OPC
 * relationships. Only the parts we need are inflated.
 */
import { Inflate } from 'fflate';
import { InputError } from '../core/errors';
import { crc32 } from './crc32';
import { xmlPartBytes } from './encoding';
import { parseXml } from './xml';
import { canonicalName, corruptZip, localRange, readZipDirectory, type ZipEntry } from './zip-entries';

/** Cap on the total declared uncompressed size of the parts we inflate. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** Parts larger than this must not claim a higher compression ratio than MAX_RATIO. */
const RATIO_CHECK_ABOVE = 16 * 1024 * 1024;
const MAX_RATIO = 200;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Searches for `needle` encoded as UTF-16LE (how OLE directory entries store stream names). */
export function containsUtf16le(bytes: Uint8Array, needle: string): boolean {
  const n = needle.length * 2;
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + n <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < needle.length; k++) {
      const c = needle.charCodeAt(k);
      if (bytes[i + 2 * k] !== (c & 0xff) || bytes[i + 2 * k + 1] !== c >> 8) continue outer;
    }
    return true;
  }
  return false;
}

/** Throws the right InputError for an OLE compound file (legacy .doc or a password-protected .docx). */
export function oleError(bytes: Uint8Array): InputError {
  if (containsUtf16le(bytes, 'EncryptedPackage')) {
    return new InputError(
      'encrypted',
      '文件已加密（设置了打开密码），无法读取。请在 Word 中取消密码后另存为 .docx 再试（the document is password-protected: remove the password and save as .docx）',
    );
  }
  return new InputError(
    'legacy-doc',
    '这是旧版 Word 97-2003 .doc 文件，无法直接读取，请另存为 .docx 后再试：在 Word 或 WPS 中打开，选择“另存为”→“Word 文档 (*.docx)”（legacy .doc format: please save as .docx）',
  );
}

/** The parts the reader needs, as UTF-8 bytes (parseXml reads bytes; UTF-16 parts are re-encoded). */
export interface DocxParts {
  mainName: string;
  document: Uint8Array;
  styles?: Uint8Array;
  numbering?: Uint8Array;
}

const tooLarge = (why: string) =>
  new InputError('too-large', `文件解压后过大或压缩比异常，可能已损坏，拒绝读取（${why}）`);

const corrupt = corruptZip;

/**
 * Lists the zip's entries from its central directory (zip64 included; duplicate names refused). We
 * read the directory ourselves rather than with fflate's unzipSync so that each part can be inflated
 * with a hard bound: fflate trusts the declared size and would spend unbounded time on a lying entry.
 */
function listEntries(bytes: Uint8Array): ZipEntry[] {
  return readZipDirectory(bytes).entries;
}

function checkEntry(f: ZipEntry, budget: { used: number }): void {
  if (f.compression !== 0 && f.compression !== 8) {
    throw new InputError('unreadable', `文件使用了不支持的压缩方式，无法读取 ${f.name}（unsupported zip compression ${f.compression}）`);
  }
  if (f.size > MAX_INFLATED_BYTES || budget.used + f.size > MAX_INFLATED_BYTES) {
    throw tooLarge(`${f.name} declares ${f.size} bytes uncompressed`);
  }
  if (f.size > RATIO_CHECK_ABOVE && f.size > f.compressedSize * MAX_RATIO) {
    throw tooLarge(`${f.name} compression ratio ${Math.round(f.size / Math.max(1, f.compressedSize))}:1`);
  }
  budget.used += f.size;
}

/**
 * A raw-deflate decoder that stops with `InflateOverflow` rather than produce more than `maxSize`
 * bytes, and throws any other error for a corrupt stream. fflate (pure JavaScript) is the default,
 * so the reader runs in the browser; Node adapters register zlib (see ./node-inflate), which is
 * several times faster.
 */
export type RawInflate = (data: Uint8Array, maxSize: number) => Uint8Array;

export class InflateOverflow extends Error {}

let nativeInflate: RawInflate | null = null;

/** Makes the reader inflate with `fn` (null: back to fflate). */
export function useRawInflate(fn: RawInflate | null): void {
  nativeInflate = fn;
}

/** Inflates one entry (never producing, or spending time on, more than its declared size) and checks its CRC-32. */
function extract(bytes: Uint8Array, f: ZipEntry): Uint8Array {
  const out = inflateEntry(bytes, f);
  if (out.length !== f.size || crc32(out) !== f.crc) {
    throw new InputError(
      'damaged',
      `文件已损坏：部件 ${f.name} 的校验和（CRC-32）不符，内容可能在复制或下载时被改动，拒绝读取以免读错文字。请改用原始文件或备份（damaged file: CRC-32 or size mismatch in ${f.name}）`,
    );
  }
  return out;
}

/** Inflates one entry, never producing (or spending time on) more than its declared size. */
export function inflateEntry(bytes: Uint8Array, f: ZipEntry): Uint8Array {
  const r = localRange(bytes, f);
  const data = bytes.subarray(r.dataStart, r.dataEnd);
  if (f.compression === 0) return data.slice();
  if (nativeInflate) {
    try {
      return nativeInflate(data, f.size);
    } catch (e) {
      if (e instanceof InflateOverflow) throw tooLarge(`${f.name} inflates to more than its declared ${f.size} bytes`);
      throw corrupt(`${f.name}: ${(e as Error).message}`);
    }
  }
  const out = new Uint8Array(f.size);
  let pos = 0;
  const inflater = new Inflate((chunk) => {
    if (pos + chunk.length > out.length) throw tooLarge(`${f.name} inflates to more than its declared ${f.size} bytes`);
    out.set(chunk, pos);
    pos += chunk.length;
  });
  const STEP = 32 * 1024; // each step can yield at most ~32 MB (deflate ≤ 1032:1), checked before the next
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw corrupt(`${f.name}: ${(e as Error).message}`);
  }
  return pos === out.length ? out : out.subarray(0, pos);
}

function unzip(bytes: Uint8Array, entries: ZipEntry[], want: (lowerName: string) => boolean, budget: { used: number }): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const f of entries) {
    const name = canonicalName(f.name);
    if (!want(name) || out.has(name)) continue;
    checkEntry(f, budget);
    out.set(name, extract(bytes, f));
  }
  return out;
}

/** Resolves a relationship target against the source part's folder ("word/document.xml" + "styles.xml"). */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return normalize(target.slice(1));
  const dir = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  return normalize(dir + target);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(path).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/').toLowerCase();
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Relationship targets by type suffix ("officeDocument", "styles", "numbering"). */
function readRels(xml: string | Uint8Array, partName: string, sourcePart: string): Map<string, string> {
  const out = new Map<string, string>();
  parseXml(xml, partName, () => ({
    open(el) {
      const name = el.name.slice(el.name.indexOf(':') + 1);
      if (name !== 'Relationship') return;
      const type = el.attributes.Type ?? '';
      const target = el.attributes.Target;
      if (!target || el.attributes.TargetMode === 'External') return;
      const kind = type.slice(type.lastIndexOf('/') + 1);
      if (!out.has(kind)) out.set(kind, resolveTarget(sourcePart, target));
    },
    close() {},
  }));
  return out;
}

const MAIN_CONTENT_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroenabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroenabledtemplate.main+xml',
];

function mainFromContentTypes(xml: string | Uint8Array): string | undefined {
  let found: string | undefined;
  parseXml(xml, '[Content_Types].xml', () => ({
    open(el) {
      if (found || !el.name.endsWith('Override')) return;
      const ct = (el.attributes.ContentType ?? '').toLowerCase();
      if (MAIN_CONTENT_TYPES.includes(ct) && el.attributes.PartName) found = normalize(el.attributes.PartName);
    },
    close() {},
  }));
  return found;
}

/** What a package that is not a Word document is, by its tell-tale parts. */
function otherKind(entries: ZipEntry[]): string | undefined {
  const names = new Set(entries.map((e) => canonicalName(e.name)));
  if (names.has('xl/workbook.xml')) return 'Excel 表格（.xlsx）';
  if (names.has('ppt/presentation.xml')) return 'PowerPoint 演示文稿（.pptx）';
  if (names.has('content.xml') && names.has('mimetype')) return 'OpenDocument 文件（.odt/.ods/.odp）';
  return undefined;
}

/** The error for a package or part that is not a Word document (`what` says what it is, zh-CN). */
export function notWord(what: string): InputError {
  return new InputError('not-word', `这不是 Word 文档，而是${what}，无法检查。请选择 .docx 格式的对照检查材料（not a Word document: ${what}）`);
}

/** Opens the container and returns the XML text of the parts the reader needs. */
export function openDocx(bytes: Uint8Array): DocxParts {
  if (isOle(bytes)) throw oleError(bytes);
  if (!isZip(bytes)) {
    throw new InputError('not-zip', '文件不是有效的 .docx 文档（不是 zip 压缩包），请确认文件类型（not a .docx/zip file）');
  }
  const budget = { used: 0 };
  const entries = listEntries(bytes);
  // Pass 1: package-level parts and every relationship part (all small).
  const pkg = unzip(bytes, entries, (n) => n === '[content_types].xml' || n.endsWith('.rels'), budget);
  const text = (name: string) => {
    const b = pkg.get(name);
    return b ? xmlPartBytes(b, name) : undefined;
  };
  let mainName: string | undefined;
  const rootRels = text('_rels/.rels');
  if (rootRels) mainName = readRels(rootRels, '_rels/.rels', '').get('officeDocument');
  if (!mainName) {
    const ct = text('[content_types].xml');
    if (ct) mainName = mainFromContentTypes(ct);
  }
  mainName ??= 'word/document.xml';
  if (mainName.startsWith('xl/')) throw notWord('Excel 表格（.xlsx）');
  if (mainName.startsWith('ppt/')) throw notWord('PowerPoint 演示文稿（.pptx）');
  const slash = mainName.lastIndexOf('/');
  const relsName = `${mainName.slice(0, slash + 1)}_rels/${mainName.slice(slash + 1)}.rels`;
  const docRelsXml = text(relsName);
  const docRels = docRelsXml ? readRels(docRelsXml, relsName, mainName) : new Map<string, string>();
  const dir = mainName.slice(0, slash + 1);
  const stylesName = docRels.get('styles') ?? `${dir}styles.xml`;
  const numberingName = docRels.get('numbering') ?? `${dir}numbering.xml`;
  // Pass 2: only the three parts we read.
  const wanted = new Set([mainName, stylesName, numberingName]);
  const parts = unzip(bytes, entries, (n) => wanted.has(n), budget);
  const doc = parts.get(mainName);
  if (!doc) {
    const kind = otherKind(entries);
    if (kind) throw notWord(kind);
    throw new InputError('missing-part', `文件缺少正文部分（${mainName}），不是有效的 Word 文档（missing ${mainName}）`);
  }
  const styles = parts.get(stylesName);
  const numbering = parts.get(numberingName);
  return {
    mainName,
    document: xmlPartBytes(doc, mainName),
    styles: styles ? xmlPartBytes(styles, stylesName) : undefined,
    numbering: numbering ? xmlPartBytes(numbering, numberingName) : undefined,
  };
}
