// Input expansion: lists, directories, stdin, URLs.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { expandArgs, isUrl, parseInputList, type ExpansionNote, type InputSpec } from '../src/input/sources.js';

const stdin = (): InputSpec => ({ kind: 'stdin', name: '-', stream: Readable.from([]) });

describe('parseInputList', () => {
  it('skips blank lines and comments, trims, keeps URLs', () => {
    expect(parseInputList('\uFEFF# tháng 5\n a.html \n\n#b.html\r\nhttps://yenbai.gov.vn/tin/1\n')).toEqual([
      'a.html',
      'https://yenbai.gov.vn/tin/1',
    ]);
  });
});

describe('isUrl', () => {
  it('tells URLs from paths', () => {
    expect(isUrl('https://backan.gov.vn/Pages/tin.aspx')).toBe(true);
    expect(isUrl('http://x')).toBe(true);
    expect(isUrl('C:/tin.html')).toBe(false);
    expect(isUrl('tin/https.html')).toBe(false);
  });
});

describe('expandArgs', () => {
  it('walks directories in sorted order, keeps missing paths for a per-input error, notes skips', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bantin-src-'));
    mkdirSync(join(root, 'z'));
    writeFileSync(join(root, 'z', 'b.aspx'), 'x');
    writeFileSync(join(root, 'a.HTML'), 'x');
    writeFileSync(join(root, 'c.txt'), 'x');
    writeFileSync(join(root, 'c.txt.headers.json'), '{}');
    writeFileSync(join(root, 'd.docx'), 'x');
    const notes: ExpansionNote[] = [];
    const specs = await expandArgs([root, join(root, 'missing.html'), '-', '-', 'https://a.vn/'], stdin, notes);
    expect(specs.map((s) => (s.kind === 'file' ? s.path.slice(root.length) : s.kind))).toEqual([
      '/a.HTML',
      '/c.txt',
      '/z/b.aspx',
      '/missing.html',
      'stdin',
      'url',
    ]);
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/skipped/), expect.stringMatching(/stdin named more than once/)]);
    expect(notes[0]!.input).toMatch(/d\.docx$/);
  });
});
