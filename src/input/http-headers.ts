// Small pure readers of HTTP header values, shared by the fetcher and the raw store.

// The charset parameter of a Content-Type: `text/html; charset=UTF-8`, `charset="windows-1258"`,
// also in a doubled header joined by a comma ("text/html; charset=utf-8, text/html").
const CHARSET_PARAM_RE = /;[ \t]*charset[ \t]*=[ \t]*(?:"(?<quoted>[^"]{0,64})"|(?<bare>[^;,"\s]{1,64}))/i;
// Retry-After as delay-seconds: "120".
const RETRY_AFTER_SECONDS_RE = /^[ \t]*(?<seconds>\d{1,9})[ \t]*$/;

/** The charset named by a Content-Type header value, lower-cased, or null when it names none. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = CHARSET_PARAM_RE.exec(contentType);
  const value = (m?.groups?.quoted ?? m?.groups?.bare ?? '').trim().toLowerCase();
  return value === '' ? null : value;
}

/** The media type of a Content-Type header value ("text/html"), lower-cased, or null. */
export function mediaType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return type === '' ? null : type;
}

/**
 * Milliseconds a Retry-After value asks to wait: delay-seconds or an HTTP date (RFC 9110 §10.2.3),
 * measured from `nowMs`; null when absent or unparseable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const seconds = RETRY_AFTER_SECONDS_RE.exec(value)?.groups?.seconds;
  if (seconds !== undefined) return Number(seconds) * 1000;
  const at = Date.parse(value.trim());
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
