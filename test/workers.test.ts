import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../src/workers/pool.js';
import type { RawInput } from '../src/pipeline.js';
import { isErrorRecord } from '../src/types.js';

function raw(name: string, html: string): RawInput {
  const bytes = Buffer.from(html, 'utf8');
  return { bytes, source: { input: name, kind: 'file', format: null, encoding: null, bytes: bytes.length, sha256: null }, httpCharset: null, url: null };
}

const SMALL = `<html><head><title>Hội nghị</title></head><body><article><h1>Tỉnh ủy tổ chức Hội nghị sơ kết</h1>
<p>Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết công tác quý I. Đồng chí Nguyễn Văn An - Phó Bí thư Tỉnh ủy chủ trì.</p>
<p>Quý I, tỉnh giải ngân đạt 21,5% kế hoạch vốn đầu tư công, cao hơn cùng kỳ năm trước.</p></article></body></html>`;

describe('WorkerPool', () => {
  it('fails only the inputs of a worker that died, then goes on with a fresh worker', async () => {
    const pool = new WorkerPool(1, { encoding: null });
    try {
      const held = pool.run(raw('held.html', SMALL));
      // What a crash looks like from the pool: the thread exits with its input unanswered.
      const slots = (pool as unknown as { slots: Array<{ worker: { terminate(): Promise<number> } }> }).slots;
      await slots[0]!.worker.terminate();
      await expect(held).rejects.toThrow(/exited/);
      const after = await pool.run(raw('after.html', SMALL));
      expect(isErrorRecord(after)).toBe(false);
      if (!isErrorRecord(after)) expect(after.percentages.map((p) => p.value)).toEqual([21.5]);
    } finally {
      await pool.close();
    }
  });

  it('spreads inputs over its workers and returns each result to its caller', async () => {
    const pool = new WorkerPool(2, { encoding: null });
    try {
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(raw(`p${i}.html`, SMALL))));
      expect(results.map((r) => r.source.input)).toEqual(['p0.html', 'p1.html', 'p2.html', 'p3.html', 'p4.html', 'p5.html']);
    } finally {
      await pool.close();
    }
  });
});
