// The record bantin emits and the values its modules pass to each other.
// This file is the stable contract: the JSON Schema in src/schema/record.schema.json mirrors it.

/** Where an input's bytes came from. */
export type InputKind = 'file' | 'stdin' | 'url';

/** How the decoder chose the character set of an input. */
export type EncodingReason =
  | 'forced' // --encoding NAME
  | 'bom' // byte-order mark
  | 'http-header' // Content-Type charset of a fetched or saved response
  | 'meta' // <meta charset> or http-equiv Content-Type
  | 'utf8-valid' // bytes are valid UTF-8
  | 'legacy-sniff' // scored best among the Vietnamese legacy code pages
  | 'mojibake-repair'; // text was legacy bytes already read as cp1252 and was repaired

/** The character set chosen for an input, and why. */
export interface EncodingInfo {
  name: string;
  reason: EncodingReason;
  /** What a declaration said when the bytes contradicted it (e.g. meta says utf-8, bytes are windows-1258). */
  declared?: string | null;
}

/** Provenance of a record: which input, how it was read. */
export interface SourceInfo {
  input: string;
  kind: InputKind;
  format: 'html' | 'text' | null;
  encoding: EncodingInfo | null;
  bytes: number;
  sha256: string | null;
  /** Final URL after redirects (kind "url"). */
  url?: string;
  /** HTTP status of the final response (kind "url"). */
  status?: number;
  /** Number of HTTP attempts made (kind "url"). */
  attempts?: number;
}

/** A span of normalized text that an extractor matched. */
export interface Mention {
  /** Offsets into the field the mention was found in (`text` unless `field` says otherwise). */
  start: number;
  end: number;
  /** Exactly `field.slice(start, end)`. */
  text: string;
  /** Name of the rule that produced the mention, for debugging and evaluation. */
  rule: string;
  /** The field searched when not `text`: "captions.0", "captions.1", ... */
  field?: string;
}

/** One position held by an official, as written and normalized. */
export interface OfficialTitle {
  /** The position as written in the bulletin, e.g. "Phó Chủ tịch Thường trực HĐND tỉnh". */
  text: string;
  /** Folded for comparison: new-style tone marks, bodies abbreviated, lower case. */
  normalized: string;
  /** Modifiers found on the position: "phó", "thường trực", "quyền", "nguyên", "tân". */
  modifiers: string[];
}

/** A mention of an official: the name and the positions attached at that place. */
export interface OfficialMention extends Mention {
  kind: 'official';
  name: string;
  titles: OfficialTitle[];
  /** True when the mention is a short form ("ông Thành", "đồng chí Bí thư") linked to a full name. */
  short?: boolean;
}

/** A person named with an official position; one entry per person per bulletin. */
export interface Official {
  name: string;
  /** Positions as written, one each, de-duplicated by their normalized form. */
  titles: string[];
  /** The same positions with normalized forms and modifiers. */
  positions: OfficialTitle[];
  mentions: OfficialMention[];
}

/** A percentage mention; a range yields one mention per end. */
export interface PercentageMention extends Mention {
  kind: 'percentage';
  value: number;
  /** The clause that says what the number measures. */
  context: string;
  /** "đạt", "trên", "dưới", "khoảng", "tăng", "giảm", ... when stated. */
  qualifier: string | null;
  /** Set for ranges: which end this is, and the range's two values. */
  range: { role: 'from' | 'to'; from: number; to: number } | null;
  /** "điểm phần trăm": a difference of percentages, not a share. */
  points: boolean;
}

/** A mention of a document code or of a short reference to one. */
export interface DocumentMention extends Mention {
  kind: 'document';
  /** Canonical code, or null for a short reference ("Chương trình hành động số 135"). */
  code: string | null;
}

