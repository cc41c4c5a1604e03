// The ordered list of small date parsers (chrono-node style). Each parser is one regex compiled
// once at module level plus a builder that turns a match into an Atom or rejects it. Atoms carry
// only what was written; years from the publication date are filled in later (resolve.ts).
// Every repetition is bounded and every number is fenced by Unicode-aware boundaries, so a
// parser costs a constant amount of work per position even on long runs of digits and slashes.

import { isValidDay } from './calendar.js';
import { joinRange } from './ranges.js';
import {
  DEKADS,
  MONTH_WORDS,
  MONTH_COUNT_FOLLOWERS,
  MONTH_COUNT_LEADS,
  ORDINAL_LEADS,
  PARTS_OF_DAY,
  PERIOD_LEADS,
  POD_BLOCKERS,
  QUARTERS,
  SUNDAY,
  WEEKDAYS,
  YEAR_RANGE_CUES,
  YEAR_REL_BLOCKERS,
  type PartOfDay,
} from './lexicon.js';

/** What an atom denotes before refiners combine atoms. */
export type AtomKind = 'day' | 'time' | 'month' | 'dekad' | 'quarter' | 'half' | 'months' | 'year' | 'relative' | 'range';

/** A parsed piece of a date expression: only the parts that were written. */
export interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  rule: string;
  /** Enough context to stand alone ("ngày 5/6", "Sáng 5/6", "5/6/2024"); weak atoms ("5/6") survive only when a refiner attaches them. */
  strong: boolean;
  pod: PartOfDay | null;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** 12-hour marker of a clock time. */
  ampm?: 'am' | 'pm';
  quarter?: number;
  half?: 1 | 2;
  dekad?: 1 | 2 | 3;
  /** Last month of a "months" span ("9 tháng năm 2024": month 1 … monthTo 9). */
  monthTo?: number;
  /** Relative atoms: days from the publication day ("hôm qua" = -1), or years ("năm nay" = 0). */
  relDays?: number;
  relYears?: number;
  /** "9 tháng qua": this many months, ending with the month before publication. */
  relMonths?: number;
  /** "cùng ngày": the day of the date before it (day, month, year copied by the sameDay refiner). */
  sameDay?: boolean;
  /** A year chosen at resolution for an unstated one (range ends kept in order); still implied. */
  impliedYear?: number;
  /** Range ends. */
  from?: Atom;
  to?: Atom;
}

/**
 * A parser: a core regex (global), optional words allowed before the core, and a builder that
 * accepts or rejects each match (a list may yield several atoms).
 */
export interface Parser {
  name: string;
  /** The core, which opens with something definite (digits, "tháng", "hôm", "cùng"): cheap to scan for. */
  re: RegExp;
  /** Words allowed before the core ("Sáng ", "thứ Sáu, ngày "), anchored at the end: read backwards from each core match. */
  prefix?: RegExp;
  build(m: Match, text: string): Atom | readonly Atom[] | null;
}

/** A core match with the prefix read before it. */
export interface Match {
  /** Where the expression starts, prefix included. */
  index: number;
  /** Where it ends. */
  end: number;
  /** Named groups of the prefix and of the core. */
  groups: Readonly<Record<string, string | undefined>>;
  /** The core match itself (group offsets with the "d" flag). */
  core: RegExpExecArray;
}

// ---- regex pieces ------------------------------------------------------------------------
// Word starts are checked by the scanner (parseAtoms), not by a leading lookbehind: a regex that
// opens with a lookbehind pays for it at every position; one that opens with a literal skips ahead.
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
// A number starts outside any number, code, path or decimal: not after a letter/digit/slash,
// nor after "3." "3," "3:" "3-" (phone "02163.818.555", "5,9", "1-5/7" second day).
const NUM_START = String.raw`(?<![\p{L}\p{N}_/\\]|\p{N}[.,:\-])`;
// A number ends before white space or punctuation that does not continue it ("6/10," but not "6/10/x", "5.9.1").
const NUM_END = String.raw`(?![\p{L}\p{N}_/\\]|[.,:\-]\p{N})`;
const SP = String.raw`\s{1,3}`;
const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, String.raw`\s{1,2}`)).join('|');

// "sáng", "chiều tối", "rạng sáng" …
const POD = `(?:${alt(PARTS_OF_DAY.map(([w]) => w))})`;
// "thứ sáu", "Thứ 6", "chủ nhật"; not the ordinal in "xếp thứ 3/9", "lần thứ 5".
// (The ordinal check comes after the literal "thứ" so it runs only there: a leading lookbehind costs at every position.)
const WEEKDAY = String.raw`(?:thứ(?<!(?:${alt(ORDINAL_LEADS)})\s{1,2}thứ)\s{1,2}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s{1,2}nhật)`;
// The words that let a bare "d/m" stand: part of day, weekday, "ngày"/"hôm" (each optional, in this order),
// read backwards from the date: "Sáng 31/5", "Chiều ngày 6/10", "Thứ sáu, 23/6/2023", "sáng thứ Hai (5/6)",
// "ngày mùng 2/9", "Sáng nay (8/7)".
const DAY_PREFIX =
  String.raw`(?:(?<pod>${POD})[\s,]{1,3})?` +
  String.raw`(?:(?<relp>(?:hôm${SP})?(?:nay|qua|mai))\s{0,2}(?<rparen>\(\s{0,2}))?` +
  String.raw`(?:(?<wd>${WEEKDAY})[\s,]{0,3}(?<paren>\(\s{0,2})?)?` +
  String.raw`(?:(?<cue>ngày|hôm)${SP}(?:(?:mùng|mồng)\s{1,2})?)?`;
