// Percentages in bulletin text: "5,9%", "99 %", "1.234,5%", copied English "5.9%", ranges
// ("50%- 70%", "15-25%", "từ 50% đến 70%"), "70 phần trăm", and "điểm phần trăm" (points).
// Rule order: 1. every number directly followed by a percent unit (PCT_RE); 2. for each, a range
// start just before it (RANGE_DASH_RE, RANGE_WORD_RE), unless a label noun owns the first number
// (LABEL_BEFORE_RE: "Nhóm 1 - 30%"); 3. qualifier and trailing "trở lên"; 4. the clause that says
// what the number measures, found from clause breaks and parentheses computed once per text, so each
// mention costs O(1) amortized. Phone numbers, dates, temperatures and codes never reach rule 1:
// they carry no percent unit right after a number.

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
// Before the second number of a worded range: "từ 50% đến ", "từ 50 tới ", and without "từ": "tăng 5 đến ".
const RANGE_WORD_RE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?<tu>từ)[ ]{1,2}|${NUM_START})(?<a>${NUM})(?<apct>[ ]{0,2}[%％]|[ ]{1,2}phần[ ]{1,2}trăm)?[ ]{1,3}(?:đến|tới)[ ]{1,3}$`,
  'diuy',
);

// Nouns whose number is a label, not a quantity: "Nhóm 1 - 30%", "Phụ lục 2 - 45%", "tháng 5 đến 7%".
// Provenance: list and table layouts of provincial reports (issue 4 brief); dates per vietnamese.md §5.
const LABEL_NOUNS: readonly string[] = [
  'phụ lục', 'tiểu khu', 'nhóm', 'tổ', 'khu', 'quý', 'mục', 'điều', 'khoản', 'điểm', 'bảng', 'biểu', 'hình', 'phần',
  'chương', 'loại', 'hạng', 'cấp', 'đợt', 'xóm', 'thôn', 'bản', 'lô', 'số', 'câu', 'bước', 'vùng', 'khối', 'lớp',
  'tầng', 'phương án', 'tiêu chí', 'chỉ tiêu', 'ngày', 'tháng', 'năm', 'tuần', 'giờ', 'lần', 'kỳ', 'khóa', 'khoá',
];
// A label noun right before a number: "Nhóm ", "phụ lục ".
const LABEL_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${LABEL_NOUNS.map((x) => x.replace(/ /g, '[ ]{1,2}')).join('|')})[ ]{1,2}$`, 'iuy');

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
  if (!s.includes('.') && !s.includes(',')) return Number(s); // the common case: plain digits
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
  // Vietnamese letters: Latin-1 letters, Latin Extended-A/B, Latin Extended Additional
  if ((n >= 0xc0 && n <= 0x24f && n !== 0xd7 && n !== 0xf7) || (n >= 0x1e00 && n <= 0x1eff)) return true;
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

/**
 * Unclosed "(" before a position: one forward pass keeps a stack of open parentheses, so queries in
 * increasing order cost O(1) amortized; a query behind the cursor falls back to a bounded scan.
 */
interface ParenCursor {
  /** The innermost "(" open at pos, at or after lo, or -1. */
  open(lo: number, pos: number): number;
  /** The "(" enclosing the open parenthesis at paren, at or after lo, or -1. */
  outer(lo: number, paren: number): number;
  /** The first ")" at or after pos, or the text length. */
  close(pos: number): number;
}

function parenCursor(text: string): ParenCursor {
  const stack: number[] = [];
  let cursor = 0;
  let closeFrom = 0;
  let nextClose = -1;
  const advance = (pos: number): void => {
    for (; cursor < pos; cursor++) {
      const c = text.charCodeAt(cursor);
      if (c === 40) stack.push(cursor);
      else if (c === 41 && stack.length) stack.pop();
    }
  };
  return {
    open(lo, pos) {
      if (pos < cursor) return scanOpenParen(text, lo, pos);
      advance(pos);
      const top = stack.length ? stack[stack.length - 1]! : -1;
      return top >= lo ? top : -1;
    },
    outer(lo, paren) {
      // valid right after open(…) returned paren: the element below it on the stack encloses it
      const i = stack.length - 1;
      if (i >= 0 && stack[i] === paren) {
        const below = i >= 1 ? stack[i - 1]! : -1;
        return below >= lo ? below : -1;
      }
      return scanOpenParen(text, lo, paren);
    },
    close(pos) {
      // no ")" lies in [closeFrom, nextClose): a later query inside that span reuses the answer
      if (pos >= closeFrom && pos <= nextClose) return nextClose;
      const i = text.indexOf(')', pos);
      closeFrom = pos;
      nextClose = i < 0 ? text.length : i;
      return nextClose;
    },
  };
}

