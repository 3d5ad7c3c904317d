/**
 * CRC-32 (the zip polynomial), pure JavaScript by default; Node registers zlib's native one
 * (node-inflate.ts), which is several times faster on a 30 MB part.
 */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32Js(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

let native: ((data: Uint8Array) => number) | null = null;

/** Makes crc32 use `fn` (null: back to the JavaScript table). */
export function useCrc32(fn: ((data: Uint8Array) => number) | null): void {
  native = fn;
}

export function crc32(data: Uint8Array): number {
  return native ? native(data) >>> 0 : crc32Js(data);
}
