import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPercentages, parseVietnameseNumber } from '../../src/extract/percentages.js';
import type { PercentageMention } from '../../src/types.js';

// One micro-fixture per file: test/cases/percentages/<case>.json; negative.json lists inputs that yield nothing.
const DIR = new URL('../cases/percentages/', import.meta.url);

interface Expected {
  value: number;
  text?: string;
  qualifier?: string | null;
  points?: boolean;
  range?: PercentageMention['range'];
  contextIncludes?: string;
  contextExcludes?: string;
}
interface Case {
  input: string;
  expected: Expected[];
  note: string;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'negative.json');
const run = (text: string): PercentageMention[] => extractPercentages({ text, publishedAt: null });

function checkOffsets(text: string, ms: readonly PercentageMention[]): void {
  for (const m of ms) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.rule).toMatch(/^pct\./);
    expect(m.kind).toBe('percentage');
    expect(m.context.length).toBeLessThanOrEqual(220);
  }
}

describe('percentage micro-fixtures', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const f of files) {
    const c = JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Case;
    it(`${f}: ${c.note}`, () => {
      const got = run(c.input);
      checkOffsets(c.input, got);
      expect(got.map((m) => m.value)).toEqual(c.expected.map((e) => e.value));
      c.expected.forEach((e, i) => {
        const m = got[i]!;
        if (e.text !== undefined) expect(m.text).toBe(e.text);
        if (e.qualifier !== undefined) expect(m.qualifier).toBe(e.qualifier);
        expect(m.points).toBe(e.points ?? false);
        if (e.range !== undefined) expect(m.range).toEqual(e.range);
        if (e.contextIncludes !== undefined) expect(m.context).toContain(e.contextIncludes);
        if (e.contextExcludes !== undefined) expect(m.context).not.toContain(e.contextExcludes);
      });
    });
  }
});

describe('percentage negatives', () => {
  const cases = JSON.parse(readFileSync(new URL('negative.json', DIR), 'utf8')) as Array<{ input: string; note: string }>;
  for (const c of cases) {
    it(`nothing from ${c.note}`, () => {
      expect(run(c.input)).toEqual([]);
    });
  }
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['5,9', 5.9],
    ['118,7', 118.7],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['5.9', 5.9],
    ['5.66', 5.66],
    ['0.234', 0.234],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['100', 100],
  ])('%s → %d', (s, v) => {
    expect(parseVietnameseNumber(s)).toBe(v);
  });
});

describe('percentages on adversarial input', () => {
  // ~200 KB each: the extractor must return (linear-time patterns), whatever it finds.
  const SIZE = 200_000;
  const rep = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));
  const inputs: Record<string, string> = {
    digits: rep('1234567890'),
    dashes: rep('1-'),
    slashes: rep('1/'),
    capitals: rep('AAAA-AAAA/'),
    dots: rep('1.1.1.1,'),
    percents: rep('1-1%- '),
    spaces: rep('1 - 1 % '),
    parens: rep('(5% '),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`returns on ${name}`, () => {
      const got = run(text);
      expect(Array.isArray(got)).toBe(true);
      if (got.length) checkOffsets(text, got.slice(0, 50));
    });
  }
  it('finds nothing in runs without a percent sign', () => {
    expect(run(inputs.digits! + inputs.dashes! + inputs.slashes! + inputs.dots!)).toEqual([]);
  });
});
