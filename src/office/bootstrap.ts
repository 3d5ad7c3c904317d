/**
 * Starts the Word side of the pane: waits for Office.js when it is present, and says whether we run in
 * Word. Outside Word (plain browser, Office.js blocked or never ready) the pane shows its preview.
 */
import type { DocumentHost } from '../core/host';
import { WordHost } from './word-host';

/** How long to wait for `Office.onReady` (it never resolves when office.js files are blocked). */
export const OFFICE_READY_TIMEOUT_MS = 3000;

export interface OfficeReady {
  inOffice: boolean;
  host?: DocumentHost;
}

export async function officeReady(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeReady> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { inOffice: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  let info: { host: Office.HostType | null } | null;
  try {
    info = await Promise.race([Office.onReady().catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
  const inWord = !!info && info.host !== null && String(info.host) === 'Word' && typeof Word !== 'undefined';
  if (!inWord) return { inOffice: false };
  return { inOffice: true, host: new WordHost() };
}