/** A document cited in the bulletin. */
export interface DocumentRef {
  /** Canonical code without spaces, e.g. "135-CTr/TU", "123/2023/NĐ-CP". */
  code: string;
  number: string;
  year: number | null;
  type: string | null;
  typeName: string | null;
  issuer: string | null;
  issuerName: string | null;
  /** ISO date the document was issued, when the text gives it. */
  issued: string | null;
  /** "của Tỉnh ủy" as written after the code. */
  issuerText: string | null;
  /** "về ..." as written after the code. */
  subject: string | null;
  family: 'party' | 'state';
  /** Set when the code deviates from the standard layout (missing hyphen, stray slash). */
  lowConfidence?: boolean;
  mentions: DocumentMention[];
}

/** A short reference whose full code the bulletin never gives. */
export interface DocumentReference {
  type: string | null;
  typeName: string;
  number: string;
  mentions: DocumentMention[];
}

export type DateGranularity =
  | 'datetime'
  | 'day'
  | 'dekad' // thượng/trung/hạ tuần
  | 'month'
  | 'quarter'
  | 'half'
  | 'months' // "9 tháng năm 2024": a span of months from January
  | 'year'
  | 'range';

/** A date expression in the body, normalized. */
export interface DateMention extends Mention {
  kind: 'date';
  /** ISO form: "2024-07-08", "2024-07", "2024-Q1", "2024-H1", "2021/2025", "2024-07-08T14:30+07:00", or null when unresolved. */
  value: string | null;
  granularity: DateGranularity;
  /** Which parts were written ("day", "month", "year", "hour", ...). */
  stated: string[];
  /** Which parts were taken from the publication date. */
  implied: string[];
  /** "sáng", "trưa", "chiều", "tối", "đêm" when given. */
  partOfDay: string | null;
  /** Range ends, for ranges. */
  from?: string | null;
  to?: string | null;
}

/** The article and metadata a cleaner extracts from a page. */
export interface CleanedArticle {
  title: string | null;
  publishedAt: string | null;
  /** Where `publishedAt` came from: "json-ld", "meta:article:published_time", "dateline", "lead", ... */
  publishedFrom: string | null;
  authors: string[];
  category: string | null;
  /** Profile id of the portal family, or null when only the generic rules applied. */
  portal: string | null;
  lead: string | null;
  /** Clean body: paragraphs separated by a blank line; starts with the lead when there is one. */
  text: string;
  captions: string[];
  views: number | null;
  warnings: string[];
}

/** A successful extraction. */
export interface BulletinRecord extends CleanedArticle {
  source: SourceInfo;
  officials: Official[];
  percentages: PercentageMention[];
  documents: DocumentRef[];
  references: DocumentReference[];
  dates: DateMention[];
}

/** Why an input produced no record. */
export type ErrorCode =
  | 'ENOENT' // no such file
  | 'EREAD' // could not be read (permissions, a directory, I/O)
  | 'EEMPTY' // zero bytes or only white space
  | 'EBINARY' // not text (NUL bytes, image or archive signatures)
  | 'EDECODE' // no character set decodes it
  | 'ETOOLARGE' // over the size limit
  | 'EPARSE' // the page could not be parsed or cleaned
  | 'EURL' // URL inputs are not enabled
  | 'EFETCH' // network, HTTP or robots failure
  | 'EINTERNAL'; // a bug: an unexpected exception

/** An input that failed; batch runs emit it in place of a record. */
export interface ErrorRecord {
  source: SourceInfo;
  error: { code: ErrorCode; message: string; cause?: string; attempts?: number; status?: number };
}

/** What a batch yields for each input. */
export type BatchResult = BulletinRecord | ErrorRecord;

/** True when a batch result is an error. */
export function isErrorRecord(r: BatchResult): r is ErrorRecord {
  return (r as ErrorRecord).error !== undefined;
}

/** The text an extractor reads, with what it may need to resolve implied values. */
export interface ExtractContext {
  /** NFC, cleaned text. */
  text: string;
  /** Publication date of the bulletin (ISO), to resolve implied years. */
  publishedAt: string | null;
}
