// The commander program, built by a factory so tests run it in-process. The only process-facing
// code is in main.ts; here everything goes through the CliIO handed in.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import iconv from 'iconv-lite';
import { extractBatch } from '../batch.js';
import { expandArgs, parseInputList, type ExpansionNote, type InputSpec } from '../input/sources.js';
import { createFetcher, defaultFetchOptions, proxyFromEnv, type Fetcher, type FetchEvent } from '../input/http.js';
import { createFormatter, OUTPUT_FORMATS, type OutputFormat } from '../output/index.js';
import { atomicFileSink, streamSink, type Sink } from './sink.js';
import { Reporter, type Verbosity } from './reporter.js';

/** Streams and environment the CLI runs against (process's in main.ts, fakes in tests). */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** Exit codes: the contract with shells and cron jobs. */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, ALL_FAILED: 3 } as const;

/** The package version, read once from package.json. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Fetch defaults live with the fetcher; the CLI's option defaults are read from them. */
const FETCH_DEFAULTS = defaultFetchOptions(VERSION);

interface ExtractOpts {
  inputList?: string;
  format: OutputFormat;
  csvRows: 'bulletins' | 'mentions';
  bom?: boolean;
  csvRaw?: boolean;
  output?: string;
  encoding?: string;
  failFast?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color: 'auto' | 'always' | 'never';
  jobs?: number;
  unordered?: boolean;
  timeout: number;
  maxBytes: number;
  retries: number;
  perHost: number;
  delay: number;
  concurrency: number;
  ignoreRobots?: boolean;
  userAgent?: string;
  insecure?: boolean;
  saveRaw?: string;
}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number of at least 1.`);
    return n;
  };
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number of at least 0.');
  return n;
}

function nonNegativeSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number of seconds, at least 0.');
  return n;
}

function byteSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('must be a size like 20000000, 500k, 20m or 1g.');
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

const EXAMPLES = `
Examples:
  $ bantin extract fixtures/yenbai-gov-meeting/input.html
  $ bantin extract -f ndjson pages/ > bulletins.ndjson
  $ curl -s https://example.gov.vn/tin/123.html | bantin extract -f text -
  $ bantin extract --input-list urls.txt -f csv --bom -o bulletins.csv
  $ bantin extract -f csv --csv-rows mentions pages/ | grep percentage
  $ bantin extract -f ndjson pages/ | jq -r '.documents[]?.code' | sort | uniq -c

