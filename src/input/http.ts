// Fetching bulletins over HTTP(S), politely and robustly: undici's fetch with our own redirect
// handling (so robots.txt and the host limits apply to every hop and the final URL is known),
// a whole-attempt timeout, a byte cap counted after decompression, retries with backoff that
// honour Retry-After, robots.txt once per origin, and optional --save-raw copies.
// The library never reads process.env: proxies come in through `FetchOptions.proxy`
// (the CLI passes `proxyFromEnv(process.env)`).
//
// Choices, in one place:
// - --delay is measured start to start per host (see HostLimiter); redirects, retries and
//   robots.txt requests all go through the same limiter.
// - robots.txt (RFC 9309): 2xx → rules for "bantin" else "*"; 4xx → allow all; 5xx and 429
//   (after retries) → disallow the whole origin for the run; DNS/connect/TLS/timeout → every
//   page of that origin fails with that cause ("cannot fetch robots.txt: ..."), cached for the run.
// - Retries: network errors (not ENOTFOUND, not TLS), timeouts, 408, 429, 5xx. Retry-After is
//   obeyed as given; one above maxRetryAfterMs ends the retries instead of being shortened.
// - `attempts` counts the requests of the hop that decided the outcome (the final URL's, or the
//   failing hop's), so a three-hop redirect that succeeds at once reports 1.

