// Date extraction: one micro-fixture per case (test/cases/dates/*.json), a negative-cases file,
// the five seed bulletins (read from ../shared at test time), and adversarial input.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates.js';
import { impliedYearOfDay, impliedYearOfPeriod, isValidDay, isoWeekday, parsePublished } from '../../src/extract/dates/calendar.js';
import { to24 } from '../../src/extract/dates/refiners.js';
import type { DateMention } from '../../src/types.js';

const CASES = fileURLToPath(new URL('../cases/dates/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const HAS_SHARED = existsSync(`${SHARED}seeds`) && existsSync(`${SHARED}gold`);

interface Case {
  input: string;
  publishedAt: string | null;
  expected: Array<Partial<DateMention> & { text: string }>;
  note: string;
}
interface BacklogFile {
  cases: Case[];
}
interface NegativeFile {
  publishedAt: string;
  cases: Array<{ input: string; note: string }>;
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const caseFiles = readdirSync(CASES)
  .filter((f) => f.endsWith('.json') && f !== 'negative.json' && f !== 'backlog.json')
  .sort();

function expectOffsets(text: string, mentions: DateMention[]): void {
  for (const m of mentions) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.kind).toBe('date');
    expect(m.rule).toBeTruthy();
  }
}

function expectCase(c: Case): void {
  const got = extractDates({ text: c.input, publishedAt: c.publishedAt });
  expectOffsets(c.input, got);
  expect(got.map((m) => m.text)).toEqual(c.expected.map((e) => e.text));
  c.expected.forEach((e, i) => {
    const m = got[i]!;
    // Only the fields a fixture names are compared; text, value, granularity, partOfDay always are.
    const picked = Object.fromEntries(Object.keys(e).map((k) => [k, m[k as keyof DateMention]]));
    expect(picked).toEqual(e);
  });
}

describe('date micro-fixtures', () => {
  it('has fixtures', () => {
    expect(caseFiles.length).toBeGreaterThan(50);
  });
  for (const file of caseFiles) {
    const c = read<Case>(CASES + file);
    it(`${file.replace(/\.json$/, '')}: ${c.note}`, () => expectCase(c));
  }
});

describe('date backlog (known misses, expected to fail until fixed)', () => {
  for (const c of read<BacklogFile>(`${CASES}backlog.json`).cases) {
    it.fails(`${c.input} (${c.note})`, () => expectCase(c));
  }
});

describe('date lexicons and sources', () => {
  it('are NFC', () => {
    const dir = fileURLToPath(new URL('../../src/extract/dates/', import.meta.url));
    for (const f of [...readdirSync(dir).map((x) => dir + x), `${dir}../dates.ts`]) {
      const s = readFileSync(f, 'utf8');
      expect(s === s.normalize('NFC'), f).toBe(true);
    }
    for (const f of [...caseFiles, 'negative.json', 'backlog.json']) {
      const s = readFileSync(CASES + f, 'utf8');
      expect(s === s.normalize('NFC'), f).toBe(true);
    }
  });
  it('checks weekdays day first (23/6/2023 was a Friday)', () => {
    expect(isoWeekday({ year: 2023, month: 6, day: 23 })).toBe(5);
    expect(isoWeekday({ year: 2023, month: 6, day: 25 })).toBe(7);
  });
});

describe('date negative cases', () => {
  const neg = read<NegativeFile>(`${CASES}negative.json`);
  it('has negative cases', () => {
    expect(neg.cases.length).toBeGreaterThan(30);
  });
  for (const c of neg.cases) {
    it(`no date in "${c.input}" (${c.note})`, () => {
      expect(extractDates({ text: c.input, publishedAt: neg.publishedAt })).toEqual([]);
    });
  }
});

describe('year inference', () => {
  const pub = { year: 2024, month: 1, day: 2 };
  it('takes the publication year, or the previous one when the day lands ~2 months after', () => {
    expect(impliedYearOfDay(12, 30, pub)).toBe(2023);
    expect(impliedYearOfDay(1, 2, pub)).toBe(2024);
    expect(impliedYearOfDay(3, 1, pub)).toBe(2024);
    expect(impliedYearOfDay(3, 10, pub)).toBe(2023);
  });
  it('takes the next year for early January seen in late December', () => {
    expect(impliedYearOfDay(1, 3, { year: 2023, month: 12, day: 28 })).toBe(2024);
  });
  it('is wider for periods, which plans name ahead', () => {
    expect(impliedYearOfPeriod(12, { year: 2024, month: 6, day: 1 })).toBe(2024);
    expect(impliedYearOfPeriod(12, { year: 2024, month: 1, day: 5 })).toBe(2023);
    expect(impliedYearOfPeriod(1, { year: 2024, month: 12, day: 5 })).toBe(2025);
  });
  it('reads the publication day in Vietnam time', () => {
    expect(parsePublished('2023-10-06T20:16:24')).toEqual({ year: 2023, month: 10, day: 6 });
    expect(parsePublished('2024-07-08')).toEqual({ year: 2024, month: 7, day: 8 });
    expect(parsePublished('2024-07-09T18:30:00Z')).toEqual({ year: 2024, month: 7, day: 10 });
    expect(parsePublished('2024-07-10T01:30:00+07:00')).toEqual({ year: 2024, month: 7, day: 10 });
    expect(parsePublished('10/07/2024')).toBeNull();
    expect(parsePublished(null)).toBeNull();
  });
  it('validates days, leap years included', () => {
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(undefined, 2, 29)).toBe(true);
    expect(isValidDay(undefined, 4, 31)).toBe(false);
  });
  it('leaves 29/2 without a value when the implied year is not a leap year', () => {
    const [m] = extractDates({ text: 'Sáng 29/2, hội nghị khai mạc.', publishedAt: '2023-03-01' });
    expect(m?.value).toBeNull();
    expect(m?.implied).toEqual(['year']);
  });
});

