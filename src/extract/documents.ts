// Document codes ("số, ký hiệu văn bản") and short references in bulletin text.
// Rule order: 1. CODE_RE finds codes anchored on a digit (Party, state, stray-hyphen state);
// 2. each code is validated against the type and issuer lexicons and canonicalized;
// 3. the words around it give the type word ("Quy định số …"), issue date ("ngày 2/2/2023"),
// issuer text ("của Bộ Chính trị") and subject ("về …"); 4. short references ("Chương trình hành
// động số 135") link to a code of the same number and type, or stay references.
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
//   Party   "135-CTr/TU", "Số 01 - NQ/ĐUK", "65-Ctr/TU", "24-BS/UBKTTU", "858CV/ĐUK", "03/-CV/BCSĐ"
//   state   "69/NQ-HĐND", "1234/QĐ-UBND", "3156/QĐ-BNN-TT", "5973/UBND-KT", "123/2023/NĐ-CP",
//           "55/2005/TTLT-BNV-VPCP", "59/2020/QH14", "76/2025/UBTVQH15"
//   stray   "Số: 123 - QĐ-UBND" (hyphen where the slash belongs; only right after "Số")
// Every quantifier is bounded and segments are separated by fixed punctuation, so no input
// ("1-1-1-…", "1/1/1/…", "AAAA-AAAA/…") makes the engine backtrack more than a constant per start.
const CODE_RE = new RegExp(
  [
    String.raw`${CODE_START}(?<pnum>\d{1,5})(?<psep>[ ]{0,2}${HY}[ ]{0,2}|/[ ]?${HY}[ ]?|)(?<ptype>${TYPE_SEG})/(?<piss>${ISS_SEG}(?:${HY}${ISS_SEG}${SEG_END}){0,3})${SEG_END}`,
    String.raw`${CODE_START}(?<snum>\d{1,5})/(?:(?<syear>(?:19|20)\d{2})/)?(?<sfirst>${ISS_SEG})(?<srest>(?:[ ]{0,2}${HY}[ ]{0,2}${ISS_SEG}${SEG_END}){0,4})${SEG_END}`,
    String.raw`(?<=[sS]ố:?[ ]{1,2})(?<hnum>\d{1,5})[ ]{0,2}${HY}[ ]{0,2}(?<htype>${TYPE_SEG})[ ]{0,2}${HY}[ ]{0,2}(?<hiss>${ISS_SEG})(?![\p{L}\p{N}/\-‐‑–])`,
  ].join('|'),
  'gu',
);

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
  'giu',
);

