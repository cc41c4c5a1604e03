// A real HTTP(S) server on 127.0.0.1 (random port) for the fetch tests: routes by path, and a
// log of every request with start/end times and the largest number in flight at once.

import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** A route handler; it must end the response itself (or deliberately never do so). */
export type Handler = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

/** One request as the server saw it. */
export interface LoggedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  /** performance.now() when the request arrived, and when its response closed. */
  start: number;
  end: number | null;
  /** Whether the connection went away before the response finished. */
  aborted: boolean;
}

/** A running test server. */
export interface TestServer {
  readonly port: number;
  /** Absolute URL of a path on this server, e.g. url('/a') → "http://127.0.0.1:PORT/a". */
  url(path: string): string;
  readonly log: LoggedRequest[];
  readonly maxInFlight: number;
  /** Requests to `path` logged so far. */
  hits(path: string): LoggedRequest[];
  /** Resolves when the response of the first logged request to `path` has closed. */
  closed(path: string): Promise<LoggedRequest>;
  close(): Promise<void>;
}

/** Starts a server; `routes` maps a path (with query) to its handler, anything else gets 404. */
export async function startServer(
  routes: Record<string, Handler>,
  tls?: { key: string | Buffer; cert: string | Buffer },
): Promise<TestServer> {
  const log: LoggedRequest[] = [];
  const waiters = new Map<LoggedRequest, () => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  let api: TestServer;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const entry: LoggedRequest = { path: req.url ?? '', headers: req.headers, start: performance.now(), end: null, aborted: false };
    log.push(entry);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      entry.end = performance.now();
      entry.aborted = !res.writableFinished;
      waiters.get(entry)?.();
    });
    const route = routes[req.url ?? ''];
    if (route) {
      route(req, res, api);
    } else {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<h1>Không tìm thấy trang</h1>');
    }
  };
  const server: Server = tls ? createHttpsServer(tls, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const scheme = tls ? 'https' : 'http';
  api = {
    port,
    url: (path) => `${scheme}://127.0.0.1:${port}${path}`,
    log,
    get maxInFlight() {
      return maxInFlight;
    },
    hits: (path) => log.filter((r) => r.path === path),
    closed: (path) => {
      const entry = log.find((r) => r.path === path);
      if (!entry) return Promise.reject(new Error(`no request to ${path}`));
      if (entry.end !== null) return Promise.resolve(entry);
      return new Promise((resolve) => waiters.set(entry, () => resolve(entry)));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}

/** A handler that answers with a fixed status, headers and body. */
export function respond(status: number, headers: Record<string, string>, body: string | Buffer = ''): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}
