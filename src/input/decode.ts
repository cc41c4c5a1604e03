// Bytes to a JS string: which character set, and why. Output is not yet NFC (the pipeline
// calls normalizeText); windows-1258 in particular decodes to base letters + combining tones.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { EncodingInfo, EncodingReason } from '../types.js';
import { SAMPLE_BYTES, bomOf, looksVietnamese, scoreVietnamese, utf8Share, type VietScore } from './sniff.js';

/** How the caller constrains decoding. */
export interface DecodeOptions {
  /** --encoding NAME: overrides everything. */
  forced?: string | null;
  /** charset of an HTTP Content-Type (a label, or the whole header value). */
  httpCharset?: string | null;
}

/** A decoded input. */
export interface Decoded {
  text: string;
  encoding: EncodingInfo;
  warnings: string[];
}

/** No character set decodes the input (or a forced one is unknown). */
export class DecodeError extends Error {
  readonly code = 'EDECODE' as const;
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

// Labels as pages and users write them, mapped to the names bantin reports. Everything WHATWG
// treats as windows-1252 (iso-8859-1, ascii) is "western": a declaration legacy Vietnamese pages
// carry by default, so it is checked against the bytes rather than trusted.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['utf8', 'utf-8'], ['utf-8', 'utf-8'], ['unicode-1-1-utf-8', 'utf-8'], ['x-unicode20utf8', 'utf-8'],
  ['utf-16', 'utf-16le'], ['utf-16le', 'utf-16le'], ['utf16le', 'utf-16le'], ['ucs-2', 'utf-16le'], ['unicode', 'utf-16le'],
  ['utf-16be', 'utf-16be'], ['utf16be', 'utf-16be'],
  ['windows-1258', 'windows-1258'], ['cp1258', 'windows-1258'], ['win1258', 'windows-1258'], ['x-cp1258', 'windows-1258'],
  ['viscii', 'viscii'], ['x-viet-viscii', 'viscii'], ['csviscii', 'viscii'],
  ['tcvn', 'tcvn3'], ['tcvn3', 'tcvn3'], ['tcvn-3', 'tcvn3'], ['tcvn5712', 'tcvn3'], ['tcvn-5712', 'tcvn3'],
  ['x-viet-tcvn', 'tcvn3'], ['x-viet-tcvn5712', 'tcvn3'], ['vn3', 'tcvn3'], ['abc', 'tcvn3'],
  ['windows-1252', 'windows-1252'], ['cp1252', 'windows-1252'], ['iso-8859-1', 'windows-1252'],
  ['iso8859-1', 'windows-1252'], ['latin1', 'windows-1252'], ['latin-1', 'windows-1252'], ['l1', 'windows-1252'],
  ['us-ascii', 'windows-1252'], ['ascii', 'windows-1252'], ['x-user-defined', 'windows-1252'],
]);

// bantin's name -> iconv-lite's name.
const ICONV_NAME: ReadonlyMap<string, string> = new Map([['tcvn3', 'tcvn']]);

/** The Vietnamese legacy code pages tried when the bytes are not UTF-8, in tie-break order. */
const LEGACY = ['windows-1258', 'tcvn3', 'viscii'] as const;

/** bantin's canonical name for a charset label, or null when neither bantin nor iconv-lite knows it. */
export function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const known = ALIASES.get(l.replace(/_/g, '-'));
  if (known) return known;
  return iconv.encodingExists(l) ? l : null;
}

/** Decodes with bantin's canonical name. */
function decodeWith(bytes: Uint8Array, name: string): string {
  if (name === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ICONV_NAME.get(name) ?? name);
}

// ---------------------------------------------------------------------------------------------
// Declarations

