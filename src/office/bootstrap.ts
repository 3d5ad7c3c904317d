/**
 * Starts the Word side of the pane: waits for Office.js when it is present, and says whether we run in
 * Word. Outside Word (plain browser, Office.js blocked or never ready) the pane shows its preview.
 *
 * Audit M9: `office.js` is only a loader; `Office.onReady` resolves after it has fetched the host script
 * (~740 KB) and completed the handshake, which on slow or filtered networks takes more than 3 s, and it
 * never resolves when the files are blocked [doc: develop/initialize-add-in.md]. So:
 * - when the page can tell it was opened by Office (`_host_Info` in the URL on desktop — office.js parses
 *   it itself —, host info in `window.name` on the web), we wait much longer (20 s);
 * - in every case we keep listening, and `onLate` switches the pane to Word when onReady resolves late.
 */
import type { DocumentHost } from '../core/host';
import { WordHost } from './word-host';

/** How long to wait for `Office.onReady` in a plain browser (it never resolves when office.js files are blocked). */
export const OFFICE_READY_TIMEOUT_MS = 3000;
/** How long to wait when the page was opened by Office. */
export const IN_OFFICE_TIMEOUT_MS = 20000;

export interface OfficeReady {
  inOffice: boolean;
  host?: DocumentHost;
  /** Word's display language (`Office.context.displayLanguage`, e.g. 'zh-CN'), when in Word. */
  displayLanguage?: string;
  /** Opened by Office (by the URL), but Office.js did not load: blocked by a firewall or proxy. */
  officeJsMissing?: boolean;
  /** Opened by Office, but Office.onReady did not resolve in time (still listening). */
  timedOut?: boolean;
}

export interface OfficeReadyOptions {
  timeoutMs?: number;
  /** Called once if Office.onReady resolves in Word after the timeout. */
  onLate?: (ready: OfficeReady) => void;
  /** The page location and window name (for tests). */
  href?: string;
  windowName?: string;
}

/** Whether Office opened this page: desktop Word adds `_host_Info=Word$Win32$…`, Word on the web puts host info in window.name. */
export function openedByOffice(href?: string, windowName?: string): boolean {
  const url = href ?? (typeof location !== 'undefined' ? location.href : '');
  const name = windowName ?? (typeof window !== 'undefined' ? String(window.name ?? '') : '');
  return /[?&#]_host_Info=/i.test(url) || /_host_Info|"?hostInfo"?\s*[:=]/i.test(name) || /\bWord\|(Web|Win32|Mac)\|/i.test(name);
}

/** Word's display language; undefined before Office is ready or outside Office. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office !== 'undefined' ? Office.context?.displayLanguage || undefined : undefined;
  } catch {
    return undefined;
  }
}

function inWordReady(): OfficeReady {
  const displayLanguage = officeDisplayLanguage();
  return { inOffice: true, host: new WordHost(), ...(displayLanguage ? { displayLanguage } : {}) };
}

function inWord(info: { host: Office.HostType | null } | null): boolean {
  return !!info && info.host !== null && String(info.host) === 'Word' && typeof Word !== 'undefined';
}

export async function officeReady(options: number | OfficeReadyOptions = {}): Promise<OfficeReady> {
  const o: OfficeReadyOptions = typeof options === 'number' ? { timeoutMs: options } : options;
  const byOffice = openedByOffice(o.href, o.windowName);
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return byOffice ? { inOffice: false, officeJsMissing: true } : { inOffice: false };
  const timeoutMs = o.timeoutMs ?? (byOffice ? IN_OFFICE_TIMEOUT_MS : OFFICE_READY_TIMEOUT_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve(null);
    }, timeoutMs);
  });
  const ready = Office.onReady().catch(() => null);
  let info: { host: Office.HostType | null } | null;
  try {
    info = await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
  if (timedOut) {
    // Keep listening: a late onReady still switches the pane to Word.
    void ready.then((late) => {
      if (inWord(late)) o.onLate?.(inWordReady());
    });
    return byOffice ? { inOffice: false, timedOut: true } : { inOffice: false };
  }
  if (!inWord(info)) return { inOffice: false };
  return inWordReady();
}
