/**
 * The checking worker: a worker_thread that checks the files of a batch one by one, with its own heap
 * limit, so that a file which would exhaust memory (or hang) stops only this worker. The pool
 * (check-pool.ts) then reports that file and starts a fresh worker for the rest.
 */
import { parentPort, workerData } from 'worker_threads';
import { useZlibInflate } from '../docx/node-inflate';
import { checkOne, resolveSpec, type CheckSpec } from './check-one';

export interface WorkerRequest {
  id: number;
  file: string;
}

export type WorkerReply = { id: number; result: import('./check-spec').FileResult } | { id: -1; fatal: string } | { id: -2; ready: true };

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
  port.on('message', (req: WorkerRequest) => {
    void checkOne(req.file, resolved, spec.cwd).then((result) => port.postMessage({ id: req.id, result } satisfies WorkerReply));
  });
}

if (parentPort) void serve();
