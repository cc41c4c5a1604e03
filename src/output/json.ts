// JSON (one pretty-printed array, streamed element by element) and NDJSON (one record a line).
import type { BatchResult } from '../types.js';
import type { Formatter } from './index.js';

/** A pretty-printed JSON array, written as records arrive so memory stays flat. */
export function jsonFormatter(): Formatter {
  let count = 0;
  return {
    start: () => '[',
    record(r: BatchResult) {
      const body = JSON.stringify(r, null, 2).replace(/\n/g, '\n  ');
      return `${count++ === 0 ? '\n' : ',\n'}  ${body}`;
    },
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}

/** One compact JSON record per line. */
export function ndjsonFormatter(): Formatter {
  return {
    start: () => '',
    record: (r: BatchResult) => `${JSON.stringify(r)}\n`,
    end: () => '',
  };
}
