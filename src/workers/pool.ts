// A fixed pool of worker threads for the CPU part of the pipeline (decode, clean, extract).
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BatchResult } from '../types.js';
import type { RawInput } from '../pipeline.js';

/** Options every worker is started with. */
export interface WorkerSettings {
  encoding: string | null;
}

interface Pending {
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

// Under the test runner this module runs from src/, where only the compiled worker exists in dist/.
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  return existsSync(here) ? here : new URL('../../dist/workers/worker.js', import.meta.url);
}

/** Runs processInput on N threads; each task goes to the least-busy worker. */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number; pending: Map<number, Pending> }[] = [];
  private nextId = 0;

  constructor(size: number, settings: WorkerSettings) {
    const url = workerUrl();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: settings });
      const slot = { worker, busy: 0, pending: new Map<number, Pending>() };
      worker.on('message', (msg: { id: number; result: BatchResult }) => {
        const p = slot.pending.get(msg.id);
        if (!p) return;
        slot.pending.delete(msg.id);
        slot.busy--;
        p.resolve(msg.result);
      });
      worker.on('error', (err) => {
        for (const p of slot.pending.values()) p.reject(err);
        slot.pending.clear();
        slot.busy = 0;
      });
      this.workers.push(slot);
    }
  }

  /** Processes one input on the least-busy worker. */
  run(raw: RawInput): Promise<BatchResult> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, raw });
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
