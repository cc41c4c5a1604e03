// The fetcher against a real node:http server on 127.0.0.1 (never a mocked fetch).

import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createFetcher,
  defaultFetchOptions,
  defaultUserAgent,
  FetchError,
  readSavedRaw,
  type FetchedPage,
  type Fetcher,
  type FetchEvent,
  type FetchOptions,
} from '../../src/input/http.js';
import { respond, startServer, type Handler, type TestServer } from './server.js';

const PAGE_TEXT =
  '<!doctype html><html><head><title>Hội nghị tổng kết</title></head><body>' +
  '<p>Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm; đồng chí Phó Chủ tịch dự và chỉ đạo.</p>' +
  '</body></html>';
const UTF8_BODY = Buffer.from(PAGE_TEXT, 'utf8');
const CP1258_BODY = iconv.encode(PAGE_TEXT.replace('<head>', '<head><meta charset="windows-1258">'), 'windows-1258');

const servers: TestServer[] = [];
const fetchers: Fetcher[] = [];

afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const server = await startServer(routes);
  servers.push(server);
  return server;
}

/** Fast, robots-free options unless a test says otherwise. */
function fetcher(over: Partial<FetchOptions> = {}): Fetcher {
  const f = createFetcher({
    ...defaultFetchOptions('0.0.0-test'),
    delayMs: 0,
    retries: 0,
    backoffBaseMs: 5,
    ignoreRobots: true,
    timeoutMs: 5000,
    ...over,
  });
  fetchers.push(f);
  return f;
}

async function failure(p: Promise<FetchedPage>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

/** Rejects when `p` takes longer than `ms`, so a broken test fails instead of hanging. */
function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);
}

