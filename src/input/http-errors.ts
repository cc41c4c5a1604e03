// Fetch failures as values: the causes bantin reports, how low-level undici/Node errors map to
// them, and the one-line messages that name the URL, the cause in plain words and the attempts.

/** Why a fetch failed. */
export type FetchErrorCause =
  | 'invalid-url'
  | 'dns'
  | 'connect'
  | 'tls'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'robots'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'protocol';

/** A failed fetch: `cause` says why, `url` is the URL as requested, `attempts` the requests made. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** Why the fetch failed. */
  declare readonly cause: FetchErrorCause;
  /** The URL as requested (the input), not the redirect hop that failed. */
  readonly url: string;
  /** Requests made for the hop that failed (0 when none was made: robots, invalid URL). */
  readonly attempts: number;
  /** HTTP status for cause "http" (and for "robots" when robots.txt answered 5xx). */
  readonly status?: number;
  /** The low-level code when there is one: ENOTFOUND, CERT_HAS_EXPIRED, UND_ERR_SOCKET... */
  readonly code?: string;

  /** A failure with its full message already written (see `describeFailure`). */
  constructor(init: { message: string; cause: FetchErrorCause; url: string; attempts: number; status?: number; code?: string }) {
    super(init.message);
    Object.defineProperty(this, 'cause', { value: init.cause, enumerable: true, writable: false });
    this.url = init.url;
    this.attempts = init.attempts;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
  }
}

/** A failure of one attempt, before it becomes a FetchError. */
export interface AttemptFailure {
  cause: FetchErrorCause;
  /** Plain words: "connection refused", "HTTP 503 Service Unavailable". */
  detail: string;
  retryable: boolean;
  code?: string;
  status?: number;
  /** What a Retry-After header asked for, in ms. */
  retryAfterMs?: number | null;
}

// Low-level codes by cause. Node's TLS verification errors carry OpenSSL's names (CERT_HAS_EXPIRED,
// UNABLE_TO_VERIFY_LEAF_SIGNATURE, DEPTH_ZERO_SELF_SIGNED_CERT...); Node's own start with ERR_TLS_ / ERR_SSL_.
const TLS_CODE_RE = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED)/;
// undici's timeouts: UND_ERR_CONNECT_TIMEOUT, UND_ERR_HEADERS_TIMEOUT, UND_ERR_BODY_TIMEOUT.
const UNDICI_TIMEOUT_RE = /^UND_ERR_\w*TIMEOUT$/;
// llhttp parse errors: HPE_INVALID_HEADER_TOKEN, HPE_INVALID_CONSTANT...
const PARSER_CODE_RE = /^HPE_/;
// OpenSSL handshake failures reported as EPROTO with the reason in the message.
const SSL_MESSAGE_RE = /\b(?:SSL|TLS)\b|wrong version number|handshake/i;

const CONNECT_WORDS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  ECONNABORTED: 'connection aborted',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CLOSED: 'connection closed',
};

/** Maps an error thrown by undici's fetch or by reading its body to a cause; never throws. */
export function classifyError(err: unknown): AttemptFailure {
  const chain = errorChain(err);
  const coded = chain.find((e) => typeof e.code === 'string' && e.code !== '');
  const code = coded?.code;
  const message = coded?.message ?? chain[chain.length - 1]?.message ?? String(err);
  if (code === 'ENOTFOUND') return { cause: 'dns', detail: 'DNS lookup failed: host not found', retryable: false, code };
  if (code?.startsWith('EAI_')) return { cause: 'dns', detail: 'DNS lookup failed (temporary resolver error)', retryable: true, code };
  if (code && TLS_CODE_RE.test(code)) return { cause: 'tls', detail: `TLS error: ${message}`, retryable: false, code };
  if (code === 'EPROTO' && SSL_MESSAGE_RE.test(message)) {
    return { cause: 'tls', detail: `TLS error: ${message}`, retryable: false, code };
  }
  if (code === 'ETIMEDOUT' || (code && UNDICI_TIMEOUT_RE.test(code))) {
    return { cause: 'timeout', detail: 'timed out', retryable: true, code };
  }
  if (code && CONNECT_WORDS[code]) return { cause: 'connect', detail: CONNECT_WORDS[code] ?? code, retryable: true, code };
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') {
    return { cause: 'connect', detail: 'response cut short (Content-Length mismatch)', retryable: true, code };
  }
  if (code && PARSER_CODE_RE.test(code)) return { cause: 'protocol', detail: `malformed HTTP response: ${message}`, retryable: false, code };
  if (code?.startsWith('Z_') || code === 'ERR__ERROR_FORMAT_PADDING_1') {
    return { cause: 'protocol', detail: `cannot decompress the response: ${message}`, retryable: false, code };
  }
  if (chain.some((e) => e.message === 'bad port')) {
    return { cause: 'invalid-url', detail: 'port blocked by the fetch standard (bad port)', retryable: false };
  }
  if (code) return { cause: 'connect', detail: `network error: ${message}`, retryable: true, code };
  return { cause: 'connect', detail: `network error: ${message}`, retryable: true };
}

/** The message of a FetchError: "<url>: <what happened> after N attempts (<hint>)". */
export function describeFailure(
  requested: string,
  hopUrl: string,
  failure: Pick<AttemptFailure, 'cause' | 'detail' | 'code'>,
  attempts: number,
): string {
  const where = hopUrl === requested ? requested : `${requested} (redirected to ${hopUrl})`;
  const code = failure.code && !failure.detail.includes(failure.code) ? ` [${failure.code}]` : '';
  const tries = attempts > 0 ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'}` : '';
  return `${where}: ${failure.detail}${code}${tries}${HINTS[failure.cause] ?? ''}`;
}

// What the user can do about a cause, named by its CLI flag.
const HINTS: Partial<Record<FetchErrorCause, string>> = {
  tls: ' (use --insecure to skip certificate checks)',
  robots: ' (use --ignore-robots to override)',
  'too-large': ' (raise --max-bytes to allow more)',
  timeout: ' (raise --timeout to wait longer)',
};

interface CodedError {
  code?: string;
  message: string;
}

/** The error, its `cause`s and the members of AggregateErrors (happy-eyeballs connects), depth-first. */
function errorChain(err: unknown): CodedError[] {
  const out: CodedError[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): void => {
    if (depth > 8 || e === null || typeof e !== 'object' || seen.has(e)) return;
    seen.add(e);
    const rec = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    out.push({
      code: typeof rec.code === 'string' ? rec.code : undefined,
      message: typeof rec.message === 'string' ? rec.message : '',
    });
    visit(rec.cause, depth + 1);
    if (Array.isArray(rec.errors)) for (const sub of rec.errors) visit(sub, depth + 1);
  };
  visit(err, 0);
  // The most specific error is the deepest coded one; keep outer ones as fallbacks.
  return out.reverse();
}
