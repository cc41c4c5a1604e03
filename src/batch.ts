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

  type Slot = { id: number; promise: Promise<{ id: number; result: BatchResult }> };
  const inFlight: Slot[] = [];
  let nextId = 0;
  let stop = false;

  const take = async (): Promise<BatchResult> => {
    let done: { id: number; result: BatchResult };
    if (opts.unordered) {
      done = await Promise.race(inFlight.map((s) => s.promise));
      inFlight.splice(
        inFlight.findIndex((s) => s.id === done.id),
        1,
      );
    } else {
      done = await inFlight.shift()!.promise;
    }
    if (opts.failFast && isErrorRecord(done.result)) stop = true;
    return done.result;
  };

  try {
    for await (const input of inputs) {
      if (stop) break;
      const id = nextId++;
      const spec = toSpec(input);
      inFlight.push({ id, promise: work(spec).then((result) => ({ id, result })) });
      if (inFlight.length >= concurrency) {
        yield await take();
      }
    }
    while (inFlight.length > 0 && !stop) yield await take();
  } finally {
    // Unfinished inputs after a fail-fast stop are abandoned; let them settle quietly.
    for (const s of inFlight) s.promise.catch(() => undefined);
    await pool?.close();
  }
}

/** Re-exported for callers that already hold bytes. */
export { processInput };
