// Turns final atoms into DateMentions: fills unstated years from the publication date and
// writes the ISO value. Without a publication date, implied parts stay unresolved (value null).

import type { DateGranularity, DateMention } from '../../types.js';
import { addDays, impliedYearOfDay, impliedYearOfPeriod, isValidDay, isoDay, pad, type Ymd } from './calendar.js';
import type { Atom } from './parsers.js';
import { compare } from './ranges.js';

/** Vietnam has one time zone and no daylight saving. */
const OFFSET = '+07:00';
/** Order in which parts are listed in `stated` and `implied`. */
const PART_ORDER = ['weekday', 'day', 'dekad', 'month', 'quarter', 'half', 'year', 'hour', 'minute', 'second'];
const PART_RANK = new Map(PART_ORDER.map((p, i) => [p, i]));
const byOrder = (parts: Iterable<string>) => [...new Set(parts)].sort((a, b) => (PART_RANK.get(a) ?? -1) - (PART_RANK.get(b) ?? -1));

interface Resolved {
  value: string | null;
  granularity: DateGranularity;
  stated: string[];
  implied: string[];
  from?: string | null;
  to?: string | null;
}

function clock(a: Atom): string {
  const s = `T${pad(a.hour!)}:${pad(a.minute ?? 0)}`;
  return a.second === undefined ? s : `${s}:${pad(a.second)}`;
}

function timeParts(a: Atom): string[] {
  if (a.hour === undefined) return [];
  return ['hour', ...(a.minute === undefined ? [] : ['minute']), ...(a.second === undefined ? [] : ['second'])];
}

/** A day, written ("Sáng 31/5") or relative ("hôm qua"), with its clock time when given. */
function resolveDay(a: Atom, pub: Ymd | null): Resolved {
  const granularity: DateGranularity = a.hour === undefined ? 'day' : 'datetime';
  const stated: string[] = [];
  const implied: string[] = [];
  let ymd: Ymd | null = null;
  if (a.kind === 'relative') {
    implied.push('day', 'month', 'year');
    if (pub) ymd = addDays(pub, a.relDays!);
  } else if (a.sameDay) {
    // Nothing written: the day comes from the date before it (its year from there or from publication).
    implied.push('day', 'month', 'year');
    const year = a.year ?? (pub ? (a.impliedYear ?? impliedYearOfDay(a.month!, a.day!, pub)) : undefined);
    if (year !== undefined) ymd = { year, month: a.month!, day: a.day! };
  } else {
    if (a.weekday !== undefined) stated.push('weekday');
    stated.push('day', 'month');
    if (a.year !== undefined) {
      stated.push('year');
      ymd = { year: a.year, month: a.month!, day: a.day! };
    } else {
      implied.push('year');
      if (pub) ymd = { year: a.impliedYear ?? impliedYearOfDay(a.month!, a.day!, pub), month: a.month!, day: a.day! };
    }
    // 29/2 implied into a non-leap year has no value.
    if (ymd && !isValidDay(ymd.year, ymd.month, ymd.day)) ymd = null;
  }
  stated.push(...timeParts(a));
  const value = ymd ? (a.hour === undefined ? isoDay(ymd) : `${isoDay(ymd)}${clock(a)}${OFFSET}`) : null;
  return { value, granularity, stated, implied };
}

/** The year of a period atom: stated, relative ("năm nay"), or implied from its first month. */
function periodYear(a: Atom, startMonth: number, pub: Ymd | null): { year: number | null; stated: boolean } {
  if (a.year !== undefined) return { year: a.year, stated: true };
  if (!pub) return { year: null, stated: false };
  if (a.relYears !== undefined) return { year: pub.year + a.relYears, stated: false };
  return { year: a.impliedYear ?? impliedYearOfPeriod(startMonth, pub), stated: false };
}

/** "9 tháng qua": the months that end with the one before publication. */
function resolvePastMonths(n: number, pub: Ymd | null): Resolved {
  const base = { granularity: 'months' as const, stated: [], implied: ['month', 'year'] };
  if (!pub) return { ...base, value: null, from: null, to: null };
  const endIndex = pub.year * 12 + pub.month - 2; // months since year 0, 0-based: the month before publication
  const ym = (i: number) => `${pad(Math.floor(i / 12), 4)}-${pad((i % 12) + 1)}`;
  const from = ym(endIndex - n + 1);
  const to = ym(endIndex);
  return { ...base, value: `${from}/${to}`, from, to };
}

