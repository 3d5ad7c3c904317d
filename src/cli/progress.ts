/**
 * A one-line progress indicator on stderr (`[12/340] 正在检查 文件名…`), redrawn in place with \r.
 * Only when stderr is a terminal: piped or redirected runs stay quiet, and stdout is never touched.
 */

export interface Progress {
  /** Called before file `index` (0-based) of `total` is checked. */
  update(index: number, total: number, file: string): void;
  /** Clears the line so the report that follows starts clean. */
  done(): void;
}

/** Display width of a string in a terminal: CJK and full-width forms take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += wide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Keeps the end of a long name (the file name itself), prefixed with "…", within `max` columns. */
export function fitWidth(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  const chars = [...s];
  let w = 1;
  let i = chars.length;
  while (i > 0 && w + displayWidth(chars[i - 1]) <= max) w += displayWidth(chars[--i]);
  return '…' + chars.slice(i).join('');
}

const CLEAR_EOL = '\x1b[K';

export function createProgress(stderr: { write(s: string): unknown }, isTTY: boolean | undefined, opts: { columns?: number; minFiles?: number } = {}): Progress {
  const minFiles = opts.minFiles ?? 2;
  const columns = opts.columns && opts.columns > 20 ? opts.columns : 80;
  let shown = false;
  return {
    update(index, total, file) {
      if (!isTTY || total < minFiles) return;
      const head = `[${index + 1}/${total}] 正在检查 `;
      const room = Math.max(10, columns - 1 - displayWidth(head) - 1);
      stderr.write(`\r${head}${fitWidth(file, room)}…${CLEAR_EOL}`);
      shown = true;
    },
    done() {
      if (!shown) return;
      stderr.write(`\r${CLEAR_EOL}`);
      shown = false;
    },
  };
}
