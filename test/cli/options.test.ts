// The CLI in-process: options, formats, exit codes, errors as values.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { runCli } from '../helpers.js';
import { HTML_BULLETIN, TEXT_BULLETIN } from '../samples.js';

let dir: string;
let good: string;
let goodHtml: string;
let missing: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-cli-'));
  good = join(dir, 'giao-ban.txt');
  goodHtml = join(dir, 'kiem-tra.html');
  missing = join(dir, 'khong-co.html');
  writeFileSync(good, TEXT_BULLETIN);
  writeFileSync(goodHtml, HTML_BULLETIN);
});

describe('usage errors exit 2', () => {
  it('no inputs', async () => {
    const r = await runCli(['extract']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no inputs/);
    expect(r.stdout).toBe('');
  });
  it('unknown option', async () => {
    const r = await runCli(['extract', '--frobnicate', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
  it('unknown format', async () => {
    const r = await runCli(['extract', '-f', 'xml', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });
  it('unknown encoding', async () => {
    const r = await runCli(['extract', '--encoding', 'klingon', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown encoding "klingon"/);
  });
  it('bad number', async () => {
    const r = await runCli(['extract', '--jobs', '0', good]);
    expect(r.code).toBe(2);
  });
});

describe('help and version', () => {
  it('--version prints the version on stdout', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('extract --help shows examples and every option', async () => {
    const r = await runCli(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--csv-rows', '--bom', '--csv-raw', '--output', '--encoding', '--fail-fast', '--input-list', '--jobs', '--timeout', '--insecure', '--save-raw']) {
      expect(r.stdout).toContain(opt);
    }
    expect(r.stdout).toContain('Examples:');
  });
});

describe('formats', () => {
  it('json: one pretty-printed array, records in input order', async () => {
    const r = await runCli(['extract', good, goodHtml]);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout);
    expect(arr).toHaveLength(2);
    expect(arr[0].source.input).toBe(good);
    expect(arr[1].source.input).toBe(goodHtml);
    expect(arr[1].source.format).toBe('html');
    expect(r.stdout).toContain('\n  {\n    "source"');
  });
  it('ndjson: one record per line', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', good, goodHtml]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!).source.kind).toBe('file');
  });
  it('csv: header and one row per bulletin, lists joined with " | "', async () => {
    const r = await runCli(['extract', '-f', 'csv', good, goodHtml]);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.input).toBe(good);
    expect(rows[0]!.percentages.split(' | ').length).toBeGreaterThanOrEqual(2);
  });
  it('csv --bom starts with a byte-order mark', async () => {
    const r = await runCli(['extract', '-f', 'csv', '--bom', good]);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
  });
  it('csv --csv-rows mentions: one row per mention with offsets', async () => {
    const r = await runCli(['extract', '-f', 'csv', '--csv-rows', 'mentions', good]);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    const kinds = new Set(rows.map((x) => x.kind));
    expect(kinds.has('percentage')).toBe(true);
    expect(kinds.has('document')).toBe(true);
    for (const row of rows) expect(Number(row.end)).toBeGreaterThan(Number(row.start));
  });
  it('text: a summary without colour when not a terminal', async () => {
    const r = await runCli(['extract', '-f', 'text', good]);
    expect(r.stdout).toContain('Percentages');
    expect(r.stdout).not.toContain('\x1b[');
    const c = await runCli(['extract', '-f', 'text', '--color', 'always', good]);
    expect(c.stdout).toContain('\x1b[');
  });
});

describe('errors are values', () => {
  it('a missing file gives an error record and exit 1; the good one is still out', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', missing, good]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].error.code).toBe('ENOENT');
    expect(lines[0].source.input).toBe(missing);
    expect(lines[1].text).toContain('61,5%');
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('error'))).toHaveLength(1);
    expect(r.stderr).toContain(missing);
  });
  it('every input failing exits 3', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = await runCli(['extract', missing, empty]);
    expect(r.code).toBe(3);
    const arr = JSON.parse(r.stdout);
    expect(arr.map((x: { error: { code: string } }) => x.error.code)).toEqual(['ENOENT', 'EEMPTY']);
  });
  it('--fail-fast stops at the first failure', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', '--fail-fast', missing, good, goodHtml]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('a binary file is refused by name', async () => {
    const png = join(dir, 'anh.html');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
    const r = await runCli(['extract', '-f', 'ndjson', png, good]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout.split('\n')[0]!).error.code).toBe('EBINARY');
    expect(r.stderr).toContain(png);
  });
  it('an unsupported URL scheme is a per-input error, not a crash', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', 'ftp://example.invalid/tin.html', good]);
    expect(r.code).toBe(1);
    const first = JSON.parse(r.stdout.split('\n')[0]!);
    expect(first.error.code).toBe('EFETCH');
    expect(first.source.kind).toBe('url');
  });
});

