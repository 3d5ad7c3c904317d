/**
 * The browser checker's engine in a Web Worker: the same pure functions as the main-thread fallback
 * (work.ts), so a 5,000-paragraph document or a 300-file batch never freezes the page. Built as one
 * self-contained script (webpack.checker.config.js) that the page starts from a Blob URL, which also works
 * from file://. Protocol: protocol.ts.
 */
import type { Reply, Request, Values } from './protocol';
import { sendValue } from './wire';
import * as W from './work';

interface Scope {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(m: Reply, transfer?: Transferable[]): void;
}
const scope = self as unknown as Scope;

async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  const Sync = (self as unknown as { FileReaderSync?: new () => { readAsArrayBuffer(b: Blob): ArrayBuffer } }).FileReaderSync;
  if (!Sync) throw new Error('cannot read the file in this browser');
  return new Uint8Array(new Sync().readAsArrayBuffer(file));
}

async function run(req: Request, progress: W.OnProgress): Promise<{ value: Values[keyof Values]; transfer: Transferable[] }> {
  switch (req.op) {
    case 'profiles':
      return { value: W.availableProfiles(), transfer: [] };
    case 'readAndCheck': {
      const bytes = await bytesOf(req.file);
      const checked = W.readAndCheck(req.name, bytes, req.choice, progress);
      return { value: { ...checked, bytes }, transfer: [bytes.buffer] };
    }
    case 'checkDoc':
      return { value: W.checkDoc(req.doc, req.choice, progress), transfer: [] };
    case 'planFor':
      return { value: W.planFor(req.doc, req.profile), transfer: [] };
    case 'insertSkeleton': {
      const out = W.insertSkeleton(req.name, req.bytes, req.doc, req.profile);
      // The page sent a copy of its bytes; the result is new (or that copy): hand it over without copying.
      return { value: out, transfer: [out.bytes.buffer] };
    }
  }
}

const failed = (id: number, err: unknown) => scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });

scope.onmessage = (e) => {
  const req = e.data;
  const progress: W.OnProgress = (p) => scope.postMessage({ id: req.id, progress: p });
  run(req, progress)
    .then(
      ({ value, transfer }) => sendValue(req, value, transfer, (m, t) => scope.postMessage(m, t)),
      (err: unknown) => failed(req.id, err),
    )
    // A reply that cannot be sent (a value that does not clone) is an error reply, never a call left hanging.
    .catch((err: unknown) => failed(req.id, err));
};