Exit codes: 0 all inputs fine, 1 some failed, 2 usage error, 3 every input failed.`;

function useColor(when: 'auto' | 'always' | 'never', stream: { isTTY?: boolean }, env: CliIO['env']): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

async function runExtract(args: string[], o: ExtractOpts, io: CliIO): Promise<number> {
  const verbosity: Verbosity = o.quiet ? 'quiet' : o.verbose ? 'verbose' : 'normal';
  const reporter = new Reporter(
    io.stderr,
    verbosity,
    useColor(o.color, io.stderr, io.env),
    Boolean(io.stderr.isTTY) && verbosity !== 'quiet',
  );

  if (o.encoding && !iconv.encodingExists(o.encoding)) {
    reporter.fatal(`unknown encoding "${o.encoding}" for --encoding (try utf-8, windows-1258, tcvn, viscii)`);
    return EXIT.USAGE;
  }
  if (o.csvRows === 'mentions' && o.format !== 'csv') {
    reporter.fatal('--csv-rows applies to --format csv only');
    return EXIT.USAGE;
  }

  const names = [...args];
  if (o.inputList) {
    try {
      const content = o.inputList === '-' ? await readAll(io.stdin) : readFileSync(o.inputList, 'utf8');
      names.push(...parseInputList(content));
    } catch (err) {
      reporter.fatal(`cannot read --input-list ${o.inputList}: ${(err as Error).message}`);
      return EXIT.USAGE;
    }
  }
  if (names.length === 0) {
    reporter.fatal('no inputs: name files, directories, URLs, or - for stdin (see bantin extract --help)');
    return EXIT.USAGE;
  }
  if (o.inputList === '-' && names.includes('-')) {
    reporter.fatal('stdin cannot be both the --input-list and an input');
    return EXIT.USAGE;
  }

  const notes: ExpansionNote[] = [];
  const stdinSpec = (): InputSpec => ({ kind: 'stdin', name: '-', stream: io.stdin });
  const specs = await expandArgs(names, stdinSpec, notes);
  for (const n of notes) reporter.note(`${n.input}: ${n.message}`);
  if (specs.length === 0) {
    reporter.fatal('no readable inputs: every path was skipped');
    return EXIT.USAGE;
  }

  let fetcher: Fetcher | null = null;
  if (specs.some((s) => s.kind === 'url')) {
    if (o.insecure) reporter.warn('--insecure: TLS certificates are not checked for this run');
    fetcher = createFetcher({
      ...FETCH_DEFAULTS,
      timeoutMs: o.timeout * 1000,
      maxBytes: o.maxBytes,
      retries: o.retries,
      perHost: o.perHost,
      delayMs: o.delay * 1000,
      concurrency: o.concurrency,
      userAgent: o.userAgent ?? FETCH_DEFAULTS.userAgent,
      insecure: Boolean(o.insecure),
      ignoreRobots: Boolean(o.ignoreRobots),
      saveRawDir: o.saveRaw ?? null,
      proxy: proxyFromEnv(io.env),
      onEvent: verbosity === 'verbose' ? (e: FetchEvent) => reporter.note(describeEvent(e)) : undefined,
    });
  }

  let sink: Sink;
  try {
    sink = o.output ? await atomicFileSink(o.output) : streamSink(io.stdout);
  } catch (err) {
    reporter.fatal(`cannot write ${o.output}: ${(err as Error).message}`);
    await fetcher?.close();
    return EXIT.USAGE;
  }

  const outStream = o.output ? {} : io.stdout;
  const formatter = createFormatter(o.format, {
    csvRows: o.csvRows,
    bom: o.bom,
    csvRaw: o.csvRaw,
    color: o.format === 'text' && useColor(o.color, outStream, io.env),
  });
  const jobs = Math.min(o.jobs ?? availableParallelism(), specs.length);
  reporter.setTotal(specs.length);

  try {
    await sink.write(formatter.start());
    for await (const r of extractBatch(specs, {
      encoding: o.encoding ?? null,
      fetcher,
      jobs,
      unordered: o.unordered,
      failFast: o.failFast,
      concurrency: fetcher ? Math.max(o.concurrency, jobs * 2) : Math.max(2, jobs * 2),
    })) {
      reporter.result(r);
      await sink.write(formatter.record(r));
      // The reader went away (`| head`): stop quietly, like any Unix filter.
      if (sink.closed) break;
    }
    await sink.write(formatter.end());
    await sink.close();
  } catch (err) {
    await sink.abort();
    reporter.fatal(`run stopped: ${(err as Error).message}`);
    return EXIT.ALL_FAILED;
  } finally {
    await fetcher?.close();
  }
  if (sink.error) {
    reporter.fatal(`cannot write the output: ${sink.error.message}`);
    return EXIT.SOME_FAILED;
  }
  reporter.summary();
  if (reporter.failed === 0) return EXIT.OK;
  // Under --fail-fast the inputs never tried did not fail: that is "some failed", not "all".
  return reporter.failed === specs.length ? EXIT.ALL_FAILED : EXIT.SOME_FAILED;
}

function describeEvent(e: FetchEvent): string {
  switch (e.type) {
    case 'retry':
      return `${e.url}: attempt ${e.attempt} failed (${e.reason}); retrying in ${(e.waitMs / 1000).toFixed(1)} s`;
    case 'redirect':
      return `${e.from}: ${e.status} redirect to ${e.to}`;
    case 'robots':
      return `${e.origin}/robots.txt: ${e.verdict} (${e.reason})`;
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/** Builds the `bantin` program; `onCode` receives the exit code of the command that ran. */
export function createProgram(io: CliIO, onCode: (code: number) => void): Command {
  const program = new Command('bantin')
    .description('Turn Vietnamese government bulletins into data: clean text, officials, percentages, document codes, dates.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('extract', { isDefault: true })
    .description('Extract bulletins from saved pages, text files, directories, stdin (-) or URLs.')
    .argument('[inputs...]', 'files, directories (recursive: .html .htm .aspx .txt), URLs, or - for stdin')
    .option('-i, --input-list <file>', 'read more inputs from a file, one path or URL per line (# comments; - for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('json'))
    .addOption(
      new Option('--csv-rows <rows>', 'csv: one row per bulletin, or per extracted mention')
        .choices(['bulletins', 'mentions'])
        .default('bulletins'),
    )
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (for Excel)')
    .option('--csv-raw', 'csv: do not neutralize cells starting with = + - @')
    .option('-o, --output <file>', 'write to a file, atomically (temporary file, then rename)')
    .option('-e, --encoding <name>', 'force a character set (utf-8, windows-1258, tcvn, viscii, ...)')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .option('-v, --verbose', 'also print each input done and its warnings')
    .addOption(new Option('--color <when>', 'colour for the text format and messages').choices(['auto', 'always', 'never']).default('auto'))
    .option('-j, --jobs <n>', 'worker threads for decoding, cleaning and extraction (default: cores)', positiveInt('--jobs'))
    .option('--unordered', 'ndjson/csv/text: emit results as they finish, not in input order')
    .option('--timeout <seconds>', 'URLs: time limit per request (connect, headers and body)', nonNegativeSeconds, FETCH_DEFAULTS.timeoutMs / 1000)
    .option('--max-bytes <size>', 'URLs: largest body accepted, after decompression', byteSize, FETCH_DEFAULTS.maxBytes)
    .option('--retries <n>', 'URLs: retries on network errors, 429 and 5xx', nonNegativeInt, FETCH_DEFAULTS.retries)
    .option('--per-host <n>', 'URLs: requests in flight per host', positiveInt('--per-host'), FETCH_DEFAULTS.perHost)
    .option('--delay <seconds>', 'URLs: pause between requests to the same host', nonNegativeSeconds, FETCH_DEFAULTS.delayMs / 1000)
    .option('--concurrency <n>', 'URLs: requests in flight overall', positiveInt('--concurrency'), FETCH_DEFAULTS.concurrency)
    .option('--ignore-robots', 'URLs: do not honour robots.txt')
    .option('--user-agent <ua>', 'URLs: User-Agent header (default names bantin and its version)')
    .option('--insecure', 'URLs: skip TLS certificate checks (broken chains are common on .gov.vn)')
    .option('--save-raw <dir>', 'URLs: keep each fetched body with its headers, for offline re-extraction')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: ExtractOpts) => {
      onCode(await runExtract(inputs, opts, io));
    });

  return program;
}

/** Runs the CLI with user arguments (no node/script prefix) and returns the exit code. */
export async function run(args: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.OK;
  const program = createProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.OK;
      }
      return EXIT.USAGE;
    }
    throw err;
  }
  return code;
}
