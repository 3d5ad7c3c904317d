/**
 * Node only: inflate .docx parts with zlib (native, several times faster than fflate). The CLI
 * calls `useZlibInflate()` at start-up; the browser bundles never import this file.
 */
import { inflateRawSync } from 'zlib';
import { InflateOverflow, useRawInflate } from './package';

export function inflateWithZlib(data: Uint8Array, maxSize: number): Uint8Array {
  let out: Buffer;
  try {
    // maxOutputLength bounds the work: zlib stops instead of inflating a lying entry to the end.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxSize) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateOverflow((e as Error).message);
    throw e;
  }
  if (out.length > maxSize) throw new InflateOverflow(`${out.length} > ${maxSize}`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

export function useZlibInflate(): void {
  useRawInflate(inflateWithZlib);
}
