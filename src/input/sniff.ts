// Content sniffing: is it text at all, is it HTML, and how Vietnamese does a decoding look.
// Everything here reads a bounded sample so a 50 MB input costs the same as a 50 KB one.

/** Bytes of an input the sniffers look at. */
export const SAMPLE_BYTES = 64 * 1024;
// Bytes counted to tell text from binary data: binary formats show themselves at once (NUL,
// control and C1 bytes everywhere), and this check runs on every input.
const BINARY_SAMPLE_BYTES = 16 * 1024;

/** What the binary sniffer found. */
export interface SniffProblem {
  code: 'EEMPTY' | 'EBINARY';
  message: string;
}

// File signatures of formats that are never a bulletin. Offsets are from the start of the file.
// Provenance: the magic numbers of each format's specification (PNG, PDF, ZIP, ...).
const SIGNATURES: ReadonlyArray<{ name: string; at: number; bytes: readonly number[] }> = [
  { name: 'a PNG image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', at: 0, bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8"
  { name: 'a WebP/RIFF file', at: 0, bytes: [0x52, 0x49, 0x46, 0x46] }, // "RIFF"
  { name: 'a TIFF image', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a PDF document', at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { name: 'a ZIP archive (or DOCX/XLSX)', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a ZIP archive', at: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a ZIP archive', at: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'gzip data', at: 0, bytes: [0x1f, 0x8b] },
  { name: 'an Office (OLE2: DOC/XLS) document', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a 7-Zip archive', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', at: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] }, // "Rar!"
  { name: 'xz data', at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd data', at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'an ELF executable', at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a WOFF font', at: 0, bytes: [0x77, 0x4f, 0x46, 0x46] }, // "wOFF"
  { name: 'a WOFF2 font', at: 0, bytes: [0x77, 0x4f, 0x46, 0x32] }, // "wOF2"
  { name: 'an MP4/MOV video', at: 4, bytes: [0x66, 0x74, 0x79, 0x70] }, // "ftyp"
  { name: 'an Ogg stream', at: 0, bytes: [0x4f, 0x67, 0x67, 0x53] }, // "OggS"
  { name: 'an MP3 file', at: 0, bytes: [0x49, 0x44, 0x33] }, // "ID3"
  { name: 'an SQLite database', at: 0, bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] }, // "SQLite f"
];

