/**
 * What jsdom lacks and the checker needs; imported FIRST by the checker's jsdom tests (the .docx reader
 * creates its TextDecoder when its module loads). Browsers have all of these.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;
if (typeof window !== 'undefined') {
  // Fluent feature-tests matchMedia; the document view scrolls itself.
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, onchange: null, dispatchEvent: () => false })) as unknown as typeof window.matchMedia;
  Element.prototype.scrollTo ??= function () {};
}
