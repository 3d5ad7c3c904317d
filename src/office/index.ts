/** The Word adapter: the only place the pane gets a Word-backed DocumentHost from. */
import type { DocumentHost } from '../core/host';
import { WordHost, type RemoveReport } from './word-host';

export { WordHost, SKELETON_TAG, READ_PATHS, type RemoveReport } from './word-host';
export { HostError, type HostErrorCode } from './errors';
export { officeReady, type OfficeReady } from './bootstrap';

/** A DocumentHost on the current Word document (call after `officeReady()` said we are in Word). */
export function createWordHost(): WordHost & DocumentHost {
  return new WordHost();
}

/** Removes the skeletons we inserted (untouched ones entirely; edited ones keep their text). */
export function removeSkeletons(host: DocumentHost = createWordHost()): Promise<RemoveReport> {
  if (!(host instanceof WordHost)) return Promise.resolve({ removed: 0, kept: 0 });
  return host.removeSkeletons();
}