/** True when `bytes` starts with `prefix` at offset `at`. */
function hasBytesAt(bytes: Uint8Array, at: number, prefix: readonly number[]): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** Length of a byte-order mark at the start, and the encoding it names. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (hasBytesAt(bytes, 0, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (hasBytesAt(bytes, 0, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (hasBytesAt(bytes, 0, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** ASCII white space: tab, LF, VT, FF, CR, space. */
function isAsciiSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

// White space a decoded text may hold besides ASCII: NBSP, zero-width and ideographic spaces, BOM.
const BLANK_TEXT = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/u;

/** True when the input holds nothing but white space (in UTF-8, UTF-16 or a single-byte code page). */
function isBlank(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') {
    // UTF-16: every code unit must be white space; decode a bounded prefix at a time.
    const dec = new TextDecoder(bom.encoding);
    for (let off = bom.length; off < bytes.length; off += SAMPLE_BYTES) {
      const chunk = bytes.subarray(off, Math.min(bytes.length, off + SAMPLE_BYTES));
      if (!BLANK_TEXT.test(dec.decode(chunk, { stream: true }))) return false;
    }
    return true;
  }
  let i = bom ? bom.length : 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (isAsciiSpace(b)) i++;
    else if (b === 0xc2 && bytes[i + 1] === 0xa0) i += 2; // UTF-8 NBSP
    else if (b === 0xe2 && bytes[i + 1] === 0x80 && (bytes[i + 2]! >= 0x8b && bytes[i + 2]! <= 0x8d)) i += 3; // ZWSP/ZWNJ/ZWJ
    else if (b === 0xe3 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0x80) i += 3; // ideographic space
    else if (b === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3; // stray BOM
    else return false;
  }
  return true;
}

// Byte classes for byteStats: 0 ordinary, 1 NUL, 2 control, 3 C1 range (0x80-0x9F), 4 other high.
const BYTE_CLASS = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  BYTE_CLASS[b] =
    b >= 0xa0 ? 4
    : b >= 0x80 ? 3
    : b === 0 ? 1
    : (b < 0x20 && !isAsciiSpace(b) && b !== 0x1b) || b === 0x7f ? 2
    : 0;
}

/** Counts, over `sample`, what separates text from binary data. */
function byteStats(sample: Uint8Array): { nul: number; nulEarly: number; control: number; high: number; c1: number } {
  // One table load and one increment per byte: this runs on every input.
  const counts = new Int32Array(5);
  for (let i = 0; i < sample.length; i++) counts[BYTE_CLASS[sample[i]!]!]!++;
  let nulEarly = 0;
  if (counts[1]! > 0) for (let i = 0; i < Math.min(1024, sample.length); i++) if (sample[i] === 0) nulEarly++;
  return { nul: counts[1]!, nulEarly, control: counts[2]!, high: counts[3]! + counts[4]!, c1: counts[3]! };
}

/**
 * Share of well-formed UTF-8 among the non-ASCII bytes of `sample`, ignoring a sequence cut by
 * the sample's edges. 1 when the sample is pure ASCII.
 */
export function utf8Share(sample: Uint8Array): number {
  let good = 0;
  let bad = 0;
  let i = 0;
  // Skip continuation bytes at the start: the sample may begin mid-sequence.
  while (i < sample.length && i < 3 && (sample[i]! & 0xc0) === 0x80) i++;
  while (i < sample.length) {
    const b = sample[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      bad++;
      i++;
      continue;
    }
    if (i + need >= sample.length) break; // cut by the sample's end
    let ok = true;
    for (let k = 1; k <= need; k++) if ((sample[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      good += need + 1;
      i += need + 1;
    } else {
      bad++;
      i++;
    }
  }
  return good + bad === 0 ? 1 : good / (good + bad);
}

/**
 * Rejects what is not text: empty or white-space-only (EEMPTY), binary (NUL bytes, image/PDF/zip/
 * gzip/office signatures, a high share of control bytes: EBINARY). Null when the bytes look like text.
 */
export function sniffProblem(bytes: Uint8Array): SniffProblem | null {
  if (bytes.length === 0) return { code: 'EEMPTY', message: 'the input is empty (0 bytes)' };
  for (const sig of SIGNATURES) {
    if (hasBytesAt(bytes, sig.at, sig.bytes)) {
      return { code: 'EBINARY', message: `the input is not text: it looks like ${sig.name}` };
    }
  }
  if (isBlank(bytes)) return { code: 'EEMPTY', message: `the input holds only white space (${bytes.length} bytes)` };
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return null; // UTF-16 is full of NUL bytes by design
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  const s = byteStats(sample);
  if (s.nulEarly > 0 || s.nul > sample.length / 1000) {
    return { code: 'EBINARY', message: `the input is not text: it holds NUL bytes (${s.nul} in the first ${sample.length} bytes)` };
  }
  // Legacy Vietnamese code pages put a few letters in C0 (TCVN3 capitals, VISCII), so only a
  // high share of control bytes is damning.
  if (s.control > sample.length * 0.1) {
    return { code: 'EBINARY', message: `the input is not text: ${pct(s.control, sample.length)} of its bytes are control characters` };
  }
  // Random-looking data: control bytes, high bytes spread evenly (a quarter in 0x80-0x9F, where
  // text in any code page is sparse), and not UTF-8.
  if (s.control > sample.length * 0.02 && s.high > sample.length * 0.3 && s.c1 > s.high * 0.15 && utf8Share(sample) < 0.9) {
    return { code: 'EBINARY', message: 'the input is not text: its bytes look random (compressed or encrypted data?)' };
  }
  return null;
}

/** "12.5%" for a share, for messages. */
function pct(part: number, whole: number): string {
  return `${Math.round((part / whole) * 1000) / 10}%`;
}

// Strong HTML openers at the start of a document, after white space and comments:
// "<!DOCTYPE html", "<html lang=vi>", "<?xml ...?><html", "<head>", "<body>".
const HTML_START = /^(?:\s|<!--[\s\S]{0,4000}?-->|<\?xml[^>]{0,200}>)*<(?:!doctype\s+html|html|head|body)(?=[\s>])/i;
// Anywhere in the sample: the document elements of a page.
const HTML_DOC_TAGS = /<(?:html|head|body)(?=[\s>])[^>]{0,500}>|<!doctype\s+html/gi;
// Block and inline tags that pages are made of: "<p>", "<div class=...>", "</td>", "<br/>", "<a href=...>".
const HTML_TAGS =
  /<\/?(?:p|div|span|a|br|table|tbody|tr|td|th|ul|ol|li|h[1-6]|img|meta|link|script|style|section|article|header|footer|nav|strong|em|b|i|font|form|input|iframe)(?=[\s>/])[^<>]{0,2000}>/gi;

/** HTML vs plain text by content (doctype, <html>, <head>, <body>, tag density), not by extension. */
export function sniffFormat(text: string): 'html' | 'text' {
  const sample = text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text;
  const head = sample.replace(/^\ufeff/, '');
  if (HTML_START.test(head)) return 'html';
  const doc = head.match(HTML_DOC_TAGS)?.length ?? 0;
  if (doc >= 2) return 'html';
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  // A plain-text bulletin may quote a tag or two; a fragment of a page has many per line.
  const lines = Math.max(1, head.split('\n').length);
  if (tags >= 4 && tags >= lines * 0.25) return 'html';
  if (tags >= 2 && doc >= 1) return 'html';
  return 'text';
}

// ---------------------------------------------------------------------------------------------
// How Vietnamese a decoding looks. Used to choose among legacy code pages and to decide whether
// a mojibake repair is an improvement.

// The Vietnamese vowels with every tone, lower case; with đ and the ASCII letters they make the alphabet.
const VOWELS =
  'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ';
const TONED = new Set<string>();
const MARKED = new Set<string>(); // a vowel with a tone or a vowel-quality mark, or đ
const VIET_LETTERS = new Set<string>('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZđĐ');
for (const group of VOWELS.split(' ')) {
  [...group].forEach((ch, i) => {
    for (const c of [ch, ch.toUpperCase()]) {
      VIET_LETTERS.add(c);
      if (i > 0) TONED.add(c);
      if (i > 0 || !'aeiouyAEIOUY'.includes(c)) MARKED.add(c);
    }
  });
}
MARKED.add('đ');
MARKED.add('Đ');

// Frequent syllables of bulletins; a decoding that produces them is very likely right.
const COMMON = new Set([
  'của', 'và', 'các', 'được', 'tỉnh', 'nhân', 'dân', 'đảng', 'ngày', 'trong', 'năm', 'với', 'những',
  'đã', 'là', 'có', 'người', 'không', 'một', 'huyện', 'xã', 'công', 'tác', 'phát', 'triển', 'hội',
  'nghị', 'đồng', 'chí', 'chủ', 'tịch', 'ủy', 'uỷ', 'thực', 'hiện', 'về', 'theo', 'đến', 'tại',
  'đạt', 'tế', 'việt', 'thường', 'vụ', 'bộ', 'quả', 'kết', 'đầu', 'tư', 'để', 'cơ', 'sở', 'trên',
]);

// Punctuation and symbols that proper Vietnamese text uses (typographic quotes, dashes, bullets, ...).
const OK_SYMBOLS = new Set('“”‘’–—…•·°«»×€₫№‐‑′″›‹\u00a0\u2009\u202f'.split(''));

/** A breakdown of how Vietnamese a piece of text looks. */
export interface VietScore {
  /** Words holding a non-ASCII letter. */
  words: number;
  /** Of those, words that are well-formed Vietnamese syllables. */
  good: number;
  /** Words with letters outside the alphabet, odd case or two tone marks. */
  bad: number;
  /** Unlikely symbols and control characters. */
  symbols: number;
  /** Frequent bulletin syllables found. */
  hits: number;
  /** One number to compare decodings of the same bytes: higher is more Vietnamese. */
  value: number;
}

// A word: letters with any combining marks left over (windows-1258 text before NFC).
const WORD = /[\p{L}\p{M}]+/gu;
// A word of plain ASCII letters: the same in every code page, so it tells nothing.
const ASCII_WORD = /^[A-Za-z]+$/;
// Characters that count against a decoding: C0/C1 controls (not white space), U+FFFD, and
// non-ASCII symbols (Latin-1 "©§¶¤" ...); letters are judged per word.
const SYMBOL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]|[^\p{L}\p{M}\p{N}\s\u0000-\u007f]/gu;

/** Scores `text` (a sample: keep it under ~64 KB) by how much it looks like Vietnamese. */
export function scoreVietnamese(text: string): VietScore {
  const s = text.normalize('NFC');
  let words = 0;
  let good = 0;
  let bad = 0;
  let hits = 0;
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (COMMON.has(lower)) hits++;
    if (ASCII_WORD.test(w)) continue;
    words++;
    if (isVietSyllable(w, lower)) good++;
    else bad++;
  }
  let symbols = 0;
  for (const m of s.matchAll(SYMBOL)) if (!OK_SYMBOLS.has(m[0])) symbols++;
  return { words, good, bad, symbols, hits, value: good + 3 * hits - 3 * bad - 2 * symbols };
}

// A lower-case Vietnamese syllable: onset, one to three vowels, coda ("nghiêng", "quốc", "người",
// "ủy"); "k" ends minority place names ("Đắk Lắk").
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${VOWELS.replace(/ /g, '')}]{1,3}(?:ch|ng|nh|[cmnptk])?$`,
  'u',
);

/** Alphabet, syllable shape, case pattern, at most one tone and two marked letters: a plausible syllable. */
function isVietSyllable(w: string, lower: string): boolean {
  let toned = 0;
  let marked = 0;
  for (const ch of w) {
    if (!VIET_LETTERS.has(ch)) return false;
    if (TONED.has(ch)) toned++;
    if (MARKED.has(ch)) marked++;
  }
  if (toned > 1 || marked > 2 || !SYLLABLE.test(lower)) return false;
  return w === lower || w === w.toUpperCase() || w[0] + lower.slice(1) === w;
}

/** True when a score says the text is Vietnamese with few signs of a wrong decoding. */
export function looksVietnamese(s: VietScore): boolean {
  return s.good >= 3 && s.good >= 4 * (s.bad + s.symbols);
}
