/**
 * A full garbage collection on demand, for the few points where the CLI knows a large buffer has just
 * become garbage (the inflated document.xml after reading): freeing it there keeps the peak down by
 * design rather than by the collector's timing. Undefined when V8 does not allow it.
 */
import * as v8 from 'v8';
import * as vm from 'vm';

let cached: (() => void) | null | undefined;

export function collector(): (() => void) | undefined {
  if (cached !== undefined) return cached ?? undefined;
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return (cached = existing);
  try {
    v8.setFlagsFromString('--expose-gc');
    cached = vm.runInNewContext('gc') as () => void;
  } catch {
    cached = null;
  }
  return cached ?? undefined;
}
