// Document codes ("số, ký hiệu văn bản") and short references in bulletin text.
// Rule order: 1. CODE_RE finds codes anchored on a digit (Party, state, stray-hyphen state);
// 2. each code is validated against the type and issuer lexicons and canonicalized;
// 3. the words around it give the type word ("Quy định số …"), issue date ("ngày 2/2/2023", later
// "được ban hành ngày …" in the clause, a letterhead "Tuyên Quang, ngày …"), issuer text ("của Bộ
// Chính trị") and subject ("về …"), all read from a bounded window after the code; 4. a coordinated
// list of codes shares a trailing "của …" (same issuer) and "cùng ngày …"; 5. short references
// ("Chương trình hành động số 135") link to a code of the same number and type, or stay references.
// Facts: shared/reference/document-codes.md; noise forms from its §6 and vietnamese.md §2.2.

import type { DocumentMention, DocumentRef, DocumentReference, ExtractContext } from '../types.js';
import {
  ASCII_TYPE_ALIASES,
  PARTY_TYPES,
  STATE_TYPES,
  TYPE_WORDS,
  canonicalPartyType,
  canonicalStateType,
  typeWord,
  type DocumentFamily,
  type TypeWord,
} from '../lexicon/document-types.js';
import { isKnownIssuer, issuerName } from '../lexicon/issuers.js';

// Type segment: "NQ", "CTr", "QĐi", "QyĐ", "TTLT", and case drift "Ctr". Checked against the lexicon.
const TYPE_SEG = String.raw`[A-ZĐ][A-Za-zĐđ]{0,4}`;
// Issuer segment: "TU", "HĐND", "UBKTTU", "BGDĐT", "QH14", "UBTVQH15", "TTg". Checked after matching.
const ISS_SEG = String.raw`[A-ZĐÂĂÊÔƠƯ][A-Za-zĐđÂĂÊÔƠƯ]{0,11}\d{0,2}`;
// A segment ends where no letter, digit or slash follows ("QĐ-UBND ngày", "…/TU.").
const SEG_END = String.raw`(?![\p{L}\p{N}/])`;
// Hyphens as typed or auto-corrected by word processors: "-", "‐" (U+2010), "‑" (U+2011), "–" (U+2013).
const HY = String.raw`[\-‐‑–]`;
const HY_SPLIT_RE = /[-‐‑–]/u;
// A code starts on a digit that does not continue a word, number, path, URL query or "Covid-19";
// "số135-CTr/TU" (missing space) is allowed.
const CODE_START = String.raw`(?:(?<![\p{L}\p{N}_./,&=?#%\-])|(?<=[sS][ốỐ]))`;

// One pass over the text; alternatives tried left to right at each start:
//   Party   "135-CTr/TU", "Số 01 - NQ/ĐUK", "65-Ctr/TU", "24-BS/UBKTTU", "858CV/ĐUK", "03/-CV/BCSĐ",
//           "135-CTr /TU", "135 - CTr / TU" (spaces around the slash)
//   state   "69/NQ-HĐND", "1234/QĐ-UBND", "3156/QĐ-BNN-TT", "5973/UBND-KT", "123/2023/NĐ-CP",
//           "55/2005/TTLT-BNV-VPCP", "59/2020/QH14", "76/2025/UBTVQH15", "15 /KH-UBND", "512 / UBND-NN"
//   stray   "Số: 123 - QĐ-UBND" (hyphen where the slash belongs; only right after "Số")
// Every quantifier is bounded and segments are separated by fixed punctuation, so no input
// ("1-1-1-…", "1/1/1/…", "AAAA-AAAA/…") makes the engine backtrack more than a constant per start.
const CODE_RE = new RegExp(
  [
    String.raw`${CODE_START}(?<pnum>\d{1,5})(?<psep>[ ]{0,2}${HY}[ ]{0,2}|/[ ]?${HY}[ ]?|)(?<ptype>${TYPE_SEG})[ ]{0,2}/[ ]{0,2}(?<piss>${ISS_SEG}(?:${HY}${ISS_SEG}${SEG_END}){0,3})${SEG_END}`,
    String.raw`${CODE_START}(?<snum>\d{1,5})[ ]{0,2}/[ ]{0,2}(?:(?<syear>(?:19|20)\d{2})/)?(?<sfirst>${ISS_SEG})(?<srest>(?:[ ]{0,2}${HY}[ ]{0,2}${ISS_SEG}${SEG_END}){0,4})${SEG_END}`,
    String.raw`(?<=[sS]ố:?[ ]{1,2})(?<hnum>\d{1,5})[ ]{0,2}${HY}[ ]{0,2}(?<htype>${TYPE_SEG})[ ]{0,2}${HY}[ ]{0,2}(?<hiss>${ISS_SEG})(?![\p{L}\p{N}/\-‐‑–])`,
  ].join('|'),
  'uy',
);

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isHyphenCode = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
const isUpperAsciiCode = (c: number): boolean => c >= 65 && c <= 90;
// First letter of TYPE_SEG.
const isTypeFirstCode = (c: number): boolean => isUpperAsciiCode(c) || c === 0x110;
// First letter of ISS_SEG.
const isIssuerFirstCode = (c: number): boolean =>
  isUpperAsciiCode(c) || c === 0x110 || c === 0xc2 || c === 0x102 || c === 0xca || c === 0xd4 || c === 0x1a0 || c === 0x1af;

