// Every fixture through the input stage alone: the sniffers and the decoder must give what
// meta.json says (expectError, encoding), and the decoded text must hold the must-keep passages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import { sniffFormat, sniffProblem } from '../../src/input/sniff.js';
import { normalizeText } from '../../src/normalize/text.js';

const root = new URL('../../fixtures/', import.meta.url);
const slugs = existsSync(root) ? readdirSync(root).filter((s) => existsSync(new URL(`${s}/meta.json`, root))).sort() : [];

interface Meta {
  expectError?: string;
  encoding?: string;
  bodyMustContain?: string[];
}

/** Text with tags and entities' markup removed and white space folded, for passage checks. */
function flat(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').toLowerCase();
}

describe.skipIf(slugs.length === 0)('fixtures through sniff and decode', () => {
  for (const slug of slugs) {
    const dir = new URL(`${slug}/`, root);
    const file = existsSync(new URL('input.html', dir)) ? 'input.html' : 'input.txt';
    const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as Meta;
    if (!meta.expectError && !meta.encoding) continue;
    it(slug, () => {
      const bytes = readFileSync(new URL(file, dir));
      const problem = sniffProblem(bytes);
      if (meta.expectError) {
        expect(problem?.code).toBe(meta.expectError);
        return;
      }
      expect(problem).toBeNull();
      const d = decodeBytes(bytes);
      expect(d.encoding.name).toBe(meta.encoding);
      const text = normalizeText(d.text);
      expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/u);
      for (const passage of meta.bodyMustContain ?? []) expect(flat(text)).toContain(flat(passage.normalize('NFC')));
      // By content: an .html file or an HTML page saved as .txt is HTML; a text bulletin is text.
      const format = file === 'input.html' || slug.includes('html') ? 'html' : 'text';
      expect(sniffFormat(text)).toBe(format);
    });
  }
});

// The real pages in ../shared (when present): plain UTF-8, never "repaired".
const shared = new URL('../../../shared/', import.meta.url);
const realInputs = ['seeds', 'real-html']
  .map((d) => new URL(`${d}/`, shared))
  .filter((d) => existsSync(d))
  .flatMap((d) => readdirSync(d).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => new URL(f, d)));

describe.skipIf(realInputs.length === 0)('real pages from ../shared', () => {
  for (const url of realInputs) {
    it(url.pathname.split('/').slice(-2).join('/'), () => {
      const bytes = readFileSync(url);
      expect(sniffProblem(bytes)).toBeNull();
      const d = decodeBytes(bytes);
      expect(d.encoding.name).toBe('utf-8');
      expect(d.encoding.reason).not.toBe('mojibake-repair');
      expect(d.warnings).toEqual([]);
      expect(sniffFormat(d.text)).toBe(url.pathname.endsWith('.txt') ? 'text' : 'html');
    });
  }
});
