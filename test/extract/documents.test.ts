import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocuments, parseIssueDate } from '../../src/extract/documents.js';
import { PARTY_TYPES, STATE_TYPES, TYPE_WORDS, canonicalPartyType, canonicalStateType } from '../../src/lexicon/document-types.js';
import { ISSUERS, issuerName } from '../../src/lexicon/issuers.js';
import type { DocumentMention, DocumentRef, DocumentReference } from '../../src/types.js';

// One micro-fixture per file: test/cases/documents/<case>.json; negative.json lists inputs that yield nothing.
// `expected` lists every document (fields given are compared; `mentionCount` counts mentions);
// `references`, when present, lists every unlinked short reference.
const DIR = new URL('../cases/documents/', import.meta.url);

type ExpectedDoc = Partial<Omit<DocumentRef, 'mentions'>> & { code: string; mentionCount?: number };
interface Case {
  input: string;
  expected: ExpectedDoc[];
  references?: Array<Pick<DocumentReference, 'type' | 'typeName' | 'number'>>;
  note: string;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'negative.json');
const run = (text: string) => extractDocuments({ text, publishedAt: null });

function checkMentions(text: string, ms: readonly DocumentMention[]): void {
  for (const m of ms) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.rule).toMatch(/^(doc|ref)\./);
    expect(m.kind).toBe('document');
  }
}

describe('document micro-fixtures', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const f of files) {
    const c = JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Case;
    it(`${f}: ${c.note}`, () => {
      const { documents, references } = run(c.input);
      for (const d of documents) checkMentions(c.input, d.mentions);
      for (const r of references) checkMentions(c.input, r.mentions);
      expect(documents.map((d) => d.code)).toEqual(c.expected.map((e) => e.code));
      c.expected.forEach((e, i) => {
        const d = documents[i]!;
        const { mentionCount, ...fields } = e;
        for (const [k, v] of Object.entries(fields)) {
          if (k === 'lowConfidence') expect(d.lowConfidence ?? false).toBe(v);
          else expect(d[k as keyof DocumentRef], k).toEqual(v);
        }
        if (mentionCount !== undefined) expect(d.mentions).toHaveLength(mentionCount);
        if (e.lowConfidence === undefined) expect(d.lowConfidence ?? false).toBe(false);
      });
      if (c.references !== undefined) {
        expect(references.map((r) => ({ type: r.type, typeName: r.typeName, number: r.number }))).toEqual(c.references);
      }
    });
  }
});

describe('document negatives', () => {
  const cases = JSON.parse(readFileSync(new URL('negative.json', DIR), 'utf8')) as Array<{ input: string; note: string }>;
  for (const c of cases) {
    it(`nothing from ${c.note}`, () => {
      expect(run(c.input)).toEqual({ documents: [], references: [] });
    });
  }
});

describe('parseIssueDate', () => {
  it.each([
    [' ngày 18/11/2022 của', '2022-11-18'],
    [' ngày 01-10-1997', '1997-10-01'],
    [', ngày 2.2.2023', '2023-02-02'],
    [' ngày 8 tháng 7 năm 2024', '2024-07-08'],
    [' ban hành ngày 09/5/2024', '2024-05-09'],
    [' ngày 30/02/2024', null],
    [' về việc', null],
  ])('%s', (s, iso) => {
    expect(parseIssueDate(s)?.iso ?? null).toBe(iso);
  });
});

describe('lexicons', () => {
  const all = [
    ...Object.keys(STATE_TYPES),
    ...Object.values(STATE_TYPES),
    ...Object.keys(PARTY_TYPES),
    ...Object.values(PARTY_TYPES).flat(),
    ...TYPE_WORDS.map((w) => w.name),
    ...Object.keys(ISSUERS),
    ...Object.values(ISSUERS).map((i) => i.name),
  ];
  it('are NFC', () => {
    for (const s of all) expect(s, s).toBe(s.normalize('NFC'));
  });
  it('canonicalize case drift but keep Đ distinct from D', () => {
    expect(canonicalPartyType('Ctr')).toBe('CTr');
    expect(canonicalStateType('qyđ')).toBe('QyĐ');
    expect(canonicalStateType('HĐ')).toBe('HĐ');
    expect(canonicalStateType('HD')).toBe('HD');
  });
  it('names legislature terms', () => {
    expect(issuerName('QH13')).toBe('Quốc hội khóa XIII');
    expect(issuerName('UBTVQH15')).toBe('Ủy ban Thường vụ Quốc hội khóa XV');
    expect(issuerName('XYZ')).toBeNull();
  });
});

describe('documents on adversarial input', () => {
  // ~200 KB each: the extractor must return (linear-time patterns), whatever it finds.
  const SIZE = 200_000;
  const rep = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));
  const inputs: Record<string, string> = {
    digits: rep('1234567890'),
    dashes: rep('1-'),
    slashes: rep('1/'),
    capitals: rep('AAAA-AAAA/'),
    mixed: rep('12-AB/CD-'),
    normative: rep('1/2020/AB-CD-EF-GH-IJ-'),
    spacedDashes: rep('1 - 1 - A - '),
    shortRefs: rep('Nghị quyết số 1 '),
    codes: rep('số 135-CTr/TU ngày 18/11/2022 của Tỉnh ủy về '),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`returns on ${name}`, () => {
      const { documents, references } = run(text);
      expect(Array.isArray(documents) && Array.isArray(references)).toBe(true);
      for (const d of documents) checkMentions(text, d.mentions.slice(0, 20));
    });
  }
  it('finds nothing in runs of digits, dashes and slashes', () => {
    expect(run(inputs.digits! + ' ' + inputs.dashes! + ' ' + inputs.slashes!)).toEqual({ documents: [], references: [] });
  });
});
