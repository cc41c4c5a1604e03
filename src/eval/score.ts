// Scores records against hand annotations in the gold format (../shared/gold/README.md), with the
// same folding and matching rules as the shared scorer, so both report the same figures.
import type { BatchResult } from '../types.js';
import { isErrorRecord } from '../types.js';

/** One annotated document (shared/gold/*.json, or fixtures/<slug>/meta.json). */
export interface GoldDoc {
  input: string;
  title?: string | null;
  published?: string | null;
  authors?: string[] | null;
  category?: string | null;
  officials?: { name: string; titles: string[] }[] | null;
  percentages?: number[];
  documents?: { code: string; type?: string | null; issuer?: string | null; issued?: string | null }[];
  bodyMustContain?: string[];
  bodyMustNotContain?: string[];
  expectError?: string;
}

/** True/false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Figures for one document. */
export interface DocScore {
  doc: string;
  found: boolean;
  errorCode: string | null;
  officials: Counts;
  titles: Counts;
  percentages: Counts;
  documents: Counts;
  fields: Record<string, boolean>;
  kept: [number, number];
  leaked: [number, number];
  misses: Record<string, unknown>;
}

/** Overall figures. */
export interface Summary {
  docs: number;
  records: number;
  officials: Prf;
  titles: Prf;
  percentages: Prf;
  documents: Prf;
  title: number;
  published: number;
  authors: number;
  issued: number;
  bodyKept: number;
  boilerplateLeaked: number;
}

/** Precision, recall, F1. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

// Old-style tone placement folded to one form, exactly as the shared scorer does.
const TONE_FIX: ReadonlyArray<readonly [string, string]> = [
  ['uỷ', 'ủy'], ['uý', 'úy'], ['uỳ', 'ùy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
];
const ABBREV: ReadonlyArray<readonly [string, string]> = [
  ['ủy ban nhân dân', 'ubnd'], ['hội đồng nhân dân', 'hđnd'], ['đại biểu quốc hội', 'đbqh'],
  ['mặt trận tổ quốc việt nam', 'mttq'], ['mặt trận tổ quốc', 'mttq'],
];

/** Scorer folding: NFC, lower case, tone placement, white space. */
export function fold(s: unknown): string {
  if (s === null || s === undefined) return '';
  let low = String(s).normalize('NFC').toLowerCase();
  for (const [a, b] of TONE_FIX) low = low.split(a).join(b);
  return low.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Title folding: as fold, with spelled-out bodies abbreviated. */
export function foldTitle(s: string): string {
  let t = fold(s);
  for (const [a, b] of ABBREV) t = t.split(a).join(b);
  return t;
}

/** Same position: equal, or one only adds words after the other (the shorter has two or more). */
export function titleMatch(g: string, o: string): boolean {
  if (g === o) return true;
  const [short, long] = g.length < o.length ? [g, o] : [o, g];
  return short.split(' ').length >= 2 && long.startsWith(`${short} `);
}

/** Greedy one-to-one matching of folded positions, as the shared scorer does. */
export function matchTitles(gold: string[], got: string[]): Counts {
  const left = [...got];
  let tp = 0;
  for (const g of gold) {
    const i = left.findIndex((o) => titleMatch(g, o));
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    }
  }
  return { tp, fp: left.length, fn: gold.length - tp };
}

function multiset<T>(gold: T[], got: T[]): Counts {
  const g = new Map<T, number>();
  for (const x of gold) g.set(x, (g.get(x) ?? 0) + 1);
  let tp = 0;
  for (const x of got) {
    const n = g.get(x) ?? 0;
    if (n > 0) {
      tp++;
      g.set(x, n - 1);
    }
  }
  return { tp, fp: got.length - tp, fn: gold.length - tp };
}

