/**
 * The checking worker: a worker_thread that checks the files of a batch one by one, with its own heap
 * limit, so that a file which would exhaust memory (or hang) stops only this worker. The pool
 * (check-pool.ts) then reports that file and starts a fresh worker for the rest.
 */
import { parentPort, workerData } from 'worker_threads';
import { useZlibInflate } from '../docx/node-inflate';
import { checkOne, resolveSpec, type CheckSpec } from './check-one';
import { collector } from './gc';

export interface WorkerRequest {
  id: number;
  file: string;
}

/**
 * A result travels as its JSON text: the main thread then holds one compact string per file while the
 * worker still holds its objects, instead of a second full object graph (the 50,000-paragraph file:
 * ~40,000 findings), and parses it once the worker is gone.
 */
export type WorkerReply = { id: number; json: string } | { id: -1; fatal: string } | { id: -2; ready: true };

async function serve(): Promise<void> {
  useZlibInflate();
  const port = parentPort!;
  let resolved;
  try {
    resolved = await resolveSpec((workerData as { spec: CheckSpec }).spec);
  } catch (e) {
    port.postMessage({ id: -1, fatal: (e as Error).message } satisfies WorkerReply);
    return;
  }
  const spec = (workerData as { spec: CheckSpec }).spec;
  port.postMessage({ id: -2, ready: true } satisfies WorkerReply);
  const gc = collector();
  port.on('message', (req: WorkerRequest) => {
    void checkOne(req.file, resolved, spec.cwd, { afterRead: gc }).then((result) => {
      let json: string | null = JSON.stringify(result);
      port.postMessage({ id: req.id, json } satisfies WorkerReply);
      json = null;
      gc?.(); // the result's objects and text, before the next file
    });
  });
}

if (parentPort) void serve();
