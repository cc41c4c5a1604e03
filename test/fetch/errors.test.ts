import { describe, expect, it } from 'vitest';
import { classifyError, describeFailure, FetchError } from '../../src/input/http-errors.js';
import { charsetFromContentType, mediaType, parseRetryAfter } from '../../src/input/http-headers.js';
import { defaultFetchOptions, defaultUserAgent, proxyFromEnv } from '../../src/input/http.js';

/** The shape undici's fetch rejects with: TypeError("fetch failed") whose cause is the socket error. */
function fetchFailed(cause: Error & { code?: string }): TypeError {
  return new TypeError('fetch failed', { cause });
}
function coded(message: string, code: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

describe('classifyError', () => {
  it.each([
    ['ENOTFOUND', 'dns', false],
    ['EAI_AGAIN', 'dns', true],
    ['ECONNREFUSED', 'connect', true],
    ['ECONNRESET', 'connect', true],
    ['EHOSTUNREACH', 'connect', true],
    ['UND_ERR_SOCKET', 'connect', true],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', true],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout', true],
    ['UND_ERR_BODY_TIMEOUT', 'timeout', true],
    ['CERT_HAS_EXPIRED', 'tls', false],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls', false],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', false],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls', false],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', false],
    ['HPE_INVALID_CONSTANT', 'protocol', false],
  ] as const)('maps %s to %s', (code, cause, retryable) => {
    const failure = classifyError(fetchFailed(coded(`boom ${code}`, code)));
    expect(failure.cause).toBe(cause);
    expect(failure.retryable).toBe(retryable);
    expect(failure.code).toBe(code);
  });

  it('finds the code inside an AggregateError (happy-eyeballs connect)', () => {
    const agg = new AggregateError([coded('connect ECONNREFUSED ::1:80', 'ECONNREFUSED'), coded('connect ECONNREFUSED 127.0.0.1:80', 'ECONNREFUSED')], 'all failed');
    expect(classifyError(fetchFailed(agg)).cause).toBe('connect');
  });

  it('reads an OpenSSL handshake failure reported as EPROTO as tls', () => {
    const err = coded('write EPROTO 40E7:error:0A00010B:SSL routines:ssl3_get_record:wrong version number', 'EPROTO');
    expect(classifyError(fetchFailed(err)).cause).toBe('tls');
  });

  it('falls back to a retryable connect error for an unknown failure', () => {
    expect(classifyError(new TypeError('fetch failed'))).toMatchObject({ cause: 'connect', retryable: true });
    expect(classifyError('weird')).toMatchObject({ cause: 'connect' });
  });
});

describe('describeFailure and FetchError', () => {
  it('names the URL, the TLS cause and the --insecure flag', () => {
    const failure = classifyError(fetchFailed(coded('certificate has expired', 'CERT_HAS_EXPIRED')));
    const msg = describeFailure('https://yenbai.example.gov.vn/tin', 'https://yenbai.example.gov.vn/tin', failure, 1);
    expect(msg).toBe(
      'https://yenbai.example.gov.vn/tin: TLS error: certificate has expired [CERT_HAS_EXPIRED] after 1 attempt (use --insecure to skip certificate checks)',
    );
  });

  it('names both URLs when a redirect hop failed', () => {
    const msg = describeFailure('http://a.vn/x', 'https://b.vn/y', { cause: 'dns', detail: 'DNS lookup failed: host not found', code: 'ENOTFOUND' }, 1);
    expect(msg).toBe('http://a.vn/x (redirected to https://b.vn/y): DNS lookup failed: host not found [ENOTFOUND] after 1 attempt');
  });

  it('is an Error with a typed cause', () => {
    const err = new FetchError({ message: 'm', cause: 'http', url: 'http://a.vn/', attempts: 4, status: 503 });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('FetchError');
    expect(err.cause).toBe('http');
    expect(err.status).toBe(503);
    expect(err.attempts).toBe(4);
  });
});

describe('header readers', () => {
  it('reads the charset of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset=windows-1258')).toBe('windows-1258');
    expect(charsetFromContentType('text/html;charset="UTF-8"; foo=bar')).toBe('utf-8');
    expect(charsetFromContentType('text/html; CHARSET = utf-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType('text/html; charset=')).toBeNull();
    expect(charsetFromContentType('text/html; charset=utf-8, text/html; charset=utf-8')).toBe('utf-8');
    expect(charsetFromContentType(undefined)).toBeNull();
    expect(mediaType('Text/Plain; charset=utf-8')).toBe('text/plain');
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-07-08T07:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 08 Jul 2024 07:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 08 Jul 2024 06:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('defaults', () => {
  it('fills the documented defaults', () => {
    expect(defaultFetchOptions('1.2.3')).toMatchObject({
      timeoutMs: 30_000,
      maxBytes: 20 * 1024 * 1024,
      retries: 3,
      perHost: 2,
      delayMs: 1000,
      concurrency: 8,
      maxRedirects: 5,
      insecure: false,
      ignoreRobots: false,
      saveRawDir: null,
      userAgent: defaultUserAgent('1.2.3'),
    });
  });

  it('reads proxies from an environment, lower case first', () => {
    expect(proxyFromEnv({})).toBeNull();
    expect(proxyFromEnv({ NO_PROXY: 'localhost' })).toBeNull();
    expect(proxyFromEnv({ HTTPS_PROXY: 'http://proxy:3128', https_proxy: 'http://lower:3128', NO_PROXY: '.gov.vn' })).toEqual({
      httpProxy: null,
      httpsProxy: 'http://lower:3128',
      noProxy: '.gov.vn',
    });
  });
});
