// Formatters over fabricated records: exact shapes, CSV injection, streaming JSON.
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { createFormatter } from '../src/output/index.js';
import { neutralizeCell } from '../src/output/csv.js';
import type { BatchResult, BulletinRecord, ErrorRecord } from '../src/types.js';

const text = 'Sáng 8/4, tỷ lệ giải ngân đạt 45,2% kế hoạch theo Nghị quyết số 12-NQ/TU.';
const rec: BulletinRecord = {
  source: { input: 'a.txt', kind: 'file', format: 'text', encoding: { name: 'utf-8', reason: 'utf8-valid' }, bytes: 120, sha256: 'ab'.repeat(32) },
  title: '=Tiêu đề lạ',
  publishedAt: '2024-04-08',
  publishedFrom: 'lead',
  authors: ['Hồng Nhung'],
  category: null,
  portal: null,
  lead: text,
  text,
  captions: [],
  views: 12,
  officials: [],
  percentages: [
    { kind: 'percentage', start: 30, end: 35, text: '45,2%', rule: 'number-percent', value: 45.2, context: 'tỷ lệ giải ngân đạt 45,2% kế hoạch', qualifier: 'đạt', range: null, points: false },
  ],
  documents: [
    {
      code: '12-NQ/TU', number: '12', year: null, type: 'NQ', typeName: 'Nghị quyết', issuer: 'TU', issuerName: 'Tỉnh ủy', issued: null,
      issuerText: null, subject: null, family: 'party', mentions: [{ kind: 'document', start: 61, end: 69, text: '12-NQ/TU', rule: 'party-code', code: '12-NQ/TU' }],
    },
  ],
  references: [],
  dates: [],
  warnings: [],
};
const err: ErrorRecord = {
  source: { input: 'b.html', kind: 'file', format: null, encoding: null, bytes: 0, sha256: null },
  error: { code: 'EEMPTY', message: 'b.html: empty input' },
};

function render(format: 'json' | 'ndjson' | 'csv' | 'text', rs: BatchResult[], opts = {}) {
  const f = createFormatter(format, opts);
  return f.start() + rs.map((r) => f.record(r)).join('') + f.end();
}

describe('json and ndjson', () => {
  it('json is a valid array, also when empty', () => {
    expect(JSON.parse(render('json', [rec, err]))).toEqual([rec, err]);
    expect(JSON.parse(render('json', []))).toEqual([]);
  });
  it('ndjson is one line per result', () => {
    const out = render('ndjson', [rec, err]);
    expect(out.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual([rec, err]);
  });
});

describe('csv', () => {
  it('neutralizes = + - @ and leaves other cells alone', () => {
    expect(neutralizeCell('=1+1')).toBe("'=1+1");
    expect(neutralizeCell('+84 912')).toBe("'+84 912");
    expect(neutralizeCell('-5')).toBe("'-5");
    expect(neutralizeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeCell('Tỉnh ủy')).toBe('Tỉnh ủy');
  });
  it('bulletin rows: the title formula is neutralized; --csv-raw keeps it', () => {
    const rows = parseCsv(render('csv', [rec, err]), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.title).toBe("'=Tiêu đề lạ");
    expect(rows[0]!.documents).toBe('12-NQ/TU');
    expect(rows[1]!.error_code).toBe('EEMPTY');
    const raw = parseCsv(render('csv', [rec], { csvRaw: true }), { columns: true }) as Record<string, string>[];
    expect(raw[0]!.title).toBe('=Tiêu đề lạ');
  });
  it('mention rows carry kind, value, context and offsets', () => {
    const rows = parseCsv(render('csv', [rec, err], { csvRows: 'mentions' }), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.kind, r.value, r.start, r.end])).toEqual([
      ['percentage', '45.2', '30', '35'],
      ['document', '12-NQ/TU', '61', '69'],
    ]);
    expect(rows[0]!.context).toContain('giải ngân');
  });
  it('--bom prefixes a byte-order mark once', () => {
    const out = render('csv', [rec, rec], { bom: true });
    expect(out.startsWith('\uFEFFinput,')).toBe(true);
    expect(out.indexOf('\uFEFF', 1)).toBe(-1);
  });
});

describe('text', () => {
  it('summarizes a record and an error, colourless by default', () => {
    const out = render('text', [rec, err]);
    expect(out).toContain('=Tiêu đề lạ');
    expect(out).toContain('45.2%');
    expect(out).toContain('12-NQ/TU');
    expect(out).toContain('EEMPTY');
    expect(out).not.toContain('\x1b[');
  });
});
