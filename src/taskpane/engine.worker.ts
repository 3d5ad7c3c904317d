/**
 * The pane's check engine in a Web Worker: the same runCheck as the main thread, so a long document never
 * freezes the pane. It keeps the last document it checked, so a re-check sends only the paragraphs that
 * changed (docDelta), and the last result it sent, so that it answers with what changed (resultDelta).
 * Messages in: {id, doc | delta, choice, rules}; out: {id, progress}… then {id, delta} or {id, error}.
 */
import { runCheck, type ProfileChoice, type UserRules } from './engine';
import type { CheckProgress, DocModel } from '../core';
import { applyDelta, type DocDelta } from './docDelta';
import { outcomeDelta, type OutcomeDelta, type Signatures } from './resultDelta';

export interface WorkerRequest {
  id: number;
  /** The whole document, or the changes to the last one this worker checked. */
  doc?: DocModel;
  delta?: DocDelta;
  choice: ProfileChoice;
  rules: UserRules;
}

export type WorkerReply =
  | { id: number; progress: CheckProgress }
  /** The whole outcome. */
  | { id: number; outcome: ReturnType<typeof runCheck> }
  /** The outcome as changes to the last one this worker sent (what it sends). */
  | { id: number; delta: OutcomeDelta }
  | { id: number; error: string; stale?: true };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerReply): void };

let last: DocModel | null = null;
/** The last result sent, entry by entry: the pane holds the same and applies each delta to it. */
let sent: Signatures | null = null;

scope.onmessage = (e) => {
  const { id, choice, rules } = e.data;
  try {
    let doc: DocModel;
    if (e.data.doc) doc = e.data.doc;
    else if (e.data.delta && last) doc = applyDelta(last, e.data.delta);
    else {
      // A delta without a base (cannot happen with one runner per worker): ask for the whole document.
      scope.postMessage({ id, error: 'no base document', stale: true });
      return;
    }
    last = doc;
    const outcome = runCheck(doc, choice, rules, (progress) => scope.postMessage({ id, progress }));
    const { delta, sigs } = outcomeDelta(outcome, sent);
    sent = sigs;
    scope.postMessage({ id, delta });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