import { Agent, ProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';
import { HostLimiter } from './hostLimiter.js';
import { charsetFromContentType, parseRetryAfter } from './http-headers.js';
import { classifyError, describeFailure, FetchError, type AttemptFailure, type FetchErrorCause } from './http-errors.js';
import { saveRaw } from './rawStore.js';
import { parseRobots, RobotsCache, verdictAllows, type RobotsVerdict } from './robots.js';

export { FetchError, type FetchErrorCause } from './http-errors.js';
export { readSavedRaw, isRawSidecar, RAW_SIDECAR_SUFFIX, type SavedRaw } from './rawStore.js';

/** Proxy URLs, as in HTTP_PROXY / HTTPS_PROXY / NO_PROXY. */
export interface ProxySettings {
  httpProxy?: string | null;
  httpsProxy?: string | null;
  /** Comma- or space-separated hosts ("example.gov.vn", ".gov.vn", "host:8080", "*") fetched directly. */
  noProxy?: string | null;
}

/** Something that happened during a fetch, for --verbose logging. */
export type FetchEvent =
  | { type: 'retry'; url: string; attempt: number; waitMs: number; reason: string }
  | { type: 'redirect'; from: string; to: string; status: number }
  | { type: 'robots'; origin: string; verdict: RobotsVerdict['kind']; reason: string };

/** How a fetcher behaves for a whole run. */
export interface FetchOptions {
  /** Per attempt: connect + headers + body, in ms (CLI --timeout SECONDS × 1000; default 30000; 0 = no limit). */
  timeoutMs: number;
  /** Body cap after decompression (default 20 MiB); over it the attempt stops with "too-large". */
  maxBytes: number;
  /** Retries after the first attempt on network errors, timeouts, 408, 429 and 5xx (default 3). */
  retries: number;
  /** Requests in flight per host (default 2). */
  perHost: number;
  /** Minimum time between the starts of two requests to the same host, in ms (default 1000). */
  delayMs: number;
  /** Requests in flight overall (default 8). */
  concurrency: number;
  /** User-Agent header (robots.txt groups are matched against "bantin" whatever this says). */
  userAgent: string;
  /** Skip TLS certificate checks (the CLI prints the warning). */
  insecure: boolean;
  ignoreRobots: boolean;
  /** Folder for --save-raw, or null. */
  saveRawDir: string | null;
  /** Redirects followed per URL (default 5). */
  maxRedirects: number;
  /** First backoff step in ms (default 1000); tests make it small. */
  backoffBaseMs?: number;
  /** Longest Retry-After honoured, in ms (default 120000); a longer one ends the retries. */
  maxRetryAfterMs?: number;
  /** Proxies; null or absent means direct connections. */
  proxy?: ProxySettings | null;
  /** Called on retries, redirects and robots verdicts (must not throw). */
  onEvent?: (event: FetchEvent) => void;
}

/** A fetched page: the body bytes as received (decompressed, not decoded). */
export interface FetchedPage {
  /** The URL as requested. */
  requested: string;
  /** The final URL after redirects. */
  url: string;
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
  /** Charset from the Content-Type header, lower-cased; null when none (the decoder sniffs). */
  charset: string | null;
  /** Requests made for the final hop (1 unless retried). */
  attempts: number;
  /** Where --save-raw wrote the body; null when saving failed (see saveError). */
  savedTo?: string | null;
  /** Why --save-raw could not write the body. */
  saveError?: string;
}

/** A fetcher with politeness state (host queues, robots cache) shared by all fetches of a run. */
export interface Fetcher {
  /** Fetches one URL; rejects with FetchError (or with `signal.reason` when aborted). */
  fetch(url: string, signal?: AbortSignal): Promise<FetchedPage>;
  /** Closes the connection pools. */
  close(): Promise<void>;
}

/** The User-Agent bantin sends unless --user-agent overrides it. */
export function defaultUserAgent(version: string): string {
  return `bantin/${version} (+https://github.com/bantin; Vietnamese bulletin extractor)`;
}

/** Options with every default filled in, for the given bantin version. */
export function defaultFetchOptions(version: string): FetchOptions {
  return {
    timeoutMs: 30_000,
    maxBytes: 20 * 1024 * 1024,
    retries: 3,
    perHost: 2,
    delayMs: 1000,
    concurrency: 8,
    userAgent: defaultUserAgent(version),
    insecure: false,
    ignoreRobots: false,
    saveRawDir: null,
    maxRedirects: 5,
  };
}

/** Proxy settings from an environment (upper- or lower-case names); null when no proxy is set. */
export function proxyFromEnv(env: Readonly<Record<string, string | undefined>>): ProxySettings | null {
  const pick = (name: string): string | null => env[name.toLowerCase()] || env[name] || null;
  const settings = { httpProxy: pick('HTTP_PROXY'), httpsProxy: pick('HTTPS_PROXY'), noProxy: pick('NO_PROXY') };
  return settings.httpProxy || settings.httpsProxy ? settings : null;
}

/** A fetcher with politeness state (host queues, robots cache) shared by all fetches of a run. */
export function createFetcher(opts: FetchOptions): Fetcher {
  return new HttpFetcher(opts);
}

// Statuses that carry a Location to follow.
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
// The product token robots.txt groups are matched against, whatever --user-agent says: the
// site owner's rules for bantin apply to bantin even when it sends another User-Agent.
const ROBOTS_TOKEN = 'bantin';
// robots.txt is read up to 500 KiB, the minimum RFC 9309 §2.5 asks parsers to handle.
const ROBOTS_MAX_BYTES = 500 * 1024;
// Redirects followed for robots.txt (RFC 9309 §2.3.1.2: at least five).
const ROBOTS_MAX_REDIRECTS = 5;
// Failures of robots.txt that mean the host itself cannot be reached.
const UNREACHABLE: ReadonlySet<FetchErrorCause> = new Set(['dns', 'connect', 'tls', 'timeout']);
// Longest single backoff step.
const MAX_BACKOFF_MS = 60_000;
const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5';
const ACCEPT_LANGUAGE = 'vi,en;q=0.5';
// undici asks only for gzip and deflate over plain http; portals serve br too.
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** What one attempt produced. */
type AttemptResult =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'ok'; status: number; headers: Record<string, string>; body: Buffer; truncated: boolean };

/** A hop's outcome after retries, or the failure that ended them. */
type HopResult = { result: AttemptResult; attempts: number };

class AttemptError extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.detail);
  }
}

class HopError extends Error {
  constructor(
    readonly failure: AttemptFailure,
    readonly attempts: number,
  ) {
    super(failure.detail);
  }
}

class HttpFetcher implements Fetcher {
  readonly #opts: FetchOptions;
  readonly #limiter: HostLimiter;
  readonly #robots: RobotsCache;
  readonly #robotsToken: string;
  readonly #direct: Agent;
  readonly #httpProxy: Dispatcher | null;
  readonly #httpsProxy: Dispatcher | null;
  readonly #noProxy: NoProxyEntry[];

