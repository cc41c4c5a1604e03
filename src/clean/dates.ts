// Publication dates: portal date lines, ISO values from JSON-LD/meta, and the lead's event date.
// Day-first always; 12-hour times converted; Vietnam local time (+07:00).
import { TOOLBAR_PHRASE_RE, isSeparatorsOnly } from './rules.js';

/** A publication date found on the page. */
export interface DateHit {
  /** "2023-10-06T20:16:24+07:00" when a time is shown, "2024-07-08" otherwise. */
  iso: string;
  hasTime: boolean;
}

// "06/10/2023", "23/6/2023", "03-01-2018", "15.10.2020"
const DATE_RE = /(?<![\p{L}\p{N}/.-])(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?![\p{N}])/u;
// "20:16:24", "7:35:14 AM", "09:24 am", "16h21", "16g21"
const TIME_RE = /(?<![\p{L}\p{N}:])(?<h>\d{1,2})(?::(?<mi>\d{2})(?::(?<s>\d{2}))?|[hg](?<mi2>\d{2}))(?:\s?(?<ap>AM|PM|SA|CH)(?![\p{L}]))?(?![\p{N}])/iu;
// "ngày 8 tháng 7 năm 2024"
const LONG_DATE_RE = /(?<![\p{L}])ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})(?![\p{N}])/iu;

