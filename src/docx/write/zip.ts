/**
 * Zip writing for .docx output. Pure (Uint8Array only), runs in Node and in the browser.
 *
 * `replaceEntries` rewrites a package with some parts replaced and every other entry copied as its
 * original bytes (local header, compressed data, data descriptor, central-directory record), in the
 * original order — so styles, images, comments… are byte-for-byte what they were.
 * `buildZip` writes a new package from parts in the given order (used by `xingshen new`).
 */
import { deflateSync, Inflate } from 'fflate';
import { InputError } from '../../core/errors';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One entry as found in the central directory, with the byte ranges needed to copy it verbatim. */
export interface RawEntry {
  name: string;
  /** The central-directory record (46 bytes + name + extra + comment). */
  central: Uint8Array;
  /** Local header start and the end of its data (and data descriptor, if any). */
  localStart: number;
  localEnd: number;
  compression: number;
  compressedSize: number;
  size: number;
  flags: number;
  zip64: boolean;
}

const corrupt = (why: string) => new InputError('not-zip', `文件已损坏，无法作为 .docx 打开（corrupt zip: ${why}）`);

/** Lists the entries in central-directory order with the ranges to copy. */
export function rawEntries(bytes: Uint8Array): RawEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.length - eocd <= 65557 && u32(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0 || u32(eocd) !== 0x06054b50) throw corrupt('no end of central directory');
  const count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  const utf8 = new TextDecoder('utf-8');
  const out: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(offset) !== 0x02014b50) throw corrupt('bad central directory');
    const nameLen = u16(offset + 28);
    const extraLen = u16(offset + 30);
    const commentLen = u16(offset + 32);
    const end = offset + 46 + nameLen + extraLen + commentLen;
    const flags = u16(offset + 8);
    const compressedSize = u32(offset + 20);
    const size = u32(offset + 24);
    const localStart = u32(offset + 42);
    const zip64 = compressedSize === 0xffffffff || size === 0xffffffff || localStart === 0xffffffff || count === 0xffff;
    const name = utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLen));
    let localEnd = localStart;
    if (!zip64) {
      if (localStart + 30 > bytes.length || u32(localStart) !== 0x04034b50) throw corrupt(`bad local header for ${name}`);
      localEnd = localStart + 30 + u16(localStart + 26) + u16(localStart + 28) + compressedSize;
      if (flags & 8) {
        // Data descriptor: optional signature, crc, sizes (32-bit here).
        localEnd += u32(localEnd) === 0x08074b50 ? 16 : 12;
      }
      if (localEnd > bytes.length) throw corrupt(`${name} is truncated`);
    }
    out.push({ name, central: bytes.subarray(offset, end), localStart, localEnd, compression: u16(offset + 10), compressedSize, size, flags, zip64 });
    offset = end;
  }
  return out;
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** DOS date/time of a Date (local time), as zip stores it. */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface NewEntry {
  name: Uint8Array;
  data: Uint8Array;
  crc: number;
  size: number;
  compression: number;
  time: number;
  date: number;
  /** Fields copied from an original central record (version made by, attributes). */
  madeBy: number;
  internalAttr: number;
  externalAttr: number;
}

function newEntry(name: string, content: Uint8Array, time: { time: number; date: number }, from?: Uint8Array): NewEntry {
  const store = /\.(png|jpe?g|gif|emf|wmf|tiff?|bmp)$/i.test(name) || content.length < 64;
  const data = store ? content : deflateSync(content, { level: 6 });
  let madeBy = 20;
  let internalAttr = 0;
  let externalAttr = 0;
  if (from) {
    const v = new DataView(from.buffer, from.byteOffset, from.byteLength);
    madeBy = v.getUint16(4, true);
    internalAttr = v.getUint16(36, true);
    externalAttr = v.getUint32(38, true);
  }
  return { name: new TextEncoder().encode(name), data, crc: crc32(content), size: content.length, compression: store ? 0 : 8, ...time, madeBy, internalAttr, externalAttr };
}

