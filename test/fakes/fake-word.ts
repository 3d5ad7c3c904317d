/**
 * A project-owned fake of exactly the Word API surface `src/office` uses (office-addin-mock cannot
 * model collections). It keeps an in-memory document and mimics Office.js batching:
 *
 * - property reads throw `PropertyNotLoaded` unless the property was `load`ed AND a `sync()` ran since;
 * - collection `items` exist only after a load + sync; argument-less `load()` is refused;
 * - writes are queued and run, in order, at `sync()`; a failing op leaves the earlier ones applied and
 *   drops the rest (Office.js does not roll a batch back);
 * - `Word.run` syncs what is still queued after the batch, like the runtime (`ctx.sync(runBodyResult)`),
 *   and then sends a separate clean-up round trip for the proxies it tracked automatically (counted in
 *   `cleanups`, not in `syncCount`; see FakeContext);
 * - APIs above the configured requirement set throw `ApiNotFound` AT THE CALL or property read, as the
 *   runtime's `_throwIfApiNotSupported` does (audit §1), not at sync;
 * - every `sync()` is counted and every `load` path recorded, so tests can assert both.
 *
 * Since issue 18 it is as strict as Word where Word is unkind (audit word-api-audit.md §12): host profiles
 * (win32 / mac / web), protection and viewing mode failing writes with GeneralException, style-linked
 * numbering, tracked-deleted and hidden runs, Word's Find semantics, East Asian font slots, content-control
 * limits, comment refusals, event drops, the settings size limit, a slow onReady, `$top`/`$skip` loads.
 *
 * Install with `installFakeWord(doc)`; it sets `globalThis.Word` and `globalThis.Office`.
 */
import { fakeOffice } from './fake-office';
import { FakeContext } from './fake-base';
import { DocumentProxy } from './fake-objects';
import type { FakeWordDocument } from './fake-doc';

export * from './fake-doc';
export { FakeClientResult } from './fake-base';
export { isCjkFont } from './fake-range';

// ---------------------------------------------------------------------------------------------
// Globals
// ---------------------------------------------------------------------------------------------

export interface InstalledFake {
  doc: FakeWordDocument;
  uninstall(): void;
}

/** Installs `Word` and `Office` on globalThis for `doc`; returns the document (for assertions) and an uninstaller. */
export function installFakeWord(doc: FakeWordDocument): InstalledFake {
  const g = globalThis as Record<string, unknown>;
  const before = { Word: g.Word, Office: g.Office };
  const run = async <R>(a: unknown, b?: unknown): Promise<R> => {
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<R>;
    const reuse = typeof a === 'function' ? undefined : (a as { context?: FakeContext }).context;
    const ctx = reuse instanceof FakeContext ? reuse : new FakeContext(doc, (c) => new DocumentProxy(c, () => doc));
    try {
      const result = await batch(ctx);
      // The runtime syncs what the batch left queued (`ctx.sync(runBodyResult)`, audit L6).
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      // Then one separate clean-up request releases the auto-tracked proxies, success or failure.
      if (ctx.tracked > 0) {
        doc.cleanups++;
        doc.cleanupObjects += ctx.tracked;
        ctx.tracked = 0;
      }
    }
  };
  g.Word = { run, InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' } };
  g.Office = fakeOffice(doc);
  return {
    doc,
    uninstall() {
      g.Word = before.Word;
      g.Office = before.Office;
    },
  };
}
