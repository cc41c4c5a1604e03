// Percentages in bulletin text: "5,9%", "99 %", "1.234,5%", copied English "5.9%", ranges
// ("50%- 70%", "15-25%", "từ 50% đến 70%"), "70 phần trăm", and "điểm phần trăm" (points).
// Rule order: 1. every number directly followed by a percent unit (PCT_RE); 2. for each, a range
// start just before it (RANGE_DASH_RE, RANGE_WORD_RE); 3. qualifier and trailing "trở lên";
// 4. the clause that says what the number measures. Phone numbers, dates, temperatures and codes
// never reach rule 1: they carry no percent unit right after a number.

import type { ExtractContext, PercentageMention } from '../types.js';

// A number as written: "5", "5,9", "118,7", "1.234,5", "5.9", "1,234.5". Groups are bounded and
// separators are not digits, so a run of digits or dots cannot make the engine backtrack.
const NUM = String.raw`\d{1,15}(?:[.,]\d{1,15}){0,4}`;
// Start of a number: not inside a word, a longer number, a code ("QH14") or a fraction ("1/5").
const NUM_START = String.raw`(?<![\p{L}\p{N}_.,/])`;

// "5,9%", "99 %", "70 phần trăm", "2,5 điểm phần trăm", "1,2 điểm %"; not "%3e" escapes (digit after).
const PCT_RE = new RegExp(
  String.raw`${NUM_START}(?<num>${NUM})[ ]{0,2}(?<pts>điểm[ ]{1,2})?(?<unit>[%％]|phần[ ]{1,2}trăm(?![\p{L}\p{N}]))(?![\p{N}])`,
  'giu',
);

// Before the second number of a dash range: "50%- ", "15-", "90 - ", "0,2–", and the technical "10÷", "10~".
const RANGE_DASH_RE = new RegExp(
  String.raw`${NUM_START}(?<a>${NUM})(?<apct>[ ]{0,2}[%％])?[ ]{0,2}[-‐‑–—÷~][ ]{0,2}$`,
  'duy',
);
// Before the second number of a worded range: "từ 50% đến ", "từ 50 tới ".
const RANGE_WORD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])từ[ ]{1,2}(?<a>${NUM})(?<apct>[ ]{0,2}[%％]|[ ]{1,2}phần[ ]{1,2}trăm)?[ ]{1,3}(?:đến|tới)[ ]{1,3}$`,
  'diuy',
);

// Qualifiers right before the number, as data: a verb ("đạt", "tăng") and/or a bound ("trên", "khoảng").
// Provenance: issue 4 ("đạt, trên, dưới, gần, khoảng, hơn, từ ... trở lên, tăng, giảm"), reference
// vietnamese.md §4.3 ("tăng/giảm … so với cùng kỳ", "đạt … kế hoạch", "chiếm …").
const QUALIFIER_VERBS: readonly string[] = [
  'ước đạt', 'đạt', 'tăng thêm', 'tăng lên', 'tăng', 'giảm còn', 'giảm xuống', 'giảm', 'chiếm', 'bằng', 'vượt',
  'lên đến', 'lên tới', 'lên', 'xuống còn', 'xuống', 'còn',
];
const QUALIFIER_BOUNDS: readonly string[] = [
  'trên dưới', 'xấp xỉ', 'ít nhất', 'tối thiểu', 'tối đa', 'không quá', 'không dưới', 'chưa đến', 'chưa tới',
  'trên', 'dưới', 'gần', 'khoảng', 'hơn', 'từ',
]; // not "đến"/"tới" alone: "hướng tới 80%" is an aim, not a bound
const alt = (xs: readonly string[]): string => xs.map((x) => x.replace(/ /g, '[ ]{1,2}')).join('|');
// "đạt trên ", "khoảng ", "giảm " at the end of the text before a number.
const QUALIFIER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<q>(?:${alt(QUALIFIER_VERBS)})(?:[ ]{1,2}(?:${alt(QUALIFIER_BOUNDS)}))?|${alt(QUALIFIER_BOUNDS)})[ ]{1,3}$`,
  'iuy',
);
// " trở lên", " trở xuống" right after the percent sign.
const AFTER_BOUND_RE = /^[ ]{1,2}(?<b>trở[ ]lên|trở[ ]xuống)(?![\p{L}\p{N}])/iu;

const LOOKBACK = 48; // characters examined before a number for a range start or a qualifier
const CONTEXT_WINDOW = 400; // characters scanned either side for clause boundaries
const CONTEXT_MAX = 200;

// URLs: percent signs there are escapes ("%20"), never shares.
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"']{1,2048}/giu;

