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

interface Slot {
  worker: Worker;
  busy: number;
  pending: Map<number, Pending>;
}

// Under the test runner this module runs from src/, where only the compiled worker exists in dist/.
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  return existsSync(here) ? here : new URL('../../dist/workers/worker.js', import.meta.url);
}

/**
 * Runs processInput on N threads; each task goes to the least-busy worker. A worker that
 * throws or exits fails only the inputs it held (they become error records), and a fresh one
 * takes its place: the batch goes on.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly url = workerUrl();
  private nextId = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly settings: WorkerSettings,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, { workerData: this.settings });
    const slot: Slot = { worker, busy: 0, pending: new Map() };
    worker.on('message', (msg: { id: number; result: BatchResult }) => {
      const p = slot.pending.get(msg.id);
      if (!p) return;
      slot.pending.delete(msg.id);
      slot.busy--;
      p.resolve(msg.result);
    });
    const fail = (err: Error): void => {
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
      slot.busy = 0;
      if (this.closing) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`worker thread exited (code ${code})`));
    });
    return slot;
  }

  /** Processes one input on the least-busy worker; rejects if that worker dies meanwhile. */
  run(raw: RawInput): Promise<BatchResult> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, raw });
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
