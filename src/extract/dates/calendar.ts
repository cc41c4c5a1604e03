// Calendar arithmetic for date mentions: validity, weekdays, and the year an unstated year implies.

/** A calendar day. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const PUBLISHED = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:T[\d:.]{2,15}(?<zone>Z|[+-]\d{2}:?\d{2}))?/;
const DAY_MS = 86_400_000;
/** Vietnam local time (UTC+7, no daylight saving), in milliseconds. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The Vietnamese calendar day of an ISO publication timestamp: "2023-10-06T20:16:24" and
 * "2023-10-06" → 2023-10-06 (local time as written); "2024-07-09T18:30:00Z" → 2024-07-10
 * (a zoned instant is moved to UTC+7). Null when absent or not ISO.
 */
export function parsePublished(publishedAt: string | null): Ymd | null {
  if (!publishedAt) return null;
  const m = PUBLISHED.exec(publishedAt);
  if (!m?.groups) return null;
  const ymd = { year: +m.groups.y!, month: +m.groups.m!, day: +m.groups.d! };
  if (!isValidDay(ymd.year, ymd.month, ymd.day)) return null;
  if (m.groups.zone && !/^\+07:?00$/.test(m.groups.zone)) {
    const t = Date.parse(publishedAt);
    if (Number.isFinite(t)) {
      const local = new Date(t + VIETNAM_OFFSET_MS);
      return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
    }
  }
  return ymd;
}

/** True for Gregorian leap years. */
export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 when the year is unknown. */
export function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month(/year) names a real day ("31/2", "45/13" do not). */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The day `offset` days after `d`. */
export function addDays(d: Ymd, offset: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + offset * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function dayNumber(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

/**
 * The year of a day written without one: the publication year, the previous year when that
 * lands more than ~2 months after publication ("Chiều 30/12" published 02/01/2024 → 2023),
 * the next year when it lands more than ~10 months before ("ngày 3/1" published 28/12/2023 → 2024).
 */
export function impliedYearOfDay(month: number, day: number, pub: Ymd): number {
  const base = pub.year;
  // 29/2 in a non-leap year: compare with the 28th; the caller re-validates.
  const probe = (y: number) => dayNumber({ year: y, month, day: Math.min(day, daysInMonth(month, y)) });
  const diff = probe(base) - dayNumber(pub);
  if (diff > 61) return base - 1;
  if (diff < -305) return base + 1;
  return base;
}

/**
 * The year of a period (month, dekad, quarter, half) written without one, from the month it
 * starts in: the publication year, the previous year when it starts more than 6 months after
 * the publication month, the next year when it starts more than 9 months before. Wider than
 * for days because plans name coming periods ("nhiệm vụ quý II", "đến hết tháng 12").
 */
export function impliedYearOfPeriod(startMonth: number, pub: Ymd): number {
  const d = startMonth - pub.month;
  if (d > 6) return pub.year - 1;
  if (d < -9) return pub.year + 1;
  return pub.year;
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2024-07-08". */
export function isoDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