interface Hit {
  start: number;
  end: number;
  value: number;
  points: boolean;
  rule: string;
  range: { role: 'from' | 'to'; from: number; to: number } | null;
  /** Index of the other end of a range. */
  partner: number | null;
}

/** Parses a number as written in Vietnamese ("1.234,5") or copied English ("5.9", "1,234.5") style. */
export function parseVietnameseNumber(s: string): number {
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let norm: string;
  if (dots && commas) {
    // whichever separator comes last is the decimal mark
    norm = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (commas) {
    norm = commas === 1 ? s.replace(',', '.') : s.replace(/,/g, '');
  } else if (dots === 1) {
    // "5.9", "5.66" copied English decimals; "1.234" a thousands group (but "0.234" is a decimal)
    const [int, frac] = s.split('.') as [string, string];
    norm = frac.length === 3 && !/^0+$/.test(int) ? int + frac : s;
  } else {
    norm = s.replace(/\./g, '');
  }
  return Number(norm);
}

function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(URL_RE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Membership test against sorted spans for positions queried in increasing order (linear overall). */
function spanCursor(spans: ReadonlyArray<[number, number]>): (pos: number) => boolean {
  let i = 0;
  return (pos) => {
    while (i < spans.length && spans[i]![1] <= pos) i++;
    return i < spans.length && spans[i]![0] <= pos;
  };
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** Letter or digit; ASCII answered without the regex engine. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  if (n < 128) return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122);
  return WORD_CHAR_RE.test(c);
}

/**
 * Positions of clause-ending characters: newline, ";", and ".", "!", "?", "…" before white space
 * or the end. Computed once per text so each mention finds its clause by binary search.
 */
function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 59) out.push(i);
    else if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      const n = text.charCodeAt(i + 1);
      if (Number.isNaN(n) || n === 32 || n === 10 || n === 9 || n === 0xa0) out.push(i);
    }
  }
  return out;
}

/** Index of the first element of a sorted array that is >= x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Clauses {
  text: string;
  breaks: readonly number[];
}

/** Start of the sentence/semicolon clause containing pos, at most CONTEXT_WINDOW back. */
function hardStart(c: Clauses, pos: number): number {
  const i = lowerBound(c.breaks, pos) - 1;
  const b = i >= 0 ? c.breaks[i]! + 1 : 0;
  return Math.max(b, pos - CONTEXT_WINDOW);
}

/** End of the sentence/semicolon clause containing pos, at most CONTEXT_WINDOW ahead. */
function hardEnd(c: Clauses, pos: number): number {
  const i = lowerBound(c.breaks, pos);
  const b = i < c.breaks.length ? c.breaks[i]! : c.text.length;
  return Math.min(b, pos + CONTEXT_WINDOW);
}

/** End of the comma-level sub-clause after pos. */
function softEnd(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    const c = text[i];
    if (c === '(' || c === ')' || c === ':') return i;
    if (c === ',' && isSpace(text[i + 1])) return i;
  }
  return limit;
}