// <meta charset="windows-1258">, <meta http-equiv="Content-Type" content="text/html; charset=viscii">
const META_CHARSET = /<meta\s[^>]{0,512}?charset\s*=\s*["']?\s*(?<label>[A-Za-z0-9._:-]{1,40})/i;
// <?xml version="1.0" encoding="windows-1258"?>
const XML_ENCODING = /^\s*<\?xml\s[^>]{0,200}?encoding\s*=\s*["'](?<label>[A-Za-z0-9._:-]{1,40})/i;
// "text/html; charset=UTF-8", "charset='viscii'", or a bare label "windows-1258"
const HEADER_CHARSET = /charset\s*=\s*["']?\s*(?<label>[A-Za-z0-9._:-]{1,40})/i;

/** The charset a page declares in its first 16 KB (meta charset, http-equiv or XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 16 * 1024)).toString('latin1');
  const m = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return m?.groups?.label?.toLowerCase() ?? null;
}

/** The charset label in an HTTP Content-Type value (or the value itself when it is a bare label). */
function headerLabel(value: string): string | null {
  const m = HEADER_CHARSET.exec(value);
  if (m?.groups?.label) return m.groups.label.toLowerCase();
  const v = value.trim().toLowerCase();
  return /^[a-z0-9._:-]{1,40}$/.test(v) ? v : null;
}

// ---------------------------------------------------------------------------------------------
// Sampling and UTF-8 checks

/** Up to SAMPLE_BYTES starting a little before the first non-ASCII byte (markup-heavy heads skip). */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const first = Math.max(0, firstHighByte(bytes));
  const start = Math.max(0, Math.min(first - 1024, bytes.length - SAMPLE_BYTES));
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

/** Bytes of a UTF-8 sequence cut off at the end of `bytes` (0 when the end is clean). */
function truncatedTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation: keep looking for the lead byte
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return len > k ? k : 0;
  }
  return 0;
}

/** Index of the first non-ASCII byte, or -1 (a plain loop: callbacks cost seconds on 50 MB). */
function firstHighByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** True when the bytes hold any non-ASCII byte. */
function hasHighBytes(bytes: Uint8Array): boolean {
  return firstHighByte(bytes) >= 0;
}

type Utf8Verdict = { kind: 'valid' } | { kind: 'truncated'; cut: number } | { kind: 'damaged'; share: number } | { kind: 'invalid' };

/** Whether the bytes are UTF-8: valid, valid but cut at the end, mostly valid with a few bad bytes, or not. */
function utf8Verdict(bytes: Uint8Array): Utf8Verdict {
  if (isUtf8(bytes)) return { kind: 'valid' };
  const cut = truncatedTail(bytes);
  if (cut > 0 && isUtf8(bytes.subarray(0, bytes.length - cut))) return { kind: 'truncated', cut };
  const share = utf8Share(sampleOf(bytes));
  return share >= 0.97 ? { kind: 'damaged', share } : { kind: 'invalid' };
}

// ---------------------------------------------------------------------------------------------
// Legacy candidates

interface Candidate {
  name: string;
  score: VietScore;
}

/** Scores each Vietnamese legacy code page (and windows-1252) on a sample; best first, ties in list order. */
function rankLegacy(sample: Uint8Array): Candidate[] {
  const names = [...LEGACY, 'windows-1252'];
  const scored = names.map((name, i) => ({ name, i, score: scoreVietnamese(decodeWith(sample, name)) }));
  scored.sort((a, b) => b.score.value - a.score.value || a.i - b.i);
  return scored.map(({ name, score }) => ({ name, score }));
}

/** True when `a` beats `b` by a clear margin (not a coin toss over a handful of words). */
function clearlyBetter(a: VietScore, b: VietScore): boolean {
  return looksVietnamese(a) && a.value > b.value + Math.max(3, Math.abs(b.value) * 0.1);
}

// ---------------------------------------------------------------------------------------------
// Mojibake: legacy or UTF-8 bytes that were read as cp1252 (or latin1) and saved again as UTF-8.

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
// Code point -> byte for the cp1252 characters above U+00FF; the five undefined bytes map to the
// C1 controls that Windows and WHATWG decoders leave in their place (below U+0100: the same byte).
const CP1252_UPPER = new Map<number, number>();
[...CP1252_HIGH].forEach((ch, i) => CP1252_UPPER.set(ch.charCodeAt(0), 0x80 + i));

/** True when cp1252 can encode the UTF-16 unit (U+FFFD too: a byte a strict decoder lost). */
function encodable(c: number): boolean {
  return c <= 0xff || c === 0xfffd || CP1252_UPPER.has(c);
}

// Latin-1 and cp1252 characters that are neither Vietnamese letters nor everyday punctuation:
// the fingerprints of a wrong decoding ("nh©n", "§¶ng", "tØnh", "UÖ", "Ã¢", "á»·"). Ð/ð are left
// out: pages type them for Đ/đ, and normalizeText folds them. C1 controls U+0080-U+009F count too.
const SIG_CHARS = '¡¢£¤¥¦§¨©ª¬­®¯±²³´µ¶¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖØÛÜÞßäåæçëîïñöøûüþÿƒˆŠŒŽ˜šœžŸ‚„†‡‰‹›™';
// One lookup per UTF-16 unit: the whole-page scan is a tight loop, not a regex over a large class.
const IS_SIG = new Uint8Array(0x10000);
for (let c = 0x80; c <= 0x9f; c++) IS_SIG[c] = 1;
for (const ch of SIG_CHARS) IS_SIG[ch.charCodeAt(0)] = 1;
// A neighbour that puts a fingerprint inside a word ("nh©n", "§¶ng", "Uû"); a lone "©" between
// spaces is a copyright sign.
const LETTER = /\p{L}/u;
function wordish(ch: string): boolean {
  return ch.length > 0 && (IS_SIG[ch.charCodeAt(0)] === 1 || LETTER.test(ch));
}

/** Index of the next fingerprint at or after `from`, or -1. A loop of its own: it stays optimized. */
function nextSig(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (IS_SIG[text.charCodeAt(i)] === 1) return i;
  return -1;
}

/**
 * Spans [start, end) of the cp1252-encodable runs of `text` that hold a fingerprint inside a word,
 * in order. Linear: each run is scanned once, clean text costs one pass.
 */
function suspiciousRuns(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const n = text.length;
  for (let i = nextSig(text, 0); i >= 0; i = nextSig(text, i + 1)) {
    if (!wordish(text.charAt(i - 1)) && !wordish(text.charAt(i + 1))) continue;
    let start = i;
    while (start > 0 && encodable(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && encodable(text.charCodeAt(end))) end++;
    spans.push([start, end]);
    i = end - 1;
  }
  return spans;
}

/** cp1252 bytes of a piece of a run (no U+FFFD in it). */
function toCp1252(piece: string): Uint8Array {
  const out = new Uint8Array(piece.length);
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    out[i] = c <= 0xff ? c : (CP1252_UPPER.get(c) ?? 0x3f);
  }
  return out;
}

// In UTF-8 read as cp1252, "Ä" + lost byte can only be "Đ" (C4 90) for Vietnamese text.
const LOST_D = /Ä\ufffd/g;
// Replacement characters that decoding a run piece by piece left side by side.
const FFFD_RUN = /\ufffd{2,}/g;

/**
 * Decodes a run with a repair code page, piece by piece around the bytes a strict decoder lost
 * (those stay U+FFFD). Null when UTF-8 was tried and the bytes are not UTF-8.
 */
function decodeRepair(run: string, name: string): string | null {
  if (name !== 'utf-8') return run.split('\ufffd').map((p) => decodeWith(toCp1252(p), name)).join('\ufffd');
  const pieces = run.replace(LOST_D, 'Ä\u0090').split('\ufffd');
  if (pieces.length === 1) {
    const bytes = toCp1252(pieces[0]!);
    return isUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : null;
  }
  // Lost bytes cut sequences: allow invalid stubs only next to them.
  let text = pieces.map((p) => new TextDecoder('utf-8').decode(toCp1252(p))).join('\ufffd');
  text = text.replace(FFFD_RUN, '\ufffd');
  const lost = pieces.length - 1;
  return (text.match(/\ufffd/g) ?? []).length <= lost ? text : null;
}

/** The first SAMPLE_BYTES characters of a string, for scoring. */
function head(s: string): string {
  return s.length > SAMPLE_BYTES ? s.slice(0, SAMPLE_BYTES) : s;
}

/**
 * Repairs mojibake in text that decoded cleanly: picks the code page that best explains the
 * suspicious runs, then rewrites each run that the repair clearly improves. Null when no repair helps.
 */
function repairMojibake(text: string): { text: string; via: string; runs: number } | null {
  // No pre-test for a fingerprint: footers carry "©" on nearly every page, so it would only add a pass.
  const spans = suspiciousRuns(text);
  if (spans.length === 0) return null;
  // Choose the code page on a sample of the suspicious runs.
  const sample: string[] = [];
  let size = 0;
  for (const [a, b] of spans) {
    sample.push(text.slice(a, Math.min(b, a + SAMPLE_BYTES)));
    size += b - a;
    if (size >= SAMPLE_BYTES) break;
  }
  const original = scoreVietnamese(sample.join('\n'));
  let best: { name: string; score: VietScore } | null = null;
  for (const name of ['utf-8', 'tcvn3', 'viscii', 'windows-1258']) {
    const parts = sample.map((r) => decodeRepair(r, name));
    if (parts.some((p) => p === null)) continue;
    const score = scoreVietnamese(parts.join('\n'));
    if (!best || score.value > best.score.value) best = { name, score };
  }
  if (!best || !clearlyBetter(best.score, original)) return null;
  const via = best.name;
  // Rewrite run by run; each must improve on its own (long runs judged on their start).
  const out: string[] = [];
  let prev = 0;
  let count = 0;
  for (const [a, b] of spans) {
    const run = text.slice(a, b);
    const fixed = decodeRepair(run, via);
    if (fixed === null || scoreVietnamese(head(fixed)).value <= scoreVietnamese(head(run)).value) continue;
    out.push(text.slice(prev, a), fixed);
    prev = b;
    count++;
  }
  if (count === 0) return null;
  out.push(text.slice(prev));
  return { text: out.join(''), via, runs: count };
}

const VIA_NAME: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8 text read as windows-1252 (double-encoded)',
  tcvn3: 'TCVN3 (ABC) text read as windows-1252',
  viscii: 'VISCII text read as windows-1252',
  'windows-1258': 'windows-1258 text read as windows-1252',
};

