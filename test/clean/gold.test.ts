// Acceptance: the cleaner over the shared seeds and the real HTML page, checked against the gold
// files the same way ../shared/tools/score.py checks the CLI (folded case, NFC, spaces, tone marks).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanDocument } from '../../src/clean/index.js';
import { sniffFormat } from '../../src/input/sniff.js';
import { foldForCompare, normalizeText } from '../../src/normalize/text.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const GOLD = `${SHARED}gold/`;
const present = existsSync(GOLD);

interface Gold {
  input: string;
  title: string | null;
  published: string | null;
  authors: string[] | null;
  category: string | null;
  bodyMustContain: string[];
  bodyMustNotContain: string[];
}

const golds: Array<[string, Gold]> = present
  ? readdirSync(GOLD)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(GOLD + f, 'utf8')) as Gold])
  : [];

function load(g: Gold): { format: 'html' | 'text'; content: string } {
  const content = normalizeText(readFileSync(SHARED + g.input, 'utf8'));
  return { format: sniffFormat(content), content };
}

describe.skipIf(!present)('gold documents (../shared/gold)', () => {
  it('reads the gold files, the seeds and the real page', () => {
    expect(golds.length).toBeGreaterThanOrEqual(6);
  });

  it.each(golds)('%s: metadata and body', (_name, g) => {
    const input = load(g);
    expect(input.format).toBe(g.input.endsWith('.html') ? 'html' : 'text');
    const r = cleanDocument(input);
    if (g.title !== null) expect(foldForCompare(r.title ?? '')).toBe(foldForCompare(g.title));
    if (g.published !== null) expect(r.publishedAt ?? '').toMatch(new RegExp(`^${g.published}`));
    if (g.authors !== null) expect(r.authors.map(foldForCompare).sort()).toEqual(g.authors.map(foldForCompare).sort());
    expect(r.category).toBe(g.category);
    const body = foldForCompare(r.text);
    for (const s of g.bodyMustContain) expect(body, `kept: ${s}`).toContain(foldForCompare(s));
    for (const s of g.bodyMustNotContain) expect(body, `leaked: ${s}`).not.toContain(foldForCompare(s));
  });

  it.each(golds)('%s: cleaning the cleaned text changes nothing', (_name, g) => {
    const r = cleanDocument(load(g));
    expect(r.text.length).toBeGreaterThan(500);
    const again = cleanDocument({ format: 'text', content: r.text });
    expect(again.text).toBe(r.text);
  });
});
