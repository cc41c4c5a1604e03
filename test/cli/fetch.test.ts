// `bantin extract URL` end to end against a real server on 127.0.0.1: fetch, decode, extract,
// save raw, then re-extract the saved folder offline with the original charset header.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respond, startServer, type TestServer } from '../fetch/server.js';
import { runCli } from '../helpers.js';
import { encode1258 } from '../input/legacy-bytes.js';
import { HTML_BULLETIN } from '../samples.js';

let server: TestServer;
const legacy = encode1258(HTML_BULLETIN.replace('charset="utf-8"', 'charset="windows-1258"'));

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': respond(200, { 'content-type': 'text/plain' }, 'User-agent: *\nDisallow: /private/\n'),
    '/tin/1.html': respond(200, { 'content-type': 'text/html; charset=utf-8' }, HTML_BULLETIN),
    '/tin/cu.html': respond(301, { location: '/tin/1.html' }),
    // The header says nothing; the bytes and the meta say windows-1258.
    '/tin/2.html': respond(200, { 'content-type': 'text/html' }, legacy),
    '/private/3.html': respond(200, { 'content-type': 'text/html' }, HTML_BULLETIN),
    '/tin/404.html': respond(404, { 'content-type': 'text/html' }, 'không tìm thấy'),
  });
});
afterAll(() => server.close());

describe('bantin extract URL', () => {
  it('fetches, follows redirects, decodes, and reports failures per URL', async () => {
    const raw = mkdtempSync(join(tmpdir(), 'bantin-raw-'));
    const r = await runCli([
      'extract', '-f', 'ndjson', '--delay', '0', '--retries', '0', '--save-raw', raw,
      server.url('/tin/cu.html'), server.url('/tin/2.html'), server.url('/private/3.html'), server.url('/tin/404.html'),
    ]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs).toHaveLength(4);
    expect(recs[0].source).toMatchObject({ kind: 'url', input: server.url('/tin/cu.html'), url: server.url('/tin/1.html'), status: 200 });
    expect(recs[0].title).toBe('Đoàn công tác kiểm tra xã nông thôn mới');
    expect(recs[1].source.encoding.name).toBe('windows-1258');
    expect(recs[1].title).toBe('Đoàn công tác kiểm tra xã nông thôn mới');
    expect(recs[2].error).toMatchObject({ code: 'EFETCH', cause: 'robots' });
    expect(recs[3].error).toMatchObject({ code: 'EFETCH', cause: 'http', status: 404 });
    expect(server.hits('/private/3.html')).toHaveLength(0);
    expect(r.stderr).toContain(server.url('/tin/404.html'));

    // Offline re-extraction of what was saved gives the same articles.
    const again = await runCli(['extract', '-f', 'ndjson', raw]);
    expect(again.code).toBe(0);
    const offline = again.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(offline).toHaveLength(2);
    expect(offline.map((x: { title: string }) => x.title)).toEqual([recs[0].title, recs[1].title]);
    expect(offline.map((x: { source: { url: string } }) => x.source.url).sort()).toEqual(
      [server.url('/tin/1.html'), server.url('/tin/2.html')].sort(),
    );
    expect(readdirSync(raw).length).toBeGreaterThan(0);
  });
});