/**
 * True when the number ending at j may open a CODE_RE match: after at most 2 spaces a hyphen
 * ("135-CTr/TU", "123 - QĐ-UBND") or a slash, then a hyphen, an issuer or type letter or a year and
 * a slash ("69/NQ-HĐND", "03/-CV", "59/2020/QH14"); or a type segment glued on ("858CV/ĐUK").
 * A superset of what CODE_RE accepts there, so that dates ("24/2/2022") and counts are skipped cheaply.
 */
function mayOpenCode(text: string, j: number): boolean {
  let k = skipSpaces(text, j, 2);
  let c = text.charCodeAt(k);
  // "135-CTr/TU", "123 - QĐ-UBND": a type segment follows the hyphen
  if (isHyphenCode(c)) return isTypeFirstCode(text.charCodeAt(skipSpaces(text, k + 1, 2)));
  if (c !== 47) return k === j && isTypeFirstCode(c);
  k = skipSpaces(text, k + 1, 2);
  c = text.charCodeAt(k);
  if (isHyphenCode(c)) return isTypeFirstCode(text.charCodeAt(skipSpaces(text, k + 1, 1)));
  if (isIssuerFirstCode(c)) return true;
  return (
    (c === 49 || c === 50) &&
    isDigitCode(text.charCodeAt(k + 1)) &&
    isDigitCode(text.charCodeAt(k + 2)) &&
    isDigitCode(text.charCodeAt(k + 3)) &&
    text.charCodeAt(k + 4) === 47
  );
}

/** The index after at most max spaces (U+0020) from k. */
function skipSpaces(text: string, k: number, max: number): number {
  const limit = k + max;
  while (k < limit && text.charCodeAt(k) === 32) k++;
  return k;
}

/**
 * The CODE_RE matches of text, as a global scan would find them. Every alternative opens on a
 * number of at most 5 digits not preceded by a digit and where mayOpenCode holds, so the
 * sticky regex is started only there: far cheaper than scanning every position.
 */
function codeMatches(text: string, runs: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const i = runs[r]!;
    const j = runs[r + 1]!;
    if (i < lastEnd || j - i > 5 || !mayOpenCode(text, j)) continue;
    CODE_RE.lastIndex = i;
    const m = CODE_RE.exec(text);
    if (m) {
      out.push(m);
      lastEnd = CODE_RE.lastIndex;
    }
  }
  return out;
}

const DIGIT_RE = /\d/g;
const DIGIT_PEEK = 8; // characters looked at after a run before the regex is asked for the next digit
/**
 * Runs of ASCII digits in text, flat: [start0, end0, start1, end1, …]. The regex skips to the next
 * digit; a run close after the last is found by looking, so digit-dense text costs no call per run.
 */
function digitRuns(text: string): number[] {
  const runs: number[] = [];
  const n = text.length;
  let i = -1;
  DIGIT_RE.lastIndex = 0;
  for (;;) {
    if (i < 0) {
      if (!DIGIT_RE.test(text)) break;
      i = DIGIT_RE.lastIndex - 1;
    }
    let j = i + 1;
    while (j < n && isDigitCode(text.charCodeAt(j))) j++;
    runs.push(i, j);
    i = -1;
    const limit = Math.min(n, j + 1 + DIGIT_PEEK);
    for (let k = j + 1; k < limit; k++) {
      if (isDigitCode(text.charCodeAt(k))) {
        i = k;
        break;
      }
    }
    DIGIT_RE.lastIndex = limit;
  }
  return runs;
}

// URLs: "https://…/tin-tuc/123/QD-UBND" must not yield a code.
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"']{1,2048}/giu;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Type words longest first, spaces flexible: "Chương trình hành động", "Nghị quyết", "Luật".
const TYPE_WORD_ALT = TYPE_WORDS.map((w) => escapeRe(w.name).replace(/ /g, '[ ]{1,2}')).join('|');

// The type word right before a code: "Quy định số ", "Nghị quyết ", "kế hoạch số ", "Số: " after a word.
const WORD_BEFORE_RE = new RegExp(
  String.raw`(?<w>${TYPE_WORD_ALT})[ ]{1,2}(?:số[ ]{0,2}:?[ ]{0,2})?$`,
  'iuy',
);

