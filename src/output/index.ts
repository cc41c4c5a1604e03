// Records → output chunks. Each formatter is pure: the caller decides where chunks go.
import type { BatchResult } from '../types.js';
import { jsonFormatter, ndjsonFormatter } from './json.js';
import { csvFormatter } from './csv.js';
import { textFormatter } from './text.js';

/** Output formats of `bantin extract --format`. */
export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Options that shape a format's output. */
export interface FormatterOptions {
  /** csv: one row per bulletin (default) or one row per extracted mention. */
  csvRows?: 'bulletins' | 'mentions';
  /** csv: start with a UTF-8 byte-order mark, for Excel. */
  bom?: boolean;
  /** csv: keep cells starting with = + - @ as they are (no formula neutralization). */
  csvRaw?: boolean;
  /** text: use ANSI colours. */
  color?: boolean;
}

/** Turns a stream of results into output text: `start`, one chunk per result, then `end`. */
export interface Formatter {
  start(): string;
  record(r: BatchResult): string;
  end(): string;
}

/** The formatter for a format. */
export function createFormatter(format: OutputFormat, opts: FormatterOptions = {}): Formatter {
  switch (format) {
    case 'json':
      return jsonFormatter();
    case 'ndjson':
      return ndjsonFormatter();
    case 'csv':
      return csvFormatter(opts);
    case 'text':
      return textFormatter(opts);
  }
}
