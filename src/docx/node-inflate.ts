/**
 * Node only: inflate .docx parts with zlib (native, several times faster than fflate). The CLI
 * calls `useZlibInflate()` at start-up; the browser bundles never import this file.
 */
import * as buffer from 'buffer';
import * as zlib from 'zlib';
import { inflateRawSync } from 'zlib';
import { useCrc32 } from './crc32';
import { useUtf8Validator } from './encoding';
import { InflateOverflow, useRawInflate } from './package';

/** zlib's largest chunk size (it allocates the whole chunk up front). */
const CHUNK_MAX = 256 * 1024 * 1024;

export function inflateWithZlib(data: Uint8Array, maxSize: number): Uint8Array {
  let out: Buffer;
  try {
    // maxOutputLength bounds the work: zlib stops instead of inflating a lying entry to the end.
    // One output chunk of the declared size (+1, to see a lie): zlib's default 16 KB chunks are
    // concatenated at the end, which holds a large part twice (a 90 MB document.xml peaked at 430 MB RSS).
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxSize), chunkSize: Math.min(Math.max(64, maxSize + 1), CHUNK_MAX) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateOverflow((e as Error).message);
    throw e;
  }
  if (out.length > maxSize) throw new InflateOverflow(`${out.length} > ${maxSize}`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Node's native helpers where this Node has them (zlib.crc32: Node ≥ 20.15; buffer.isUtf8: Node ≥ 18.14). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const nativeIsUtf8 = (buffer as { isUtf8?: (data: Uint8Array) => boolean }).isUtf8;

/** Inflate, CRC-32 and UTF-8 validation in native code (the reader's results are the same, only faster). */
export function useZlibInflate(): void {
  useRawInflate(inflateWithZlib);
  if (nativeCrc32) useCrc32((d) => nativeCrc32(d));
  if (nativeIsUtf8) useUtf8Validator((d) => nativeIsUtf8(d));
}