// A short reference: "Chương trình hành động số 135", "Kế hoạch số 150", "Chương trình hành động 135";
// not the start of a full code ("số 150-KH/HU", "số 69/NQ-HĐND") nor a decimal.
const SHORT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<w>${TYPE_WORD_ALT})[ ]{1,2}(?:(?<so>số)[ ]{0,2}:?[ ]{0,2})?(?<num>\d{1,5})(?![\p{L}\p{N}]|[ ]{0,2}[\-/][ ]{0,2}[\p{L}\p{N}]|[.,]\d)`,
  'iuy',
);

// SHORT_RE is started only where it can match: a match ends on its number (a run of at most 5
// digits, the first digit run after the match start), and the type word before it (or before its
// "số") ends at a known place, so the start lies a type word's length (spaces single or double)
// before that place. The type word is found by its last syllable.
const TAIL_SPAN = new Map<string, [number, number]>();
for (const w of TYPE_WORDS) {
  const tail = w.name.toLowerCase().split(' ').pop()!;
  const lo = w.name.length;
  const hi = lo + w.name.split(' ').length - 1;
  const span = TAIL_SPAN.get(tail);
  TAIL_SPAN.set(tail, span ? [Math.min(span[0], lo), Math.max(span[1], hi)] : [lo, hi]);
}
const TAIL_MAX = Math.max(...[...TAIL_SPAN.keys()].map((t) => t.length));
const LETTER_RE = /\p{L}/u;
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(s[i]!);
}
// The regex folds case ("ſ" matches "s" under /iu); toLowerCase alone does not.
const foldWord = (w: string): string => (w.includes('ſ') ? w.toLowerCase().replace(/ſ/g, 's') : w.toLowerCase());

/** Start of the run of letters ending at end (exclusive), looking back at most max + 1 letters. */
function letterRunStart(text: string, end: number, max: number): number {
  let k = end;
  while (k > 0 && end - k <= max && isLetterAt(text, k - 1)) k--;
  return k;
}

/**
 * Where a short reference closed by the number at d can start: [from, to] around the type word
 * ending before it ("Kế hoạch số 5", "Quy định 12"), or null when no type word's last syllable is there.
 */
function shortRefStarts(text: string, d: number): [number, number] | null {
  let k = d;
  while (k > 0 && d - k < 5 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 58)) k--;
  if (k === d && d > 0 && !isLetterAt(text, d - 1)) return null;
  let a = letterRunStart(text, k, TAIL_MAX);
  let w = foldWord(text.slice(a, k));
  if (w === 'số') {
    k = a;
    while (k > 0 && a - k < 2 && text.charCodeAt(k - 1) === 32) k--;
    if (k === a) return null;
    a = letterRunStart(text, k, TAIL_MAX);
    w = foldWord(text.slice(a, k));
  }
  const span = TAIL_SPAN.get(w);
  return span ? [k - span[1], k - span[0]] : null;
}

/** The SHORT_RE matches of text, as a global scan would find them (see TAIL_SPAN). */
function shortMatches(text: string, runs: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const i = runs[r]!;
    const span = runs[r + 1]! - i <= 5 ? shortRefStarts(text, i) : null;
    if (!span) continue;
    for (let p = Math.max(lastEnd, span[0], 0); p <= span[1]; p++) {
      SHORT_RE.lastIndex = p;
      const m = SHORT_RE.exec(text);
      if (m) {
        out.push(m);
        lastEnd = SHORT_RE.lastIndex;
        break;
      }
    }
  }
  return out;
}

// Verbs of issuing before "ngày": "ban hành", "được ban hành", "ký", "ký ban hành", "được ký vào".
// Not "có hiệu lực từ": that is the effective date.
const ISSUE_VERB = String.raw`(?:được[ ]{1,2})?(?:ký[ ]{1,2}ban[ ]{1,2}hành|ban[ ]{1,2}hành|ký)(?:[ ]{1,2}vào)?`;
// Issue date right after a code (or after its issuer): "ngày 18/11/2022", "ngày 01-10-1997",
// "ngày 2.2.2023", "ngày 8 tháng 7 năm 2024", optionally after ", ", an issuing verb or "cùng"
// ("… và 02/NQ-HĐND cùng ngày 10/7/2024": one date for a list).
const DATE_AFTER_RE = new RegExp(
  String.raw`^[ ]{0,2},?[ ]{0,2}(?:\([ ]?)?(?:${ISSUE_VERB}[ ]{1,2})?(?<same>cùng[ ]{1,2})?ngày[ ]{1,2}(?:(?<d>\d{1,2})[ ]?(?<s>[/.\-])[ ]?(?<m>\d{1,2})[ ]?\k<s>[ ]?(?<y>\d{4})|(?<d2>\d{1,2})[ ]{1,2}tháng[ ]{1,2}(?<m2>\d{1,2})[ ]{1,2}năm[ ]{1,2}(?<y2>\d{4}))(?!\d)`,
  'iu',
);
// "của " opening the issuer phrase after a code (and date).
const OF_RE = /^[ ]{0,2},?[ ]{0,2}của[ ]{1,2}/iu;
// "về " or "V/v " opening the subject.
const ABOUT_RE = /^[ ]{0,2},?[ ]{0,2}(?:về|V\/v)[ ]{1,2}/u;
// Lower-case words that occur inside body names ("Ban Thường vụ Huyện ủy", "Bộ Chính trị", "HĐND tỉnh").
// Provenance: body names in shared/reference/document-codes.md §5 and vietnamese.md §3.3.
const BODY_LOWER = new Set([
  'ủy', 'uỷ', 'vụ', 'tỉnh', 'huyện', 'xã', 'thành', 'phố', 'thị', 'trấn', 'quận', 'phường', 'nhân', 'dân',
  'chính', 'trị', 'phủ', 'nước', 'đảng', 'khối', 'cán', 'sự', 'chấp', 'hành', 'trung', 'ương', 'kiểm', 'tra',
  'tổ', 'chức', 'tuyên', 'giáo', 'vận', 'quốc', 'hội', 'đồng', 'ban', 'bộ', 'thường', 'trực', 'tướng', 'văn',
  'phòng', 'sở', 'khóa', 'khoá', 'bí', 'thư', 'đoàn', 'mặt', 'trận', 'liên', 'tịch', 'cơ', 'quan', 'đại', 'biểu',
  'và', 'nội', 'tài', 'kế', 'hoạch', 'đầu', 'tư', 'nông', 'nghiệp', 'thôn', 'phát', 'triển',
  'nghị', 'lần', 'thứ', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'một',
]);
const SUBJECT_MAX = 200;
const LOOKAHEAD = 480; // characters examined after a code for date, issuer and subject

// "Kế hoạch 5 năm", "Chương trình 3 tháng": a duration, not a document number.
const UNIT_AFTER_RE = /^[ ]{1,2}(?:năm|tháng|ngày|tuần|quý|lần|kỳ|giờ|phút|bước|điểm|nội dung)(?![\p{L}\p{N}])/iu;

/** A day from a document's date line, or null when it is not a calendar date. */
export function isoDay(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses "ngày 18/11/2022", "ngày 01-10-1997" or "ngày 8 tháng 7 năm 2024" at the start of s;
 * `shared` when written "cùng ngày" (the date of every code in a list).
 */
export function parseIssueDate(s: string): { iso: string; length: number; shared: boolean } | null {
  const m = DATE_AFTER_RE.exec(s);
  if (!m?.groups) return null;
  const g = m.groups;
  const iso = g.d
    ? isoDay(Number(g.d), Number(g.m), Number(g.y))
    : isoDay(Number(g.d2), Number(g.m2), Number(g.y2));
  return iso ? { iso, length: m[0].length, shared: g.same !== undefined } : null;
}

// An issuing verb later in the code's clause: "… quy định chi tiết … được ban hành ngày 26/7/2024".
const VERB_DATE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${ISSUE_VERB}[ ]{1,2}ngày[ ]{1,2}\d`, 'iu');
const VERB_WINDOW = 200; // characters after a code searched for an issuing verb
// A short reference between the code and the verb ("… triển khai Kế hoạch số 15 được ban hành ngày …"):
// the date may be that document's, so it is not taken.
const OTHER_DOC_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${TYPE_WORDS.map((w) => w.name.replace(/ /g, '[ ]{1,2}')).join('|')})[ ]{1,2}số`, 'iu');

// A letterhead line: "Số: 15/KH-UBND    Tuyên Quang, ngày 05 tháng 3 năm 2024" (the place, then the date).
const LETTERHEAD_PLACE_RE = /^[ \t]{1,40}(?:TP\.[ ]?|Tp\.[ ]?)?\p{Lu}\p{Ll}{0,10}(?:[ ]\p{Lu}\p{Ll}{0,10}){0,4}[ ]{0,2},(?=[ ]{0,2}ngày)/u;

/** True when a line opens with "Số:" or "Số" right before pos (the number line of a letterhead). */
function opensNumberLine(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 3 && text[i] === ' ') i--;
  if (text[i] === ':') i--;
  while (i >= 0 && pos - i <= 6 && text[i] === ' ') i--;
  if (i < 1 || text[i] !== 'ố' || text[i - 1] !== 'S') return false;
  i -= 2;
  const lo = i - 8;
  while (i >= 0 && i > lo && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** End of the clause starting at s[0]: a line break, ";" or a sentence end, at most `max` characters. */
function clauseEnd(s: string, max: number): number {
  const n = Math.min(s.length, max);
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if (c === '\n' || c === ';') return i;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= s.length || s[i + 1] === ' ' || s[i + 1] === '\n')) return i;
  }
  return n;
}

/**
 * The issue date given by an issuing verb later in the code's clause, before the next code and
 * with no other numbered document in between; or a letterhead date when the code opens a "Số:" line.
 */
function laterIssueDate(text: string, start: number, after: string, nextCode: number): string | null {
  if (opensNumberLine(text, start)) {
    const lp = LETTERHEAD_PLACE_RE.exec(after);
    if (lp) {
      const d = parseIssueDate(after.slice(lp[0].length));
      if (d) return d.iso;
    }
  }
  const window = after.slice(0, clauseEnd(after, Math.min(VERB_WINDOW, nextCode)));
  const v = VERB_DATE_RE.exec(window);
  if (!v || OTHER_DOC_RE.test(window.slice(0, v.index))) return null;
  return parseIssueDate(after.slice(v.index))?.iso ?? null;
}

const isUpperSeg = (s: string): boolean => /^[A-ZĐÂĂÊÔƠƯ]{2,12}\d{0,2}$/u.test(s);
const issuerOk = (s: string): boolean => isUpperSeg(s) || isKnownIssuer(s);

interface CodeHit {
  start: number;
  end: number;
  code: string;
  number: string;
  year: number | null;
  type: string | null;
  issuer: string | null;
  family: DocumentFamily;
  lowConfidence: boolean;
  rule: string;
  /** Letters ("5973/UBND-KT") and laws ("59/2020/QH14") carry no type in the code. */
  layout: 'typed' | 'letter' | 'law';
}

const JOINT_TYPES = new Set(['TTLT', 'NQLT']);
// Hyphenated field abbreviations that look like "issuer-unit" after a number ("Tổ 5/KT-XH").
// Provenance: vietnamese.md §2.2 (KT-XH, QP-AN in running text).
const NOT_ISSUER_PAIRS = new Set(['KT-XH', 'QP-AN', 'AN-QP', 'VH-XH', 'ANTT-ATXH', 'QP-AN-ĐN']);

/** Validates and canonicalizes one CODE_RE match, or returns null when it is not a code. */
function readCode(m: RegExpExecArray): CodeHit | null {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  const spacedSlash = m[0].includes(' /') || m[0].includes('/ ');
  if (g.pnum !== undefined) {
    const written = g.ptype!;
    const type = canonicalPartyType(written) ?? canonicalStateType(written) ?? (isUpperSeg(written) ? written : null);
    const inCode = Object.hasOwn(ASCII_TYPE_ALIASES, written) ? written : type; // "96-QD/TW" keeps its spelling
    if (!type) return null;
    // "135 - CTr / TU": with spaces around the slash only a listed type is believed
    if (spacedSlash && !canonicalPartyType(written) && !canonicalStateType(written)) return null;
    const missingHyphen = g.psep === '';
    const stray = g.psep!.includes('/');
    // "858CV/ĐUK": without the hyphen only a listed Party type is believable ("100CV/h" is horsepower)
    if (missingHyphen && !canonicalPartyType(written)) return null;
    const issuers = g.piss!.split(HY_SPLIT_RE);
    if (!issuers.every(issuerOk)) return null;
    const issuer = issuers.join('-');
    return {
      start,
      end,
      code: `${g.pnum}-${inCode}/${issuer}`,
      number: g.pnum!,
      year: null,
      type,
      issuer,
      family: 'party',
      lowConfidence: missingHyphen || stray,
      rule: missingHyphen ? 'doc.party.nohyphen' : stray ? 'doc.party.strayslash' : 'doc.party',
      layout: 'typed',
    };
  }
  if (g.snum !== undefined) {
    const year = g.syear ? Number(g.syear) : null;
    const rest = g.srest ? g.srest.split(HY_SPLIT_RE).map((s) => s.trim()).filter(Boolean) : [];
    const first = g.sfirst!;
    const type = canonicalStateType(first);
    const inCode = Object.hasOwn(ASCII_TYPE_ALIASES, first) ? first : type;
    if (type && rest.length) {
      if (!rest.every(issuerOk)) return null;
      const issuer = JOINT_TYPES.has(type) ? rest.join('-') : rest[0]!;
      return {
        start,
        end,
        code: `${g.snum}/${year ? `${year}/` : ''}${[inCode, ...rest].join('-')}`,
        number: g.snum!,
        year,
        type,
        issuer,
        family: 'state',
        lowConfidence: false,
        rule: year ? 'doc.state.normative' : 'doc.state',
        layout: 'typed',
      };
    }
    // no type: a law "59/2020/QH14" or an official letter "5973/UBND-KT"
    if (!issuerOk(first) || !rest.every(issuerOk)) return null;
    // "Tổ 5/KT-XH": field abbreviations, not an issuer and its unit
    if (NOT_ISSUER_PAIRS.has([first, ...rest].join('-'))) return null;
    // "5 / UBND-NN": with spaces around the slash only a listed issuer is believed
    if (spacedSlash && !isKnownIssuer(first)) return null;
    if (!year && !rest.length) return null; // "5/UBND" alone is not a code
    return {
      start,
      end,
      code: `${g.snum}/${year ? `${year}/` : ''}${[first, ...rest].join('-')}`,
      number: g.snum!,
      year,
      type: null,
      issuer: first,
      family: 'state',
      lowConfidence: false,
      rule: year ? 'doc.state.law' : 'doc.state.letter',
      layout: year ? 'law' : 'letter',
    };
  }
  // "Số: 123 - QĐ-UBND"
  const type = canonicalStateType(g.htype!);
  if (!type || !isKnownIssuer(g.hiss!)) return null;
  return {
    start,
    end,
    code: `${g.hnum}/${type}-${g.hiss}`,
    number: g.hnum!,
    year: null,
    type,
    issuer: g.hiss!,
    family: 'state',
    lowConfidence: true,
    rule: 'doc.state.hyphen',
    layout: 'typed',
  };
}

/** True when a type word can name a code of this type and family. */
function wordFits(w: TypeWord, hit: Pick<CodeHit, 'type' | 'family' | 'layout'>): boolean {
  if (hit.type === null) return hit.layout === 'law' ? w.party.length === 0 || w.state === 'NQ' : w.state === null;
  if (hit.family === 'party') return w.party.includes(hit.type) || w.state === hit.type;
  return w.state === hit.type;
}

function defaultTypeName(hit: CodeHit): string | null {
  if (hit.type === null) return hit.layout === 'letter' ? 'Công văn' : null;
  if (hit.family === 'party') return PARTY_TYPES[hit.type]?.[0] ?? STATE_TYPES[hit.type] ?? null;
  return STATE_TYPES[hit.type] ?? null;
}

/** The issuer phrase after "của": body words up to the first word that is not part of a name. */
function readIssuerText(s: string): { text: string; length: number } | null {
  const of = OF_RE.exec(s);
  if (!of) return null;
  const end = bodyNameEnd(s, of[0].length);
  if (end < 0) return null;
  const from = of[0].search(/\p{L}/u);
  // a trailing "và" joins the next clause and "năm", "lần thứ" start a date or count: not the name
  const text = s.slice(from, end).replace(TRAILING_NOT_NAME_RE, '');
  return { text, length: from + text.length };
}

/**
 * End of a body name starting at pos ("Ban Thường vụ Huyện ủy", "HĐND tỉnh", "Hội nghị lần thứ
 * sáu Ban Chấp hành Trung ương Đảng khóa XII"): capitalised words, abbreviations and the
 * lower-case words of BODY_LOWER, single-spaced, at most 16 words; -1 when nothing is named.
 */
function bodyNameEnd(s: string, pos: number): number {
  let last = -1;
  let named = false;
  let prev = '';
  const word = /[\p{L}\p{N}]+/uy;
  for (let n = 0; n < 16; n++) {
    word.lastIndex = pos;
    const w = word.exec(s);
    if (!w) break;
    const t = w[0];
    const capital = /^\p{Lu}/u.test(t);
    const lower = t.toLowerCase();
    // "Sở Y tế", "Giáo dục": the lower-case syllable of a capitalised two-syllable field name
    if (!capital && !BODY_LOWER.has(lower) && !BODY_PAIRS.has(`${prev} ${lower}`)) break;
    // "… và Quyết định số 1523/…", "… và Luật Đất đai": the next document, not part of the name
    if (capital && n > 0) {
      const re = prev === 'và' ? TYPE_WORD_AHEAD_RE : DOC_AHEAD_RE;
      re.lastIndex = pos;
      if (re.test(s)) break;
    }
    prev = lower;
    if (capital) named = true;
    last = pos + t.length;
    pos = last;
    // one space between words of a name
    if (s[pos] !== ' ' || s[pos + 1] === ' ') break;
    pos++;
  }
  return named ? last : -1;
}

// Two-syllable field names whose second syllable is written lower case in body names ("Sở Y tế",
// "Bộ Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"). Provenance: ministry and
// department names in shared/reference/document-codes.md §5.2–5.3.
const BODY_PAIRS = new Set([
  'y tế', 'giáo dục', 'đào tạo', 'xây dựng', 'tư pháp', 'lao động', 'thương binh', 'xã hội', 'giao thông',
  'vận tải', 'tài nguyên', 'môi trường', 'khoa học', 'công nghệ', 'thông tin', 'truyền thông', 'văn hóa',
  'văn hoá', 'thể thao', 'du lịch', 'dân tộc', 'tôn giáo', 'công an', 'quân sự', 'thanh tra', 'ngân hàng',
  'tài chính', 'nội vụ', 'ngoại vụ', 'ngoại giao', 'quốc phòng', 'biên phòng', 'kiểm sát', 'hải quan',
  'bảo hiểm', 'kho bạc', 'tuyên giáo', 'dân vận', 'nội chính', 'kinh tế', 'công thương', 'nông thôn',
]);
// A type word and a number: where a list of documents goes on ("Quyết định số 1523", "Kế hoạch 90").
const DOC_AHEAD_RE = new RegExp(String.raw`(?:${TYPE_WORD_ALT})[ ]{1,2}(?:số|\d)`, 'iuy');
// A capitalised type word: after "và" it opens another document ("của Chính phủ và Luật Đất đai").
const TYPE_WORD_AHEAD_RE = new RegExp(String.raw`(?:${TYPE_WORD_ALT})(?![\p{L}\p{N}])`, 'uy');

// Lower-case words that may end a BODY_LOWER run without belonging to the name.
const TRAILING_NOT_NAME_RE = /(?:[ ](?:và|năm|lần|thứ|nhất|hai|ba|tư|sáu|bảy|tám|chín|mười|mươi|một))+$/u;

// A body named right after a code without "của" ("… 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành
// Trung ương Đảng khóa XII về …"): skipped only when a subject follows it.
const BODY_HEAD_RE = /^[ ]{1,2}(?:Hội nghị|Ban|Bộ|Ủy ban|Uỷ ban|UBND|HĐND|Chính phủ|Thủ tướng|Quốc hội|Tỉnh [uủ]ỷ?|Huyện [uủ]ỷ?|Thành [uủ]ỷ?|Đảng [uủ]ỷ?)(?![\p{L}\p{N}])/u;

/** The subject after "về": up to the end of the clause, a list separator or SUBJECT_MAX characters. */
function readSubject(s: string): { text: string; length: number } | null {
  const a = ABOUT_RE.exec(s);
  if (!a) return null;
  const from = a[0].search(/\p{L}/u);
  // past SUBJECT_MAX the text is cut anyway: scan no further (bounded work per code)
  let end = Math.min(s.length, a[0].length + SUBJECT_MAX + 1);
  for (let i = a[0].length; i < end; i++) {
    const c = s[i]!;
    if (c === '\n' || c === ';' || c === '(' || c === ')' || c === '…') {
      end = i;
      break;
    }
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= s.length || /\s/u.test(s[i + 1]!) || s[i + 1] === '.')) {
      end = i;
      break;
    }
    // " và Công văn số …": the next document of a list
    if (c === ' ' && s.startsWith(' và ', i)) {
      DOC_AHEAD_RE.lastIndex = i + 4;
      if (DOC_AHEAD_RE.test(s)) {
        end = i;
        break;
      }
    }
    // ", Nghị quyết số …": the next document of a list; ", thời gian qua, …": the main clause
    if (c === ',' && (WORD_AFTER_COMMA_RE.test(s.slice(i, i + 40)) || MAIN_CLAUSE_RE.test(s.slice(i, i + 24)))) {
      end = i;
      break;
    }
  }
  let text = s.slice(from, end).trim();
  // "về … được ký ngày 5/3/2024": the issue date is not part of the subject
  const verb = VERB_DATE_RE.exec(text);
  if (verb && verb.index > 0) text = text.slice(0, verb.index);
  if (text.length > SUBJECT_MAX) {
    const cut = text.lastIndexOf(' ', SUBJECT_MAX);
    text = text.slice(0, cut > 0 ? cut : SUBJECT_MAX);
  }
  text = text.replace(/[\s,:.]+$/u, '');
  return text.length > a[0].length - from ? { text, length: from + text.length } : null;
}
// ", thời gian qua, …", ", yêu cầu …": the sentence's main clause starts after an opening "Thực hiện
// Chỉ thị … về …,"; commas inside a subject ("phòng, chống") are followed by nouns and verbs of the topic.
const MAIN_CLAUSE_RE = /^,[ ]{1,2}(?:những năm qua|thời gian qua|năm qua|qua \d|sau \d|đến nay|tính đến|hiện nay|từ đó|theo đó|trong đó|đồng thời|yêu cầu|đề nghị|chỉ đạo|các cấp|các ngành|các địa phương|các đơn vị|[\p{Lu}][\p{Ll}]{0,6} (?:đã|đang|sẽ|cũng|vẫn))(?![\p{L}\p{N}])/u;
// ", Quyết định số", ", Kế hoạch 150": a list of documents continues.
const WORD_AFTER_COMMA_RE = new RegExp(String.raw`^,[ ]{1,2}(?:${TYPE_WORD_ALT})[ ]{1,2}(?:số|\d)`, 'iu');

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The type word ending right before pos ("Quy định số ", "Luật "): WORD_BEFORE_RE is tried, sticky,
 * at the last few word starts only, longest first, so the look-behind costs O(1) per code.
 */
function typeWordBefore(text: string, pos: number): RegExpExecArray | null {
  const lo = Math.max(0, pos - 48);
  const starts: number[] = [];
  for (let i = pos - 1; i >= lo && starts.length < 6; i--) {
    if (isWordChar(text[i]) && !isWordChar(text[i - 1])) starts.push(i - lo);
  }
  const slice = text.slice(lo, pos);
  for (let k = starts.length - 1; k >= 0; k--) {
    WORD_BEFORE_RE.lastIndex = starts[k]!;
    const m = WORD_BEFORE_RE.exec(slice);
    if (m) return m;
  }
  return null;
}

function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(URL_RE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
/**
 * Overlap test against sorted, non-overlapping spans for queries that come in increasing order;
 * a moving cursor keeps a whole pass linear.
 */
function spanCursor(spans: ReadonlyArray<[number, number]>): (a: number, b: number) => boolean {
  let i = 0;
  return (a, b) => {
    while (i < spans.length && spans[i]![1] <= a) i++;
    return i < spans.length && spans[i]![0] < b;
  };
}

/** Issuer body name, refined by the issuer text ("của Bộ Chính trị" for TW, "của Thành ủy" for TU). */
function resolveIssuerName(issuer: string | null, issuerText: string | null): string | null {
  if (!issuer) return null;
  const parts = issuer.split('-').map((p) => issuerName(p));
  const base = parts.every((p) => p !== null) ? parts.join(' - ') : parts[0] ?? null;
  if (issuerText) {
    const body = issuerText.replace(/^của\s+/iu, '');
    if (issuer === 'TW' && /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)/u.test(body)) {
      return body.match(/^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?)/u)![0];
    }
    if (issuer === 'TU' && /^Thành [uủ]ỷ?/u.test(body)) return 'Thành ủy';
  }
  return base;
}

interface Building {
  ref: DocumentRef;
  typeFromWord: boolean;
}

interface ListMember {
  hit: CodeHit;
  building: Building;
}

const LIST_MAX = 30; // longer runs of codes are tables, not coordinated lists
// Between two codes of a list: ", ", " và ", ", và ", optionally with a type word and "số":
// "69/NQ-HĐND, Nghị quyết số 10/NQ-HĐND", "01/NQ-HĐND và 02/NQ-HĐND".
const LIST_JOIN_RE = new RegExp(
  String.raw`^[ ]{0,2}(?:,[ ]{1,2}(?:và[ ]{1,2})?|[ ]{1,2}và[ ]{1,2})(?:(?:${TYPE_WORD_ALT})[ ]{1,2})?(?:số[ ]{0,2}:?[ ]{0,2})?$`,
  'iu',
);

/** True when text[a, b) only joins two codes of a list. */
function listJoin(text: string, a: number, b: number): boolean {
  return b - a <= 48 && LIST_JOIN_RE.test(text.slice(a, b));
}

/** Every document code cited in ctx.text, grouped per distinct code, plus short references whose code is never given. Pure. */
export function extractDocuments(ctx: ExtractContext): { documents: DocumentRef[]; references: DocumentReference[] } {
  const { text } = ctx;
  const urls = text.includes('://') || text.includes('www.') ? urlSpans(text) : [];
  const inUrl = spanCursor(urls);
  const byCode = new Map<string, Building>();
  const codeSpans: Array<[number, number]> = [];
  const runs = digitRuns(text);

  const hits: CodeHit[] = [];
  for (const m of codeMatches(text, runs)) {
    const hit = readCode(m);
    if (hit && !inUrl(hit.start, hit.end)) hits.push(hit);
  }
  // the codes of a coordinated list so far ("Nghị quyết số 41/NQ-HĐND, 44/NQ-HĐND và …")
  let chain: ListMember[] = [];

  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    codeSpans.push([hit.start, hit.end]);
    // type word before: "Quy định số 96-QĐ/TW", "Luật số 59/2020/QH14"
    const wm = typeWordBefore(text, hit.start);
    const w = wm?.groups ? typeWord(wm.groups.w!) : null;
    const fits = w !== null && wordFits(w, hit);
    let type = hit.type;
    if (fits && type === null && hit.layout === 'law') type = w.state;
    const typeName = fits ? w.name : defaultTypeName(hit);
    // what follows: date, issuer, date, subject
    const nextCode = i + 1 < hits.length ? hits[i + 1]!.start - hit.end : LOOKAHEAD;
    const after = text.slice(hit.end, hit.end + LOOKAHEAD);
    let pos = 0;
    let issued: string | null = null;
    let sharedDate = false;
    let issuerText: string | null = null;
    const d1 = parseIssueDate(after);
    if (d1) {
      issued = d1.iso;
      sharedDate = d1.shared;
      pos += d1.length;
    }
    const it = readIssuerText(after.slice(pos));
    if (it) {
      issuerText = it.text;
      pos += it.length;
      if (!issued) {
        const d2 = parseIssueDate(after.slice(pos));
        if (d2) {
          issued = d2.iso;
          sharedDate = d2.shared;
          pos += d2.length;
        }
      }
    }
    let subj = readSubject(after.slice(pos));
    if (!subj && !issuerText && BODY_HEAD_RE.test(after.slice(pos, pos + 16))) {
      const bodyEnd = bodyNameEnd(after, pos + after.slice(pos).search(/\S/u));
      if (bodyEnd > 0) subj = readSubject(after.slice(bodyEnd));
    }
    if (!issued) issued = laterIssueDate(text, hit.start, after, nextCode);
    const mention: DocumentMention = {
      kind: 'document',
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      rule: hit.rule,
      code: hit.code,
    };
    let known = byCode.get(hit.code);
    if (!known) {
      known = {
        typeFromWord: fits,
        ref: {
          code: hit.code,
          number: hit.number,
          year: hit.year,
          type,
          typeName,
          issuer: hit.issuer,
          issuerName: resolveIssuerName(hit.issuer, issuerText),
          issued,
          issuerText,
          subject: subj?.text ?? null,
          family: hit.family,
          ...(hit.lowConfidence ? { lowConfidence: true } : {}),
          mentions: [mention],
        },
      };
      byCode.set(hit.code, known);
    } else {
      const r = known.ref;
      r.mentions.push(mention);
      if (fits && !known.typeFromWord) {
        known.typeFromWord = true;
        r.typeName = typeName;
        if (r.type === null) r.type = type;
      }
      r.issued ??= issued;
      if (r.issuerText === null && issuerText) {
        r.issuerText = issuerText;
        r.issuerName = resolveIssuerName(r.issuer, issuerText);
      }
      r.subject ??= subj?.text ?? null;
      if (!hit.lowConfidence && r.lowConfidence) delete r.lowConfidence;
    }
    // a list: this code joins the previous one when only a separator (and a type word) lies between
    const joined = i > 0 && chain.length > 0 && chain.length < LIST_MAX && listJoin(text, hits[i - 1]!.end, hit.start);
    if (!joined) chain = [];
    // a trailing "của …" names the issuer of every code in the list that has the same issuer;
    // "cùng ngày …" dates them all
    for (const prev of chain) {
      const r = prev.building.ref;
      if (issuerText && prev.hit.issuer === hit.issuer && prev.hit.family === hit.family && r.issuerText === null) {
        r.issuerText = issuerText;
        r.issuerName = resolveIssuerName(r.issuer, issuerText);
      }
      if (issued && sharedDate) r.issued ??= issued;
    }
    // what follows this code ends the list unless it is only a separator
    if (pos === 0) chain.push({ hit, building: known });
    else chain = [];
  }

  // short references, linked to a code of the same number and a fitting type when there is one
  const docs = [...byCode.values()].map((b) => b.ref);
  const byNumber = new Map<number, DocumentRef[]>();
  for (const d of docs) {
    const list = byNumber.get(Number(d.number));
    if (list) list.push(d);
    else byNumber.set(Number(d.number), [d]);
  }
  const overlapsCode = spanCursor(codeSpans);
  const inUrl2 = spanCursor(urls);
  const refs = new Map<string, DocumentReference>();
  for (const m of shortMatches(text, runs)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsCode(start, end) || inUrl2(start, end)) continue;
    const w = typeWord(g.w!);
    if (!w) continue;
    const n = Number(g.num);
    const linked = byNumber
      .get(n)
      ?.find((d) => wordFits(w, { type: d.type, family: d.family, layout: d.type === null ? (d.year ? 'law' : 'letter') : 'typed' }));
    if (!g.so && !linked) {
      // without "số" only a capitalised or multi-word type word makes a reference ("kế hoạch 10" is a slogan)
      const capital = /^\p{Lu}/u.test(g.w!);
      const multi = w.name.split(' ').length >= 3;
      if ((!capital && !multi) || (n >= 1900 && n <= 2100) || UNIT_AFTER_RE.test(text.slice(end, end + 12))) continue;
    }
    const mention: DocumentMention = {
      kind: 'document',
      start,
      end,
      text: m[0],
      rule: linked ? 'ref.short.linked' : g.so ? 'ref.short' : 'ref.short.bare',
      code: linked ? linked.code : null,
    };
    if (linked) {
      linked.mentions.push(mention);
      continue;
    }
    const key = `${w.name}|${n}`;
    const r = refs.get(key);
    if (r) r.mentions.push(mention);
    else refs.set(key, { type: w.party[0] ?? w.state, typeName: w.name, number: g.num!, mentions: [mention] });
  }
  for (const d of docs) d.mentions.sort((a, b) => a.start - b.start);
  docs.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { documents: docs, references: [...refs.values()] };
}