/** Position of an unclosed "(" between lo and pos, or -1 (a backward scan of at most pos - lo characters). */
function scanOpenParen(text: string, lo: number, pos: number): number {
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
function contextSpan(
  c: Clauses,
  parens: ParenCursor,
  aStart: number,
  aEnd: number,
  prevEnd: number,
  nextStart: number,
): [number, number] {
  const { text } = c;
  const hs = hardStart(c, aStart);
  const he = hardEnd(c, aEnd);
  const paren = parens.open(Math.max(hs, aStart - CONTEXT_MAX), aStart);
  if (paren >= 0) {
    const next = parens.close(aEnd);
    const close = next < he ? next : -1;
    const closed = close >= 0;
    if (wordsBetween(text, paren + 1, aStart, 3) >= 3) return capSpan(text, paren + 1, closed ? close : he, aStart, aEnd);
    // a short aside ("(đạt 106%)") comments on the whole clause before it, even one with
    // another percentage: start at the clause (or enclosing parenthesis), at most CONTEXT_MAX back
    const outer = parens.outer(Math.max(hs, paren - CONTEXT_MAX), paren);
    let start = outer >= 0 ? outer + 1 : Math.max(hs, paren - CONTEXT_MAX);
    while (start > hs && start < paren && isWordChar(text[start - 1])) start++;
    return capSpan(text, start, closed ? close + 1 : he, aStart, aEnd);
  }
  let start = hs;
  // another percentage earlier in the clause: this one's clause starts at the next comma, colon or
  // "và" ("đạt 62% và tỷ lệ … đạt 98%"), or right after it ("tăng 5% chiếm 20%")
  if (prevEnd > hs && prevEnd <= aStart) {
    start = prevEnd;
    for (let i = prevEnd; i < aStart; i++) {
      const ch = text[i];
      if ((ch === ',' || ch === ':') && isSpace(text[i + 1])) {
        start = i + 1;
        break;
      }
      if (isAndAt(text, i)) {
        start = i + 4;
        break;
      }
    }
    // "… và 87,5% số nhà …": a share right after "và" names its own subject
    if (aStart - 4 >= start && isAndAt(text, aStart - 4)) start = aStart;
  }
  // "85% xã có đường ô tô ..." names what it measures after the number; "đạt 16%" before it
  const subjectFirst = wordsBetween(text, start, aStart, 2) < 2;
  const another = nextStart > aEnd && nextStart < he;
  const limit = another ? nextStart : he;
  let end = subjectFirst ? nextParen(text, aEnd, limit) : softEnd(text, aEnd, limit);
  // "đạt 62% và tỷ lệ … đạt 98%": with another percentage ahead, "và" ends this one's clause
  if (!subjectFirst && another) {
    for (let i = aEnd; i < end; i++) {
      if (isAndAt(text, i)) {
        end = i;
        break;
      }
    }
  }
  return capSpan(text, start, end, aStart, aEnd);
}

/** True when " và " (with single spaces) starts at i. */
function isAndAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 32 && text.startsWith('và ', i + 1);
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
  // "100% thôn có nhà văn hóa và" before the next share: the dangling "và" joins, it does not measure
  if (end - start > 3 && text.startsWith(' và', end - 3)) {
    end -= 3;
    while (end > start && TRAIL_JUNK.has(text[end - 1]!)) end--;
  }
  const s = text.slice(start, end);
  return s.includes('\n') || s.includes('  ') ? s.replace(/\s+/g, ' ') : s;
}

// Cheap tests on the text right before a number, so the range patterns run only where one can match.
const DASH_BEFORE_RE = /[-‐‑–—÷~][ ]{0,2}$/u;
const WORD_BEFORE_RE = /(?:đến|tới)[ ]{1,3}$/iu;

