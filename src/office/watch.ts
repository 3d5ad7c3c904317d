/**
 * Telling the pane the document may have changed. WordApi 1.6: paragraph events. Before that, a change
 * detector (audit M7): one `body.text` read compared by length and hash — but not every 1.5 s forever:
 * - it polls only while the pane is visible (`document.hidden`), and once when it becomes visible again;
 * - it backs off while nothing changes (1.5 s doubling up to 30 s);
 * - user activity (DocumentSelectionChanged, Common API, every Word version: typing moves the selection)
 *   brings the next poll forward to 1.5 s.
 * Idle with 10,000 paragraphs that is about 14 reads in five minutes instead of 200 (`npm run bench`).
 */
import { hashText } from './find';
import type { WordEnv } from './env';

/** The shortest interval of the change detector (right after activity or a change). */
export const POLL_MS = 1500;
/** The longest interval, reached after a few idle polls. */
export const POLL_MAX_MS = 30_000;

export function watchEvents(env: WordEnv, onChange: () => void, fallback: () => () => void): () => void {
  let stopped = false;
  let registered: { doc: Word.Document; results: OfficeExtension.EventHandlerResult<unknown>[] } | null = null;
  let fell: (() => void) | null = null;
  const handler = async () => {
    if (!stopped) onChange();
  };
  const remove = () => {
    if (!registered) return;
    const { doc, results } = registered;
    registered = null;
    void Word.run(doc, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    }).catch(() => undefined);
  };
  void Word.run(async (context) => {
    const doc = context.document;
    const results = [doc.onParagraphChanged.add(handler), doc.onParagraphAdded.add(handler), doc.onParagraphDeleted.add(handler)] as unknown as OfficeExtension.EventHandlerResult<unknown>[];
    await env.sync(context, { n: 0 });
    registered = { doc, results };
    if (stopped) remove();
  }).catch(() => {
    // Events refused: fall back to polling.
    if (!stopped) fell = fallback();
  });
  return () => {
    stopped = true;
    remove();
    fell?.();
  };
}

const hidden = () => typeof document !== 'undefined' && document.hidden === true;

export function watchPolling(env: WordEnv, onChange: () => void): () => void {
  let last: string | null = null;
  let busy = false;
  let stopped = false;
  let interval = POLL_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = stopped ? undefined : setTimeout(() => void poll(), ms);
  };
  const poll = async () => {
    timer = undefined;
    if (busy || stopped) return;
    if (hidden()) return; // resumed by visibilitychange
    busy = true;
    try {
      const sig = await Word.run(async (context) => {
        const body = context.document.body;
        body.load('text');
        await env.sync(context, { n: 0 });
        return `${body.text.length}:${hashText(body.text)}`;
      });
      const changed = last !== null && sig !== last;
      last = sig;
      interval = changed ? POLL_MS : Math.min(interval * 2, POLL_MAX_MS);
      if (changed && !stopped) onChange();
    } catch {
      // A failed poll is retried at the next tick.
    } finally {
      busy = false;
    }
    schedule(interval);
  };
  const onActivity = () => {
    interval = POLL_MS;
    if (!hidden()) schedule(POLL_MS);
  };
  const onVisibility = () => {
    if (!hidden()) schedule(0);
  };
  const docs = typeof Office !== 'undefined' ? Office.context?.document : undefined;
  try {
    docs?.addHandlerAsync?.(Office.EventType.DocumentSelectionChanged, onActivity);
  } catch {
    // Without selection events the backed-off poll still runs.
  }
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  void poll();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    try {
      docs?.removeHandlerAsync?.(Office.EventType.DocumentSelectionChanged, { handler: onActivity });
    } catch {
      // ignore
    }
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
  };
}