  constructor(opts: FetchOptions) {
    this.#opts = opts;
    this.#limiter = new HostLimiter({ perHost: opts.perHost, delayMs: opts.delayMs, concurrency: opts.concurrency });
    this.#robots = new RobotsCache((origin) => this.#loadRobots(origin));
    this.#robotsToken = ROBOTS_TOKEN;
    const tls = { rejectUnauthorized: !opts.insecure };
    // undici's own timers (0 disables them) back up the whole-attempt timer.
    const limit = Math.max(0, opts.timeoutMs);
    const timeouts = { headersTimeout: limit, bodyTimeout: limit };
    this.#direct = new Agent({ connect: { ...tls, timeout: limit }, ...timeouts });
    const proxy = opts.proxy ?? null;
    const makeProxy = (uri: string): Dispatcher => new ProxyAgent({ uri, requestTls: tls, proxyTls: tls, ...timeouts });
    this.#httpProxy = proxy?.httpProxy ? makeProxy(proxy.httpProxy) : null;
    this.#httpsProxy = proxy?.httpsProxy ? makeProxy(proxy.httpsProxy) : this.#httpProxy;
    this.#noProxy = parseNoProxy(proxy?.noProxy ?? '');
  }

  async fetch(url: string, signal?: AbortSignal): Promise<FetchedPage> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      throw this.#error(url, url, { cause: 'invalid-url', detail: 'not a valid URL', retryable: false }, 0);
    }
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      const detail = `unsupported scheme "${current.protocol}" (only http and https)`;
      throw this.#error(url, url, { cause: 'invalid-url', detail, retryable: false }, 0);
    }
    current.hash = '';
    const visited = new Set<string>([current.href]);
    for (let redirects = 0; ; ) {
      await this.#checkRobots(url, current, signal);
      let hop: HopResult;
      try {
        hop = await this.#hop(current, this.#opts.maxBytes, false, signal);
      } catch (err) {
        if (err instanceof HopError) throw this.#error(url, current.href, err.failure, err.attempts);
        throw err;
      }
      const { result, attempts } = hop;
      if (result.kind === 'ok') return this.#page(url, current.href, result, attempts);
      const next = resolveLocation(result.location, current);
      if (!next) {
        const detail = `HTTP ${result.status} redirect to an unusable location "${truncate(result.location, 200)}"`;
        throw this.#error(url, current.href, { cause: 'invalid-url', detail, retryable: false }, attempts);
      }
      if (visited.has(next.href)) {
        const detail = `redirect loop: HTTP ${result.status} back to ${next.href}`;
        throw this.#error(url, current.href, { cause: 'redirect-loop', detail, retryable: false }, attempts);
      }
      if (redirects >= this.#opts.maxRedirects) {
        const detail = `more than ${this.#opts.maxRedirects} redirects (next: ${next.href})`;
        throw this.#error(url, current.href, { cause: 'too-many-redirects', detail, retryable: false }, attempts);
      }
      this.#emit({ type: 'redirect', from: current.href, to: next.href, status: result.status });
      redirects++;
      visited.add(next.href);
      current = next;
    }
  }

  async close(): Promise<void> {
    const dispatchers = new Set<Dispatcher>([this.#direct]);
    if (this.#httpProxy) dispatchers.add(this.#httpProxy);
    if (this.#httpsProxy) dispatchers.add(this.#httpsProxy);
    await Promise.all([...dispatchers].map((d) => d.close()));
  }

  async #page(requested: string, url: string, result: AttemptResult & { kind: 'ok' }, attempts: number): Promise<FetchedPage> {
    const page: FetchedPage = {
      requested,
      url,
      status: result.status,
      headers: result.headers,
      body: result.body,
      charset: charsetFromContentType(result.headers['content-type']),
      attempts,
    };
    if (this.#opts.saveRawDir !== null) {
      try {
        page.savedTo = await saveRaw(this.#opts.saveRawDir, page);
      } catch (err) {
        page.savedTo = null;
        page.saveError = err instanceof Error ? err.message : String(err);
      }
    }
    return page;
  }

  async #checkRobots(requested: string, url: URL, signal?: AbortSignal): Promise<void> {
    if (this.#opts.ignoreRobots) return;
    let verdict: RobotsVerdict;
    try {
      verdict = await raceAbort(this.#robots.verdict(url.origin), signal);
    } catch (err) {
      if (err instanceof HopError) {
        const failure = { ...err.failure, detail: `cannot fetch robots.txt: ${err.failure.detail}` };
        throw this.#error(requested, url.href, failure, err.attempts);
      }
      throw err;
    }
    if (verdictAllows(verdict, this.#robotsToken, url.pathname + url.search)) return;
    const detail =
      verdict.kind === 'disallow-all'
        ? `robots.txt unavailable (${verdict.reason}); treated as disallowing the whole site for this run (RFC 9309)`
        : `disallowed by ${url.origin}/robots.txt for user agent "${this.#robotsToken}"`;
    const status = verdict.kind === 'disallow-all' ? verdict.status : undefined;
    throw this.#error(requested, url.href, { cause: 'robots', detail, retryable: false, status }, 0);
  }

  /** Fetches and interprets robots.txt of an origin; rejects with HopError when the host cannot be reached. */
  async #loadRobots(origin: string): Promise<RobotsVerdict> {
    let current = new URL('/robots.txt', origin);
    const verdict = await (async (): Promise<RobotsVerdict> => {
      for (let redirects = 0; ; redirects++) {
        let hop: HopResult;
        try {
          hop = await this.#hop(current, ROBOTS_MAX_BYTES, true);
        } catch (err) {
          if (!(err instanceof HopError)) throw err;
          // The host cannot be reached: the page fetch would fail the same way, so say so.
          if (UNREACHABLE.has(err.failure.cause)) throw err;
          if (err.failure.cause !== 'http') return { kind: 'allow-all', reason: err.failure.detail };
          const status = err.failure.status ?? 0;
          // RFC 9309 §2.3.1.3-4: 4xx means "no robots.txt"; 5xx (and 429) means "unreachable".
          if (status >= 500 || status === 429) return { kind: 'disallow-all', reason: `HTTP ${status}`, status };
          return { kind: 'allow-all', reason: `HTTP ${status}`, status };
        }
        const { result } = hop;
        if (result.kind === 'ok') return { kind: 'rules', file: parseRobots(result.body.toString('utf8')) };
        const next = resolveLocation(result.location, current);
        if (!next || redirects >= ROBOTS_MAX_REDIRECTS) return { kind: 'allow-all', reason: 'unusable redirects' };
        current = next;
      }
    })();
    this.#emit({
      type: 'robots',
      origin,
      verdict: verdict.kind,
      reason: verdict.kind === 'rules' ? `${verdict.file.groups.length} groups` : verdict.reason,
    });
    return verdict;
  }

  /** One hop with retries; rejects with HopError when the last attempt failed. */
  async #hop(url: URL, maxBytes: number, truncate: boolean, signal?: AbortSignal): Promise<HopResult> {
    const base = this.#opts.backoffBaseMs ?? 1000;
    const maxRetryAfter = this.#opts.maxRetryAfterMs ?? 120_000;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.#attempt(url, maxBytes, truncate, signal);
        return { result, attempts: attempt };
      } catch (err) {
        if (!(err instanceof AttemptError)) throw err;
        const { failure } = err;
        if (!failure.retryable || attempt > this.#opts.retries) throw new HopError(failure, attempt);
        const retryAfter = failure.retryAfterMs ?? null;
        if (retryAfter !== null && retryAfter > maxRetryAfter) {
          const detail = `${failure.detail} (server asked to retry after ${Math.round(retryAfter / 1000)} s, longer than bantin waits)`;
          throw new HopError({ ...failure, detail }, attempt);
        }
        const waitMs = retryAfter ?? backoff(base, attempt);
        this.#emit({ type: 'retry', url: url.href, attempt, waitMs, reason: failure.detail });
        await sleep(waitMs, signal);
      }
    }
  }

  /** One request through the host limiter, under one timer covering connect, headers and body. */
  async #attempt(url: URL, maxBytes: number, truncate: boolean, signal?: AbortSignal): Promise<AttemptResult> {
    const release = await this.#limiter.acquire(url.hostname, signal);
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      this.#opts.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(new Error('timeout'));
          }, this.#opts.timeoutMs)
        : null;
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await undiciFetch(url.href, {
        method: 'GET',
        redirect: 'manual',
        dispatcher: this.#dispatcherFor(url),
        headers: {
          'user-agent': this.#opts.userAgent,
          accept: ACCEPT,
          'accept-language': ACCEPT_LANGUAGE,
          'accept-encoding': ACCEPT_ENCODING,
        },
        signal: controller.signal,
      });
      if (REDIRECT_STATUSES.has(res.status)) {
        const location = res.headers.get('location');
        await res.body?.cancel().catch(() => undefined);
        if (location) return { kind: 'redirect', status: res.status, location };
        throw new AttemptError({ ...httpFailure(res.status, res.statusText, null), detail: `HTTP ${res.status} without a Location header` });
      }
      // 1xx never reach here; 300, 304 and the other 3xx without a redirect are as unusable as a 4xx.
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        throw new AttemptError(httpFailure(res.status, res.statusText, parseRetryAfter(res.headers.get('retry-after'), Date.now())));
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const declared = Number(headers['content-length']);
      if (!truncate && !headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
        controller.abort(new Error('too large'));
        throw new AttemptError(tooLarge(maxBytes, declared));
      }
      const { body, truncated } = await readCapped(res.body, maxBytes, truncate, () => controller.abort(new Error('too large')));
      return { kind: 'ok', status: res.status, headers, body, truncated };
    } catch (err) {
      if (err instanceof AttemptError) throw err;
      if (timedOut) {
        const detail = `no complete response within ${formatSeconds(this.#opts.timeoutMs)}`;
        throw new AttemptError({ cause: 'timeout', detail, retryable: true });
      }
      if (signal?.aborted) throw signal.reason;
      throw new AttemptError(classifyError(err));
    } finally {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      release();
    }
  }

  #dispatcherFor(url: URL): Dispatcher {
    const proxy = url.protocol === 'https:' ? this.#httpsProxy : this.#httpProxy;
    if (!proxy || bypassesProxy(this.#noProxy, url)) return this.#direct;
    return proxy;
  }

  #error(requested: string, hopUrl: string, failure: AttemptFailure, attempts: number): FetchError {
    return new FetchError({
      message: describeFailure(requested, hopUrl, failure, attempts),
      cause: failure.cause,
      url: requested,
      attempts,
      status: failure.status,
      code: failure.code,
    });
  }

  #emit(event: FetchEvent): void {
    try {
      this.#opts.onEvent?.(event);
    } catch {
      // A logging hook must not break a fetch.
    }
  }
}