describe('bodies and charsets', () => {
  it('returns UTF-8 bytes untouched with the header charset', async () => {
    const s = await serve({ '/utf8': respond(200, { 'content-type': 'text/html; charset=utf-8' }, UTF8_BODY) });
    const page = await fetcher().fetch(s.url('/utf8'));
    expect(page.status).toBe(200);
    expect(page.charset).toBe('utf-8');
    expect(page.body.equals(UTF8_BODY)).toBe(true);
    expect(page.url).toBe(s.url('/utf8'));
    expect(page.requested).toBe(s.url('/utf8'));
    expect(page.attempts).toBe(1);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('returns windows-1258 bytes untouched with the header charset', async () => {
    const s = await serve({ '/cp': respond(200, { 'content-type': 'text/html; charset=windows-1258' }, CP1258_BODY) });
    const page = await fetcher().fetch(s.url('/cp'));
    expect(page.charset).toBe('windows-1258');
    expect(page.body.equals(CP1258_BODY)).toBe(true);
  });

  it('reports no charset when the header has none, leaving the meta to the decoder', async () => {
    const s = await serve({
      '/cp-bare': respond(200, { 'content-type': 'text/html' }, CP1258_BODY),
      '/no-type': respond(200, {}, UTF8_BODY),
    });
    const f = fetcher();
    const bare = await f.fetch(s.url('/cp-bare'));
    expect(bare.charset).toBeNull();
    expect(bare.body.equals(CP1258_BODY)).toBe(true);
    const untyped = await f.fetch(s.url('/no-type'));
    expect(untyped.charset).toBeNull();
    expect(untyped.body.equals(UTF8_BODY)).toBe(true);
  });

  it('lower-cases a quoted charset', async () => {
    const s = await serve({ '/q': respond(200, { 'content-type': 'text/html; Charset="UTF-8"' }, UTF8_BODY) });
    expect((await fetcher().fetch(s.url('/q'))).charset).toBe('utf-8');
  });

  it('reports the header charset even when it lies, with the bytes intact for the decoder', async () => {
    const s = await serve({ '/lie': respond(200, { 'content-type': 'text/html; charset=utf-8' }, CP1258_BODY) });
    const page = await fetcher().fetch(s.url('/lie'));
    expect(page.charset).toBe('utf-8');
    expect(page.body.equals(CP1258_BODY)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(page.body)).toThrow();
  });

  it('decompresses gzip, deflate and br, and asks for all three', async () => {
    const s = await serve({
      '/gz': respond(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, gzipSync(UTF8_BODY)),
      '/df': respond(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }, deflateSync(CP1258_BODY)),
      '/br': respond(200, { 'content-type': 'text/html', 'content-encoding': 'br' }, brotliCompressSync(UTF8_BODY)),
    });
    const f = fetcher();
    expect((await f.fetch(s.url('/gz'))).body.equals(UTF8_BODY)).toBe(true);
    expect((await f.fetch(s.url('/df'))).body.equals(CP1258_BODY)).toBe(true);
    expect((await f.fetch(s.url('/br'))).body.equals(UTF8_BODY)).toBe(true);
    const accepted = s.hits('/br')[0]?.headers['accept-encoding'] ?? '';
    expect(accepted).toMatch(/gzip/);
    expect(accepted).toMatch(/br/);
  });

  it('sends the bantin User-Agent', async () => {
    const s = await serve({ '/ua': respond(200, { 'content-type': 'text/html' }, UTF8_BODY) });
    await fetcher({ userAgent: defaultUserAgent('9.9.9') }).fetch(s.url('/ua'));
    expect(s.hits('/ua')[0]?.headers['user-agent']).toBe('bantin/9.9.9 (+https://github.com/bantin; Vietnamese bulletin extractor)');
  });
});

describe('size cap', () => {
  it('stops an endless body at maxBytes and drops the connection', async () => {
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const s = await serve({
      '/endless': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const pump = (): void => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
      },
    });
    const err = await failure(fetcher({ maxBytes: 64 * 1024 }).fetch(s.url('/endless')));
    expect(err.cause).toBe('too-large');
    expect(err.attempts).toBe(1);
    expect(err.message).toContain(s.url('/endless'));
    expect(err.message).toContain('--max-bytes');
    const logged = await within(s.closed('/endless'), 5000);
    expect(logged.aborted).toBe(true);
  });

  it('counts bytes after decompression (a gzip bomb is cut off)', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const s = await serve({ '/bomb': respond(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, bomb) });
    const err = await failure(fetcher({ maxBytes: 1024 * 1024 }).fetch(s.url('/bomb')));
    expect(err.cause).toBe('too-large');
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    const s = await serve({
      '/big': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
        res.write(Buffer.alloc(1024, 'x'));
      },
    });
    const err = await failure(fetcher({ maxBytes: 1024 * 1024 }).fetch(s.url('/big')));
    expect(err.cause).toBe('too-large');
    expect(err.message).toContain('Content-Length 10485760');
  });
});

describe('redirects', () => {
  it('follows a three-hop chain (relative and absolute Locations) and records the final URL', async () => {
    let s: TestServer | null = null;
    s = await serve({
      '/r1': respond(302, { location: 'r2' }),
      '/r2': (_req, res) => {
        res.writeHead(301, { location: s?.url('/r3') ?? '' });
        res.end();
      },
      '/r3': respond(307, { location: '/final?id=7' }),
      '/final?id=7': respond(200, { 'content-type': 'text/html; charset=utf-8' }, UTF8_BODY),
    });
    const events: FetchEvent[] = [];
    const page = await fetcher({ onEvent: (e) => events.push(e) }).fetch(s.url('/r1'));
    expect(page.requested).toBe(s.url('/r1'));
    expect(page.url).toBe(s.url('/final?id=7'));
    expect(page.body.equals(UTF8_BODY)).toBe(true);
    expect(s.log.map((r) => r.path)).toEqual(['/r1', '/r2', '/r3', '/final?id=7']);
    expect(events.filter((e) => e.type === 'redirect')).toHaveLength(3);
  });

  it('detects a loop', async () => {
    const s = await serve({ '/loop-a': respond(302, { location: '/loop-b' }), '/loop-b': respond(302, { location: '/loop-a' }) });
    const err = await failure(fetcher().fetch(s.url('/loop-a')));
    expect(err.cause).toBe('redirect-loop');
    expect(err.url).toBe(s.url('/loop-a'));
    expect(err.message).toContain(s.url('/loop-a'));
    expect(s.log).toHaveLength(2);
  });

  it('stops after maxRedirects', async () => {
    const routes: Record<string, Handler> = {};
    for (let i = 0; i < 10; i++) routes[`/hop/${i}`] = respond(302, { location: `/hop/${i + 1}` });
    const s = await serve(routes);
    const err = await failure(fetcher({ maxRedirects: 5 }).fetch(s.url('/hop/0')));
    expect(err.cause).toBe('too-many-redirects');
    expect(s.log.map((r) => r.path)).toEqual(['/hop/0', '/hop/1', '/hop/2', '/hop/3', '/hop/4', '/hop/5']);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const s = await serve({ '/ftp': respond(302, { location: 'ftp://example.org/x' }) });
    const err = await failure(fetcher().fetch(s.url('/ftp')));
    expect(err.cause).toBe('invalid-url');
  });
});

