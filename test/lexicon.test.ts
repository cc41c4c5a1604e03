// Every lexicon string is NFC, trimmed and non-empty; no list is empty (an empty rule group would
// silently match nothing). Covers every module under src/lexicon/.
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import * as surnames from '../src/lexicon/surnames.js';
import { TITLE_ABBREVIATIONS, foldTitle } from '../src/lexicon/fold.js';

const LEXICON_DIR = new URL('../src/lexicon/', import.meta.url);
const modules: Record<string, Record<string, unknown>> = {};
for (const f of readdirSync(LEXICON_DIR).filter((x) => x.endsWith('.ts')).sort()) {
  modules[f.replace(/\.ts$/, '')] = (await import(new URL(f, LEXICON_DIR).href)) as Record<string, unknown>;
}

/** The strings a lexicon export holds: arrays (of strings, tuples or records), sets, map keys and values. */
function stringsOf(v: unknown, depth = 0): string[] | null {
  if (depth > 3) return [];
  if (typeof v === 'string') return [v];
  let items: unknown[] | null = null;
  if (v instanceof Set) items = [...(v as Set<unknown>)];
  else if (v instanceof Map) items = [...(v as Map<unknown, unknown>).entries()].flat();
  else if (Array.isArray(v)) items = v;
  else if (depth > 0 && v !== null && typeof v === 'object') items = Object.values(v);
  if (!items) return null;
  return items.flatMap((x) => stringsOf(x, depth + 1) ?? []);
}

describe('lexicons', () => {
  for (const [mod, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      const list = stringsOf(value);
      if (!list) continue;
      test(`${mod}.${name} is non-empty NFC text`, () => {
        expect(list.length).toBeGreaterThan(0);
        for (const s of list) {
          expect(s, s).toBe(s.normalize('NFC'));
          expect(s.trim(), `blank entry in ${name}`).not.toBe('');
          expect(s, `stray spaces in "${s}"`).toBe(s.trim());
        }
      });
    }
  }

  test('abbreviation pairs are NFC and fold as the scorer does', () => {
    for (const [long, short] of TITLE_ABBREVIATIONS) {
      expect(long).toBe(long.normalize('NFC'));
      expect(short).toBe(short.normalize('NFC'));
    }
    expect(foldTitle('Phó Chủ tịch Uỷ ban nhân dân tỉnh')).toBe('phó chủ tịch ubnd tỉnh');
    expect(foldTitle('Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')).toBe('chủ tịch ủy ban mttq tỉnh');
    expect(foldTitle('Đại biểu Quốc hội khoá XV')).toBe('đbqh khóa xv');
  });

  test('the seed officials\' surnames are known, including northern ones', () => {
    for (const s of ['Luyện', 'An', 'Phương', 'Chu', 'Nông', 'Lò', 'Giàng', 'Sùng', 'Thào', 'Bế', 'Hoàng']) {
      expect(surnames.SURNAMES.has(s), s).toBe(true);
    }
  });
});