describe('clock hours', () => {
  it('converts AM/PM and parts of day to 24 hours', () => {
    expect(to24(7, 'am', null)).toBe(7);
    expect(to24(12, 'am', null)).toBe(0);
    expect(to24(12, 'pm', null)).toBe(12);
    expect(to24(3, 'pm', null)).toBe(15);
    expect(to24(2, undefined, 'chiều')).toBe(14);
    expect(to24(1, undefined, 'trưa')).toBe(13);
    expect(to24(10, undefined, 'đêm')).toBe(22);
    expect(to24(2, undefined, 'đêm')).toBe(2);
    expect(to24(14, undefined, 'chiều')).toBe(14);
  });
});

describe('dates in the seed bulletins', () => {
  const seeds: Array<[string, Array<[string, string, Partial<DateMention>?]>]> = [
    [
      '000_db4cc3b73c1906ce',
      [
        ['Chiều 6/10', '2023-10-06', { partOfDay: 'chiều', implied: ['year'] }],
        ['06/10/2023 20:16:24', '2023-10-06T20:16:24+07:00'],
        ['ngày 18/11/2022', '2022-11-18'],
        ['ngày 30/9/2023', '2023-09-30'],
        ['3 tháng cuối năm 2023', '2023-10/2023-12'],
        ['tháng 11/2023', '2023-11'],
      ],
    ],
    [
      '001_2cc0a782e4e3f92f',
      [
        ['Sáng 31/5', '2023-05-31', { partOfDay: 'sáng' }],
        ['tháng 5/2023', '2023-05'],
        ['tháng 6/2023', '2023-06'],
        ['ngày 2/2/2023', '2023-02-02'],
        ['năm 2024 - 2025', '2024/2025'],
      ],
    ],
    [
      '002_0ab831d2cb82de64',
      [
        ['Thứ sáu, 23/6/2023 | 7:35:14 AM', '2023-06-23T07:35:14+07:00'],
        ['nhiệm kỳ 2020 - 2025', '2020/2025'],
        ['giai đoạn 2021 - 2025', '2021/2025'],
        ['ngày 17/04/2021', '2021-04-17'],
      ],
    ],
    [
      '003_2da9ce31c9b7ebc1',
      [
        ['Ngày 08/7/2024', '2024-07-08'],
        ['6 tháng đầu năm 2024', '2024-H1'],
        ['6 tháng cuối năm 2024', '2024-H2'],
        ['06/01/1946 - 06/01/2026', '1946-01-06/2026-01-06', { granularity: 'range', from: '1946-01-06', to: '2026-01-06' }],
        ['ngày 14/6/2024', '2024-06-14'],
        ['ngày 09/5/2024', '2024-05-09'],
      ],
    ],
    [
      '004_65fc4686f071d328',
      [
        ['Sáng 8/4', '2024-04-08', { partOfDay: 'sáng' }],
        ['quý I/2024', '2024-Q1'],
        ['quý I năm 2024', '2024-Q1'],
        ['giai đoạn 2021 - 2025', '2021/2025', { granularity: 'range' }],
        ['ngày 16/12/2021', '2021-12-16'],
      ],
    ],
  ];
  // Ratios and counters in the seeds that must never become dates.
  const never = ['22/28', '31/45', '25/25', '19/19', '8/26', '16/26', '2/26', '3/9', '02163', '1587'];

  for (const [slug, expected] of seeds) {
    it.skipIf(!HAS_SHARED)(`finds the dates of ${slug}`, () => {
      const text = readFileSync(`${SHARED}seeds/${slug}.txt`, 'utf8').normalize('NFC');
      const gold = read<{ published: string; documents?: Array<{ code: string; issued?: string | null }> }>(`${SHARED}gold/${slug}.json`);
      const got = extractDates({ text, publishedAt: gold.published });
      expectOffsets(text, got);
      // The publication date line is among the mentions ("06/10/2023 20:16:24" → "2023-10-06T20:16:24+07:00").
      expect(got.some((m) => m.value?.startsWith(gold.published))).toBe(true);
      // Every issue date the gold gives a document is a date mention of the bulletin.
      for (const d of gold.documents ?? []) if (d.issued) expect(got.map((m) => m.value), d.code).toContain(d.issued);
      for (const [t, value, extra] of expected) {
        const m = got.find((x) => x.text === t);
        expect(m, t).toBeDefined();
        expect(m!.value, t).toBe(value);
        if (extra) expect(m).toMatchObject(extra);
      }
      for (const m of got) for (const n of never) expect(m.text.includes(n), `${m.text} contains ${n}`).toBe(false);
    });
  }
});

