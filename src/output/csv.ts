// CSV through csv-stringify: one row per bulletin, or one row per mention.
import { stringify } from 'csv-stringify/sync';
import type { BatchResult, BulletinRecord } from '../types.js';
import { isErrorRecord } from '../types.js';
import type { Formatter, FormatterOptions } from './index.js';

/** Columns of `--format csv` (one row per bulletin). */
export const BULLETIN_COLUMNS = [
  'input', 'kind', 'url', 'format', 'encoding', 'bytes', 'sha256', 'error_code', 'error_message',
  'title', 'published_at', 'authors', 'category', 'portal', 'views', 'lead',
  'officials', 'percentages', 'documents', 'dates', 'captions', 'warnings', 'text',
] as const;

/** Columns of `--format csv --csv-rows mentions`. */
export const MENTION_COLUMNS = [
  'bulletin', 'kind', 'text', 'value', 'normalized', 'context', 'start', 'end', 'field', 'rule',
] as const;

const LIST_SEP = ' | ';
// Spreadsheet formula triggers (OWASP CSV injection): = + - @ and the tab / CR variants.
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | null;

/** Prefixes a cell that a spreadsheet would run as a formula with an apostrophe. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function bulletinRow(r: BatchResult): Cell[] {
  const s = r.source;
  const enc = s.encoding ? `${s.encoding.name} (${s.encoding.reason})` : null;
  if (isErrorRecord(r)) {
    return [s.input, s.kind, s.url ?? null, s.format, enc, s.bytes, s.sha256, r.error.code, r.error.message,
      ...Array<Cell>(BULLETIN_COLUMNS.length - 9).fill(null)];
  }
  const b: BulletinRecord = r;
  return [
    s.input, s.kind, s.url ?? null, s.format, enc, s.bytes, s.sha256, null, null,
    b.title, b.publishedAt, b.authors.join(LIST_SEP), b.category, b.portal, b.views, b.lead,
    b.officials.map((o) => (o.titles.length ? `${o.name} (${o.titles.join('; ')})` : o.name)).join(LIST_SEP),
    b.percentages.map((p) => String(p.value)).join(LIST_SEP),
    b.documents.map((d) => d.code).join(LIST_SEP),
    b.dates.map((d) => d.value ?? d.text).join(LIST_SEP),
    b.captions.join(LIST_SEP),
    b.warnings.join(LIST_SEP),
    b.text,
  ];
}

function mentionRows(r: BatchResult): Cell[][] {
  if (isErrorRecord(r)) return [];
  const input = r.source.input;
  const rows: Cell[][] = [];
  for (const o of r.officials) {
    for (const m of o.mentions) {
      rows.push([input, 'official', m.text, o.name, o.positions.map((t) => t.normalized).join(LIST_SEP),
        m.titles.map((t) => t.text).join(LIST_SEP), m.start, m.end, m.field ?? 'text', m.rule]);
    }
  }
  for (const p of r.percentages) {
    const norm = p.range ? `${p.range.from}–${p.range.to}%` : p.points ? `${p.value} điểm phần trăm` : `${p.value}%`;
    rows.push([input, 'percentage', p.text, p.value, norm, p.context, p.start, p.end, p.field ?? 'text', p.rule]);
  }
  for (const d of r.documents) {
    const norm = [d.type, d.issuer, d.issued].filter(Boolean).join(LIST_SEP);
    for (const m of d.mentions) {
      rows.push([input, 'document', m.text, d.code, norm, d.subject, m.start, m.end, m.field ?? 'text', m.rule]);
    }
  }
  for (const ref of r.references) {
    for (const m of ref.mentions) {
      rows.push([input, 'reference', m.text, ref.number, `${ref.typeName} số ${ref.number}`, null, m.start, m.end, m.field ?? 'text', m.rule]);
    }
  }
  for (const d of r.dates) {
    rows.push([input, 'date', d.text, d.value, d.granularity, d.partOfDay, d.start, d.end, d.field ?? 'text', d.rule]);
  }
  return rows;
}

/** CSV with a header row; list fields joined with " | ". */
export function csvFormatter(opts: FormatterOptions): Formatter {
  const mentions = opts.csvRows === 'mentions';
  const clean = (row: Cell[]): Cell[] =>
    opts.csvRaw ? row : row.map((c) => (typeof c === 'string' ? neutralizeCell(c) : c));
  const render = (rows: Cell[][]) => (rows.length ? stringify(rows.map(clean)) : '');
  return {
    start: () => (opts.bom ? '\uFEFF' : '') + stringify([[...(mentions ? MENTION_COLUMNS : BULLETIN_COLUMNS)]]),
    record: (r) => render(mentions ? mentionRows(r) : [bulletinRow(r)]),
    end: () => '',
  };
}