/** The first month of a period atom. */
const startMonth = (a: Atom) => (a.kind === 'quarter' ? a.quarter! * 3 - 2 : a.kind === 'half' ? a.half! * 6 - 5 : (a.month ?? 1));

function resolvePeriod(a: Atom, pub: Ymd | null): Resolved {
  if (a.relMonths !== undefined) return resolvePastMonths(a.relMonths, pub);
  const { year, stated: yearStated } = periodYear(a, startMonth(a), pub);
  const parts: Record<string, string[]> = {
    month: ['month'],
    dekad: ['dekad', 'month'],
    quarter: ['quarter'],
    half: ['half'],
    months: ['month'],
    year: [],
    relative: [],
  };
  const stated = [...(parts[a.kind] ?? []), ...(yearStated ? ['year'] : [])];
  const implied = yearStated ? [] : ['year'];
  if (year === null) return { value: null, granularity: granularityOf(a), stated, implied };
  const y = pad(year, 4);
  switch (a.kind) {
    case 'month':
      return { value: `${y}-${pad(a.month!)}`, granularity: 'month', stated, implied };
    case 'dekad':
      return { value: `${y}-${pad(a.month!)}-D${a.dekad}`, granularity: 'dekad', stated, implied };
    case 'quarter':
      return { value: `${y}-Q${a.quarter}`, granularity: 'quarter', stated, implied };
    case 'half':
      return { value: `${y}-H${a.half}`, granularity: 'half', stated, implied };
    case 'months': {
      const from = `${y}-${pad(a.month!)}`;
      const to = `${y}-${pad(a.monthTo!)}`;
      return { value: `${from}/${to}`, granularity: 'months', stated, implied, from, to };
    }
    default:
      return { value: y, granularity: 'year', stated, implied };
  }
}

function granularityOf(a: Atom): DateGranularity {
  if (a.kind === 'relative') return a.relDays === undefined ? 'year' : a.hour === undefined ? 'day' : 'datetime';
  if (a.kind === 'day') return a.hour === undefined ? 'day' : 'datetime';
  if (a.kind === 'time') return 'datetime';
  return a.kind;
}

/**
 * Range ends that both lack a year: the first takes the usual implied year, the second the
 * same year or the next, so that it does not come before the first ("từ 25/12 đến 5/1").
 */
function rangeYears(from: Atom, to: Atom, pub: Ymd | null): [Atom, Atom] {
  const plain = (x: Atom) => x.year === undefined && x.relYears === undefined && x.relDays === undefined && x.relMonths === undefined;
  if (!pub || !plain(from) || !plain(to)) return [from, to];
  const y = from.day !== undefined ? impliedYearOfDay(from.month!, from.day, pub) : impliedYearOfPeriod(startMonth(from), pub);
  const later = compare({ ...to, year: y }, { ...from, year: y }) < 0 ? y + 1 : y;
  return [{ ...from, impliedYear: y }, { ...to, impliedYear: later }];
}

function resolveAtom(a: Atom, pub: Ymd | null): Resolved {
  if (a.kind === 'range') {
    const [first, second] = rangeYears(a.from!, a.to!, pub);
    const from = resolveAtom(first, pub);
    const to = resolveAtom(second, pub);
    const value = from.value !== null && to.value !== null ? `${from.value}/${to.value}` : null;
    return {
      value,
      granularity: 'range',
      stated: byOrder([...from.stated, ...to.stated]),
      implied: byOrder([...from.implied, ...to.implied]),
      from: from.value,
      to: to.value,
    };
  }
  if (a.kind === 'day' || (a.kind === 'relative' && a.relDays !== undefined)) return resolveDay(a, pub);
  return resolvePeriod(a, pub);
}

/** The DateMention of a final atom. */
export function toMention(a: Atom, text: string, pub: Ymd | null): DateMention {
  const r = resolveAtom(a, pub);
  const m: DateMention = {
    kind: 'date',
    start: a.start,
    end: a.end,
    text: text.slice(a.start, a.end),
    rule: a.rule,
    value: r.value,
    granularity: r.granularity,
    stated: byOrder(r.stated),
    implied: byOrder(r.implied),
    partOfDay: a.pod,
  };
  if (r.from !== undefined) m.from = r.from;
  if (r.to !== undefined) m.to = r.to;
  return m;
}