/** Applies a mojibake repair to text that decoded cleanly, or returns it unchanged. */
function withRepair(d: Decoded): Decoded {
  const fix = repairMojibake(d.text);
  if (!fix) return d;
  const lost = (fix.text.match(/\ufffd/g) ?? []).length;
  const warnings = [
    ...d.warnings,
    `repaired mojibake: ${VIA_NAME[fix.via]} and saved as ${d.encoding.name} (${fix.runs} passage${fix.runs === 1 ? '' : 's'})`,
  ];
  if (lost > 0) warnings.push(`${lost} character${lost === 1 ? '' : 's'} could not be recovered (U+FFFD)`);
  const encoding: EncodingInfo = { name: fix.via, reason: 'mojibake-repair' };
  if (d.encoding.declared !== undefined) encoding.declared = d.encoding.declared;
  return { text: fix.text, encoding, warnings };
}

// ---------------------------------------------------------------------------------------------

/** A decoding result with a reason. */
function result(text: string, name: string, reason: EncodingReason, warnings: string[], declared?: string): Decoded {
  const encoding: EncodingInfo = declared === undefined ? { name, reason } : { name, reason, declared };
  return { text, encoding, warnings };
}

/** Decodes bytes that claim or look like UTF-8, dropping a cut tail or replacing damaged bytes. */
function decodeUtf8(bytes: Uint8Array, v: Utf8Verdict, reason: EncodingReason, warnings: string[], declared?: string): Decoded {
  const w = [...warnings];
  let body = bytes;
  if (v.kind === 'truncated') {
    body = bytes.subarray(0, bytes.length - v.cut);
    w.push(`the input ends in the middle of a UTF-8 sequence (${v.cut} byte${v.cut === 1 ? '' : 's'} dropped): it may be truncated`);
  }
  if (v.kind === 'damaged') {
    // A few legacy lines (an article pasted from an old database) rather than random damage?
    const mixed = decodeMixed(bytes);
    if (mixed) {
      w.push(`mixed encodings: ${mixed.legacyLines} line${mixed.legacyLines === 1 ? '' : 's'} read as ${mixed.name}, ${mixed.utf8Lines} as UTF-8`);
      return result(mixed.text, mixed.name, 'legacy-sniff', w, declared ?? (reason === 'utf8-valid' ? undefined : 'utf-8'));
    }
  }
  const text = new TextDecoder('utf-8').decode(body);
  if (v.kind === 'damaged' || v.kind === 'invalid') {
    const bad = (text.match(/\ufffd/g) ?? []).length;
    w.push(`${bad} invalid UTF-8 byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`);
  }
  return withRepair(result(text, 'utf-8', reason, w, declared));
}