describe('retries', () => {
  it('recovers from a 503 after waiting the Retry-After', async () => {
    let calls = 0;
    const s = await serve({
      '/busy': (_req, res) => {
        calls++;
        if (calls === 1) {
          res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/html' });
          res.end('Máy chủ đang bận');
        } else {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(UTF8_BODY);
        }
      },
    });
    const page = await fetcher({ retries: 3 }).fetch(s.url('/busy'));
    expect(page.status).toBe(200);
    expect(page.attempts).toBe(2);
    const [first, second] = s.hits('/busy');
    expect(second!.start - first!.start).toBeGreaterThanOrEqual(950);
  });

  it('gives up on a persistent 5xx after retries + 1 attempts', async () => {
    const s = await serve({ '/down': respond(502, { 'content-type': 'text/html' }, 'Bad gateway') });
    const err = await failure(fetcher({ retries: 2 }).fetch(s.url('/down')));
    expect(err.cause).toBe('http');
    expect(err.status).toBe(502);
    expect(err.attempts).toBe(3);
    expect(err.message).toContain('after 3 attempts');
    expect(s.hits('/down')).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const s = await serve({});
    const err = await failure(fetcher({ retries: 3 }).fetch(s.url('/missing')));
    expect(err.cause).toBe('http');
    expect(err.status).toBe(404);
    expect(err.attempts).toBe(1);
    expect(err.message).toBe(`${s.url('/missing')}: HTTP 404 Not Found after 1 attempt`);
    expect(s.hits('/missing')).toHaveLength(1);
  });

  it('gives up at once when Retry-After is longer than maxRetryAfterMs', async () => {
    const s = await serve({ '/later': respond(429, { 'retry-after': '3600' }) });
    const err = await failure(fetcher({ retries: 3 }).fetch(s.url('/later')));
    expect(err.status).toBe(429);
    expect(err.attempts).toBe(1);
    expect(err.message).toContain('retry after 3600 s');
  });

  it('retries a refused connection and reports cause "connect"', async () => {
    const gone = await startServer({});
    const url = gone.url('/x');
    await gone.close();
    const err = await failure(fetcher({ retries: 1 }).fetch(url));
    expect(err.cause).toBe('connect');
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.attempts).toBe(2);
    expect(err.message).toContain('connection refused');
  });
});

describe('timeouts', () => {
  it('times out a server that never answers, on every attempt', async () => {
    const s = await serve({ '/silent': () => undefined });
    const err = await failure(fetcher({ timeoutMs: 300, retries: 1 }).fetch(s.url('/silent')));
    expect(err.cause).toBe('timeout');
    expect(err.attempts).toBe(2);
    expect(err.message).toContain('0.3 s');
    expect(s.hits('/silent')).toHaveLength(2);
  });

  it('times out a body that stalls half way (the timer covers the body)', async () => {
    const s = await serve({
      '/stall': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>Đang tải');
      },
    });
    const err = await failure(fetcher({ timeoutMs: 300 }).fetch(s.url('/stall')));
    expect(err.cause).toBe('timeout');
  });

  it('rejects with the caller’s abort reason, not a FetchError', async () => {
    const s = await serve({ '/silent': () => undefined });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    setTimeout(() => controller.abort(reason), 50);
    await expect(fetcher().fetch(s.url('/silent'), controller.signal)).rejects.toBe(reason);
  });
});

