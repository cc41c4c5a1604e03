// Refiners: ordered steps that turn the parsers' candidate atoms into final atoms (chrono-node
// style). Each takes atoms sorted by start and returns new atoms; none mutates its input.

import type { PartOfDay } from './lexicon.js';
import { podAfter, type Atom, type AtomKind } from './parsers.js';
import { compare, joinRange } from './ranges.js';

/** A refiner: atoms sorted by start in, atoms sorted by start out. */
export type Refiner = (atoms: readonly Atom[], text: string) => Atom[];

// Characters already covered, kept between calls (all zero outside selectLongest).
let taken = new Uint8Array(0);

/** Keeps the longest of overlapping candidates (earlier parser on ties), sorted by start. */
export function selectLongest(candidates: readonly Atom[], textLength: number): Atom[] {
  // Stable sort: equally long candidates keep parser order.
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start));
  if (taken.length < textLength + 1) taken = new Uint8Array(textLength + 1);
  const kept: Atom[] = [];
  for (const a of order) {
    let free = true;
    for (let i = a.start; i < a.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, a.start, a.end);
    kept.push(a);
  }
  for (const a of kept) taken.fill(0, a.start, a.end); // clean for the next call
  return kept.sort((a, b) => a.start - b.start);
}

// Between the two ends of a range: "06/01/1946 - 06/01/2026", "từ tháng 5 đến hết tháng 7/2024".
const RANGE_JOIN = /^\s{0,3}(?:-|–|—|đến(?:\s{1,3}hết)?|tới|cho\s{1,3}đến)\s{0,3}$/iu;
// "từ" before the first end belongs to the range.
const FROM_WORD = /(?<![\p{L}\p{N}])từ\s{1,3}$/iu;
// Between a clock time and the day after it: "14 giờ 30 phút ngày 8/7", "7h30, sáng 5/6", "10:25 | 09/07/2024".
const TIME_THEN_DAY = /^\s{0,3}[,|\-–]?\s{0,3}$/u;
// Between a day and the clock time after it: "06/10/2023 20:16:24", "23/6/2023 | 7:35:14 AM", "ngày 5/6 lúc 8h".
const DAY_THEN_TIME = /^\s{0,3}(?:[|,\-–]\s{0,3})?(?:(?:vào\s{1,3})?lúc\s{1,3})?$/iu;

const isDayLike = (a: Atom) =>
  (a.kind === 'day' || (a.kind === 'relative' && (a.relDays !== undefined || a.sameDay === true))) && a.hour === undefined;

/** The 24-hour clock hour of a time, from its AM/PM marker or the part of day around it. */
export function to24(hour: number, ampm: 'am' | 'pm' | undefined, pod: PartOfDay | null): number {
  if (ampm === 'am') return hour === 12 ? 0 : hour;
  if (ampm === 'pm') return hour === 12 ? 12 : hour + 12;
  if (pod === 'chiều' || pod === 'tối') return hour < 12 ? hour + 12 : hour;
  if (pod === 'trưa') return hour <= 5 ? hour + 12 : hour; // "1 giờ trưa"
  if (pod === 'đêm') return hour >= 6 && hour < 12 ? hour + 12 : hour; // "10 giờ đêm", but "2 giờ đêm"
  return hour;
}

function withTime(day: Atom, time: Atom, start: number, end: number, pod: PartOfDay | null): Atom | null {
  const hour = to24(time.hour!, time.ampm, pod);
  if (hour > 23) return null;
  return { ...day, start, end, strong: true, pod, hour, minute: time.minute, second: time.second, rule: `${day.rule}+time` };
}

/** "từ 7h30 đến 11h30 ngày 5/6": two clock times, then their day; a range of datetimes, or null. */
function clockRange(atoms: readonly Atom[], i: number, text: string): Atom | null {
  const [a, b, c] = [atoms[i]!, atoms[i + 1], atoms[i + 2]];
  if (a.kind !== 'time' || b?.kind !== 'time' || !c || !isDayLike(c)) return null;
  if (!RANGE_JOIN.test(text.slice(a.end, b.start)) || !TIME_THEN_DAY.test(text.slice(b.end, c.start))) return null;
  const from = withTime(c, a, c.start, c.end, c.pod);
  const to = withTime(c, b, c.start, c.end, c.pod);
  const lead = FROM_WORD.exec(text.slice(Math.max(0, a.start - 8), a.start));
  return from && to ? joinRange(from, to, a.start - (lead?.[0].length ?? 0), 'range-time') : null;
}