/** The lines of `bytes`, each with its LF. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** Up to SAMPLE_BYTES of the given lines, joined. */
function sampleLines(lines: Uint8Array[]): Uint8Array {
  const picked: Uint8Array[] = [];
  let size = 0;
  for (const l of lines) {
    if (size >= SAMPLE_BYTES) break;
    picked.push(l);
    size += l.length;
  }
  return Buffer.concat(picked);
}

/**
 * A UTF-8 page template around an article pasted from a legacy database: decodes line by line,
 * UTF-8 lines as UTF-8 and the rest with the legacy code page that reads them best. Null unless
 * both kinds of line hold non-ASCII text and each reads better its own way.
 */
function decodeMixed(bytes: Uint8Array): { text: string; name: string; legacyLines: number; utf8Lines: number } | null {
  const lines = splitLines(bytes);
  const utf8: Uint8Array[] = [];
  const legacy: Uint8Array[] = [];
  const isUtf8Line = lines.map((l) => {
    if (!hasHighBytes(l)) return true;
    const ok = isUtf8(l);
    (ok ? utf8 : legacy).push(l);
    return ok;
  });
  if (utf8.length === 0 || legacy.length === 0) return null;
  const [best] = rankLegacy(sampleLines(legacy));
  if (!looksVietnamese(best!.score)) return null;
  // The UTF-8 lines must read better as UTF-8 than as the legacy code page (not chance pairs).
  const u = sampleLines(utf8);
  if (scoreVietnamese(new TextDecoder('utf-8').decode(u)).value <= scoreVietnamese(decodeWith(u, best!.name)).value) return null;
  const name = best!.name;
  const text = lines.map((l, i) => (isUtf8Line[i] ? new TextDecoder('utf-8').decode(l) : decodeWith(l, name))).join('');
  return { text, name, legacyLines: legacy.length, utf8Lines: utf8.length };
}

