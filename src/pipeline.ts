// read → decode → normalize → clean → extract → record. One input at a time; no process.* here.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type {
  BatchResult,
  BulletinRecord,
  ErrorCode,
  ErrorRecord,
  ExtractContext,
  OfficialMention,
  SourceInfo,
} from './types.js';
import { decodeBytes, DecodeError } from './input/decode.js';
import { sniffFormat, sniffProblem } from './input/sniff.js';
import { type InputSpec, inputName } from './input/sources.js';
// Not from './input/http.js': that module loads undici, which worker threads never need.
import type { Fetcher } from './input/http.js';
import { FetchError } from './input/http-errors.js';
import { readSavedRaw } from './input/rawStore.js';
import { normalizeText } from './normalize/text.js';
import { cleanDocument } from './clean/index.js';
import { extractOfficials, groupOfficials } from './extract/officials.js';
import { extractPercentages } from './extract/percentages.js';
import { extractDocuments } from './extract/documents.js';
import { extractDates } from './extract/dates.js';

/** Default cap on a file or stdin input; larger inputs are refused with ETOOLARGE. */
export const DEFAULT_MAX_INPUT_BYTES = 100 * 1024 * 1024;

/** What the pipeline needs besides the input itself. */
export interface PipelineOptions {
  /** Force a character set (iconv-lite name), overriding every declaration and sniff. */
  encoding?: string | null;
  /** Refuse files and stdin larger than this many bytes. */
  maxInputBytes?: number;
  /** Fetches URL inputs; without one a URL input is an EURL error. */
  fetcher?: Fetcher | null;
}

/** A failure of one input, carrying the error code and what is known of the source. */
export class BantinError extends Error {
  readonly code: ErrorCode;
  readonly source: SourceInfo;
  readonly detail: { attempts?: number; status?: number; cause?: string };
  constructor(
    code: ErrorCode,
    message: string,
    source: SourceInfo,
    detail: { attempts?: number; status?: number; cause?: string } = {},
  ) {
    super(message);
    this.name = 'BantinError';
    this.code = code;
    this.source = source;
    this.detail = detail;
  }
}

/** Raw bytes of one input and what is known of where they came from. */
export interface RawInput {
  bytes: Uint8Array;
  /** Its sha256 is null here: processInput computes it. */
  source: SourceInfo;
  httpCharset: string | null;
  url: string | null;
  /** Problems met while reading that did not stop it (e.g. --save-raw could not write). */
  warnings?: string[];
}

function baseSource(spec: InputSpec): SourceInfo {
  const kind = spec.kind === 'url' ? 'url' : spec.kind === 'stdin' ? 'stdin' : 'file';
  return { input: inputName(spec), kind, format: null, encoding: null, bytes: 0, sha256: null };
}

// The size is known on reading; the hash is CPU work, done by processInput (on a worker with --jobs).
function withBytes(source: SourceInfo, bytes: Uint8Array): SourceInfo {
  return { ...source, bytes: bytes.length };
}

async function readFileCapped(path: string, max: number, source: SourceInfo): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new BantinError('ENOENT', `${path}: no such file`, source);
    throw new BantinError('EREAD', `${path}: cannot open: ${e.message}`, source);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new BantinError('EREAD', `${path}: is a directory`, source);
    if (st.size > max) {
      throw new BantinError('ETOOLARGE', `${path}: ${st.size} bytes is over the limit of ${max} bytes`, {
        ...source,
        bytes: st.size,
      });
    }
    return await fh.readFile();
  } catch (err) {
    if (err instanceof BantinError) throw err;
    throw new BantinError('EREAD', `${path}: cannot read: ${(err as Error).message}`, source);
  } finally {
    await fh.close();
  }
}

async function readStreamCapped(stream: AsyncIterable<Uint8Array>, max: number, source: SourceInfo): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += chunk.length;
      if (total > max) {
        throw new BantinError('ETOOLARGE', `${source.input}: more than ${max} bytes on input`, { ...source, bytes: total });
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof BantinError) throw err;
    throw new BantinError('EREAD', `${source.input}: cannot read: ${(err as Error).message}`, source);
  }
  return Buffer.concat(chunks, total);
}