/** Position of an unclosed "(" between lo and pos, or -1. */
function openParen(text: string, lo: number, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= lo; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Number of words in text[a, b), counting no further than `cap`. */
function wordsBetween(text: string, a: number, b: number, cap: number): number {
  let n = 0;
  for (let i = a; i < b && n < cap; i++) if (isWordChar(text[i]) && !isWordChar(text[i - 1])) n++;
  return n;
}

/** The span of the clause that says what the number at [aStart, aEnd) measures. */
function contextSpan(c: Clauses, aStart: number, aEnd: number, prevEnd: number, nextStart: number): [number, number] {
  const { text } = c;
  const hs = hardStart(c, aStart);
  const he = hardEnd(c, aEnd);
  const paren = openParen(text, Math.max(hs, aStart - CONTEXT_MAX), aStart);
  if (paren >= 0) {
    let close = -1;
    for (let i = aEnd; i < he; i++) {
      if (text[i] === ')') {
        close = i;
        break;
      }
    }
    const closed = close >= 0;
    if (wordsBetween(text, paren + 1, aStart, 3) >= 3) return capSpan(text, paren + 1, closed ? close : he, aStart, aEnd);
    // a short aside ("(đạt 106%)") comments on the whole clause before it, even one with
    // another percentage: start at the clause (or enclosing parenthesis), at most CONTEXT_MAX back
    const outer = openParen(text, Math.max(hs, paren - CONTEXT_MAX), paren);
    let start = outer >= 0 ? outer + 1 : Math.max(hs, paren - CONTEXT_MAX);
    while (start > hs && start < paren && isWordChar(text[start - 1])) start++;
    return capSpan(text, start, closed ? close + 1 : he, aStart, aEnd);
  }
  let start = hs;
  // another percentage earlier in the clause: this one's clause starts at the next comma or colon,
  // or right after it ("tăng 5% và chiếm 20%")
  if (prevEnd > hs && prevEnd <= aStart) {
    start = prevEnd;
    for (let i = prevEnd; i < aStart; i++) {
      const ch = text[i];
      if ((ch === ',' || ch === ':') && isSpace(text[i + 1])) {
        start = i + 1;
        break;
      }
    }
  }
  // "85% xã có đường ô tô ..." names what it measures after the number; "đạt 16%" before it
  const subjectFirst = wordsBetween(text, start, aStart, 2) < 2;
  const limit = nextStart > aEnd && nextStart < he ? nextStart : he;
  const end = subjectFirst ? nextParen(text, aEnd, limit) : softEnd(text, aEnd, limit);
  return capSpan(text, start, end, aStart, aEnd);
}

/** Shortens a context span to CONTEXT_MAX: first from a comma or colon, then at word boundaries. */
function capSpan(text: string, start: number, end: number, aStart: number, aEnd: number): [number, number] {
  if (end - start > CONTEXT_MAX) {
    for (let i = start; i < aStart; i++) {
      const ch = text[i];
      if ((ch === ',' || ch === ':') && isSpace(text[i + 1]) && end - (i + 1) <= CONTEXT_MAX) {
        start = i + 1;
        break;
      }
    }
    if (end - start > CONTEXT_MAX) {
      start = Math.max(start, aStart - Math.floor(CONTEXT_MAX / 2));
      while (start < aStart && !isSpace(text[start - 1])) start++;
      end = Math.min(end, start + CONTEXT_MAX);
      while (end > aEnd && !isSpace(text[end])) end--;
    }
  }
  return [start, end];
}

/**
 * The longest match of a sticky pattern that starts at one of the last `maxWords` word starts
 * before pos and ends exactly at pos. Trying a handful of starts keeps each look-behind O(window).
 */
function matchEndingAt(text: string, lo: number, pos: number, re: RegExp, maxWords: number): RegExpExecArray | null {
  const starts: number[] = [];
  for (let i = pos - 1; i >= lo && starts.length < maxWords; i--) {
    if (isWordChar(text[i]) && !isWordChar(text[i - 1])) starts.push(i - lo);
  }
  if (!starts.length) return null;
  const slice = text.slice(lo, pos);
  for (let k = starts.length - 1; k >= 0; k--) {
    re.lastIndex = starts[k]!;
    const m = re.exec(slice);
    if (m) {
      m.index += lo; // offsets into text
      return m;
    }
  }
  return null;
}

function nextParen(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) if (text[i] === '(') return i;
  return limit;
}

const LEAD_JUNK = new Set([' ', '\t', '\n', ',', ':', ';', '.', '…', '-', '–', '—', ')']);
const TRAIL_JUNK = new Set([' ', '\t', '\n', ',', ':', ';', '.', '…', '-', '–', '—', '(']);

/** The context as one line, without the punctuation left at its edges. */
function tidyContext(text: string, start: number, end: number): string {
  while (start < end && LEAD_JUNK.has(text[start]!)) start++;
  while (end > start && TRAIL_JUNK.has(text[end - 1]!)) end--;
  const s = text.slice(start, end);
  return s.includes('\n') || s.includes('  ') ? s.replace(/\s+/g, ' ') : s;
}

// Cheap tests on the text right before a number, so the range patterns run only where one can match.
const DASH_BEFORE_RE = /[-‐‑–—÷~][ ]{0,2}$/u;
const WORD_BEFORE_RE = /(?:đến|tới)[ ]{1,3}$/iu;

const isMinus = (c: string | undefined): boolean => c === '-' || c === '−';
// What may stand before a minus sign: a space, an opening parenthesis, a colon (not a line start,
// where "-85% số hộ" is a list dash).
const MINUS_BEFORE = new Set([' ', '(', ':']);

/** A range start ("50%- ", "15-", "từ 50% đến ") ending at pos, or null. */
function rangeBefore(text: string, lo: number, pos: number): RegExpExecArray | null {
  const tail = text.slice(Math.max(lo, pos - 8), pos);
  const re = DASH_BEFORE_RE.test(tail) ? RANGE_DASH_RE : WORD_BEFORE_RE.test(tail) ? RANGE_WORD_RE : null;
  if (!re) return null;
  return matchEndingAt(text, lo, pos, re, 6); // `indices` stay relative to text.slice(lo, pos)
}