describe('adversarial input', () => {
  // ~200 KB of the shapes that make naive date regexes backtrack: long runs of digits,
  // separators, capitals, part-of-day words and half-finished dates.
  function adversarial(): string {
    const pieces = [
      '1'.repeat(20_000),
      '1/'.repeat(10_000),
      '12.'.repeat(7_000),
      '1-2-'.repeat(5_000),
      'ngày '.repeat(4_000),
      'Sáng 1/1/'.repeat(2_000),
      'ABCĐ'.repeat(5_000),
      '31/12/2024 - '.repeat(1_500),
      'quý I/'.repeat(3_000),
      '6 tháng đầu '.repeat(1_500),
      ' '.repeat(10_000),
      '7h30 7:30:30 '.repeat(1_500),
      'năm 2024, '.repeat(2_000),
      '2021-2025-'.repeat(2_000),
    ];
    return pieces.join('\n');
  }

  it('returns on ~200 KB of digits, slashes, dots, dashes and capitals, with valid offsets', () => {
    const text = adversarial();
    expect(text.length).toBeGreaterThan(200_000);
    const got = extractDates({ text, publishedAt: '2024-07-10' });
    expectOffsets(text, got);
    // The well-formed dates inside the noise are still found.
    expect(got.some((m) => m.value === '2024-12-31/2024-12-31' || m.value === '2024-12-31')).toBe(true);
    expect(got.some((m) => m.value === '2024')).toBe(true);
  });
});
