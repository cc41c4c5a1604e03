// Micro-fixtures for the officials extractor: one JSON file per case under test/cases/officials/,
// plus negative.json (sentences that must yield no official, or not a given name).
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { extractOfficials, groupOfficials } from '../../src/extract/officials.js';
import type { OfficialMention } from '../../src/types.js';

interface Case {
  input: string;
  expected: Array<{ name: string; titles: string[] }>;
  note: string;
}
interface Negative {
  input: string;
  expected?: [];
  notNames?: string[];
  note: string;
}

const DIR = new URL('../cases/officials/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'negative.json').sort();
const load = <T>(f: string): T => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as T;
const run = (text: string) => {
  const mentions = extractOfficials({ text, publishedAt: null });
  return { mentions, officials: groupOfficials(mentions) };
};

function checkOffsets(text: string, mentions: OfficialMention[]): void {
  for (const m of mentions) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.kind).toBe('official');
    expect(m.rule).toMatch(/^[a-z-]+$/);
  }
}

describe('officials micro-fixtures', () => {
  test('there are fixtures', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const f of files) {
    const c = load<Case>(f);
    test(`${f.replace(/\.json$/, '')}: ${c.note}`, () => {
      expect(c.input).toBe(c.input.normalize('NFC'));
      const { mentions, officials } = run(c.input);
      checkOffsets(c.input, mentions);
      expect(officials.map((o) => ({ name: o.name, titles: o.titles }))).toEqual(c.expected);
      for (const o of officials) {
        expect(o.positions.map((p) => p.text)).toEqual(o.titles);
        expect(o.mentions.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('officials negative cases', () => {
  const cases = load<Negative[]>('negative.json');
  for (const c of cases) {
    test(c.note, () => {
      const { mentions, officials } = run(c.input);
      checkOffsets(c.input, mentions);
      if (c.expected) expect(officials).toEqual([]);
      for (const n of c.notNames ?? []) expect(officials.map((o) => o.name)).not.toContain(n);
    });
  }
});

describe('officials details', () => {
  test('mentions carry rule, offsets and modifiers', () => {
    const text = 'Sáng 5/6, Phó Chủ tịch Thường trực HĐND tỉnh Hà Văn Minh làm việc với huyện.';
    const [m] = extractOfficials({ text, publishedAt: null });
    expect(m).toMatchObject({
      rule: 'title-before-name',
      name: 'Hà Văn Minh',
      text: 'Phó Chủ tịch Thường trực HĐND tỉnh Hà Văn Minh',
      start: text.indexOf('Phó'),
    });
    expect(m!.titles[0]).toEqual({
      text: 'Phó Chủ tịch Thường trực HĐND tỉnh',
      normalized: 'phó chủ tịch thường trực hđnd tỉnh',
      modifiers: ['phó', 'thường trực'],
    });
  });

  test('"tân" is a flag on the position, not part of its text', () => {
    const [m] = extractOfficials({ text: 'tân Bí thư Huyện ủy Đỗ Văn Nam nhận nhiệm vụ.', publishedAt: null });
    expect(m!.titles[0]).toMatchObject({ text: 'Bí thư Huyện ủy', modifiers: ['tân'] });
  });

  test('spelled-out and abbreviated bodies, old and new tone marks, normalize alike', () => {
    const a = extractOfficials({ text: 'Ông Lò Văn Tính, Chủ tịch Ủy ban nhân dân tỉnh Hoà Bình phát biểu.', publishedAt: null });
    const b = extractOfficials({ text: 'Ông Lò Văn Tính, Chủ tịch UBND tỉnh Hòa Bình phát biểu.', publishedAt: null });
    expect(a[0]!.titles[0]!.normalized).toBe(b[0]!.titles[0]!.normalized);
  });

  test('one entry per person: a place-name extension replaces the shorter title', () => {
    const text =
      'Đồng chí Lý Thị Vân - Bí thư Huyện ủy chủ trì hội nghị.\n\nĐồng chí Lý Thị Vân - Bí thư Huyện ủy Bảo Yên trao quà.';
    const { officials } = run(text);
    expect(officials).toHaveLength(1);
    expect(officials[0]!.titles).toEqual(['Bí thư Huyện ủy Bảo Yên']);
    expect(officials[0]!.mentions).toHaveLength(2);
  });

  test('mentions from captions group with the body, keeping their field', () => {
    const body = extractOfficials({ text: 'Đồng chí Tạ Văn Long - Phó Bí thư Tỉnh ủy phát biểu.', publishedAt: null });
    const caption = extractOfficials({ text: 'Đồng chí Long trao quà.', publishedAt: null }).map((m) => ({ ...m, field: 'captions.0' }));
    const [o] = groupOfficials([...body, ...caption]);
    expect(o!.mentions.map((m) => m.field ?? 'text')).toEqual(['text', 'captions.0']);
  });

  test('a title-only short form is dropped when two people hold it', () => {
    const text =
      'Đồng chí Hà Văn A - Phó Chủ tịch UBND tỉnh và đồng chí Lê Thị B - Phó Chủ tịch UBND tỉnh dự. Đồng chí Phó Chủ tịch UBND tỉnh đề nghị.';
    const { officials } = run(text);
    expect(officials.map((o) => o.mentions.length)).toEqual([1, 1]);
  });

  test('adversarial input stays linear: long runs of capitals, dashes, digits', () => {
    const chunk = 'Nguyễn Văn A Chủ tịch UBND tỉnh Yên Bái Trần Huy Tuấn - - - 12/34/56 Bí thư Hà Nội Hoàng ';
    const text = chunk.repeat(4000);
    const mentions = extractOfficials({ text, publishedAt: null });
    expect(mentions.length).toBeGreaterThan(1000);
    checkOffsets(text, mentions.slice(0, 50));
  });
});

describe('officials on degenerate input', () => {
  test.each(['', '\n\n', '   ', 'Chủ tịch', 'Nguyễn', '- , ; ( )', 'Ông'])('%j yields no official', (text) => {
    const mentions = extractOfficials({ text, publishedAt: null });
    checkOffsets(text, mentions);
    expect(groupOfficials(mentions)).toEqual([]);
  });

  test('offsets stay right across lines and long lines cut into segments', () => {
    const filler = 'Huyện đã hoàn thành kế hoạch năm. '.repeat(400);
    const text = `${filler}\n\n${filler}Đồng chí Sầm Thị Vui - Chủ tịch UBND huyện Văn Bàn phát biểu.`;
    const mentions = extractOfficials({ text, publishedAt: null });
    checkOffsets(text, mentions);
    expect(mentions.map((m) => m.text)).toEqual(['Sầm Thị Vui - Chủ tịch UBND huyện Văn Bàn']);
  });
});