function httpFailure(status: number, statusText: string, retryAfterMs: number | null): AttemptFailure {
  const text = statusText ? ` ${statusText}` : '';
  return {
    cause: 'http',
    detail: `HTTP ${status}${text}`,
    // 408 Request Timeout, 429 Too Many Requests and 5xx are worth another try.
    retryable: status === 408 || status === 429 || status >= 500,
    status,
    retryAfterMs,
  };
}

function tooLarge(maxBytes: number, declared?: number): AttemptFailure {
  const size = declared !== undefined ? ` (Content-Length ${declared})` : '';
  return { cause: 'too-large', detail: `response body larger than ${maxBytes} bytes${size}`, retryable: false };
}

/** Reads a body counting decompressed bytes; past `maxBytes` it either truncates or aborts the request. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  truncate: boolean,
  abort: () => void,
): Promise<{ body: Buffer; truncated: boolean }> {
  if (!body) return { body: Buffer.alloc(0), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > maxBytes) {
      // Stop reading and drop the connection: an endless or bomb-like body is never buffered.
      abort();
      await reader.cancel().catch(() => undefined);
      if (!truncate) throw new AttemptError(tooLarge(maxBytes));
      chunks.push(value.subarray(0, maxBytes - total));
      return { body: Buffer.concat(chunks), truncated: true };
    }
    total += value.byteLength;
    chunks.push(value);
  }
  return { body: Buffer.concat(chunks, total), truncated: false };
}

/** The next hop's URL, or null when the Location is not an http(s) URL. */
function resolveLocation(location: string, base: URL): URL | null {
  try {
    const next = new URL(location, base);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return null;
    next.hash = '';
    return next;
  } catch {
    return null;
  }
}

/** Exponential backoff with "equal jitter": half fixed, half random. */
function backoff(baseMs: number, attempt: number): number {
  const step = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (attempt - 1));
  return step / 2 + Math.random() * (step / 2);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Waits for a shared promise, giving up (without cancelling it) when this caller's signal aborts. */
function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

interface NoProxyEntry {
  host: string;
  port: string | null;
}

/** NO_PROXY entries: "*", "host", ".suffix", "*.suffix", "host:port". */
function parseNoProxy(value: string): NoProxyEntry[] {
  return value
    .split(/[\s,]+/)
    .filter((e) => e !== '')
    .map((entry) => {
      const m = /^(?<host>.*?)(?::(?<port>\d{1,5}))?$/.exec(entry.toLowerCase());
      const host = (m?.groups?.host ?? entry).replace(/^\*?\./, '.');
      return { host, port: m?.groups?.port ?? null };
    });
}

function bypassesProxy(entries: readonly NoProxyEntry[], url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return entries.some((e) => {
    if (e.host === '*') return true;
    if (e.port !== null && e.port !== port) return false;
    if (e.host.startsWith('.')) return host.endsWith(e.host) || host === e.host.slice(1);
    return host === e.host || host.endsWith(`.${e.host}`);
  });
}