describe('inputs', () => {
  it('reads stdin as -', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', '-'], TEXT_BULLETIN);
    const rec = JSON.parse(r.stdout);
    expect(rec.source).toMatchObject({ input: '-', kind: 'stdin', format: 'text' });
    expect(r.code).toBe(0);
  });
  it('walks directories recursively and notes skipped files', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'bantin-tree-'));
    mkdirSync(join(tree, 'a', 'b'), { recursive: true });
    writeFileSync(join(tree, 'a', 'b', 'tin.htm'), HTML_BULLETIN);
    writeFileSync(join(tree, 'a', 'tin.txt'), TEXT_BULLETIN);
    writeFileSync(join(tree, 'a', 'bao-cao.pdf'), '%PDF-1.4');
    const r = await runCli(['extract', '-f', 'ndjson', tree]);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/bao-cao\.pdf: skipped/);
    expect(r.code).toBe(0);
  });
  it('--input-list skips blank lines and comments', async () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `# danh sách\n\n${good}\n  \n# ${missing}\n${goodHtml}\n`);
    const r = await runCli(['extract', '-f', 'ndjson', '--input-list', list]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
  it('--encoding forces a character set and records why', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', '--encoding', 'utf-8', good]);
    expect(JSON.parse(r.stdout).source.encoding).toMatchObject({ name: 'utf-8', reason: 'forced' });
  });
});

describe('terminal behaviour', () => {
  it('draws progress on stderr only when stderr is a terminal', async () => {
    const inputs = [good, goodHtml, good, goodHtml];
    const tty = await runCli(['extract', '-f', 'ndjson', '--jobs', '1', ...inputs], '', {}, { stderr: true });
    expect(tty.stderr).toMatch(/\d\/4 .*\/s · ETA/);
    expect(tty.stdout.trim().split('\n')).toHaveLength(4);
    const pipe = await runCli(['extract', '-f', 'ndjson', '--jobs', '1', ...inputs]);
    expect(pipe.stderr).not.toMatch(/ETA/);
    const quiet = await runCli(['extract', '-q', '-f', 'ndjson', '--jobs', '1', ...inputs], '', {}, { stderr: true });
    expect(quiet.stderr).toBe('');
  });
  it('colours the text format on a terminal unless NO_COLOR is set', async () => {
    const tty = await runCli(['extract', '-f', 'text', good], '', {}, { stdout: true });
    expect(tty.stdout).toContain('\x1b[');
    const noColor = await runCli(['extract', '-f', 'text', good], '', { NO_COLOR: '1' }, { stdout: true });
    expect(noColor.stdout).not.toContain('\x1b[');
  });
});

describe('-o writes atomically', () => {
  it('writes the file and leaves no temporary file', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bantin-out-'));
    const out = join(outDir, 'ket-qua.json');
    const r = await runCli(['extract', '-o', out, good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
    expect(readdirSync(outDir)).toEqual(['ket-qua.json']);
  });
  it('an unwritable destination is a usage error and nothing is written', async () => {
    const r = await runCli(['extract', '-o', join(dir, 'no', 'such', 'dir', 'x.json'), good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });
});
