/**
 * The zip central directory, read one way for both the reader (package.ts) and the writer
 * (write/zip.ts): zip64 records, data descriptors, entry names. A package with two entries of the
 * same name is refused here (which one is the document is a guess: Python's zipfile in append mode
 * writes such files, and readers disagree on which copy wins).
 */
import { InputError } from '../core/errors';

export interface ZipEntry {
  /** The name as stored. */
  name: string;
  compression: number;
  flags: number;
  /** CRC-32 of the uncompressed data, from the central directory. */
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header (zip64 resolved). */
  localOffset: number;
  /** The central-directory record's byte range. */
  centralStart: number;
  centralEnd: number;
  /** Some field of the record is in its zip64 extra field. */
  zip64: boolean;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** The package has zip64 end records. */
  zip64: boolean;
  /** The archive comment (bytes after the end record's fixed part). */
  comment: Uint8Array;
}

export const corruptZip = (why: string) => new InputError('not-zip', `文件已损坏，无法作为 .docx 打开（corrupt zip: ${why}）`);

const MAX_NAME_SHOWN = 80;

/** Lists the entries in central-directory order. Throws InputError for a damaged directory or duplicate names. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  const u64 = (o: number) => u32(o) + u32(o + 4) * 0x100000000;
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.length - eocd <= 65557 && u32(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0 || u32(eocd) !== 0x06054b50) throw corruptZip('no end of central directory');
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  let zip64 = false;
  if (eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z = u64(eocd - 12);
    if (z + 56 <= bytes.length && u32(z) === 0x06064b50) {
      count = u64(z + 32);
      offset = u64(z + 48);
      zip64 = true;
    }
  }
  const commentLen = u16(eocd + 20);
  const comment = bytes.subarray(eocd + 22, Math.min(bytes.length, eocd + 22 + commentLen));
  const utf8 = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(offset) !== 0x02014b50) throw corruptZip('bad central directory');
    const nameLen = u16(offset + 28);
    const extraLen = u16(offset + 30);
    const cLen = u16(offset + 32);
    const end = offset + 46 + nameLen + extraLen + cLen;
    if (end > bytes.length) throw corruptZip('bad central directory');
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLen)),
      compression: u16(offset + 10),
      flags: u16(offset + 8),
      crc: u32(offset + 16),
      compressedSize: u32(offset + 20),
      size: u32(offset + 24),
      localOffset: u32(offset + 42),
      centralStart: offset,
      centralEnd: end,
      zip64: false,
    };
    // Zip64 extended information: the 0xFFFFFFFF fields, in order.
    for (let x = offset + 46 + nameLen, xEnd = x + extraLen; x + 4 <= xEnd; ) {
      const id = u16(x);
      const len = u16(x + 2);
      if (id === 1) {
        let f = x + 4;
        const fEnd = Math.min(x + 4 + len, xEnd);
        if (entry.size === 0xffffffff && f + 8 <= fEnd) {
          entry.size = u64(f);
          f += 8;
          entry.zip64 = true;
        }
        if (entry.compressedSize === 0xffffffff && f + 8 <= fEnd) {
          entry.compressedSize = u64(f);
          f += 8;
          entry.zip64 = true;
        }
        if (entry.localOffset === 0xffffffff && f + 8 <= fEnd) {
          entry.localOffset = u64(f);
          entry.zip64 = true;
        }
      }
      x += 4 + len;
    }
    const key = canonicalName(entry.name);
    if (seen.has(key)) {
      const shown = entry.name.length > MAX_NAME_SHOWN ? entry.name.slice(0, MAX_NAME_SHOWN) + '…' : entry.name;
      throw new InputError(
        'duplicate-entry',
        `文件中有两个同名部件（${shown}），可能是脚本以追加方式改写过文件；无法确定哪一份是真正的内容，拒绝读取。请在 Word 或 WPS 中打开后另存为新的 .docx 再试（duplicate zip entry ${shown}）`,
      );
    }
    seen.add(key);
    entries.push(entry);
    offset = end;
  }
  return { entries, zip64, comment };
}

/** Part names compare case-insensitively, without a leading slash (OPC). */
export function canonicalName(name: string): string {
  return name.replace(/^\//, '').toLowerCase();
}

export interface LocalRange {
  /** Start of the local header, of the compressed data, and the end of the entry (data descriptor included). */
  headerStart: number;
  dataStart: number;
  dataEnd: number;
  end: number;
}

/** Locates an entry's local header, data and data descriptor; throws InputError when they do not fit. */
export function localRange(bytes: Uint8Array, f: ZipEntry): LocalRange {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lh = f.localOffset;
  if (lh + 30 > bytes.length || view.getUint32(lh, true) !== 0x04034b50) throw corruptZip(`bad local header for ${f.name}`);
  const nameLen = view.getUint16(lh + 26, true);
  const extraLen = view.getUint16(lh + 28, true);
  const dataStart = lh + 30 + nameLen + extraLen;
  const dataEnd = dataStart + f.compressedSize;
  if (dataEnd > bytes.length) throw corruptZip(`${f.name} is truncated`);
  let end = dataEnd;
  if (f.flags & 8) {
    // Data descriptor: optional signature, crc, sizes (64-bit when the local header has a zip64 field).
    let local64 = false;
    for (let x = lh + 30 + nameLen, xEnd = x + extraLen; x + 4 <= xEnd; x += 4 + view.getUint16(x + 2, true)) if (view.getUint16(x, true) === 1) local64 = true;
    const sig = end + 4 <= bytes.length && view.getUint32(end, true) === 0x08074b50;
    end += (sig ? 4 : 0) + 4 + (local64 ? 16 : 8);
    if (end > bytes.length) throw corruptZip(`${f.name} is truncated`);
  }
  return { headerStart: lh, dataStart, dataEnd, end };
}