/** Every percentage in ctx.text, one mention per value (a range gives two). Pure. */
export function extractPercentages(ctx: ExtractContext): PercentageMention[] {
  const { text } = ctx;
  const inUrl = spanCursor(text.includes('://') || text.includes('www.') ? urlSpans(text) : []);
  const clauses: Clauses = { text, breaks: clauseBreaks(text) };
  const hits: Hit[] = [];
  const byStart = new Map<number, number>();
  for (const m of text.matchAll(PCT_RE)) {
    const g = m.groups!;
    const start = m.index;
    if (inUrl(start)) continue;
    const value = parseVietnameseNumber(g.num!);
    if (!Number.isFinite(value)) continue;
    const points = g.pts !== undefined;
    const hit: Hit = {
      start,
      end: start + m[0].length, // the unit belongs to the mention: "5,9%", "70 phần trăm"
      value,
      points,
      rule: points ? 'pct.points' : /^phần/iu.test(g.unit!) ? 'pct.words' : 'pct.sign',
      range: null,
      partner: null,
    };
    // range: the number before this one, joined by a dash or "từ … đến"
    const lo = Math.max(0, start - LOOKBACK);
    const rm = rangeBefore(text, lo, start);
    if (rm?.groups) {
      const aText = rm.groups.a!;
      const aStart = lo + rm.indices!.groups!.a![0];
      const aValue = parseVietnameseNumber(aText);
      const hasApct = rm.groups.apct !== undefined;
      const worded = rm[0].trimStart().toLowerCase().startsWith('từ');
      // "2021-25%" and "3 - 2%" are not ranges; a worded or fully signed range is taken as written
      const plausible = Number.isFinite(aValue) && (hasApct || worded || (aValue <= value && aValue < 1000));
      if (plausible) {
        const existing = hasApct ? byStart.get(aStart) : undefined;
        let fromIdx: number;
        if (existing !== undefined) {
          fromIdx = existing;
        } else if (!hasApct) {
          fromIdx = hits.length;
          hits.push({
            start: aStart,
            end: aStart + aText.length,
            value: aValue,
            points,
            rule: 'pct.range.from',
            range: null,
            partner: null,
          });
          byStart.set(aStart, fromIdx);
        } else {
          fromIdx = -1; // "%" after the first number but it was not kept (inside a URL)
        }
        if (fromIdx >= 0 && hits[fromIdx]!.partner === null) {
          const from = hits[fromIdx]!;
          const r = { from: from.value, to: value };
          from.range = { role: 'from', ...r };
          from.partner = hits.length;
          if (from.rule === 'pct.sign' || from.rule === 'pct.words') from.rule = 'pct.range.from';
          hit.range = { role: 'to', ...r };
          hit.partner = fromIdx;
          hit.rule = 'pct.range.to';
        }
      }
    }
    // "(-2,5%)", "ở mức -0,3%": a minus sign attached to a number that does not end a range
    if (hit.partner === null && isMinus(text[start - 1]) && start >= 2 && MINUS_BEFORE.has(text[start - 2]!)) {
      hit.start = start - 1;
      hit.value = -hit.value;
      hit.rule = 'pct.negative';
    }
    byStart.set(start, hits.length);
    hits.push(hit);
  }
  // mentions in text order
  const order = hits.map((_, i) => i).sort((a, b) => hits[a]!.start - hits[b]!.start);
  const out: PercentageMention[] = [];
  let prevEnd = -1;
  for (let k = 0; k < order.length; k++) {
    const h = hits[order[k]!]!;
    const partner = h.partner !== null ? hits[h.partner]! : null;
    const first = partner && partner.start < h.start ? partner : h;
    const last = partner && partner.end > h.end ? partner : h;
    // qualifier: before the range (or number), and "trở lên" after it
    const qlo = Math.max(0, first.start - LOOKBACK);
    const qm = matchEndingAt(text, qlo, first.start, QUALIFIER_RE, 4);
    let qualifier: string | null = qm?.groups ? qm.groups.q!.toLowerCase().replace(/\s+/g, ' ') : null;
    const am = AFTER_BOUND_RE.exec(text.slice(last.end, last.end + 16));
    if (am?.groups) {
      const b = am.groups.b!.toLowerCase().replace(/\s+/g, ' ');
      qualifier = qualifier ? `${qualifier} ... ${b}` : b;
    }
    let next = k + 1;
    while (next < order.length && hits[order[next]!]!.start < last.end) next++;
    const nextStart = next < order.length ? hits[order[next]!]!.start : text.length;
    const [cs, ce] = contextSpan(clauses, first.start, am ? last.end + am[0].length : last.end, prevEnd, nextStart);
    out.push({
      kind: 'percentage',
      start: h.start,
      end: h.end,
      text: text.slice(h.start, h.end),
      rule: h.rule,
      value: h.value,
      context: tidyContext(text, cs, ce),
      qualifier,
      range: h.range,
      points: h.points,
    });
    if (!partner || h === last) prevEnd = last.end;
  }
  return out;
}