describe('robots.txt', () => {
  const ROBOTS = ['User-agent: *', 'Disallow: /private/', 'Allow: /private/thong-bao', '', 'Sitemap: /sitemap.xml'].join('\n');

  it('blocks a disallowed page without requesting it, fetching robots.txt once', async () => {
    const s = await serve({
      '/robots.txt': respond(200, { 'content-type': 'text/plain' }, ROBOTS),
      '/tin-tuc': respond(200, { 'content-type': 'text/html' }, UTF8_BODY),
      '/private/thong-bao': respond(200, { 'content-type': 'text/html' }, UTF8_BODY),
      '/private/bao-cao': respond(200, { 'content-type': 'text/html' }, UTF8_BODY),
    });
    const f = fetcher({ ignoreRobots: false });
    const err = await failure(f.fetch(s.url('/private/bao-cao')));
    expect(err.cause).toBe('robots');
    expect(err.attempts).toBe(0);
    expect(err.message).toContain('--ignore-robots');
    expect(s.hits('/private/bao-cao')).toHaveLength(0);
    // Allow: /private/thong-bao is longer than Disallow: /private/, so it wins.
    await expect(f.fetch(s.url('/private/thong-bao'))).resolves.toMatchObject({ status: 200 });
    await expect(f.fetch(s.url('/tin-tuc'))).resolves.toMatchObject({ status: 200 });
    expect(s.hits('/robots.txt')).toHaveLength(1);
  });

  it('prefers a group naming bantin over the * group', async () => {
    const s = await serve({
      '/robots.txt': respond(200, {}, 'User-agent: *\nDisallow: /\n\nUser-agent: Bantin\nDisallow: /quan-tri\n'),
      '/tin-tuc': respond(200, { 'content-type': 'text/html' }, UTF8_BODY),
    });
    // The bantin group applies even when --user-agent sends another name.
    const f = fetcher({ ignoreRobots: false, userAgent: 'Mozilla/5.0 (compatible; analyst)' });
    await expect(f.fetch(s.url('/tin-tuc'))).resolves.toMatchObject({ status: 200 });
    expect((await failure(f.fetch(s.url('/quan-tri/users')))).cause).toBe('robots');
    expect(s.hits('/tin-tuc')[0]?.headers['user-agent']).toBe('Mozilla/5.0 (compatible; analyst)');
  });

  it('allows everything when robots.txt is 404, and never asks for it with ignoreRobots', async () => {
    const s = await serve({ '/tin-tuc': respond(200, { 'content-type': 'text/html' }, UTF8_BODY) });
    await expect(fetcher({ ignoreRobots: false }).fetch(s.url('/tin-tuc'))).resolves.toMatchObject({ status: 200 });
    expect(s.hits('/robots.txt')).toHaveLength(1);
    const t = await serve({ '/tin-tuc': respond(200, { 'content-type': 'text/html' }, UTF8_BODY) });
    await fetcher({ ignoreRobots: true }).fetch(t.url('/tin-tuc'));
    expect(t.hits('/robots.txt')).toHaveLength(0);
  });

  it('treats a 5xx robots.txt as disallowing the site for the run (RFC 9309)', async () => {
    const s = await serve({
      '/robots.txt': respond(503, {}),
      '/tin-tuc': respond(200, { 'content-type': 'text/html' }, UTF8_BODY),
    });
    const err = await failure(fetcher({ ignoreRobots: false }).fetch(s.url('/tin-tuc')));
    expect(err.cause).toBe('robots');
    expect(err.status).toBe(503);
    expect(s.hits('/tin-tuc')).toHaveLength(0);
  });

  it('applies robots.txt to every redirect hop', async () => {
    const s = await serve({
      '/robots.txt': respond(200, {}, 'User-agent: *\nDisallow: /noi-bo\n'),
      '/go': respond(302, { location: '/noi-bo/trang' }),
    });
    const err = await failure(fetcher({ ignoreRobots: false }).fetch(s.url('/go')));
    expect(err.cause).toBe('robots');
    expect(err.message).toContain('redirected to');
    expect(s.hits('/noi-bo/trang')).toHaveLength(0);
  });
});