/** Precision/recall/F1 with the scorer's conventions for empty sets. */
export function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn === 0 ? 1 : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : c.fp === 0 ? 1 : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { p: round(p), r: round(r), f1: round(f1) };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Scores one record (or a missing/failed one) against its annotation. */
export function scoreDoc(name: string, gold: GoldDoc, rec: BatchResult | null): DocScore {
  const ok = rec && !isErrorRecord(rec) ? rec : null;
  const text = fold(ok?.text ?? '');
  const fields: Record<string, boolean> = {};
  const misses: Record<string, unknown> = {};
  if (gold.title != null) fields.title = fold(ok?.title) === fold(gold.title);
  if (gold.published != null) {
    fields.published = typeof ok?.publishedAt === 'string' && ok.publishedAt.replace(' ', 'T').startsWith(gold.published);
  }
  if (gold.authors != null) {
    const a = [...(ok?.authors ?? [])].map(fold).sort();
    const b = [...gold.authors].map(fold).sort();
    fields.authors = a.length === b.length && a.every((x, i) => x === b[i]);
  }
  const mustKeep = gold.bodyMustContain ?? [];
  const mustNot = gold.bodyMustNotContain ?? [];
  const lost = mustKeep.filter((s) => !text.includes(fold(s)));
  const leaks = mustNot.filter((s) => text.includes(fold(s)));

  const goldOfficials = gold.officials ?? [];
  const gotOfficials = gold.officials == null ? [] : (ok?.officials ?? []);
  const gNames = [...new Set(goldOfficials.map((o) => fold(o.name)))];
  const oNames = [...new Set(gotOfficials.map((o) => fold(o.name)))];
  const officials = multiset(gNames, oNames);
  const byName = new Map<string, Set<string>>();
  for (const o of gotOfficials) {
    const set = byName.get(fold(o.name)) ?? new Set<string>();
    for (const t of o.titles) set.add(foldTitle(t));
    byName.set(fold(o.name), set);
  }
  const titles: Counts = { tp: 0, fp: 0, fn: 0 };
  const titleMisses: string[] = [];
  for (const o of goldOfficials) {
    const gt = [...new Set(o.titles.map(foldTitle))].sort();
    const ot = [...(byName.get(fold(o.name)) ?? [])].sort();
    const c = matchTitles(gt, ot);
    titles.tp += c.tp;
    titles.fp += c.fp;
    titles.fn += c.fn;
    if (c.fp || c.fn) titleMisses.push(`${o.name}: want [${gt.join('; ')}] got [${ot.join('; ')}]`);
  }
  const gPct = (gold.percentages ?? []).map((v) => round3(Number(v)));
  const oPct = (ok?.percentages ?? []).map((p) => round3(Number(p.value)));
  const percentages = multiset(gPct, oPct);
  const gCodes = [...new Set((gold.documents ?? []).map((d) => fold(d.code)))];
  const oCodes = [...new Set((ok?.documents ?? []).map((d) => fold(d.code)))];
  const documents = multiset(gCodes, oCodes);
  const issuedGot = new Map((ok?.documents ?? []).map((d) => [fold(d.code), d.issued]));
  let issuedHits = 0;
  let issuedTotal = 0;
  for (const d of gold.documents ?? []) {
    if (!d.issued) continue;
    issuedTotal++;
    if (String(issuedGot.get(fold(d.code)) ?? '').startsWith(d.issued)) issuedHits++;
    else misses[`issued ${d.code}`] = issuedGot.get(fold(d.code)) ?? null;
  }
  if (issuedTotal) fields.issued = issuedHits === issuedTotal;

  if (lost.length) misses.lost = lost;
  if (leaks.length) misses.leaks = leaks;
  const missingNames = gNames.filter((n) => !oNames.includes(n));
  const extraNames = oNames.filter((n) => !gNames.includes(n));
  if (missingNames.length) misses.officialsMissing = missingNames;
  if (extraNames.length) misses.officialsExtra = extraNames;
  if (titleMisses.length) misses.titles = titleMisses;
  const diff = (a: number[], b: number[]) => {
    const rest = [...b];
    return a.filter((x) => {
      const i = rest.indexOf(x);
      if (i < 0) return true;
      rest.splice(i, 1);
      return false;
    });
  };
  if (percentages.fn) misses.pctMissing = diff(gPct, oPct);
  if (percentages.fp) misses.pctExtra = diff(oPct, gPct);
  if (documents.fn) misses.docsMissing = gCodes.filter((c) => !oCodes.includes(c));
  if (documents.fp) misses.docsExtra = oCodes.filter((c) => !gCodes.includes(c));
  for (const f of ['title', 'published', 'authors'] as const) {
    if (fields[f] === false) misses[`${f}Got`] = f === 'published' ? ok?.publishedAt : ok?.[f];
  }

  return {
    doc: name,
    found: ok !== null,
    errorCode: rec && isErrorRecord(rec) ? rec.error.code : null,
    officials,
    titles,
    percentages,
    documents,
    fields,
    kept: [mustKeep.length - lost.length, mustKeep.length],
    leaked: [leaks.length, mustNot.length],
    misses,
  };
}

