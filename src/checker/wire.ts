/**
 * How the worker sends a value (protocol.ts): a document packed in its own message, an outcome's findings
 * and cards in chunks, each its own message, then the value with stand-ins. The page puts it back together
 * in workClient.ts. Shared by work.worker.ts and the tests' fake worker.
 */
import type { Checked, Outcome } from './work';
import { packDoc } from './packDoc';
import { packOutcome } from './packOutcome';
import type { PackedRef, Reply, Request, Values } from './protocol';

export type Post = (m: Reply, transfer?: Transferable[]) => void;

function sendOutcome(id: number, outcome: Outcome, post: Post): PackedRef {
  const { head, findingChunks, cardChunks } = packOutcome(outcome);
  for (const findings of findingChunks) post({ id, findings });
  for (const cards of cardChunks) post({ id, cards });
  return { packed: head };
}

export function sendValue(req: Request, value: Values[keyof Values], transfer: Transferable[], post: Post): void {
  let out = value as unknown as Record<string, unknown>;
  if (req.op === 'checkDoc') out = sendOutcome(req.id, value as Outcome, post) as unknown as Record<string, unknown>;
  if (req.op === 'readAndCheck' || req.op === 'insertSkeleton') {
    const v = value as Checked;
    if (v.doc) {
      const packed = packDoc(v.doc);
      post({ id: req.id, doc: packed }, [packed.lengths.buffer]);
      out = { ...out, doc: undefined };
    }
    if (v.outcome) out = { ...out, outcome: sendOutcome(req.id, v.outcome, post) };
  }
  post({ id: req.id, value: out as unknown as Values[keyof Values] }, transfer);
}
