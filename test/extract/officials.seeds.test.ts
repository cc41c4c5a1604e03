// The officials extractor over the five seed bulletins, compared with shared/gold the way
// shared/tools/score.py compares them (names folded; titles folded, abbreviated and matched
// one-to-one, a title matching one that only adds words after it). Skips when ../shared is absent.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extractOfficials, groupOfficials } from '../../src/extract/officials.js';
import { normalizeText } from '../../src/normalize/text.js';
import { foldForCompare } from '../../src/normalize/text.js';
import { foldTitle } from '../../src/lexicon/fold.js';
import { matchTitles as matchCounts } from '../../src/eval/score.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const GOLD = new URL('gold/', SHARED);
const hasShared = existsSync(GOLD);

interface Gold {
  input: string;
  officials: Array<{ name: string; titles: string[] }> | null;
}

/** score.py match_titles as [tp, fp, fn]. */
function matchTitles(gold: string[], got: string[]): [number, number, number] {
  const c = matchCounts(gold, got);
  return [c.tp, c.fp, c.fn];
}

const f1 = ([tp, fp, fn]: number[]): number => (tp! + fp! + fn! === 0 ? 1 : (2 * tp!) / (2 * tp! + fp! + fn!));

describe.skipIf(!hasShared)('officials on the seed bulletins (shared/gold)', () => {
  const golds: Gold[] = hasShared
    ? readdirSync(GOLD)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(new URL(f, GOLD), 'utf8')) as Gold)
        .filter((g) => g.officials !== null && g.input.startsWith('seeds/'))
    : [];
  const totals = { names: [0, 0, 0], titles: [0, 0, 0] };

  for (const gold of golds) {
    test(gold.input, () => {
      const text = normalizeText(readFileSync(new URL(gold.input, SHARED), 'utf8'));
      const mentions = extractOfficials({ text, publishedAt: null });
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const got = groupOfficials(mentions);
      const gNames = new Set(gold.officials!.map((o) => foldForCompare(o.name)));
      const oNames = new Set(got.map((o) => foldForCompare(o.name)));
      const tp = [...gNames].filter((x) => oNames.has(x)).length;
      const names = [tp, oNames.size - tp, gNames.size - tp];
      const titles = [0, 0, 0];
      for (const g of gold.officials!) {
        const o = got.find((x) => foldForCompare(x.name) === foldForCompare(g.name));
        const c = matchTitles([...new Set(g.titles.map(foldTitle))], [...new Set((o?.titles ?? []).map(foldTitle))]);
        for (let i = 0; i < 3; i++) titles[i]! += c[i]!;
      }
      for (let i = 0; i < 3; i++) {
        totals.names[i]! += names[i]!;
        totals.titles[i]! += titles[i]!;
      }
      expect({ names, titles, got: got.map((o) => ({ name: o.name, titles: o.titles })) }).toMatchObject({
        names: [gNames.size, 0, 0],
        titles: [titles[0], 0, 0],
      });
      expect(titles[2]).toBe(0);
    });
  }

  test('F1 over all seeds is 1.00 for names and titles', () => {
    expect(golds.length).toBeGreaterThan(0);
    expect(f1(totals.names)).toBe(1);
    expect(f1(totals.titles)).toBe(1);
  });
});
