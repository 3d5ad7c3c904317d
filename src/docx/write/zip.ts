/**
 * Zip writing for .docx output. Pure (Uint8Array only), runs in Node and in the browser.
 *
 * `replaceEntries` rewrites a package with some parts replaced and every other entry copied as its
 * original bytes (local header, compressed data, data descriptor, central-directory record), in the
 * original order — so styles, images, comments… are byte-for-byte what they were.
 * `buildZip` writes a new package from parts in the given order (used by `xingshen new`).
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../crc32';
import { inflateEntry } from '../package';
import { localRange, readZipDirectory, type ZipEntry } from '../zip-entries';

export { crc32 } from '../crc32';

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
  /** The entry as the reader lists it (the same directory reader: zip64, duplicate names). */
  entry: ZipEntry;
}

/** Lists the entries in central-directory order with the ranges to copy (read exactly as the reader reads them). */
export function rawEntries(bytes: Uint8Array): RawEntry[] {
  return readZipDirectory(bytes).entries.map((e) => {
    const r = localRange(bytes, e);
    return {
      name: e.name,
      central: bytes.subarray(e.centralStart, e.centralEnd),
      localStart: r.headerStart,
      localEnd: r.end,
      compression: e.compression,
      compressedSize: e.compressedSize,
      size: e.size,
      flags: e.flags,
      zip64: e.zip64,
      entry: e,
    };
  });
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

function endRecord(count: number, cdSize: number, cdOffset: number, comment: Uint8Array = new Uint8Array(0)): Uint8Array {
  const h = new Uint8Array(22 + comment.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, Math.min(count, 0xffff), true);
  v.setUint16(10, Math.min(count, 0xffff), true);
  v.setUint32(12, Math.min(cdSize, 0xffffffff), true);
  v.setUint32(16, Math.min(cdOffset, 0xffffffff), true);
  v.setUint16(20, comment.length, true);
  h.set(comment, 22);
  return h;
}

/** Zip64 end of central directory record and locator (needed past 65,535 entries). */
function zip64End(count: number, cdSize: number, cdOffset: number, at: number): Uint8Array {
  const h = new Uint8Array(56 + 20);
  const v = new DataView(h.buffer);
  const set64 = (o: number, n: number) => {
    v.setUint32(o, n % 0x100000000, true);
    v.setUint32(o + 4, Math.floor(n / 0x100000000), true);
  };
  v.setUint32(0, 0x06064b50, true);
  set64(4, 44);
  v.setUint16(12, 45, true);
  v.setUint16(14, 45, true);
  set64(24, count);
  set64(32, count);
  set64(40, cdSize);
  set64(48, cdOffset);
  v.setUint32(56, 0x07064b50, true);
  set64(64, at);
  v.setUint32(72, 1, true);
  return h;
}

/** A copied central record with its local-header offset set to `offset` (in the zip64 extra field when the record keeps it there). */
function withOffset(e: RawEntry, offset: number): Uint8Array {
  const rec = e.central.slice();
  const v = new DataView(rec.buffer);
  if (v.getUint32(42, true) !== 0xffffffff) {
    v.setUint32(42, offset, true);
    return rec;
  }
  const nameLen = v.getUint16(28, true);
  const extraLen = v.getUint16(30, true);
  for (let x = 46 + nameLen, end = x + extraLen; x + 4 <= end; x += 4 + v.getUint16(x + 2, true)) {
    if (v.getUint16(x, true) !== 1) continue;
    let f = x + 4;
    if (v.getUint32(24, true) === 0xffffffff) f += 8;
    if (v.getUint32(20, true) === 0xffffffff) f += 8;
    v.setUint32(f, offset % 0x100000000, true);
    v.setUint32(f + 4, Math.floor(offset / 0x100000000), true);
  }
  return rec;
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
  const dir = readZipDirectory(bytes);
  const entries = rawEntries(bytes);
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
    central.push(withOffset(e, offset));
    w.push(bytes.subarray(e.localStart, e.localEnd));
  }
  const cdOffset = w.length;
  let cdSize = 0;
  for (const c of central) {
    w.push(c);
    cdSize += c.length;
  }
  if (dir.zip64 || entries.length >= 0xffff) w.push(zip64End(entries.length, cdSize, cdOffset, w.length));
  w.push(endRecord(entries.length, cdSize, cdOffset, dir.comment));
  return w.concat();
}

/** Reads one entry's uncompressed bytes, exactly as the reader inflates it (bounded by its declared size). */
export function entryBytes(bytes: Uint8Array, entry: RawEntry): Uint8Array {
  return inflateEntry(bytes, entry.entry);
}
