import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/documents.js';
import { extractPercentages } from '../../src/extract/percentages.js';
import { foldForCompare, normalizeText } from '../../src/normalize/text.js';

// Percentages and document codes over the seed bulletins, compared with shared/gold the way
// shared/tools/score.py compares them: percentages as a multiset of values (3 decimals),
// documents as a set of folded codes, plus each gold issue date. The seeds still carry their
// boilerplate (weather widget, hotline, view counts): nothing may come from it.
const SHARED = new URL('../../../shared/', import.meta.url);
const GOLD = new URL('gold/', SHARED);
const available = existsSync(GOLD) && existsSync(new URL('seeds/', SHARED));

interface Gold {
  input: string;
  percentages: number[];
  documents: Array<{ code: string; type: string | null; issuer: string | null; issued: string | null }>;
}

const golds: Gold[] = available
  ? readdirSync(GOLD)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(new URL(f, GOLD), 'utf8')) as Gold)
      .filter((g) => g.input.startsWith('seeds/'))
  : [];

const round3 = (v: number): number => Math.round(v * 1000) / 1000;
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);

describe.skipIf(!available)('seed bulletins: percentages and documents against gold', () => {
  it('finds the seed gold files', () => {
    expect(golds.length).toBeGreaterThanOrEqual(5);
  });
  for (const g of golds) {
    const text = available ? normalizeText(readFileSync(new URL(g.input, SHARED), 'utf8')) : '';
    const ctx = { text, publishedAt: null };
    it(`${g.input}: percentages`, () => {
      const got = extractPercentages(ctx);
      for (const m of got) expect(m.text).toBe(text.slice(m.start, m.end));
      expect(sorted(got.map((m) => round3(m.value)))).toEqual(sorted(g.percentages.map(round3)));
    });
    it(`${g.input}: document codes, types, issuers and issue dates`, () => {
      const { documents } = extractDocuments(ctx);
      for (const d of documents) for (const m of d.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
      const got = new Map(documents.map((d) => [foldForCompare(d.code), d]));
      expect([...got.keys()].sort()).toEqual(g.documents.map((d) => foldForCompare(d.code)).sort());
      for (const e of g.documents) {
        const d = got.get(foldForCompare(e.code))!;
        expect(d.type, e.code).toBe(e.type);
        expect(d.issuer, e.code).toBe(e.issuer);
        if (e.issued) expect(d.issued ?? '', e.code).toMatch(new RegExp(`^${e.issued}`));
      }
    });
  }
});
