/**
 * A stand-in for the checker's engine worker in jest: it answers the real protocol (protocol.ts) with the
 * real main-thread functions (work.ts), asynchronously, as work.worker.ts does, and records what it was
 * sent. `hold` keeps replies back until `release()`, so that a test can act while a check is in flight.
 */
import type { Reply, Request, Values } from '../../src/checker/protocol';
import * as W from '../../src/checker/work';
import { fileBytes } from '../../src/checker/save';
import { sendValue } from '../../src/checker/wire';

/** As postMessage delivers it: a copy (where the environment has structuredClone). */
const copy = <T,>(m: T): T => (typeof structuredClone === 'function' ? structuredClone(m) : m);

export class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<Reply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  sent: { req: Request; transfer: Transferable[] }[] = [];
  terminated = false;
  hold = false;
  private held: (() => void)[] = [];

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(req: Request, transfer: Transferable[] = []) {
    this.sent.push({ req, transfer });
    void this.answer(req);
  }

  terminate() {
    this.terminated = true;
  }

  /** The worker dies (a script error): the page gets an error event. */
  crash() {
    this.onerror?.({ preventDefault() {} } as unknown as ErrorEvent);
  }

  release() {
    const h = this.held;
    this.held = [];
    for (const f of h) f();
  }

  private emit(m: Reply) {
    if (this.terminated) return;
    const deliver = () => {
      if (!this.terminated) this.onmessage?.({ data: copy(m) } as MessageEvent<Reply>);
    };
    if (this.hold && ('value' in m || 'error' in m)) this.held.push(deliver);
    else deliver();
  }

  private async answer(req: Request) {
    await Promise.resolve();
    const progress: W.OnProgress = (p) => this.emit({ id: req.id, progress: p });
    try {
      let value: unknown;
      if (req.op === 'profiles') value = W.availableProfiles();
      else if (req.op === 'readAndCheck') {
        const bytes = await fileBytes(req.file);
        value = { ...W.readAndCheck(req.name, bytes, req.choice, progress), bytes };
      } else if (req.op === 'checkDoc') value = W.checkDoc(req.doc, req.choice, progress);
      else if (req.op === 'planFor') value = W.planFor(req.doc, req.profile);
      else value = W.insertSkeleton(req.name, req.bytes, req.doc, req.profile);
      // Sent as work.worker.ts sends it: the document and the outcome ahead in pieces.
      sendValue(req, value as Values[keyof Values], [], (m) => this.emit(m));
    } catch (e) {
      this.emit({ id: req.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
}
