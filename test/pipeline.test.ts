// The library API end to end: extractBulletin and extractBatch, without the CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BantinError, extractBatch, extractBulletin, isErrorRecord, type BatchResult } from '../src/index.js';
import { allMentions, fieldText } from './helpers.js';
import { HTML_BULLETIN, TEXT_BULLETIN } from './samples.js';

describe('extractBulletin', () => {
  it('extracts a text bulletin given as text, with offsets into text', async () => {
    const rec = await extractBulletin({ text: TEXT_BULLETIN, name: 'giao-ban' });
    expect(rec.source).toMatchObject({ input: 'giao-ban', format: 'text', encoding: { name: 'utf-8' } });
    expect(rec.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rec.text).toContain('61,5%');
    expect(rec.text).not.toContain('Đường dây nóng');
    expect(rec.percentages.map((p) => p.value)).toEqual(expect.arrayContaining([61.5, 78, 90]));
    expect(rec.documents.map((d) => d.code)).toEqual(expect.arrayContaining(['212-KH/TU', '1456/QĐ-UBND']));
    for (const { field, m } of allMentions(rec)) expect(fieldText(rec, field)?.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a stream (stdin) and an HTML file alike', async () => {
    const rec = await extractBulletin({ kind: 'stdin', name: '-', stream: Readable.from([Buffer.from(HTML_BULLETIN)]) });
    expect(rec.source.kind).toBe('stdin');
    expect(rec.source.format).toBe('html');
    expect(rec.title).toBe('Đoàn công tác kiểm tra xã nông thôn mới');
    expect(rec.text).not.toMatch(/Độ ẩm|Bản quyền/);
  });

  it('rejects with a BantinError naming the input', async () => {
    const err = await extractBulletin('/nonexistent/tin.html').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BantinError);
    expect((err as BantinError).code).toBe('ENOENT');
    expect((err as BantinError).message).toContain('/nonexistent/tin.html');
  });

  it('refuses inputs over the size limit without reading them whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-big-'));
    const big = join(dir, 'big.html');
    writeFileSync(big, Buffer.alloc(4096, 0x61));
    const err = (await extractBulletin(big, { maxInputBytes: 1024 }).catch((e: unknown) => e)) as BantinError;
    expect(err.code).toBe('ETOOLARGE');
    expect(err.source.bytes).toBe(4096);
  });

  it('a URL without a fetcher is a clear error, not a crash', async () => {
    const err = (await extractBulletin('https://yenbai.gov.vn/tin/1').catch((e: unknown) => e)) as BantinError;
    expect(err.code).toBe('EURL');
    expect(err.source.kind).toBe('url');
  });
});

describe('extractBatch', () => {
  it('yields one result per input in input order; bad inputs become error records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-batch-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.html');
    writeFileSync(a, TEXT_BULLETIN);
    writeFileSync(b, HTML_BULLETIN);
    const out: BatchResult[] = [];
    for await (const r of extractBatch([a, join(dir, 'x.html'), b], { concurrency: 3 })) out.push(r);
    expect(out.map((r) => r.source.input)).toEqual([a, join(dir, 'x.html'), b]);
    expect(out.map((r) => isErrorRecord(r))).toEqual([false, true, false]);
  });

  it('stops after the first failure with failFast', async () => {
    const out: BatchResult[] = [];
    for await (const r of extractBatch(['/nope/1.html', '/nope/2.html', '/nope/3.html'], { failFast: true, concurrency: 1 })) out.push(r);
    expect(out).toHaveLength(1);
  });
});

describe('extractBatch unordered', () => {
  it('yields every input once, in completion order, with no duplicates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-unordered-'));
    const files = Array.from({ length: 12 }, (_, i) => {
      const f = join(dir, `tin-${i}.txt`);
      writeFileSync(f, i % 3 === 0 ? '' : TEXT_BULLETIN);
      return f;
    });
    const seen: string[] = [];
    for await (const r of extractBatch(files, { unordered: true, concurrency: 4 })) seen.push(r.source.input);
    expect([...seen].sort()).toEqual([...files].sort());
  });
});