/** Attaches clock times to the day before or after them: a datetime (or a range of two). */
export const attachTimes: Refiner = (atoms, text) => {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    const range = clockRange(atoms, i, text);
    if (range) {
      out.push({ ...range, end: atoms[i + 2]!.end });
      i += 2;
      continue;
    }
    if (b && a.kind === 'time' && isDayLike(b) && TIME_THEN_DAY.test(text.slice(a.end, b.start))) {
      const merged = withTime(b, a, a.start, b.end, b.pod);
      if (merged) {
        out.push(merged);
        i++;
        continue;
      }
    }
    if (b && isDayLike(a) && b.kind === 'time' && DAY_THEN_TIME.test(text.slice(a.end, b.start))) {
      const after = podAfter(text, b.end);
      const merged = withTime(a, b, a.start, b.end + (after?.length ?? 0), after?.pod ?? a.pod);
      if (merged) {
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

const RANGEABLE: ReadonlySet<AtomKind> = new Set(['day', 'month', 'dekad', 'quarter', 'half', 'year']);

/** Joins consecutive atoms of one kind linked by "-", "đến", "tới" into ranges. */
export const joinRanges: Refiner = (atoms, text) => {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    if (b && a.kind === b.kind && RANGEABLE.has(a.kind) && (a.strong || b.strong) && RANGE_JOIN.test(text.slice(a.end, b.start))) {
      const lead = FROM_WORD.exec(text.slice(Math.max(0, a.start - 8), a.start));
      const range = joinRange(a, b, a.start - (lead?.[0].length ?? 0));
      if (range) {
        out.push(range);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

// Between coordinated expressions: "quý I và quý II năm 2024", "tháng 4, tháng 5 và tháng 6/2023".
const COORDINATION = /^\s{0,3}(?:,|và|hoặc)\s{0,3}$/iu;
// Licensing a bare day needs a conjunction: "ngày 5/6 và 7/6", but "ngày 14/3, 3/4 số xã" is a ratio.
const CONJUNCTION = /^\s{0,3}(?:,\s{0,3})?(?:và|hoặc)\s{0,3}$/iu;

// The coordinated day comes soon after the dated one (same or next month), so "ngày 5/6 và 2/3 số hộ" stays a ratio.
const follows = (a: Atom, b: Atom) =>
  (b.month === a.month && b.day! > a.day!) || (b.month === (a.month! % 12) + 1 && (b.year === undefined || b.year === a.year));

/** A weak day joined by "và" to a strong one just before it stands too ("ngày 5/6 và 7/6"). */
export const licenseCoordinated: Refiner = (atoms, text) => {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const prev = out[out.length - 1];
    if (!a.strong && a.kind === 'day' && prev?.kind === 'day' && prev.strong && follows(prev, a) && CONJUNCTION.test(text.slice(prev.end, a.start))) {
      out.push({ ...a, strong: true, rule: `${a.rule}-coordinated` });
    } else out.push(a);
  }
  return out;
};

const SHAREABLE: ReadonlySet<AtomKind> = new Set(['day', 'month', 'dekad', 'quarter', 'half', 'months']);

/**
 * A year written once for coordinated expressions belongs to each: "quý I và quý II năm 2024",
 * "tháng 4, tháng 5 và tháng 6/2024". It was written, so it counts as stated.
 */
export const shareYears: Refiner = (atoms, text) => {
  const out = [...atoms];
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.kind !== b.kind || !SHAREABLE.has(a.kind) || a.year !== undefined || a.relYears !== undefined || a.relMonths !== undefined) continue;
    if (b.year === undefined || !COORDINATION.test(text.slice(a.end, b.start))) continue;
    const shared = { ...a, year: b.year, rule: `${a.rule}+shared-year` };
    out[i] = compare(shared, b) > 0 ? { ...shared, year: b.year - 1 } : shared;
  }
  return out;
};

/**
 * "cùng ngày" takes the day, month and year of the nearest day before it ("Sáng 5/6, …; chiều
 * cùng ngày, …"); with no day before it, it goes.
 */
export const anchorSameDay: Refiner = (atoms) => {
  const out: Atom[] = [];
  let last: Atom | undefined;
  for (const a of atoms) {
    if (a.sameDay) {
      // "Hôm qua …; chiều cùng ngày": still relative to publication.
      if (last?.kind === 'relative') out.push({ ...a, relDays: last.relDays, sameDay: undefined });
      else if (last) out.push({ ...a, kind: 'day', day: last.day, month: last.month, year: last.year });
      continue;
    }
    if ((a.kind === 'day' && a.strong) || (a.kind === 'relative' && a.relDays !== undefined)) last = a;
    // After a span of days, "cùng ngày" is its last day; after any other span, nothing is safe.
    else if (a.kind === 'range') last = a.to?.kind === 'day' && a.to.day !== undefined ? a.to : undefined;
    out.push(a);
  }
  return out;
};

/** Drops what cannot stand alone: weak days ("22/28", "3/9 huyện") and unattached clock times. */
export const dropUnlicensed: Refiner = (atoms) => atoms.filter((a) => a.strong && a.kind !== 'time');

/** The refiners, in the order they run (after selectLongest). */
export const REFINERS: readonly Refiner[] = [
  attachTimes, // clock time + day → datetime; two clock times + day → range
  joinRanges, // A - B, từ A đến B → range (times first, so datetimes can be range ends)
  shareYears, // "quý I và quý II năm 2024": the year written once goes to each
  licenseCoordinated, // "ngày 5/6 và 7/6": the bare second day stands
  anchorSameDay, // "chiều cùng ngày" → the day of the date before it
  dropUnlicensed, // weak days and lone clock times go
];