// Words a date line carries besides the date: weekday, labels, time zone, "lúc".
// "Thứ sáu", "Thứ 6", "Chủ nhật", "Cập nhật", "Ngày đăng", "(GMT+7)", "lúc", "Posted on"
const DATELINE_WORDS_RE =
  /(?<![\p{L}\p{N}])(?:Thứ\s?(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s?nhật|CN|Ngày\s(?:đăng|cập nhật|xuất bản|viết|gửi)|Ngày|Cập nhật(?:\slúc|\sngày|\scuối)?|Đăng(?:\slúc|\sngày|\stải|\sbài)?|Xuất bản|Thời gian(?:\sđăng)?|Lúc|Posted(?:\son)?|Published|Updated|Date|GMT\s?[+-]\s?\d{1,2}(?::?\d{2})?|UTC(?:\s?[+-]\s?\d{1,2})?|GMT|giờ|phút|AM|PM|SA|CH)(?![\p{L}\p{N}])/giu;
// A view counter riding on the date line: "| 1587 lượt xem", "Lượt xem: 45"
const VIEWS_FRAGMENT_RE = /(?:(?:Số\s)?(?:Lượt xem|Lượt đọc|Đã xem|Views?)\s?:?\s?\d[\d.,]{0,12}|\d[\d.,]{0,12}\s?(?:lượt xem|lượt đọc|lần xem|views?))(?![\p{L}])/iu;

// Thousands separators in a counter: "1.587", "21,537"
const THOUSANDS_RE = /[.,]/g;
// Separators left at the ends of a date line's rest: "| Thu Nga -"
const EDGE_SEPARATORS_RE = /^[\s|•·/\\,;:.\-–—()[\]]+|[\s|•·/\\,;:.\-–—()[\]]+$/gu;
const SPACE_RUNS_RE = /\s{2,}/gu;
// A number in a views counter.
const NUMBER_RE = /\d[\d.,]{0,12}/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDate(d: number, m: number, y: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function isoDate(d: number, m: number, y: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function to24(h: number, ap: string | undefined): number {
  if (!ap) return h;
  const a = ap.toUpperCase();
  const pm = a === 'PM' || a === 'CH';
  if (pm && h < 12) return h + 12;
  if (!pm && h === 12) return 0;
  return h;
}

/** Views number from a counter fragment ("1.587 lượt xem" → 1587), or null. */
export function parseViews(s: string): number | null {
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  const n = Number(m[0].replace(THOUSANDS_RE, ''));
  return Number.isFinite(n) ? n : null;
}

/** A date line and what it held. */
export interface DateLine extends DateHit {
  /** Views number when a counter shared the line. */
  views: number | null;
}

// Weekday names, for the check of a US-order timestamp: "Thứ Hai" / "Thứ 2" = Monday ... "Chủ nhật" = Sunday.
const WEEKDAY_RE = /(?<![\p{L}])(?:Thứ\s?(?<vi>hai|ba|tư|năm|sáu|bảy|[2-7])|(?<sun>Chủ\s?nhật|CN)|(?<en>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6})(?![\p{L}])/iu;
const VI_WEEKDAYS: Readonly<Record<string, number>> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
const EN_WEEKDAYS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
// An English 12-hour clock on the line: SharePoint prints "5/14/2021 3:30 PM" in US order.
const AMPM_RE = /\d\s?(?:AM|PM)(?![\p{L}])/u;

function weekdayOf(line: string): number | null {
  const m = WEEKDAY_RE.exec(line);
  if (!m?.groups) return null;
  if (m.groups.sun) return 0;
  if (m.groups.vi) return VI_WEEKDAYS[m.groups.vi.toLowerCase()] ?? null;
  if (m.groups.en) return EN_WEEKDAYS[m.groups.en.toLowerCase()] ?? null;
  return null;
}

/**
 * Day and month of a numeric date, day first unless the line shows US order: the second number
 * cannot be a month ("5/14/2021"), or an English AM/PM clock with a weekday that only fits
 * month-first ("Thursday, 3/2/2023 10:00 AM" → 2 March).
 */
function dayMonth(a: number, b: number, y: number, line: string): [number, number] {
  if (b > 12 && a <= 12) return [b, a];
  if (a <= 12 && b <= 12 && a !== b && AMPM_RE.test(line)) {
    const wd = weekdayOf(line);
    if (wd !== null) {
      const dmy = new Date(Date.UTC(y, b - 1, a)).getUTCDay();
      const mdy = new Date(Date.UTC(y, a - 1, b)).getUTCDay();
      if (mdy === wd && dmy !== wd) return [b, a];
    }
  }
  return [a, b];
}

/**
 * Parses a line that is only a date line: "06/10/2023 20:16:24 Xem cỡ chữ Google",
 * "Cập nhật: Thứ sáu, 23/6/2023 | 7:35:14 AM", "Thứ Năm, 15/10/2020, 16:21 (GMT+7)",
 * "- 05:42, 10/09/2021", "Ngày đăng: 03/01/2018, 09:24 am", "31/05/2023".
 * Returns null when the line says anything else (a sentence that mentions a date).
 */
export function parseDateLine(line: string): DateLine | null {
  const r = splitDateLine(line);
  return r && isSeparatorsOnly(r.rest) ? r.date : null;
}

/**
 * A header line that carries a date and something else, e.g. a byline: "Thu Nga | 06/10/2023 08:00".
 * Returns the date and the rest (weekday, labels, time zone and toolbar words removed), or null.
 */
export function splitDateLine(line: string): { date: DateLine; rest: string } | null {
  if (line.length > 160) return null;
  // A machine-style line ("2023-10-06 20:16:24") printed as is.
  const iso = ISO_RE.test(line) ? parseMachineDate(line) : null;
  if (iso) return { date: { ...iso, views: null }, rest: '' };
  let d: number;
  let m: number;
  let y: number;
  let rest: string;
  const dm = DATE_RE.exec(line);
  if (dm?.groups) {
    y = Number(dm.groups.y);
    [d, m] = dayMonth(Number(dm.groups.d), Number(dm.groups.m), y, line);
    rest = line.slice(0, dm.index) + ' ' + line.slice(dm.index + dm[0].length);
  } else {
    const lm = LONG_DATE_RE.exec(line);
    if (!lm?.groups) return null;
    d = Number(lm.groups.d);
    m = Number(lm.groups.m);
    y = Number(lm.groups.y);
    rest = line.slice(0, lm.index) + ' ' + line.slice(lm.index + lm[0].length);
  }
  if (!validDate(d, m, y)) return null;
  let time: string | null = null;
  const tm = TIME_RE.exec(rest);
  if (tm?.groups) {
    const h = to24(Number(tm.groups.h), tm.groups.ap);
    const mi = Number(tm.groups.mi ?? tm.groups.mi2);
    const s = tm.groups.s ? Number(tm.groups.s) : 0;
    if (h <= 23 && mi <= 59 && s <= 59) {
      time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
      rest = rest.slice(0, tm.index) + ' ' + rest.slice(tm.index + tm[0].length);
    }
  }
  let views: number | null = null;
  const vm = VIEWS_FRAGMENT_RE.exec(rest);
  if (vm) {
    views = parseViews(vm[0]);
    rest = rest.slice(0, vm.index) + ' ' + rest.slice(vm.index + vm[0].length);
  }
  rest = rest.replace(DATELINE_WORDS_RE, ' ').replace(TOOLBAR_PHRASE_RE, ' ');
  const day = isoDate(d, m, y);
  const date: DateLine = time ? { iso: `${day}T${time}+07:00`, hasTime: true, views } : { iso: day, hasTime: false, views };
  return { date, rest: rest.replace(EDGE_SEPARATORS_RE, '').replace(SPACE_RUNS_RE, ' ') };
}

// "2025-10-22T19:25:52+07:00", "2023-10-06 20:16:24", "2024-07-08", "2023-06-23T00:35:14Z"
const ISO_RE = /^\s*(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\.\d{1,9})?\s?(?<tz>Z|[+-]\d{2}:?\d{2})?)?\s*$/u;

/**
 * Normalizes a machine date (JSON-LD, meta tags, <time datetime>) to Vietnam local time:
 * "2023-06-23T00:35:14Z" → "2023-06-23T07:35:14+07:00"; date-only stays date-only.
 * Falls back to the date-line forms ("23/06/2023 07:35"). Null when unparseable.
 */
export function parseMachineDate(value: string): DateHit | null {
  const v = value.trim();
  const m = ISO_RE.exec(v);
  if (!m?.groups) {
    const line = parseDateLine(v);
    return line ? { iso: line.iso, hasTime: line.hasTime } : null;
  }
  const g = m.groups;
  const y = Number(g.y);
  const mo = Number(g.m);
  const d = Number(g.d);
  if (!validDate(d, mo, y)) return null;
  if (g.h === undefined) return { iso: isoDate(d, mo, y), hasTime: false };
  const h = Number(g.h);
  const mi = Number(g.mi);
  const s = g.s ? Number(g.s) : 0;
  if (h > 23 || mi > 59 || s > 59) return null;
  let offsetMin = 7 * 60;
  if (g.tz) {
    if (g.tz === 'Z') offsetMin = 0;
    else {
      const sign = g.tz.startsWith('-') ? -1 : 1;
      const digits = g.tz.slice(1).replace(':', '');
      offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    }
  }
  // Shift to +07:00 through UTC.
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000;
  const local = new Date(utc + 7 * 60 * 60_000);
  const iso =
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+07:00`;
  return { iso, hasTime: true };
}

// The lead's event date, with an optional agency credit and part of day before it:
// "Ngày 08/7/2024, Huyện ủy ...", "CTTĐT - Sáng ngày 31/5/2024, ...", "Ngày 8 tháng 7 năm 2024, ..."
const LEAD_DATE_RE =
  /^(?:[^\n,.]{1,30}?\s[-–—:]\s)?(?:(?:Sáng|Chiều|Trưa|Tối|Đêm|Rạng sáng|Sáng sớm|Cuối giờ chiều)\s)?(?:hôm\s)?(?:(?:ngày\s)?(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})|ngày\s(?<d2>\d{1,2})\stháng\s(?<m2>\d{1,2})\snăm\s(?<y2>\d{4}))(?![\p{N}])/iu;

/** The date a lead opens with ("Ngày 08/7/2024, ..." → "2024-07-08"), date only; null without a year. */
export function leadDate(lead: string): DateHit | null {
  const m = LEAD_DATE_RE.exec(lead.slice(0, 120));
  if (!m?.groups) return null;
  const g = m.groups;
  const d = Number(g.d ?? g.d2);
  const mo = Number(g.m ?? g.m2);
  const y = Number(g.y ?? g.y2);
  if (!validDate(d, mo, y)) return null;
  return { iso: isoDate(d, mo, y), hasTime: false };
}
