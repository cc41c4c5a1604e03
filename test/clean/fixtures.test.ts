// The portal-family fixtures (fixtures/<family>-*/): metadata and body against meta.json, with the
// family's profile and with the generic cleaner alone (a profile only refines).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanDocument, cleanWithProfile } from '../../src/clean/index.js';
import { sniffFormat } from '../../src/input/sniff.js';
import { foldForCompare, normalizeText } from '../../src/normalize/text.js';
import type { CleanedArticle } from '../../src/types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
// The families this module owns; other fixtures belong to other modules' tests.
const FAMILIES = ['yenbai-gov-', 'backan-sharepoint-', 'tuyenquang-gov-', 'baoyenbai-newspaper-'];

interface Meta {
  title: string;
  published: string;
  authors: string[];
  category: string | null;
  bodyMustContain: string[];
  bodyMustNotContain: string[];
  portal: string;
}

const cases = readdirSync(FIXTURES)
  .filter((d) => FAMILIES.some((f) => d.startsWith(f)))
  .sort()
  .map((slug) => {
    const dir = `${FIXTURES}${slug}/`;
    const file = existsSync(`${dir}input.html`) ? 'input.html' : 'input.txt';
    const content = normalizeText(readFileSync(dir + file, 'utf8'));
    const meta = JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) as Meta;
    return { slug, file, content, meta };
  });

function check(r: CleanedArticle, m: Meta): void {
  expect(foldForCompare(r.title ?? '')).toBe(foldForCompare(m.title));
  expect(r.publishedAt ?? '').toMatch(new RegExp(`^${m.published}`));
  expect(r.authors).toEqual(m.authors);
  expect(r.category).toBe(m.category);
  const body = foldForCompare(r.text);
  for (const s of m.bodyMustContain) expect(body, `kept: ${s}`).toContain(foldForCompare(s));
  for (const s of m.bodyMustNotContain) expect(body, `leaked: ${s}`).not.toContain(foldForCompare(s));
}

describe('portal-family fixtures', () => {
  it('has an HTML and a text fixture for each of the four families', () => {
    for (const f of FAMILIES) {
      expect(cases.some((c) => c.slug.startsWith(f) && c.file === 'input.html')).toBe(true);
      expect(cases.some((c) => c.slug.startsWith(f) && c.file === 'input.txt')).toBe(true);
    }
  });

  it.each(cases)('$slug: with its profile', ({ file, content, meta }) => {
    expect(sniffFormat(content)).toBe(file === 'input.html' ? 'html' : 'text');
    const r = cleanDocument({ format: file === 'input.html' ? 'html' : 'text', content });
    check(r, meta);
    if (file === 'input.html') expect(r.portal).toBe(meta.portal);
  });

  it.each(cases)('$slug: generic cleaner alone', ({ file, content, meta }) => {
    const r = cleanWithProfile({ format: file === 'input.html' ? 'html' : 'text', content }, null);
    check(r, meta);
    expect(r.portal).toBeNull();
  });

  it.each(cases)('$slug: idempotent on its own output', ({ file, content }) => {
    const r = cleanDocument({ format: file === 'input.html' ? 'html' : 'text', content });
    expect(cleanDocument({ format: 'text', content: r.text }).text).toBe(r.text);
  });
});
