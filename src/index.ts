// The library API: usable without the CLI. Nothing here touches process or prints.
import type { BulletinRecord } from './types.js';
import { type PipelineOptions, processInput, readInput } from './pipeline.js';
import type { InputSpec } from './input/sources.js';
import { isUrl } from './input/sources.js';

export * from './types.js';
export { extractBatch, type BatchOptions, type BatchInput } from './batch.js';
export { BantinError, processInput, readInput, runOne, type PipelineOptions, type RawInput } from './pipeline.js';
export { expandArgs, parseInputList, isUrl, type InputSpec } from './input/sources.js';
export { decodeBytes, DecodeError } from './input/decode.js';
export { sniffFormat, sniffProblem } from './input/sniff.js';
export { createFetcher, FetchError, type Fetcher, type FetchOptions } from './input/http.js';
export { normalizeText, foldForCompare } from './normalize/text.js';
export { cleanDocument } from './clean/index.js';
export { extractOfficials, groupOfficials } from './extract/officials.js';
export { extractPercentages } from './extract/percentages.js';
export { extractDocuments } from './extract/documents.js';
export { extractDates } from './extract/dates.js';
export { createFormatter, type OutputFormat, type FormatterOptions } from './output/index.js';

/** What extractBulletin accepts: a path, a URL, bytes, or already-decoded text. */
export type BulletinInput =
  | string
  | InputSpec
  | { text: string; name?: string };

/**
 * Extracts one bulletin. Rejects with a BantinError (code, message naming the input) when the
 * input cannot be read, decoded or cleaned.
 */
export async function extractBulletin(input: BulletinInput, options: PipelineOptions = {}): Promise<BulletinRecord> {
  let spec: InputSpec;
  if (typeof input === 'string') spec = isUrl(input) ? { kind: 'url', url: input } : { kind: 'file', path: input };
  else if ('text' in input) spec = { kind: 'bytes', name: input.name ?? '<text>', bytes: Buffer.from(input.text, 'utf8') };
  else spec = input;
  return processInput(await readInput(spec, options), options);
}