/** Reads the bytes of one input (file, stdin, saved raw page or URL). */
export async function readInput(spec: InputSpec, opts: PipelineOptions = {}): Promise<RawInput> {
  const max = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const source = baseSource(spec);
  switch (spec.kind) {
    case 'file': {
      const saved = await readSavedRaw(spec.path).catch(() => null);
      if (saved) {
        const s = { ...withBytes(source, saved.body), url: saved.url, status: saved.status };
        return { bytes: saved.body, source: s, httpCharset: saved.charset, url: saved.url };
      }
      const bytes = await readFileCapped(spec.path, max, source);
      return { bytes, source: withBytes(source, bytes), httpCharset: null, url: null };
    }
    case 'stdin': {
      const bytes = await readStreamCapped(spec.stream, max, source);
      return { bytes, source: withBytes(source, bytes), httpCharset: null, url: null };
    }
    case 'bytes':
      return { bytes: spec.bytes, source: withBytes(source, spec.bytes), httpCharset: spec.httpCharset ?? null, url: null };
    case 'url': {
      if (!opts.fetcher) {
        throw new BantinError('EURL', `${spec.url}: URL inputs need a fetcher (the library was called without one)`, source);
      }
      try {
        const page = await opts.fetcher.fetch(spec.url);
        const s = { ...withBytes(source, page.body), url: page.url, status: page.status, attempts: page.attempts };
        const warnings = page.saveError ? [`--save-raw: ${page.saveError}`] : [];
        return { bytes: page.body, source: s, httpCharset: page.charset, url: page.url, warnings };
      } catch (err) {
        if (err instanceof FetchError) {
          throw new BantinError('EFETCH', err.message, { ...source, attempts: err.attempts }, {
            attempts: err.attempts,
            status: err.status,
            cause: err.cause,
          });
        }
        throw err;
      }
    }
  }
}

/** Runs the officials extractor over the body and every caption, then groups per person. */
function officialsOf(text: string, captions: readonly string[], publishedAt: string | null) {
  const mentions: OfficialMention[] = extractOfficials({ text, publishedAt });
  captions.forEach((caption, i) => {
    for (const m of extractOfficials({ text: caption, publishedAt })) mentions.push({ ...m, field: `captions.${i}` });
  });
  return groupOfficials(mentions);
}

/** The CPU part of the pipeline: bytes already read → record. Throws BantinError. */
export function processInput(raw: RawInput, opts: PipelineOptions = {}): BulletinRecord {
  const { bytes, httpCharset, url } = raw;
  let source = raw.source.sha256 === null ? { ...raw.source, sha256: createHash('sha256').update(bytes).digest('hex') } : raw.source;
  const problem = sniffProblem(bytes);
  if (problem) throw new BantinError(problem.code, `${source.input}: ${problem.message}`, source);

  let decoded;
  try {
    decoded = decodeBytes(bytes, { forced: opts.encoding ?? null, httpCharset });
  } catch (err) {
    if (err instanceof DecodeError) throw new BantinError('EDECODE', `${source.input}: ${err.message}`, source);
    throw err;
  }
  const format = sniffFormat(decoded.text);
  // Plain text is normalized whole. A page is not: the cleaner normalizes what it reads (text runs,
  // the attributes it uses), never the markup, scripts and styles that are most of its bytes.
  const content = format === 'html' ? decoded.text : normalizeText(decoded.text);
  source = { ...source, format, encoding: decoded.encoding };

  let article;
  try {
    article = cleanDocument({ format, content, url });
  } catch (err) {
    throw new BantinError('EPARSE', `${source.input}: cannot clean the page: ${(err as Error).message}`, source);
  }
  const ctx: ExtractContext = { text: article.text, publishedAt: article.publishedAt };
  const { documents, references } = extractDocuments(ctx);
  const warnings = [...(raw.warnings ?? []), ...decoded.warnings, ...article.warnings];
  if (article.text.trim() === '') warnings.push('no article text found');

  return {
    source,
    title: article.title,
    publishedAt: article.publishedAt,
    publishedFrom: article.publishedFrom,
    authors: article.authors,
    category: article.category,
    portal: article.portal,
    lead: article.lead,
    text: article.text,
    captions: article.captions,
    views: article.views,
    officials: officialsOf(article.text, article.captions, article.publishedAt),
    percentages: extractPercentages(ctx),
    documents,
    references,
    dates: extractDates(ctx),
    warnings,
  };
}

/** Turns any failure of one input into an error record; unexpected exceptions become EINTERNAL. */
export function toErrorRecord(err: unknown, spec: InputSpec): ErrorRecord {
  if (err instanceof BantinError) {
    const error: ErrorRecord['error'] = { code: err.code, message: err.message };
    if (err.detail.cause !== undefined) error.cause = err.detail.cause;
    if (err.detail.attempts !== undefined) error.attempts = err.detail.attempts;
    if (err.detail.status !== undefined) error.status = err.detail.status;
    return { source: err.source, error };
  }
  const e = err as Error;
  return {
    source: baseSource(spec),
    error: { code: 'EINTERNAL', message: `${inputName(spec)}: internal error: ${e?.message ?? String(err)}` },
  };
}

/** Reads and extracts one input; never throws: failures come back as error records. */
export async function runOne(spec: InputSpec, opts: PipelineOptions = {}): Promise<BatchResult> {
  try {
    return processInput(await readInput(spec, opts), opts);
  } catch (err) {
    return toErrorRecord(err, spec);
  }
}
