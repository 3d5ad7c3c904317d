/**
 * Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): a page with the character 省 and a green
 * check badge. Vector shapes, 4×4 supersampled, written with a small hand-rolled PNG encoder (node:zlib).
 *
 *   npx tsx scripts/make-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type RGBA = [number, number, number, number];
type Shape = { color: RGBA; inside: (x: number, y: number) => boolean; minSize?: number; maxSize?: number };

const RED: RGBA = [176, 32, 32, 255];
const PAGE: RGBA = [255, 255, 255, 255];
const EDGE: RGBA = [96, 96, 104, 255];
const FOLD: RGBA = [222, 222, 228, 255];
const GREEN: RGBA = [34, 139, 64, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const LINE: RGBA = [150, 150, 160, 255];

function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A stroke: a capsule around a segment, `w` wide. */
const stroke = (ax: number, ay: number, bx: number, by: number, w: number) => (x: number, y: number) => segDist(x, y, ax, ay, bx, by) <= w / 2;

function inPolygon(x: number, y: number, pts: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Page with a folded top-right corner.
const L = 0.12;
const R = 0.8;
const T = 0.04;
const B = 0.96;
const F = 0.2;
const page: [number, number][] = [
  [L, T],
  [R - F, T],
  [R, T + F],
  [R, B],
  [L, B],
];
const edgeW = 0.045;
const pageEdge = (x: number, y: number) => page.some((p, i) => segDist(x, y, ...p, ...page[(i + 1) % page.length]) <= edgeW / 2);

/** The character 省 as strokes, in a box (gx, gy, size). */
function glyph(gx: number, gy: number, s: number, w: number): ((x: number, y: number) => boolean)[] {
  const P = (u: number, v: number): [number, number] => [gx + u * s, gy + v * s];
  const seg = (a: [number, number], b: [number, number]) => stroke(...a, ...b, w * s);
  return [
    // 少
    seg(P(0.5, 0.0), P(0.5, 0.3)),
    seg(P(0.3, 0.1), P(0.16, 0.28)),
    seg(P(0.7, 0.1), P(0.84, 0.26)),
    seg(P(0.84, 0.3), P(0.08, 0.52)),
    // 目
    seg(P(0.3, 0.58), P(0.3, 1.0)),
    seg(P(0.76, 0.58), P(0.76, 1.0)),
    seg(P(0.3, 0.58), P(0.76, 0.58)),
    seg(P(0.3, 0.72), P(0.76, 0.72)),
    seg(P(0.3, 0.86), P(0.76, 0.86)),
    seg(P(0.3, 1.0), P(0.76, 1.0)),
  ];
}

const badge = { cx: 0.74, cy: 0.74, r: 0.24 };
const shapes: Shape[] = [
  { color: PAGE, inside: (x, y) => inPolygon(x, y, page) },
  { color: FOLD, inside: (x, y) => inPolygon(x, y, [[R - F, T], [R - F, T + F], [R, T + F]]) },
  { color: EDGE, inside: pageEdge },
  { color: EDGE, inside: stroke(R - F, T, R - F, T + F, edgeW) },
  { color: EDGE, inside: stroke(R - F, T + F, R, T + F, edgeW) },
  // At 16 px a glyph is illegible: text lines stand in for it.
  ...[0.3, 0.45, 0.6].map((y): Shape => ({ color: LINE, inside: stroke(0.24, y, 0.6, y, 0.07), maxSize: 16 })),
  ...glyph(0.2, 0.2, 0.46, 0.1).map((inside): Shape => ({ color: RED, inside, minSize: 32 })),
  { color: WHITE, inside: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r + 0.035 },
  { color: GREEN, inside: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r },
  { color: WHITE, inside: stroke(0.62, 0.75, 0.7, 0.83, 0.07) },
  { color: WHITE, inside: stroke(0.7, 0.83, 0.86, 0.65, 0.07) },
];

function render(size: number): Uint8Array {
  const ss = 4;
  const out = new Uint8Array(size * size * 4);
  const active = shapes.filter((s) => (s.minSize ?? 0) <= size && size <= (s.maxSize ?? Infinity));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c: RGBA | null = null;
          for (const s of active) if (s.inside(x, y)) c = s.color;
          if (c) {
            const ca = c[3] / 255;
            r += c[0] * ca;
            g += c[1] * ca;
            b += c[2] * ca;
            a += ca;
          }
        }
      }
      const i = (py * size + px) * 4;
      const n = ss * ss;
      out[i + 3] = Math.round((a / n) * 255);
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, render(size)));
  console.log(`assets/icon-${size}.png`);
}
