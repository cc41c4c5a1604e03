import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRawSidecar, rawRelativePath, readSavedRaw, saveRaw } from '../../src/input/rawStore.js';

const HOSTILE_URLS = [
  'http://portal.example.gov.vn/../../etc/passwd',
  'http://portal.example.gov.vn/%2e%2e/%2E%2E/etc/passwd',
  'http://portal.example.gov.vn/tin-tuc/..%2F..%2F..%2Fetc%2Fpasswd',
  'http://portal.example.gov.vn/a%5C..%5C..%5Cwindows%5Csystem32',
  'http://portal.example.gov.vn/a%00b.html',
  'http://portal.example.gov.vn/.htaccess',
  'http://portal.example.gov.vn/...',
  'http://portal.example.gov.vn/CON',
  'http://portal.example.gov.vn/tin-tuc/aux.txt',
  'http://portal.example.gov.vn/a:b*c?d=<e>|"f"',
  `http://portal.example.gov.vn/${'tin-tuc-'.repeat(200)}`,
  `http://portal.example.gov.vn/${'a/'.repeat(50)}b`,
  `http://portal.example.gov.vn/x?${'ItemID=1&'.repeat(300)}`,
  'http://portal.example.gov.vn/Pages/default.aspx?ItemID=123&x=../../y',
  `http://portal.example.gov.vn/tin-tức/${'chủ-tịch-ủy-ban-nhân-dân-tỉnh-'.repeat(20)}.html`,
  'http://portal.example.gov.vn/%E1%BB%A6y-ban/Tho%CC%82ng-bao', // NFD in the URL
  'http://[::1]:8080/x',
  'https://sở-nội-vụ.example.vn/thông-báo',
];

// What each name segment may hold: letters, marks, digits, dot, underscore, hyphen.
const SAFE_SEGMENT_RE = /^[\p{L}\p{M}\p{N}._-]+$/u;

describe('rawRelativePath', () => {
  it('keeps readable names for ordinary URLs', () => {
    expect(rawRelativePath('https://portal.example.gov.vn/tin-tuc/hoi-nghi-tong-ket.html', 'text/html')).toBe(
      'portal.example.gov.vn/tin-tuc/hoi-nghi-tong-ket.html',
    );
    expect(rawRelativePath('https://portal.example.gov.vn/tin-tuc/', 'text/html; charset=utf-8')).toBe('portal.example.gov.vn/tin-tuc/index.html');
    expect(rawRelativePath('http://portal.example.gov.vn:8080/ban-tin', 'text/plain')).toBe('portal.example.gov.vn_8080/ban-tin.txt');
    expect(rawRelativePath('https://portal.example.gov.vn/tin-tức/chủ-tịch.htm', null)).toBe('portal.example.gov.vn/tin-tức/chủ-tịch.htm');
    expect(rawRelativePath('https://portal.example.gov.vn/Pages/default.aspx#top', 'text/html')).toBe(
      'portal.example.gov.vn/Pages/default.aspx.html',
    );
  });

  it('adds a short hash when the name loses information (query, unsafe characters, length)', () => {
    const a = rawRelativePath('https://portal.example.gov.vn/Pages/default.aspx?ItemID=1', 'text/html');
    const b = rawRelativePath('https://portal.example.gov.vn/Pages/default.aspx?ItemID=2', 'text/html');
    expect(a).toMatch(/^portal\.example\.gov\.vn\/Pages\/default\.aspx_ItemID_1-[0-9a-f]{10}\.html$/);
    expect(a).not.toBe(b);
    expect(rawRelativePath('https://h.vn/a b', null)).not.toBe(rawRelativePath('https://h.vn/a_b', null));
  });

  it('never leaves the folder, never names "." or "..", caps lengths, for hostile URLs', () => {
    const names = new Set<string>();
    for (const url of HOSTILE_URLS) {
      const rel = rawRelativePath(url, 'text/html');
      names.add(rel);
      const segments = rel.split('/');
      expect(segments.length).toBeLessThanOrEqual(8);
      for (const seg of segments) {
        expect(seg, url).toMatch(SAFE_SEGMENT_RE);
        expect(seg).not.toMatch(/^\./);
        expect(seg).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i);
        expect(Buffer.byteLength(seg)).toBeLessThanOrEqual(255);
        expect(Array.from(seg).length).toBeLessThanOrEqual(140);
      }
      expect(rel.length).toBeLessThan(1000);
      expect(rel.endsWith('.html') || rel.endsWith('.htm')).toBe(true);
    }
    // Distinct URLs get distinct names ("/../../etc/passwd" and "/%2e%2e/%2E%2E/etc/passwd" are one URL).
    expect(names.size).toBe(new Set(HOSTILE_URLS.map((u) => new URL(u).href)).size);
    expect(names.size).toBe(HOSTILE_URLS.length - 1);
  });
});

describe('saveRaw and readSavedRaw', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bantin-rawstore-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every hostile URL inside the folder and reads it back', async () => {
    for (const [i, url] of HOSTILE_URLS.entries()) {
      const body = Buffer.from(`<p>Bản tin thử số ${i}</p>`);
      const saved = await saveRaw(dir, { url, requested: url, status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body });
      const rel = relative(dir, saved);
      expect(rel.startsWith(`..${sep}`) || isAbsolute(rel)).toBe(false);
      const back = await readSavedRaw(saved);
      expect(back?.url).toBe(url);
      expect(back?.charset).toBe('utf-8');
      expect(back?.body.equals(body)).toBe(true);
    }
    // Nothing but bodies and sidecars (no temporary files) is left behind.
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => isRawSidecar(f))).toHaveLength(HOSTILE_URLS.length);
  });

  it('gives a second URL that maps to the same plain name its own hashed file', async () => {
    const headers = { 'content-type': 'text/html' };
    const first = await saveRaw(dir, { url: 'https://h.vn/a', requested: 'https://h.vn/a', status: 200, headers, body: Buffer.from('A') });
    const second = await saveRaw(dir, { url: 'https://h.vn/a.html', requested: 'https://h.vn/a.html', status: 200, headers, body: Buffer.from('B') });
    expect(second).not.toBe(first);
    expect((await readSavedRaw(first))?.body.toString()).toBe('A');
    expect((await readSavedRaw(second))?.body.toString()).toBe('B');
    // The same URL fetched again overwrites its own file.
    const again = await saveRaw(dir, { url: 'https://h.vn/a', requested: 'https://h.vn/a', status: 200, headers, body: Buffer.from('A2') });
    expect(again).toBe(first);
  });
});
