/**
 * The pane's check engine in a Web Worker: the same runCheck as the main thread, so a long document never
 * freezes the pane. Messages: {id, doc, choice, rules} → {id, outcome} | {id, error}.
 */
import { runCheck, type ProfileChoice, type UserRules } from './engine';
import type { DocModel } from '../core';

interface Request {
  id: number;
  doc: DocModel;
  choice: ProfileChoice;
  rules: UserRules;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const { id, doc, choice, rules } = e.data;
  try {
    scope.postMessage({ id, outcome: runCheck(doc, choice, rules) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
