/**
 * What the pane's end-to-end tests share: a static server for a built pane folder on 127.0.0.1 and Debian's
 * Chromium (playwright-core, headless, a fresh profile) at Word's narrowest pane width, with every request to
 * another host refused and recorded.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The flags this machine's closed network needs (no background connections, no QUIC, no first-run pages). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PaneSession {
  /** http://127.0.0.1:<port> serving `dir`. */
  base: string;
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested, in order. */
  requests: string[];
  /** Paths the server answered with a file. */
  served: string[];
  /** Uncaught errors of the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A static server for `dir` on 127.0.0.1 (a free port); each path answered with a file is pushed to `served`. */
export async function serveStatic(dir: string, served: string[] = []): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    served.push(url.pathname);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Serves `dir` and opens Chromium on a fresh profile; requests outside this machine are aborted. */
export async function openPane(dir: string, viewport = { width: 320, height: 800 }): Promise<PaneSession> {
  const served: string[] = [];
  const { server, base } = await serveStatic(dir, served);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xingshen-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'zh-CN',
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // office.js from the CDN may be attempted but is never fetched; anything else outside this machine is refused too.
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    base,
    context,
    page,
    requests,
    served,
    pageErrors,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