// "08/7/2024", "6/10", "01-10-1997", "19.12", "19.12.2025" (same separator twice).
const DMY = String.raw`${NUM_START}(?<d>\d{1,2})(?<s>[/.\-])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}))?${NUM_END}`;
// "8 tháng 7 năm 2024", "31 tháng 5", "05 tháng 3, năm 2020".
const LONG = String.raw`${NUM_START}(?<ld>\d{1,2})${SP}tháng${SP}(?<lm>\d{1,2})(?:\s{0,2},?${SP}năm${SP}(?<ly>\d{4}))?${NUM_END}`;
// "/2024", "-2024", " năm 2024", " năm nay" after a month or quarter (two names: JS has no duplicate groups).
const YEAR_TAIL = String.raw`(?:\s{0,3}[/\-.]\s{0,3}(?<y1>\d{4})|\s{0,2},?${SP}năm${SP}(?:(?<y2>\d{4})|(?<nay>nay)(?!\p{L})))?${NUM_END}`;
// "14 giờ 30 phút", "7h30", "7g30", "14h", "20:16:24", "7:35:14 AM".
const CLOCK =
  String.raw`${NUM_START}(?<h>\d{1,2})(?:` +
  String.raw`:(?<mi>\d{2})(?::(?<se>\d{2}))?(?:\s{0,2}(?<ap>AM|PM|SA|CH)(?!\p{L}))?` +
  String.raw`|\s{0,2}(?:giờ|h|g)(?!\p{L})(?:\s{0,2}(?<mi2>\d{1,2})(?:\s{0,2}(?:phút|p|')(?!\p{L}))?)?` +
  String.raw`)(?![\p{N}]|[/.\-,]\p{N})`;