// Issue date right after a code (or after its issuer): "ngày 18/11/2022", "ngày 01-10-1997",
// "ngày 2.2.2023", "ngày 8 tháng 7 năm 2024", optionally after ", " or "ban hành".
const DATE_AFTER_RE = new RegExp(
  String.raw`^[ ]{0,2},?[ ]{0,2}(?:\([ ]?)?(?:(?:được[ ])?(?:ban[ ]hành|ký)[ ]{1,2})?ngày[ ]{1,2}(?:(?<d>\d{1,2})[ ]?(?<s>[/.\-])[ ]?(?<m>\d{1,2})[ ]?\k<s>[ ]?(?<y>\d{4})|(?<d2>\d{1,2})[ ]{1,2}tháng[ ]{1,2}(?<m2>\d{1,2})[ ]{1,2}năm[ ]{1,2}(?<y2>\d{4}))(?!\d)`,
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

/** Parses "ngày 18/11/2022", "ngày 01-10-1997" or "ngày 8 tháng 7 năm 2024" at the start of s. */
export function parseIssueDate(s: string): { iso: string; length: number } | null {
  const m = DATE_AFTER_RE.exec(s);
  if (!m?.groups) return null;
  const g = m.groups;
  const iso = g.d
    ? isoDay(Number(g.d), Number(g.m), Number(g.y))
    : isoDay(Number(g.d2), Number(g.m2), Number(g.y2));
  return iso ? { iso, length: m[0].length } : null;
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

/** Validates and canonicalizes one CODE_RE match, or returns null when it is not a code. */
function readCode(m: RegExpExecArray): CodeHit | null {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  if (g.pnum !== undefined) {
    const written = g.ptype!;
    const type = canonicalPartyType(written) ?? canonicalStateType(written) ?? (isUpperSeg(written) ? written : null);
    const inCode = Object.hasOwn(ASCII_TYPE_ALIASES, written) ? written : type; // "96-QD/TW" keeps its spelling
    if (!type) return null;
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
  const word = /[\p{L}\p{N}]+/uy;
  for (let n = 0; n < 16; n++) {
    word.lastIndex = pos;
    const w = word.exec(s);
    if (!w) break;
    const t = w[0];
    const capital = /^\p{Lu}/u.test(t);
    if (!capital && !BODY_LOWER.has(t.toLowerCase())) break;
    if (capital) named = true;
    last = pos + t.length;
    pos = last;
    // one space between words of a name
    if (s[pos] !== ' ' || s[pos + 1] === ' ') break;
    pos++;
  }
  return named ? last : -1;
}

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
  let end = s.length;
  for (let i = a[0].length; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\n' || c === ';' || c === '(' || c === ')' || c === '…') {
      end = i;
      break;
    }
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= s.length || /\s/u.test(s[i + 1]!) || s[i + 1] === '.')) {
      end = i;
      break;
    }
    // ", Nghị quyết số …": the next document of a list
    if (c === ',' && WORD_AFTER_COMMA_RE.test(s.slice(i, i + 40))) {
      end = i;
      break;
    }
  }
  let text = s.slice(from, end).trim();
  if (text.length > SUBJECT_MAX) {
    const cut = text.lastIndexOf(' ', SUBJECT_MAX);
    text = text.slice(0, cut > 0 ? cut : SUBJECT_MAX);
  }
  text = text.replace(/[\s,:.]+$/u, '');
  return text.length > a[0].length - from ? { text, length: from + text.length } : null;
}
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

/** Every document code cited in ctx.text, grouped per distinct code, plus short references whose code is never given. Pure. */
export function extractDocuments(ctx: ExtractContext): { documents: DocumentRef[]; references: DocumentReference[] } {
  const { text } = ctx;
  const urls = text.includes('://') || text.includes('www.') ? urlSpans(text) : [];
  const inUrl = spanCursor(urls);
  const byCode = new Map<string, Building>();
  const codeSpans: Array<[number, number]> = [];

  for (const m of text.matchAll(CODE_RE)) {
    const hit = readCode(m);
    if (!hit) continue;
    if (inUrl(hit.start, hit.end)) continue;
    codeSpans.push([hit.start, hit.end]);
    // type word before: "Quy định số 96-QĐ/TW", "Luật số 59/2020/QH14"
    const wm = typeWordBefore(text, hit.start);
    const w = wm?.groups ? typeWord(wm.groups.w!) : null;
    const fits = w !== null && wordFits(w, hit);
    let type = hit.type;
    if (fits && type === null && hit.layout === 'law') type = w.state;
    const typeName = fits ? w.name : defaultTypeName(hit);
    // what follows: date, issuer, date, subject
    const after = text.slice(hit.end, hit.end + LOOKAHEAD);
    let pos = 0;
    let issued: string | null = null;
    let issuerText: string | null = null;
    const d1 = parseIssueDate(after);
    if (d1) {
      issued = d1.iso;
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
          pos += d2.length;
        }
      }
    }
    let subj = readSubject(after.slice(pos));
    if (!subj && !issuerText && BODY_HEAD_RE.test(after.slice(pos, pos + 16))) {
      const bodyEnd = bodyNameEnd(after, pos + after.slice(pos).search(/\S/u));
      if (bodyEnd > 0) subj = readSubject(after.slice(bodyEnd));
    }
    const mention: DocumentMention = {
      kind: 'document',
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      rule: hit.rule,
      code: hit.code,
    };
    const known = byCode.get(hit.code);
    if (!known) {
      byCode.set(hit.code, {
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
      });
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
  for (const m of text.matchAll(SHORT_RE)) {
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
