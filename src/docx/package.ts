/**
 * The .docx container: magic-byte checks (zip, legacy .doc, encrypted OLE), zip-bomb limits,
 * and locating the main document part and its styles/numbering parts through the OPC
 * relationships. Only the parts we need are inflated.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { InputError } from '../core/errors';
import { decodePart, parseXml } from './xml';

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

export interface DocxParts {
  mainName: string;
  document: string;
  styles?: string;
  numbering?: string;
}

const tooLarge = (why: string) =>
  new InputError('too-large', `文件解压后过大或压缩比异常，可能已损坏，拒绝读取（${why}）`);

function checkEntry(f: UnzipFileInfo, budget: { used: number }): void {
  if (f.compression !== 0 && f.compression !== 8) {
    throw new InputError('unreadable', `文件使用了不支持的压缩方式，无法读取 ${f.name}（unsupported zip compression ${f.compression}）`);
  }
  if (f.originalSize > MAX_INFLATED_BYTES || budget.used + f.originalSize > MAX_INFLATED_BYTES) {
    throw tooLarge(`${f.name} declares ${f.originalSize} bytes uncompressed`);
  }
  if (f.originalSize > RATIO_CHECK_ABOVE && f.originalSize > f.size * MAX_RATIO) {
    throw tooLarge(`${f.name} compression ratio ${Math.round(f.originalSize / Math.max(1, f.size))}:1`);
  }
  budget.used += f.originalSize;
}

function unzip(bytes: Uint8Array, want: (lowerName: string) => boolean, budget: { used: number }): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        if (!want(f.name.toLowerCase())) return false;
        checkEntry(f, budget);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('not-zip', `文件已损坏，无法作为 .docx 打开（corrupt zip: ${(e as Error).message}）`);
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) out.set(name.toLowerCase(), data);
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
function readRels(xml: string, partName: string, sourcePart: string): Map<string, string> {
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

function mainFromContentTypes(xml: string): string | undefined {
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

/** Opens the container and returns the XML text of the parts the reader needs. */
export function openDocx(bytes: Uint8Array): DocxParts {
  if (isOle(bytes)) throw oleError(bytes);
  if (!isZip(bytes)) {
    throw new InputError('not-zip', '文件不是有效的 .docx 文档（不是 zip 压缩包），请确认文件类型（not a .docx/zip file）');
  }
  const budget = { used: 0 };
  // Pass 1: package-level parts and every relationship part (all small).
  const pkg = unzip(bytes, (n) => n === '[content_types].xml' || n.endsWith('.rels'), budget);
  const text = (name: string) => {
    const b = pkg.get(name);
    return b ? decodePart(b) : undefined;
  };
  let mainName: string | undefined;
  const rootRels = text('_rels/.rels');
  if (rootRels) mainName = readRels(rootRels, '_rels/.rels', '').get('officeDocument');
  if (!mainName) {
    const ct = text('[content_types].xml');
    if (ct) mainName = mainFromContentTypes(ct);
  }
  mainName ??= 'word/document.xml';
  const slash = mainName.lastIndexOf('/');
  const relsName = `${mainName.slice(0, slash + 1)}_rels/${mainName.slice(slash + 1)}.rels`;
  const docRelsXml = text(relsName);
  const docRels = docRelsXml ? readRels(docRelsXml, relsName, mainName) : new Map<string, string>();
  const dir = mainName.slice(0, slash + 1);
  const stylesName = docRels.get('styles') ?? `${dir}styles.xml`;
  const numberingName = docRels.get('numbering') ?? `${dir}numbering.xml`;
  // Pass 2: only the three parts we read.
  const wanted = new Set([mainName, stylesName, numberingName]);
  const parts = unzip(bytes, (n) => wanted.has(n), budget);
  const doc = parts.get(mainName);
  if (!doc) {
    throw new InputError('missing-part', `文件缺少正文部分（${mainName}），不是有效的 Word 文档（missing ${mainName}）`);
  }
  const styles = parts.get(stylesName);
  const numbering = parts.get(numberingName);
  return {
    mainName,
    document: decodePart(doc),
    styles: styles ? decodePart(styles) : undefined,
    numbering: numbering ? decodePart(numbering) : undefined,
  };
}