const FLAGS = 'giu';
const re = (source: string) => new RegExp(source, FLAGS);
/** A prefix regex: tried (sticky) at word starts before the core; the words must end where the core starts. */
const prefixRe = (source: string) => new RegExp(`${source}$`, 'iuy');
const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const POD_MAP = new Map(PARTS_OF_DAY);
const pod = (s: string | undefined): PartOfDay | null => (s ? (POD_MAP.get(lower(s)) ?? null) : null);
const endsWithWord = (words: readonly string[]) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(words)})\s{1,3}$`, 'iu');
const POD_BLOCKED = endsWithWord(POD_BLOCKERS);
const MONTH_COUNT_BEFORE = endsWithWord(MONTH_COUNT_LEADS);
const MONTH_COUNT_AFTER = new RegExp(String.raw`^\s{1,3}(?:${alt(MONTH_COUNT_FOLLOWERS)}|%)(?![\p{L}])`, 'iu');
const PERIOD_LEAD_BEFORE = endsWithWord(PERIOD_LEADS);
const YEAR_REL_BLOCKED = endsWithWord(YEAR_REL_BLOCKERS);
// "(âm lịch)", "âm lịch": lunar dates are not converted (§4.1), so they are left out.
const LUNAR_AFTER = /^\s{0,2}[(,]?\s{0,2}âm\s{1,2}lịch/iu;
const HOM = /^hôm/iu;
const VIETNAM_ZONE = /^\+07:?00$/;
const NOUN_AFTER_SAME_DAY = /^\s{1,3}(?:sinh|lễ|giỗ|hội|tết)(?!\p{L})/iu;
// The year just before a listed one ("năm 2024, |2025").
const YEAR_BEFORE = /(\d{4})\D{1,12}$/u;
// "6 tháng đầu tiên", "3 tháng cuối cùng": the first/last months of something, not of the year.
const FIRST_LAST_AFTER = /^\s{1,3}(?:tiên|cùng)(?!\p{L})/iu;
const PAST_AFTER = /^\s{1,3}(?:vừa\s{1,2})?qua(?!\p{L})/iu;
// "năm học", "năm tài chính": not the calendar year.
const NOT_CALENDAR_YEAR = /^\s{1,3}(?:học|tài\s{1,2}chính)(?!\p{L})/iu;
const before = (text: string, at: number) => text.slice(Math.max(0, at - 16), at);
const after = (text: string, at: number) => text.slice(at, at + 16);

function weekdayOf(s: string): number | undefined {
  const w = lower(s);
  if (w.startsWith('chủ')) return SUNDAY;
  return WEEKDAYS[w.slice(w.indexOf(' ') + 1)];
}

function yearOf(m: Match, ...names: string[]): number | undefined {
  for (const n of names) {
    const v = m.groups[n];
    if (v !== undefined) return +v;
  }
  return undefined;
}

// A year tail was written but refused by its end check ("tháng 1 năm 2020/2021/"): not a bare month either.
const YEAR_TAIL_AFTER = /^\s{0,2},?\s{1,3}năm\s{1,3}\d/iu;
const tailRefused = (m: Match, text: string) =>
  m.groups.y1 === undefined && m.groups.y2 === undefined && !m.groups.nay && YEAR_TAIL_AFTER.test(after(text, m.end));

/** 0 when a YEAR_TAIL said "năm nay" (this year), else undefined. */
const thisYear = (m: Match): number | undefined => (m.groups.nay ? 0 : undefined);

const atom = (m: Match, rule: string, kind: AtomKind, extra: Partial<Atom>): Atom => ({
  kind,
  start: m.index,
  end: m.end,
  rule,
  strong: true,
  pod: null,
  ...extra,
});

// ---- parsers, in priority order (earlier wins a tie between equally long candidates) --------

/** Two numeric days joined by "-"/"đến": "06/01/1946 - 06/01/2026", "từ ngày 1/7 đến ngày 5/7/2024". */
const numericRange: Parser = {
  name: 'range-numeric',
  prefix: prefixRe(String.raw`(?:(?<tu>từ)${SP})?(?:(?<pod>${POD})${SP})?(?:(?<c1>ngày)${SP})?`),
  re: re(
    String.raw`${NUM_START}(?<d1>\d{1,2})(?<s1>[/.\-])(?<m1>\d{1,2})(?:\k<s1>(?<ya>\d{4}))?` +
      String.raw`\s{0,3}(?:-|–|—|đến|tới)\s{0,3}(?:ngày${SP})?` +
      String.raw`(?<d2>\d{1,2})(?<s2>[/.\-])(?<m2>\d{1,2})(?:\k<s2>(?<yb>\d{4}))?${NUM_END}`,
  ),
  build(m) {
    const g = m.groups;
    const ya = yearOf(m, 'ya');
    const yb = yearOf(m, 'yb');
    if (!(g.tu || g.c1 || g.pod || yb !== undefined)) return null;
    const a = atom(m, 'range-numeric', 'day', { pod: pod(g.pod) });
    return joinRange({ ...a, day: +g.d1!, month: +g.m1!, year: ya }, { ...a, day: +g.d2!, month: +g.m2!, year: yb }, a.start, a.rule);
  },
};

/** A day span in one month: "ngày 1-5/7/2024", "từ ngày 1 đến ngày 5/7". */
const dayRange: Parser = {
  name: 'range-days',
  re: re(
    String.raw`(?:(?<tu>từ)${SP}(?:ngày${SP})?|ngày${SP})` +
      String.raw`(?<d1>\d{1,2})\s{0,3}(?:-|–|—|đến|tới)\s{0,3}(?:ngày${SP})?` +
      String.raw`(?<d2>\d{1,2})(?<s>[/.\-])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}))?${NUM_END}`,
  ),
  build(m) {
    const g = m.groups;
    const year = yearOf(m, 'y');
    const month = +g.m!;
    const d1 = +g.d1!;
    const d2 = +g.d2!;
    if (d1 >= d2 || !isValidDay(year, month, d2)) return null;
    const a = atom(m, 'range-days', 'day', { month, year });
    return joinRange({ ...a, day: d1 }, { ...a, day: d2 }, a.start, a.rule);
  },
};

/** A day, with its optional part of day, weekday and "ngày": "Ngày 08/7/2024", "Sáng 31/5", "Thứ sáu, 23/6/2023", "ngày 8 tháng 7 năm 2024". */
const day: Parser = {
  name: 'day',
  prefix: prefixRe(DAY_PREFIX),
  re: re(`(?:${DMY}|${LONG})`),
  build(m, text) {
    const g = m.groups;
    const long = g.ld !== undefined;
    const d = +(g.d ?? g.ld)!;
    const mo = +(g.m ?? g.lm)!;
    const year = yearOf(m, 'y', 'ly');
    if (!isValidDay(year, mo, d)) return null;
    if (g.pod && POD_BLOCKED.test(before(text, m.index))) return null;
    if (LUNAR_AFTER.test(after(text, m.end))) return null;
    // "nay (8/7)" needs a part of day or "hôm" before it: "Sáng nay (8/7)", "Hôm nay (8/7)".
    if (g.relp && !g.pod && !HOM.test(g.relp)) return null;
    const context = Boolean(g.pod || g.wd || g.cue || g.relp);
    // A long form without "ngày" needs its year ("8 tháng 7 năm 2024"); "3 tháng 5 ngày" is a duration.
    const strong = context || year !== undefined;
    let end = m.end;
    if ((g.paren || g.rparen) && text[end] === ')') end += 1;
    return {
      ...atom(m, long ? 'day-long' : g.s === '.' ? 'day-dotted' : 'day-numeric', 'day', {
        strong,
        pod: pod(g.pod),
        day: d,
        month: mo,
        year,
        weekday: g.wd ? weekdayOf(g.wd) : undefined,
      }),
      end,
    };
  },
};

/** Days listed before one month: "ngày 5 và 6/7/2024", "ngày 5, 6 và 7/7": one atom per day. */
const dayList: Parser = {
  name: 'day-list',
  // The "d" flag gives each day's offsets.
  re: new RegExp(
    String.raw`ngày${SP}(?<d1>\d{1,2})(?:\s{0,2},\s{0,2}(?<d2>\d{1,2}))?\s{0,3}(?:,|và)\s{0,3}` +
      String.raw`(?<d3>\d{1,2})(?<s>[/.\-])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}))?${NUM_END}`,
    `d${FLAGS}`,
  ),
  build(m) {
    const g = m.groups;
    const spans = m.core.indices!.groups!;
    const month = +g.m!;
    const year = yearOf(m, 'y');
    const names = (['d1', 'd2', 'd3'] as const).filter((n) => g[n] !== undefined);
    const days = names.map((n) => +g[n]!);
    if (days.some((d, i) => (i > 0 && d <= days[i - 1]!) || !isValidDay(year, month, d))) return null;
    // "ngày 5" | "6" | "7/7/2024": the first keeps "ngày", the last keeps the month and year.
    return names.map((n, i) => ({
      ...atom(m, 'day-list', 'day', { day: days[i], month, year }),
      start: i === 0 ? m.index : spans[n]![0],
      end: i === names.length - 1 ? m.end : spans[n]![1],
    }));
  },
};

/** ISO days as some portals print them: "2024-07-08", "2024-07-08T14:30:00", "2024-07-08T14:30+07:00". */
const isoDay: Parser = {
  name: 'day-iso',
  re: re(
    String.raw`${NUM_START}(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})` +
      String.raw`(?:T(?<h>\d{2}):(?<mi>\d{2})(?::(?<se>\d{2}))?(?:\.\d{1,6})?(?<zone>Z|[+-]\d{2}:?\d{2})?)?${NUM_END}`,
  ),
  build(m) {
    const g = m.groups;
    const [year, month, d] = [+g.y!, +g.m!, +g.d!];
    if (!isValidDay(year, month, d) || year < 1900 || year > 2199) return null;
    const a = atom(m, 'day-iso', 'day', { day: d, month, year });
    // A clock time in another zone would need converting; such a stamp keeps only its day.
    if (g.h === undefined || (g.zone !== undefined && !VIETNAM_ZONE.test(g.zone))) return a;
    const hour = +g.h;
    const minute = +g.mi!;
    const second = g.se === undefined ? undefined : +g.se;
    if (hour > 23 || minute > 59 || (second ?? 0) > 59) return a;
    return { ...a, hour, minute, second };
  },
};

/** Days relative to publication: "hôm nay", "hôm qua", "ngày hôm kia", "ngày mai", "sáng nay", "chiều qua", "tối mai". */
const relativeDay: Parser = {
  name: 'relative-day',
  prefix: prefixRe(String.raw`(?:(?<pod>${POD})${SP})?(?<ngay>ngày${SP})?`),
  re: re(String.raw`(?:hôm${SP}(?<h>nay|qua|kia)|(?<w>nay|qua|mai))${WORD_END}`),
  build(m, text) {
    const g = m.groups;
    const word = lower((g.h ?? g.w)!);
    // "ngày nay" = nowadays, "những ngày qua" = recently: only "hôm …", "ngày mai" or a part of day.
    if (g.w && !g.pod && !(word === 'mai' && g.ngay)) return null;
    if (g.pod && POD_BLOCKED.test(before(text, m.index))) return null;
    const offsets: Record<string, number> = { nay: 0, qua: -1, kia: -2, mai: 1 };
    return atom(m, 'relative-day', 'relative', { pod: pod(g.pod), relDays: offsets[word] });
  },
};

/** The day of the date before it: "Chiều cùng ngày", "cùng ngày"; anchored by a refiner (sameDay). */
const sameDay: Parser = {
  name: 'same-day',
  prefix: prefixRe(String.raw`(?:(?<pod>${POD})${SP})?(?:trong${SP})?`),
  re: re(String.raw`cùng${SP}ngày${WORD_END}`),
  build(m, text) {
    const g = m.groups;
    if (g.pod && POD_BLOCKED.test(before(text, m.index))) return null;
    // "cùng ngày sinh", "cùng ngày lễ": a noun follows, not the day itself.
    if (NOUN_AFTER_SAME_DAY.test(after(text, m.end))) return null;
    return atom(m, 'same-day', 'relative', { pod: pod(g.pod), sameDay: true });
  },
};

/** Halves and spans of months: "6 tháng đầu năm 2024", "6 tháng cuối năm", "9 tháng năm 2024", "nửa đầu năm", "kết quả 9 tháng". */
const period: Parser = {
  name: 'period',
  re: re(
    String.raw`(?:${NUM_START}(?<n>\d{1,2})${SP}tháng|(?<nua>nửa))(?:${SP}(?<pos>đầu|cuối))?` +
      String.raw`(?:${SP}(?<nam>năm)(?:${SP}(?<y>\d{4})|${SP}(?<nay>nay))?)?${NUM_END}`,
  ),
  build(m, text) {
    const g = m.groups;
    const n = g.nua ? 6 : +g.n!;
    const pos = g.pos ? lower(g.pos) : undefined;
    const year = yearOf(m, 'y');
    if (n < 1 || n > 12 || (pos && n === 12)) return null;
    const end = m.end;
    if (pos && FIRST_LAST_AFTER.test(after(text, end))) return null; // "6 tháng đầu tiên"
    if (g.nam) {
      if (year === undefined && !g.nay && !pos) return null; // "6 tháng năm 1 lần"
      if (year === undefined && !g.nay && NOT_CALENDAR_YEAR.test(after(text, end))) return null; // "6 tháng đầu năm học"
    } else {
      if (g.nua) return null;
      // "9 tháng qua", "3 tháng vừa qua": the months up to the one before publication.
      const past = pos ? null : PAST_AFTER.exec(after(text, end));
      if (past && n >= 1 && n <= 12) return { ...atom(m, 'period-past-months', 'months', { relMonths: n }), end: end + past[0].length };
      // Otherwise only the usual reporting periods, and only as periods ("6 tháng cuối", "kết quả 9 tháng").
      if (![3, 6, 9].includes(n)) return null;
      if (!pos && !PERIOD_LEAD_BEFORE.test(before(text, m.index))) return null;
    }
    const rule = g.nua ? 'period-half-word' : 'period-months';
    const relYears = g.nay ? 0 : undefined;
    if (n === 6 && pos) return atom(m, rule, 'half', { half: pos === 'cuối' ? 2 : 1, year, relYears });
    const first = pos === 'cuối' ? 13 - n : 1;
    return atom(m, rule, 'months', { month: first, monthTo: first + n - 1, year, relYears });
  },
};

/** Quarters: "quý I/2024", "quý II năm 2025", "Quý 1/2024", "quý IV". */
const quarter: Parser = {
  name: 'quarter',
  re: re(String.raw`quý${SP}(?<q>IV|III|II|I|[1-4])(?![\p{L}\p{N}])${YEAR_TAIL}`),
  build(m, text) {
    const q = QUARTERS[lower(m.groups.q!)];
    if (!q || tailRefused(m, text)) return null;
    return atom(m, 'quarter', 'quarter', { quarter: q, year: yearOf(m, 'y1', 'y2'), relYears: thisYear(m) });
  },
};

/** Ten-day parts of a month: "thượng tuần tháng 7", "hạ tuần tháng 12/2023". */
const dekad: Parser = {
  name: 'dekad',
  re: re(String.raw`(?<pos>thượng|trung|hạ)${SP}tuần${SP}tháng${SP}(?<m>\d{1,2})${YEAR_TAIL}`),
  build(m, text) {
    const month = +m.groups.m!;
    if (month < 1 || month > 12 || tailRefused(m, text)) return null;
    return atom(m, 'dekad', 'dekad', { dekad: DEKADS[lower(m.groups.pos!)], month, year: yearOf(m, 'y1', 'y2'), relYears: thisYear(m) });
  },
};

/** Months written as words, with their year: "tháng Bảy năm 2024", "tháng Tám/1945" (bare "tháng Tám" names events). */
const monthWord: Parser = {
  name: 'month-word',
  re: re(
    String.raw`tháng${SP}(?<w>mười${SP}một|mười${SP}hai|mười|một|hai|ba|tư|năm|sáu|bảy|bẩy|tám|chín)` +
      String.raw`(?:\s{0,3}[/\-]\s{0,3}(?<y1>\d{4})|\s{0,2},?${SP}năm${SP}(?<y2>\d{4}))${NUM_END}`,
  ),
  build(m) {
    const month = MONTH_WORDS[lower(m.groups.w!)];
    return month ? atom(m, 'month-word', 'month', { month, year: yearOf(m, 'y1', 'y2') }) : null;
  },
};

/** Months: "tháng 5/2023", "tháng 12 năm 2023", "tháng 5" (not "mỗi tháng 2 lần", not lunar). */
const month: Parser = {
  name: 'month',
  re: re(String.raw`tháng${SP}(?<m>\d{1,2})${YEAR_TAIL}`),
  build(m, text) {
    const mo = +m.groups.m!;
    const year = yearOf(m, 'y1', 'y2');
    if (mo < 1 || mo > 12 || tailRefused(m, text)) return null;
    const end = m.end;
    if (LUNAR_AFTER.test(after(text, end))) return null;
    const relYears = thisYear(m);
    if (year === undefined && relYears === undefined && (MONTH_COUNT_BEFORE.test(before(text, m.index)) || MONTH_COUNT_AFTER.test(after(text, end)))) return null;
    return atom(m, year === undefined && relYears === undefined ? 'month-bare' : 'month-year', 'month', { month: mo, year, relYears });
  },
};

/** Year spans: "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025", "năm học 2023-2024", "(1945 - 2025)". */
const yearRange: Parser = {
  name: 'range-years',
  prefix: prefixRe(String.raw`(?:(?<cue>${alt(YEAR_RANGE_CUES)})${SP}(?:từ${SP})?)?`),
  re: re(
    String.raw`${NUM_START}(?<y1>\d{4})\s{0,3}(?<sep>-|–|—|đến)\s{0,3}(?<y2>\d{4})${NUM_END}`,
  ),
  build(m) {
    const g = m.groups;
    const y1 = +g.y1!;
    const y2 = +g.y2!;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    if (!g.cue) {
      // Bare spans: modern years only; "1900-xxxx" is a hotline, "đến" needs a cue.
      if (y1 <= 1900 || y2 > 2199 || lower(g.sep!) === 'đến') return null;
    } else if (y1 < 1000) return null;
    const a = atom(m, g.cue ? 'range-years' : 'range-years-bare', 'year', {});
    return joinRange({ ...a, year: y1 }, { ...a, year: y2 }, a.start, a.rule);
  },
};

/** Years: "năm 2024", and relative "năm nay", "năm ngoái", "năm tới" (not "nhiều năm nay"). */
const year: Parser = {
  name: 'year',
  re: re(String.raw`năm${SP}(?:(?<y>\d{4})${NUM_END}|(?<rel>nay|ngoái|tới)${WORD_END})`),
  build(m, text) {
    const g = m.groups;
    if (g.y) return atom(m, 'year', 'year', { year: +g.y });
    if (YEAR_REL_BLOCKED.test(before(text, m.index))) return null;
    const offsets: Record<string, number> = { nay: 0, ngoái: -1, tới: 1 };
    return atom(m, 'relative-year', 'relative', { relYears: offsets[lower(g.rel!)] });
  },
};

/** Further years in a list after "năm": the "2025" of "năm 2024, 2025", "năm 2023 và 2024". */
const yearListed: Parser = {
  name: 'year-listed',
  re: re(String.raw`${NUM_START}(?<y>\d{4})(?<=(?<![\p{L}\p{N}])năm${SP}\d{4}(?:\s{0,2}(?:,|và)${SP}\d{4}){0,3}\s{0,2}(?:,|và)${SP}\d{4})${NUM_END}`),
  build(m, text) {
    const y = +m.groups.y!;
    // Later and close to the year before it: "năm 2024, 2025", not "năm 2024, 2025 hộ" … mostly.
    const previous = YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const prev = previous ? +previous[1]! : NaN;
    return y > prev && y - prev <= 10 ? atom(m, 'year-listed', 'year', { year: y }) : null;
  },
};

/** Clock times; never a mention alone, only attached to a day by a refiner. */
const clock: Parser = {
  name: 'time',
  re: re(CLOCK),
  build(m) {
    const g = m.groups;
    const hour = +g.h!;
    const minuteText = g.mi ?? g.mi2;
    const minute = minuteText === undefined ? undefined : +minuteText;
    const second = g.se === undefined ? undefined : +g.se;
    const ap = g.ap ? lower(g.ap) : undefined;
    if (hour > 24 || (minute ?? 0) > 59 || (second ?? 0) > 59) return null;
    if (ap && (hour < 1 || hour > 12)) return null;
    return atom(m, 'time', 'time', {
      strong: false,
      hour,
      minute,
      second,
      ampm: ap === undefined ? undefined : ap === 'am' || ap === 'sa' ? 'am' : 'pm',
    });
  },
};

/**
 * All parsers in priority order. Overlaps are settled by length first (selectLongest), so order
 * only breaks ties between equally long candidates: ranges before their ends, days before
 * months ("ngày 31 tháng 5" over "tháng 5"), periods before bare years, clock times last.
 */
export const PARSERS: readonly Parser[] = [
  numericRange, // "06/01/1946 - 06/01/2026", "từ ngày 1/7 đến ngày 5/7/2024"
  dayRange, // "ngày 1-5/7/2024"
  dayList, // "ngày 5 và 6/7/2024"
  isoDay, // "2024-07-08", "2024-07-08T14:30:00"
  day, // "Sáng 31/5", "Ngày 08/7/2024", "Thứ sáu, 23/6/2023", "ngày 8 tháng 7 năm 2024"
  relativeDay, // "hôm qua", "sáng nay"
  sameDay, // "chiều cùng ngày"
  period, // "6 tháng đầu năm 2024", "9 tháng năm 2024", "9 tháng qua"
  quarter, // "quý I/2024"
  dekad, // "thượng tuần tháng 7"
  month, // "tháng 5/2023", "tháng 5"
  monthWord, // "tháng Bảy năm 2024"
  yearRange, // "giai đoạn 2021 - 2025"
  year, // "năm 2024", "năm nay"
  yearListed, // the "2025" of "năm 2024, 2025"
  clock, // "14 giờ 30 phút", "20:16:24": only attached to a day by a refiner
];

// ---- where each parser's core can start ----------------------------------------------------
// Every atom's core starts at a word start (buildAtoms takes nothing elsewhere), on a number or
// on one of a few words. Each core regex is therefore run sticky, only at those places, instead of
// being scanned across the whole text; the places are a superset of where it can match, visited
// in order, so the matches are the ones the global scan finds.

/** Where a parser's core opens: on a digit run numberLeads marks with the bit `digits`, and/or on one of `words` (lower case). */
interface Lead {
  words?: readonly string[];
  digits?: number;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** JavaScript's \s. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** "/", "." or "-": a day/month separator. */
const isDateSepCode = (c: number): boolean => c === 47 || c === 46 || c === 45;

/** The index after at most max white-space characters from k. */
function skipSpaces(t: string, k: number, max: number): number {
  const limit = k + max;
  while (k < limit && isSpaceCode(t.charCodeAt(k))) k++;
  return k;
}
const isTCode = (c: number): boolean => c === 116 || c === 84;
/** What may open a range joiner at k after up to 3 spaces: "-", "–", "—", "đến", "tới". */
function mayJoinRangeAt(t: string, k: number): boolean {
  const c = t.charCodeAt(skipSpaces(t, k, 3));
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x110 || c === 0x111 || isTCode(c);
}
/** "d/m" or "d/m/yyyy" from the day's digits [i, j), then a range joiner: "06/01/1946 - …", "1/7 đến …". */
function mayOpenNumericRange(t: string, i: number, j: number): boolean {
  const sep = t.charCodeAt(j);
  if (j - i > 2 || !isDateSepCode(sep)) return false;
  let k = j + 1;
  while (k < j + 3 && isDigitCode(t.charCodeAt(k))) k++;
  if (k === j + 1 || isDigitCode(t.charCodeAt(k))) return false;
  if (mayJoinRangeAt(t, k)) return true;
  for (let y = k + 1; y < k + 5; y++) if (!isDigitCode(t.charCodeAt(y))) return false;
  return t.charCodeAt(k) === sep && mayJoinRangeAt(t, k + 5);
}

// The number-led cores, one bit each (see numberLeads).
const LEAD_NUMERIC_RANGE = 1;
const LEAD_ISO_DAY = 2;
const LEAD_DAY = 4;
const LEAD_PERIOD = 8;
const LEAD_YEAR_RANGE = 16;
const LEAD_YEAR_LISTED = 32;
const LEAD_CLOCK = 64;

/**
 * The number-led cores that may open on the digit run text[i, j): a bit set, at least every core
 * that can match there. Computed once per run (one function, no call per core and run).
 */
function numberLeads(t: string, i: number, j: number): number {
  if (!mayStartNumber(t, i)) return 0;
  const len = j - i;
  const c = t.charCodeAt(j);
  let bits = 0;
  if (len <= 2) {
    // "6/10", "19.12", "01-10-1997"; "8 tháng 7"; "6 tháng đầu năm"
    if (isDateSepCode(c)) bits |= LEAD_DAY | (mayOpenNumericRange(t, i, j) ? LEAD_NUMERIC_RANGE : 0);
    else if (isSpaceCode(c) && isTCode(t.charCodeAt(skipSpaces(t, j, 3)))) bits |= LEAD_DAY | LEAD_PERIOD;
    // "20:16"; "14 giờ", "7h30", "7g30"
    if (c === 58) bits |= LEAD_CLOCK;
    else {
      const g = t.charCodeAt(skipSpaces(t, j, 2));
      if (g === 103 || g === 71 || g === 104 || g === 72) bits |= LEAD_CLOCK;
    }
  } else if (len === 4) {
    if (c === 45) bits |= LEAD_ISO_DAY;
    // "2021-2025", "2020 – 2025", "2020 đến 2025"
    const r = t.charCodeAt(skipSpaces(t, j, 3));
    if (r === 45 || r === 0x2013 || r === 0x2014 || r === 0x110 || r === 0x111) bits |= LEAD_YEAR_RANGE;
    // "năm 2024, 2025": the listed year follows white space
    if (isSpaceCode(t.charCodeAt(i - 1))) bits |= LEAD_YEAR_LISTED;
  }
  return bits;
}

const LEADS = new Map<Parser, Lead>([
  [numericRange, { digits: LEAD_NUMERIC_RANGE }],
  [dayRange, { words: ['từ', 'ngày'] }],
  [dayList, { words: ['ngày'] }],
  [isoDay, { digits: LEAD_ISO_DAY }],
  [day, { digits: LEAD_DAY }],
  [relativeDay, { words: ['hôm', 'nay', 'qua', 'mai'] }],
  [sameDay, { words: ['cùng'] }],
  [period, { words: ['nửa'], digits: LEAD_PERIOD }],
  [quarter, { words: ['quý'] }],
  [dekad, { words: ['thượng', 'trung', 'hạ'] }],
  [month, { words: ['tháng'] }],
  [monthWord, { words: ['tháng'] }],
  [yearRange, { digits: LEAD_YEAR_RANGE }],
  [year, { words: ['năm'] }],
  [yearListed, { digits: LEAD_YEAR_LISTED }],
  [clock, { digits: LEAD_CLOCK }],
]);
// The same cores, sticky.
const STICKY = new Map(PARSERS.map((p) => [p, new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y')]));

const LEAD_WORDS = [...new Set([...LEADS.values()].flatMap((l) => l.words ?? []))];
// Digits and every lead word, in one scan; case folded as the cores fold it. No lead word is a
// prefix of another, and a match hides only places inside it, which are not word starts.
const LEAD_RE = new RegExp(String.raw`\d|${LEAD_WORDS.join('|')}`, FLAGS);
// The lead word of a match as usually written ("Tháng", "THÁNG"), without lower-casing it.
const LEAD_WORD_OF = new Map(
  LEAD_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()].map((v) => [v, w] as const)),
);

/** Per-text facts shared by the parsers' lead searches. */
interface Scan {
  text: string;
  /** Runs of ASCII digits, flat: [start0, end0, start1, end1, …]. */
  runs: number[];
  /** numberLeads of each run. */
  leads: number[];
  /** Word starts of each lead word (null when a match could not be told apart: scan all). */
  words: Map<string, number[]> | null;
}

const DIGIT_PEEK = 8; // characters looked at after a digit run before the regex is asked again
const isAsciiLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

function scanText(text: string): Scan {
  const runs: number[] = [];
  const leads: number[] = [];
  let words: Map<string, number[]> | null = new Map(LEAD_WORDS.map((w) => [w, []]));
  const n = text.length;
  LEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEAD_RE.exec(text)) !== null) {
    let i = m.index;
    if (!isDigitCode(text.charCodeAt(i))) {
      if (words === null || !isWordStart(text, i)) continue;
      const list = words.get(LEAD_WORD_OF.get(m[0]) ?? m[0].toLowerCase());
      if (list) list.push(i);
      else words = null;
      continue;
    }
    // Digit runs; the next one is looked for directly while only ASCII non-letters (which open no
    // lead word) come between, so digit-dense text costs no regex call per run.
    for (;;) {
      let j = i + 1;
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      runs.push(i, j);
      leads.push(numberLeads(text, i, j));
      LEAD_RE.lastIndex = j;
      i = -1;
      for (let k = j + 1; k < n && k <= j + DIGIT_PEEK; k++) {
        const c = text.charCodeAt(k);
        if (isDigitCode(c)) i = k;
        else if (c < 128 && !isAsciiLetterCode(c)) continue;
        break;
      }
      if (i < 0) break;
    }
  }
  return { text, runs, leads, words };
}

const NUMBER_CHAR = /\p{N}/u;
/**
 * False where NUM_START, which opens every number-led core, surely fails: after a letter, digit,
 * "_", "/" or "\\", or after "." "," ":" "-" that follow a digit ("02163.818", "1-5/7").
 */
function mayStartNumber(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (isLetterOrDigitCode(c) || c === 95 || c === 47 || c === 92) return false;
  if ((c === 46 || c === 44 || c === 58 || c === 45) && i >= 2) {
    const d = text.charCodeAt(i - 2);
    return !(isDigitCode(d) || (d >= 128 && NUMBER_CHAR.test(text[i - 2]!)));
  }
  return true;
}

/** The positions, ascending, where a parser's core may start; null when it has no lead (scan all). */
function leadStarts(p: Parser, scan: Scan): number[] | null {
  const lead = LEADS.get(p);
  if (!lead) return null;
  const starts: number[] = [];
  const words = lead.words ?? [];
  if (words.length) {
    if (scan.words === null) return null;
    for (const w of words) for (const at of scan.words.get(w)!) starts.push(at);
  }
  if (lead.digits) {
    const { runs, leads } = scan;
    for (let r = 0; r < leads.length; r++) if (leads[r]! & lead.digits) starts.push(runs[2 * r]!);
  }
  if (words.length + (lead.digits ? 1 : 0) > 1) starts.sort((a, b) => a - b);
  return starts;
}

/** Every candidate atom of every parser, overlapping ones included. */
export function parseAtoms(text: string): Atom[] {
  const out: Atom[] = [];
  const scan = scanText(text);
  for (const p of PARSERS) {
    const starts = leadStarts(p, scan);
    if (starts === null) {
      const scanner = new RegExp(p.re); // own lastIndex per call
      let core: RegExpExecArray | null;
      while ((core = scanner.exec(text)) !== null) {
        const a = buildAtoms(p, core, text);
        if (a) out.push(...a);
        // Rejected here: the same parser may still match from the next character ("ánh sáng 5/6" → "5/6").
        scanner.lastIndex = a ? core.index + core[0].length : core.index + 1;
      }
      continue;
    }
    const sticky = STICKY.get(p)!;
    let from = 0; // where the global scan would resume
    for (const at of starts) {
      if (at < from) continue;
      sticky.lastIndex = at;
      const core = sticky.exec(text);
      if (!core) continue;
      const a = buildAtoms(p, core, text);
      if (a) out.push(...a);
      from = a ? core.index + core[0].length : core.index + 1;
    }
  }
  return out;
}

// The words prefixes are made of (lower case). A prefix ends at the core and holds only these words
// between white space, "," and "(", so it can start only at the words of the unbroken run of them
// right before the core: those word starts are tried, not every one in PREFIX_REACH.
const POD_WORDS = PARTS_OF_DAY.flatMap(([w]) => w.split(' '));
const WEEKDAY_ENDS = [...Object.keys(WEEKDAYS), 'nhật'];
const PREFIX_WORDS = new Map<Parser, { set: ReadonlySet<string>; longest: number }>(
  (
    [
      [numericRange, ['từ', ...POD_WORDS, 'ngày']],
      [
        day,
        [
          ...POD_WORDS,
          ...['hôm', 'nay', 'qua', 'mai', 'thứ', 'chủ', 'ngày', 'mùng', 'mồng'],
          ...WEEKDAY_ENDS,
          // "thứ Hai" may run into "ngày"/"hôm" with nothing between ([\s,]{0,3})
          ...WEEKDAY_ENDS.flatMap((w) => [`${w}ngày`, `${w}hôm`]),
        ],
      ],
      [relativeDay, [...POD_WORDS, 'ngày']],
      [sameDay, [...POD_WORDS, 'trong']],
      [yearRange, [...YEAR_RANGE_CUES.flatMap((c) => c.split(' ')), 'từ']],
    ] as Array<[Parser, string[]]>
  ).map(([p, words]) => [p, { set: new Set(words), longest: Math.max(...words.map((w) => w.length)) }]),
);
// The regexes fold case ("ſ" matches "s" under /iu); toLowerCase alone does not.
const foldWord = (w: string): string => (w.includes('ſ') ? w.toLowerCase().replace(/ſ/g, 's') : w.toLowerCase());

/** Word starts (relative to from), ascending, where a prefix ending at `at` may begin. */
function prefixStarts(words: { set: ReadonlySet<string>; longest: number }, text: string, from: number, at: number): number[] {
  const starts: number[] = [];
  let k = at;
  for (;;) {
    while (k > from && isPrefixEndCode(text.charCodeAt(k - 1))) k--;
    if (k <= from) break;
    let t = k;
    while (t > 0 && k - t <= words.longest && isLetterOrDigitCode(text.charCodeAt(t - 1))) t--;
    // not a word, a word longer than any listed, or one that starts before the window
    if (t === k || t < from || (t > 0 && isLetterOrDigitCode(text.charCodeAt(t - 1)))) break;
    if (!words.set.has(foldWord(text.slice(t, k)))) break;
    starts.push(t - from);
    k = t;
  }
  return starts.reverse();
}

/**
 * The groups of prefix and core as one object to read, the core's winning like
 * { ...prefix, ...core }; spreading match-group objects is slow in V8 (about 6 µs).
 */
function mergeGroups(
  prefix: Record<string, string | undefined> | undefined,
  core: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  // A plain object (not one inheriting from a group object): fast to read in the builders.
  const g: Record<string, string | undefined> = {};
  if (prefix) for (const k of Object.keys(prefix)) g[k] = prefix[k];
  for (const k of Object.keys(core)) g[k] = core[k];
  return g;
}

// How far back a prefix may reach ("rạng sáng thứ Bảy, ngày mùng " is 30 characters).
const PREFIX_REACH = 48;
/** White space, "," or "(": what every prefix ends in. */
const isPrefixEndCode = (c: number): boolean => isSpaceCode(c) || c === 44 || c === 40;

/**
 * The atoms of one core match, or null when refused: the core with each allowed prefix, longest
 * first, then alone, until the builder accepts one ("ánh sáng ngày 5/6" refused with "sáng", taken
 * without it); nothing when the core sits inside a URL. A prefix is tried (sticky) at each word
 * start in the few characters before the core and must reach the core; the core alone needs a word
 * start too.
 */
function buildAtoms(p: Parser, core: RegExpExecArray, text: string): readonly Atom[] | null {
  const end = core.index + core[0].length;
  if (insideUrl(text, core.index)) return null;
  const groups = core.groups ?? {};
  let a: Atom | readonly Atom[] | null = null;
  // Every prefix ends in white space, a comma or "(": nothing to read otherwise.
  if (p.prefix && core.index > 0 && isPrefixEndCode(text.charCodeAt(core.index - 1))) {
    const from = Math.max(0, core.index - PREFIX_REACH);
    const head = text.slice(from, core.index);
    // The shared sticky regex is safe: lastIndex is set right before each synchronous exec.
    const sticky = p.prefix;
    const words = PREFIX_WORDS.get(p);
    const tryAt = (i: number): boolean => {
      sticky.lastIndex = i;
      const pm = sticky.exec(head);
      return pm !== null && pm[0].length > 0 && (a = p.build({ index: from + i, end, groups: mergeGroups(pm.groups, groups), core }, text)) !== null;
    };
    if (words) {
      for (const i of prefixStarts(words, text, from, core.index)) if (tryAt(i)) break;
    } else {
      let inWord = from > 0 && isLetterOrDigitCode(text.charCodeAt(from - 1));
      for (let i = 0; i < head.length; i++) {
        const wordChar = isLetterOrDigitCode(head.charCodeAt(i));
        if (wordChar && !inWord && tryAt(i)) break;
        inWord = wordChar;
      }
    }
  }
  if (!a && isWordStart(text, core.index)) a = p.build({ index: core.index, end, groups, core }, text);
  if (!a) return null;
  return Array.isArray(a) ? (a as readonly Atom[]) : [a as Atom];
}

// The white-space-delimited token a match starts in is a URL ("…/tin-08-07-2024.html"): no dates there.
// Scanned backwards without copying: most matches have a space a few characters before them.
// (Normalized text has only spaces and line breaks for white space.)
function insideUrl(text: string, at: number): boolean {
  const stop = Math.max(0, at - 300);
  for (let i = at - 1; i >= stop; i--) {
    const c = text[i];
    if (c === ' ' || c === '\n') return false;
    if (c === '/' && text[i - 1] === '/' && text[i - 2] === ':') return true;
    if (c === '.' && text.slice(Math.max(0, i - 3), i).toLowerCase() === 'www') return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Answers for UTF-16 units past ASCII, filled on first sight: 1 letter or digit, 2 not.
const LETTER_OR_DIGIT_SEEN = new Uint8Array(0x10000);
/** Letter or digit (one UTF-16 unit); runs for every character before a match, so no regex per call. */
function isLetterOrDigitCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let v = LETTER_OR_DIGIT_SEEN[code];
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_OR_DIGIT_SEEN[code] = v;
  }
  return v === 1;
}
function isWordStart(text: string, at: number): boolean {
  return at === 0 || !isLetterOrDigitCode(text.charCodeAt(at - 1));
}

/** The part of day that follows a clock time ("7 giờ tối"), as a length and a part, or null. */
export function podAfter(text: string, at: number): { length: number; pod: PartOfDay } | null {
  const m = POD_AFTER.exec(text.slice(at, at + 16));
  return m ? { length: m[0].length, pod: pod(m.groups!.pod)! } : null;
}
const POD_AFTER = new RegExp(String.raw`^${SP}(?<pod>${POD})${WORD_END}`, 'iu');
