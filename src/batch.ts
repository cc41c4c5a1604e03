// Streaming batch: many inputs in, one result per input out, in input order by default.
import type { BatchResult } from './types.js';
import { isErrorRecord } from './types.js';
import { type PipelineOptions, processInput, readInput, runOne, toErrorRecord } from './pipeline.js';
import { type InputSpec, isUrl } from './input/sources.js';
import { WorkerPool } from './workers/pool.js';

/** Options of a batch run. */
export interface BatchOptions extends PipelineOptions {
  /** Inputs read or fetched at once (I/O parallelism). Default 8. */
  concurrency?: number;
  /** Worker threads for the CPU part (decode, clean, extract). 1 runs on the calling thread. */
  jobs?: number;
  /** Yield results as they finish instead of in input order. */
  unordered?: boolean;
  /** Stop after the first failed input (its error record is still yielded). */
  failFast?: boolean;
}

/** Accepts a path, URL or ready-made spec. */
export type BatchInput = string | InputSpec;

function toSpec(input: BatchInput): InputSpec {
  if (typeof input !== 'string') return input;
  return isUrl(input) ? { kind: 'url', url: input } : { kind: 'file', path: input };
}

/**
 * Extracts every input and yields one result per input: a record or an error record. One bad
 * input never stops the batch (unless failFast). Memory stays flat: at most `concurrency`
 * inputs are held at once.
 */
export async function* extractBatch(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  opts: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  const jobs = Math.max(1, opts.jobs ?? 1);
  const pool = jobs > 1 ? new WorkerPool(jobs, { encoding: opts.encoding ?? null }) : null;
  const work = pool
    ? async (spec: InputSpec): Promise<BatchResult> => {
        try {
          return await pool.run(await readInput(spec, opts));
        } catch (err) {
          return toErrorRecord(err, spec);
        }
      }
    : (spec: InputSpec) => runOne(spec, opts);

  // Ordered runs wait on the oldest input; unordered runs take whatever finished first, from a
  // queue the work fills, so no handler piles up on a slow input.
  const ordered: Promise<BatchResult>[] = [];
  const finished: BatchResult[] = [];
  let wake: (() => void) | null = null;
  let pending = 0;
  let stop = false;

  const launch = (spec: InputSpec): void => {
    pending++;
    const p = work(spec);
    if (!opts.unordered) {
      ordered.push(p);
      return;
    }
    void p.then((r) => {
      finished.push(r);
      const w = wake;
      wake = null;
      w?.();
    });
  };

  const take = async (): Promise<BatchResult> => {
    let r: BatchResult;
    if (opts.unordered) {
      while (finished.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      r = finished.shift()!;
    } else {
      r = await ordered.shift()!;
    }
    pending--;
    if (opts.failFast && isErrorRecord(r)) stop = true;
    return r;
  };

  try {
    for await (const input of inputs) {
      if (stop) break;
      launch(toSpec(input));
      if (pending >= concurrency) yield await take();
    }
    while (pending > 0 && !stop) yield await take();
  } finally {
    // Inputs still running after a fail-fast stop are abandoned; their work never rejects.
    await pool?.close();
  }
}

/** Re-exported for callers that already hold bytes. */
export { processInput };