/** Sums per-document scores into the overall figures. */
export function summarize(rows: DocScore[]): Summary {
  const sum = (k: 'officials' | 'titles' | 'percentages' | 'documents'): Counts =>
    rows.reduce((a, r) => ({ tp: a.tp + r[k].tp, fp: a.fp + r[k].fp, fn: a.fn + r[k].fn }), { tp: 0, fp: 0, fn: 0 });
  const share = (f: string) => {
    const scored = rows.filter((r) => f in r.fields);
    return scored.length ? round3(scored.filter((r) => r.fields[f]).length / scored.length) : 1;
  };
  const kept = rows.reduce((a, r) => [a[0]! + r.kept[0], a[1]! + r.kept[1]], [0, 0]);
  const leaked = rows.reduce((a, r) => [a[0]! + r.leaked[0], a[1]! + r.leaked[1]], [0, 0]);
  return {
    docs: rows.length,
    records: rows.filter((r) => r.found).length,
    officials: prf(sum('officials')),
    titles: prf(sum('titles')),
    percentages: prf(sum('percentages')),
    documents: prf(sum('documents')),
    title: share('title'),
    published: share('published'),
    authors: share('authors'),
    issued: share('issued'),
    bodyKept: kept[1] ? round3(kept[0]! / kept[1]) : 1,
    boilerplateLeaked: leaked[1] ? round3(leaked[0]! / leaked[1]) : 0,
  };
}

/** Figures a baseline holds floors for: higher is better except `boilerplateLeaked`. */
export function floorsOf(s: Summary): Record<string, number> {
  return {
    records: s.records,
    officialsF1: s.officials.f1,
    titlesF1: s.titles.f1,
    percentagesF1: s.percentages.f1,
    documentsF1: s.documents.f1,
    title: s.title,
    published: s.published,
    authors: s.authors,
    issued: s.issued,
    bodyKept: s.bodyKept,
    boilerplateLeaked: s.boilerplateLeaked,
  };
}

/** Figures that fell below (or, for leaks, rose above) their floors. */
export function regressions(now: Record<string, number>, floor: Record<string, number>): string[] {
  const out: string[] = [];
  for (const [k, f] of Object.entries(floor)) {
    const v = now[k];
    if (v === undefined) continue;
    const worse = k === 'boilerplateLeaked' ? v > f + 1e-9 : v < f - 1e-9;
    if (worse) out.push(`${k} ${v} (floor ${f})`);
  }
  return out;
}

/** Raises floors to the current figures where better; never lowers one. */
export function raiseFloors(now: Record<string, number>, floor: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = { ...(floor ?? {}) };
  for (const [k, v] of Object.entries(now)) {
    const f = out[k];
    if (f === undefined) out[k] = v;
    else out[k] = k === 'boilerplateLeaked' ? Math.min(f, v) : Math.max(f, v);
  }
  return out;
}