describe('politeness', () => {
  const slow: Handler = (_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(UTF8_BODY);
    }, 100);
  };

  it('keeps at most perHost requests in flight to one host', async () => {
    const routes: Record<string, Handler> = {};
    for (let i = 0; i < 6; i++) routes[`/p/${i}`] = slow;
    const s = await serve(routes);
    const f = fetcher({ perHost: 2, concurrency: 8 });
    const pages = await Promise.all(Object.keys(routes).map((p) => f.fetch(s.url(p))));
    expect(pages.every((p) => p.status === 200)).toBe(true);
    expect(s.maxInFlight).toBe(2);
  });

  it('spaces request starts to one host by delayMs', async () => {
    const routes: Record<string, Handler> = {};
    for (let i = 0; i < 4; i++) routes[`/d/${i}`] = respond(200, { 'content-type': 'text/html' }, UTF8_BODY);
    routes['/warm-up'] = respond(200, {}, 'ok');
    const s = await serve(routes);
    const f = fetcher({ perHost: 1, delayMs: 200 });
    // A first request opens the keep-alive connection, so that connect time cannot skew
    // the arrival times the server measures below.
    await f.fetch(s.url('/warm-up'));
    await Promise.all([0, 1, 2, 3].map((i) => f.fetch(s.url(`/d/${i}`))));
    const starts = s.log.map((r) => r.start);
    expect(starts).toHaveLength(5);
    // 200 ms apart less a little scheduling jitter; without the delay they would be ~1 ms apart.
    for (let i = 2; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(180);
    expect(s.maxInFlight).toBe(1);
  });

  it('puts retries through the limiter too', async () => {
    const s = await serve({ '/flaky': respond(500, {}), '/ok': slow });
    const f = fetcher({ perHost: 1, retries: 2 });
    await Promise.all([failure(f.fetch(s.url('/flaky'))), f.fetch(s.url('/ok'))]);
    expect(s.hits('/flaky')).toHaveLength(3);
    expect(s.maxInFlight).toBe(1);
  });
});

describe('invalid input', () => {
  it('rejects malformed URLs and other schemes without a request', async () => {
    const f = fetcher();
    for (const url of ['not a url', 'ftp://example.gov.vn/a.html', 'file:///etc/passwd']) {
      const err = await failure(f.fetch(url));
      expect(err.cause).toBe('invalid-url');
      expect(err.attempts).toBe(0);
      expect(err.message).toContain(url);
    }
  });
});

