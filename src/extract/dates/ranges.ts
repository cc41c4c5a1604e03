// Joining two ends into a range: shared by the range parsers and the range refiner.

import { isValidDay } from './calendar.js';
import type { Atom } from './parsers.js';

/** Chronological order of two atoms of one kind, on the parts both may carry. */
export function compare(a: Atom, b: Atom): number {
  const key = (x: Atom) => [x.year ?? 0, x.month ?? (x.quarter ? x.quarter * 3 - 2 : x.half ? x.half * 6 - 5 : 1), x.dekad ?? 0, x.day ?? 0, x.hour ?? 0, x.minute ?? 0];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

/** Joins two ends into a range, sharing a year written only on one end; null when they do not make one. */
export function joinRange(a: Atom, b: Atom, start: number, rule = `range-${a.kind}`): Atom | null {
  let from = a;
  let to = b;
  if (from.year === undefined && to.year !== undefined) {
    from = { ...from, year: to.year };
    // "từ 25/12 đến 5/1/2024": the first end is in the year before.
    if (compare(from, to) > 0) from = { ...from, year: to.year - 1 };
  } else if (to.year === undefined && from.year !== undefined) {
    to = { ...to, year: from.year };
    if (compare(from, to) > 0) to = { ...to, year: from.year + 1 };
  }
  if (from.year !== undefined && to.year !== undefined && compare(from, to) >= 0) return null;
  for (const x of [from, to]) if (x.day !== undefined && !isValidDay(x.year, x.month!, x.day)) return null;
  return { kind: 'range', start, end: b.end, rule, strong: true, pod: a.pod ?? b.pod, from, to };
}

