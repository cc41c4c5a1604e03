// Spawned smoke tests of the built binary (npm test builds first): what a shell user sees.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { HTML_BULLETIN, TEXT_BULLETIN } from '../samples.js';

const BIN = join(ROOT, 'bin', 'bantin.js');
let dir: string;
let a: string;
let b: string;

function bantin(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-smoke-'));
  a = join(dir, 'a.txt');
  b = join(dir, 'b.html');
  writeFileSync(a, TEXT_BULLETIN);
  writeFileSync(b, HTML_BULLETIN);
});

describe('bin/bantin.js', () => {
  it('reads stdin and writes ndjson', () => {
    const r = bantin(['extract', '-f', 'ndjson', '-'], TEXT_BULLETIN);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.kind).toBe('stdin');
    expect(rec.percentages.map((p: { value: number }) => p.value)).toContain(61.5);
  });

  for (const format of ['json', 'ndjson', 'csv', 'text']) {
    it(`--format ${format} writes data to stdout only`, () => {
      const r = bantin(['extract', '-f', format, a, b]);
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
      if (format === 'json') expect(JSON.parse(r.stdout)).toHaveLength(2);
      if (format === 'ndjson') expect(r.stdout.trim().split('\n')).toHaveLength(2);
      if (format === 'csv') expect(r.stdout.split('\n')[0]).toMatch(/^input,kind,url,format/);
      if (format === 'text') expect(r.stdout).toContain('Officials');
    });
  }

  it('a partial failure exits 1 and keeps the good records', () => {
    const r = bantin(['extract', '-f', 'ndjson', a, join(dir, 'missing.html'), b]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs).toHaveLength(3);
    expect(recs[1].error.code).toBe('ENOENT');
    expect(recs[0].title).toBeTruthy();
    expect(recs[2].title).toBeTruthy();
    expect(r.stderr).toContain('missing.html');
  });

  it('usage errors exit 2 with a message on stderr', () => {
    expect(bantin(['extract']).code).toBe(2);
    const r = bantin(['extract', '--format', 'yaml', a]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('stops promptly when the reader closes the pipe (| head)', () => {
    const inputs = Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract -f ndjson ${inputs.join(' ')} | head -c 100`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toHaveLength(100);
  });

  it('--jobs 2 keeps input order and gives the same records as --jobs 1', () => {
    const inputs = [a, b, a, b, a];
    const one = bantin(['extract', '-f', 'ndjson', '--jobs', '1', ...inputs]);
    const two = bantin(['extract', '-f', 'ndjson', '--jobs', '2', ...inputs]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});