describe('--save-raw', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bantin-raw-'));
    return () => rm(dir, { recursive: true, force: true });
  });

  it('saves body and headers, and readSavedRaw gives them back with the charset', async () => {
    const s = await serve({
      '/tin-tuc/hoi-nghi.aspx?ItemID=42': respond(
        200,
        { 'content-type': 'text/html; charset=windows-1258', 'set-cookie': 'ASP.NET_SessionId=abc; path=/' },
        CP1258_BODY,
      ),
      '/go': respond(301, { location: '/tin-tuc/hoi-nghi.aspx?ItemID=42' }),
    });
    const page = await fetcher({ saveRawDir: dir }).fetch(s.url('/go'));
    expect(page.savedTo).toBeTruthy();
    const saved = page.savedTo!;
    expect(relative(resolve(dir), saved).startsWith('..')).toBe(false);
    expect(saved.endsWith('.html')).toBe(true);
    expect((await readFile(saved)).equals(CP1258_BODY)).toBe(true);
    const back = await readSavedRaw(saved);
    expect(back).not.toBeNull();
    expect(back!.charset).toBe('windows-1258');
    expect(back!.url).toBe(s.url('/tin-tuc/hoi-nghi.aspx?ItemID=42'));
    expect(back!.requested).toBe(s.url('/go'));
    expect(back!.status).toBe(200);
    expect(back!.body.equals(CP1258_BODY)).toBe(true);
    expect(back!.headers['set-cookie']).toBeUndefined();
    expect(page.headers['set-cookie']).toBe('ASP.NET_SessionId=abc; path=/');
    const sidecar = JSON.parse(await readFile(`${saved}.headers.json`, 'utf8')) as { fetchedAt: string };
    expect(Number.isNaN(Date.parse(sidecar.fetchedAt))).toBe(false);
  });

  it('saves text/plain as .txt', async () => {
    const s = await serve({ '/ban-tin': respond(200, { 'content-type': 'text/plain; charset=utf-8' }, 'Bản tin số 3') });
    const page = await fetcher({ saveRawDir: dir }).fetch(s.url('/ban-tin'));
    expect(page.savedTo?.endsWith('ban-tin.txt')).toBe(true);
  });

  it('returns null for a plain file and for a sidecar', async () => {
    const plain = join(dir, 'plain.html');
    await writeFile(plain, UTF8_BODY);
    expect(await readSavedRaw(plain)).toBeNull();
    await writeFile(`${plain}.headers.json`, '{not json');
    expect(await readSavedRaw(plain)).toBeNull();
    expect(await readSavedRaw(`${plain}.headers.json`)).toBeNull();
  });
});

// A self-signed HTTPS server needs a certificate made at test time, which needs openssl.
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasOpenssl)('TLS (skipped when openssl is not installed)', () => {
  it('names the cause and --insecure for a self-signed certificate, and succeeds with insecure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bantin-tls-'));
    try {
      const key = join(dir, 'key.pem');
      const cert = join(dir, 'cert.pem');
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'],
        { stdio: 'ignore' },
      );
      const s = await startServer(
        { '/tin': respond(200, { 'content-type': 'text/html; charset=utf-8' }, UTF8_BODY) },
        { key: await readFile(key), cert: await readFile(cert) },
      );
      servers.push(s);
      const err = await failure(fetcher({ retries: 2 }).fetch(s.url('/tin')));
      expect(err.cause).toBe('tls');
      expect(err.attempts).toBe(1);
      expect(err.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
      expect(err.message).toContain('self-signed certificate');
      expect(err.message).toContain('(use --insecure to skip certificate checks)');
      const page = await fetcher({ insecure: true }).fetch(s.url('/tin'));
      expect(page.body.equals(UTF8_BODY)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('proxies', () => {
  /** A CONNECT proxy on 127.0.0.1 that records the targets it tunnels to. */
  async function startProxy(): Promise<{ url: string; targets: string[]; close: () => Promise<void> }> {
    const targets: string[] = [];
    const server = createHttpServer();
    const sockets = new Set<Socket>();
    server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      targets.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    return {
      url: `http://127.0.0.1:${port}`,
      targets,
      close: () =>
        new Promise<void>((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
    };
  }

  it('goes through HTTP_PROXY, and around it for NO_PROXY hosts', async () => {
    const s = await serve({ '/tin': respond(200, { 'content-type': 'text/html' }, UTF8_BODY) });
    const proxy = await startProxy();
    try {
      const page = await fetcher({ proxy: { httpProxy: proxy.url } }).fetch(s.url('/tin'));
      expect(page.body.equals(UTF8_BODY)).toBe(true);
      expect(proxy.targets).toEqual([`127.0.0.1:${s.port}`]);
      await fetcher({ proxy: { httpProxy: proxy.url, noProxy: 'localhost, 127.0.0.1' } }).fetch(s.url('/tin'));
      expect(proxy.targets).toHaveLength(1);
      expect(s.hits('/tin')).toHaveLength(2);
    } finally {
      await Promise.all(fetchers.splice(0).map((f) => f.close()));
      await proxy.close();
    }
  });
});