/** True when 1-3 spaces and then a letter or digit come right before pos. */
function wordThenSpaces(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && i > pos - 4 && text.charCodeAt(i) === 32) i--;
  return i < pos - 1 && isWordChar(text[i]);
}
const DASHES = new Set(['-', '‐', '‑', '–', '—', '÷', '~']);
const isMinus = (c: string | undefined): boolean => c === '-' || c === '−';
// What may stand before a minus sign: a space, an opening parenthesis, a colon (not a line start,
// where "-85% số hộ" is a list dash).
const MINUS_BEFORE = new Set([' ', '(', ':']);

/** A range start ("50%- ", "15-", "từ 50% đến ") ending at pos, or null. */
function rangeBefore(text: string, lo: number, pos: number): RegExpExecArray | null {
  // both forms end in a dash or a letter, then at most three spaces
  let i = pos - 1;
  while (i >= lo && i > pos - 4 && text.charCodeAt(i) === 32) i--;
  if (i < lo || !(isWordChar(text[i]) || DASHES.has(text[i]!))) return null;
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
      const worded = rm.groups.tu !== undefined;
      // "2021-25%" and "3 - 2%" are not ranges; a "từ" or fully signed range is taken as written;
      // "Nhóm 1 - 30%", "tháng 5 đến 7%": the first number labels something
      const plausible =
        Number.isFinite(aValue) &&
        (hasApct ||
          worded ||
          (aValue <= value && aValue < 1000 && !matchEndingAt(text, Math.max(0, aStart - 24), aStart, LABEL_BEFORE_RE, 2)));
      if (plausible) {
        // a signed first number is the hit just before this one (unless it sat in a URL)
        const prev = hits.length ? hits.length - 1 : -1;
        let fromIdx: number;
        if (hasApct) {
          fromIdx = prev >= 0 && hits[prev]!.start === aStart ? prev : -1;
        } else {
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
    hits.push(hit);
  }
  // hits are pushed in text order (a range start right before its end); sort only if that ever fails
  let inOrder = true;
  for (let i = 1; i < hits.length && inOrder; i++) inOrder = hits[i - 1]!.start <= hits[i]!.start;
  const order = inOrder ? null : hits.map((_, i) => i).sort((a, b) => hits[a]!.start - hits[b]!.start);
  const at = (k: number): Hit => hits[order ? order[k]! : k]!;
  const parens = parenCursor(text);
  let prevEnd = -1;
  let shared: { first: Hit; qualifier: string | null; context: string } | null = null;
  /** Qualifier and context of the number or range spanning [first.start, last.end); k is its index. */
  const describe = (first: Hit, last: Hit, k: number): { qualifier: string | null; context: string } => {
    // qualifier: before the range (or number), and "trở lên" after it
    const qlo = Math.max(0, first.start - LOOKBACK);
    // every qualifier is a word followed by a space: skip the regex when the text says otherwise
    const qm = wordThenSpaces(text, first.start) ? matchEndingAt(text, qlo, first.start, QUALIFIER_RE, 4) : null;
    let qualifier: string | null = qm?.groups ? qm.groups.q!.toLowerCase().replace(/\s+/g, ' ') : null;
    const am = text.charCodeAt(last.end) === 32 ? AFTER_BOUND_RE.exec(text.slice(last.end, last.end + 16)) : null;
    if (am?.groups) {
      const b = am.groups.b!.toLowerCase().replace(/\s+/g, ' ');
      qualifier = qualifier ? `${qualifier} ... ${b}` : b;
    }
    let next = k + 1;
    while (next < hits.length && at(next).start < last.end) next++;
    const nextStart = next < hits.length ? at(next).start : text.length;
    const [cs, ce] = contextSpan(clauses, parens, first.start, am ? last.end + am[0].length : last.end, prevEnd, nextStart);
    return { qualifier, context: tidyContext(text, cs, ce) };
  };
  const out: PercentageMention[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = at(k);
    const partner = h.partner !== null ? hits[h.partner]! : null;
    const first = partner && partner.start < h.start ? partner : h;
    const last = partner && partner.end > h.end ? partner : h;
    // the second end of a range shares the first's qualifier and context
    if (!shared || shared.first !== first) shared = { first, ...describe(first, last, k) };
    const { qualifier, context } = shared;
    out.push({
      kind: 'percentage',
      start: h.start,
      end: h.end,
      text: text.slice(h.start, h.end),
      rule: h.rule,
      value: h.value,
      context,
      qualifier,
      range: h.range,
      points: h.points,
    });
    if (!partner || h === last) prevEnd = last.end;
  }
  return out;
}