/** Picks among the legacy code pages by score; `declared` is the declaration the bytes overrode. */
function sniffLegacy(bytes: Uint8Array, warnings: string[], declared?: string): Decoded {
  const mixed = decodeMixed(bytes);
  if (mixed) {
    const w = [...warnings, `mixed encodings: ${mixed.legacyLines} line${mixed.legacyLines === 1 ? '' : 's'} read as ${mixed.name}, ${mixed.utf8Lines} as UTF-8`];
    return result(mixed.text, mixed.name, 'legacy-sniff', w, declared);
  }
  const [best] = rankLegacy(sampleOf(bytes));
  // Nothing reads as Vietnamese: windows-1252, the web's default for undeclared legacy pages.
  const name = looksVietnamese(best!.score) ? best!.name : 'windows-1252';
  return result(decodeWith(bytes, name), name, 'legacy-sniff', warnings, declared);
}

/**
 * Decodes bytes to a JS string: BOM, then <meta charset>/http-equiv (or httpCharset first when
 * given: header, then meta), then UTF-8 validity, then Vietnamese legacy candidates (windows-1258,
 * VISCII, TCVN3/ABC); `forced` overrides all. Repairs mojibake (legacy or UTF-8 bytes already read
 * as cp1252). Throws DecodeError only when nothing decodes. Output is NOT yet NFC-normalized.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];

  if (opts.forced) {
    const name = canonicalCharset(opts.forced);
    if (!name) throw new DecodeError(`unknown encoding "${opts.forced}" (try utf-8, windows-1258, tcvn3, viscii, windows-1252)`);
    const bom = bomOf(bytes);
    let body = bytes;
    if (bom && bom.encoding === name) body = bytes.subarray(bom.length);
    else if (bom) warnings.push(`the input starts with a ${bom.encoding} byte-order mark but ${name} was forced`);
    const text = decodeWith(body, name);
    if (name === 'utf-8' && !isUtf8(body)) warnings.push('the forced UTF-8 decoding met invalid byte sequences (replaced with U+FFFD)');
    return result(text, name, 'forced', warnings);
  }

  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') return decodeUtf8(body, utf8Verdict(body), 'bom', warnings);
    return withRepair(result(decodeWith(body, bom.encoding), bom.encoding, 'bom', warnings));
  }

  // Declarations: the HTTP header outranks the page's own meta.
  const decls: Array<{ label: string; reason: EncodingReason }> = [];
  const header = opts.httpCharset ? headerLabel(opts.httpCharset) : null;
  if (header) decls.push({ label: header, reason: 'http-header' });
  const meta = declaredCharset(bytes);
  if (meta) decls.push({ label: meta, reason: 'meta' });
  let decl: { label: string; name: string; reason: EncodingReason } | null = null;
  for (const d of decls) {
    let name = canonicalCharset(d.label);
    // A meta cannot be read in UTF-16 bytes, so a meta saying utf-16 means utf-8 (as browsers do).
    if (name?.startsWith('utf-16') && d.reason === 'meta') name = 'utf-8';
    if (name) {
      decl = { ...d, name };
      break;
    }
    warnings.push(`ignored unknown declared charset "${d.label}" (${d.reason === 'meta' ? 'meta' : 'HTTP header'})`);
  }

  const verdict = utf8Verdict(bytes);
  const isUtf8ish = verdict.kind !== 'invalid';

  if (decl) {
    const where = decl.reason === 'meta' ? 'the page' : 'the HTTP header';
    if (decl.name === 'utf-8') {
      if (isUtf8ish) return decodeUtf8(bytes, verdict, decl.reason, warnings);
      // Declared UTF-8, but the bytes are not: a legacy page with a template's meta.
      const d = sniffLegacy(bytes, warnings, decl.label);
      d.warnings.push(`${where} declares utf-8 but the bytes are not UTF-8; decoded as ${d.encoding.name}`);
      return d;
    }
    // Declared anything else, but the bytes are UTF-8 with multi-byte sequences: trust the bytes.
    if (isUtf8ish && hasHighBytes(bytes) && !decl.name.startsWith('utf-16')) {
      warnings.push(`${where} declares ${decl.label} but the bytes are UTF-8`);
      return decodeUtf8(bytes, verdict, 'utf8-valid', warnings, decl.label);
    }
    if (!hasHighBytes(bytes)) return result(decodeWith(bytes, decl.name), decl.name, decl.reason, warnings);
    // A single-byte declaration: check it against the Vietnamese code pages.
    const sample = sampleOf(bytes);
    const own = scoreVietnamese(decodeWith(sample, decl.name));
    const [best] = rankLegacy(sample);
    if (best!.name !== decl.name && clearlyBetter(best!.score, own)) {
      warnings.push(`${where} declares ${decl.label} but the bytes read as ${best!.name}`);
      return result(decodeWith(bytes, best!.name), best!.name, 'legacy-sniff', warnings, decl.label);
    }
    return result(decodeWith(bytes, decl.name), decl.name, decl.reason, warnings);
  }

  if (isUtf8ish) {
    if (verdict.kind === 'damaged') {
      // A few bad bytes in UTF-8, or a legacy page that happens to contain UTF-8-looking pairs?
      const ranked = rankLegacy(sampleOf(bytes));
      const asUtf8 = scoreVietnamese(new TextDecoder('utf-8').decode(sampleOf(bytes)));
      if (clearlyBetter(ranked[0]!.score, asUtf8)) return sniffLegacy(bytes, warnings);
    }
    return decodeUtf8(bytes, verdict, 'utf8-valid', warnings);
  }
  return sniffLegacy(bytes, warnings);
}