function localHeader(e: NewEntry): Uint8Array {
  const h = new Uint8Array(30 + e.name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 0x0800, true); // UTF-8 names
  v.setUint16(8, e.compression, true);
  v.setUint16(10, e.time, true);
  v.setUint16(12, e.date, true);
  v.setUint32(14, e.crc, true);
  v.setUint32(18, e.data.length, true);
  v.setUint32(22, e.size, true);
  v.setUint16(26, e.name.length, true);
  h.set(e.name, 30);
  return h;
}

function centralRecord(e: NewEntry, offset: number): Uint8Array {
  const h = new Uint8Array(46 + e.name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, e.madeBy, true);
  v.setUint16(6, 20, true);
  v.setUint16(8, 0x0800, true);
  v.setUint16(10, e.compression, true);
  v.setUint16(12, e.time, true);
  v.setUint16(14, e.date, true);
  v.setUint32(16, e.crc, true);
  v.setUint32(20, e.data.length, true);
  v.setUint32(24, e.size, true);
  v.setUint16(28, e.name.length, true);
  v.setUint16(36, e.internalAttr, true);
  v.setUint32(38, e.externalAttr, true);
  v.setUint32(42, offset, true);
  h.set(e.name, 46);
  return h;
}

function endRecord(count: number, cdSize: number, cdOffset: number): Uint8Array {
  const h = new Uint8Array(22);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, cdSize, true);
  v.setUint32(16, cdOffset, true);
  return h;
}

/** Builds a zip from parts in the given order (deflate; images stored). `mtime` defaults to 2024-01-01 for reproducible output. */
export function buildZip(parts: readonly [string, Uint8Array][], mtime = new Date(2024, 0, 1)): Uint8Array {
  const w = new Writer();
  const central: Uint8Array[] = [];
  const t = dosTime(mtime);
  for (const [name, content] of parts) {
    const e = newEntry(name, content, t);
    central.push(centralRecord(e, w.length));
    w.push(localHeader(e));
    w.push(e.data);
  }
  const cdOffset = w.length;
  let cdSize = 0;
  for (const c of central) {
    w.push(c);
    cdSize += c.length;
  }
  w.push(endRecord(parts.length, cdSize, cdOffset));
  return w.concat();
}

/**
 * Copies the package with the named entries replaced (names as stored in the zip, exact case).
 * Every other entry is copied as its original bytes and keeps its place in the entry order.
 */
export function replaceEntries(bytes: Uint8Array, replacements: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries = rawEntries(bytes);
  if (entries.some((e) => e.zip64)) throw new InputError('unreadable', '文件使用了 zip64 格式，暂不支持改写（zip64 packages are not supported for writing）');
  const w = new Writer();
  const central: Uint8Array[] = [];
  for (const e of entries) {
    const offset = w.length;
    const replacement = replacements.get(e.name);
    if (replacement) {
      const cv = new DataView(e.central.buffer, e.central.byteOffset, e.central.byteLength);
      const ne = newEntry(e.name, replacement, { time: cv.getUint16(12, true), date: cv.getUint16(14, true) }, e.central);
      central.push(centralRecord(ne, offset));
      w.push(localHeader(ne));
      w.push(ne.data);
      continue;
    }
    const rec = e.central.slice();
    new DataView(rec.buffer).setUint32(42, offset, true);
    central.push(rec);
    w.push(bytes.subarray(e.localStart, e.localEnd));
  }
  const cdOffset = w.length;
  let cdSize = 0;
  for (const c of central) {
    w.push(c);
    cdSize += c.length;
  }
  w.push(endRecord(entries.length, cdSize, cdOffset));
  return w.concat();
}

/** Reads one entry's uncompressed bytes (call after the reader has accepted the package: its size limits apply). */
export function entryBytes(bytes: Uint8Array, entry: RawEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localStart + 30 + view.getUint16(entry.localStart + 26, true) + view.getUint16(entry.localStart + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.compression === 0) return data.slice();
  const out = new Uint8Array(entry.size);
  let pos = 0;
  // Bounded inflate: never more than the declared size.
  const inf = new Inflate((chunk) => {
    if (pos + chunk.length > out.length) throw corrupt(`${entry.name} inflates to more than its declared size`);
    out.set(chunk, pos);
    pos += chunk.length;
  });
  try {
    inf.push(data, true);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw corrupt(`${entry.name}: ${(e as Error).message}`);
  }
  return pos === out.length ? out : out.subarray(0, pos);
}
