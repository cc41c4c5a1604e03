// Worker thread entry: receives raw inputs, returns records or error records.
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchResult } from '../types.js';
import { BantinError, processInput, type RawInput } from '../pipeline.js';
import type { WorkerSettings } from './pool.js';

const settings = workerData as WorkerSettings;

parentPort?.on('message', (msg: { id: number; raw: RawInput }) => {
  let result: BatchResult;
  try {
    result = processInput(msg.raw, { encoding: settings.encoding });
  } catch (err) {
    result =
      err instanceof BantinError
        ? { source: err.source, error: { code: err.code, message: err.message } }
        : {
            source: msg.raw.source,
            error: { code: 'EINTERNAL', message: `${msg.raw.source.input}: internal error: ${(err as Error).message}` },
          };
  }
  parentPort?.postMessage({ id: msg.id, result });
});
