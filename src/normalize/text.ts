// Text normalization shared by every stage. All functions are idempotent.

// Invisible characters that portals leave in copy: zero-width spaces/joiners, soft hyphens, BOMs.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Exotic spaces folded to a plain space (NBSP, thin, figure, ideographic ...).
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
// Any character some pass below could change: the complement of characters that are already NFC
// whatever their neighbours (ccc 0, NFC_QC=Yes: ASCII but \t\v\f\r, Latin-1 but NBSP, soft
// hyphen and Ð/ð, Latin Extended to U+02FF, Vietnamese Ạ..ỹ, dashes, quotes, ellipsis, ‰, ‹›, €, ™).
// Checked against String.prototype.normalize for every pair of these characters.
const NEEDS_WORK = /[^\0-\x08\n\x0E-\x9F\xA1-\xAC\xAE-\xCF\xD1-\xEF\xF1-\u02FF\u1EA0-\u1EF9\u2010-\u2027\u2030-\u203A€™]/;

/**
 * NFC, "Ð" (U+00D0, eth) folded to "Đ", line ends unified, invisible characters removed,
 * exotic spaces made plain. Offsets of every later stage refer to text normalized this way.
 */
export function normalizeText(input: string): string {
  // Most pages need none of the passes below: one scan proves it and returns the input as is.
  if (!NEEDS_WORK.test(input)) return input;
  let s = input;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  s = s.replace(INVISIBLE, '').replace(SPACES, ' ');
  s = s.normalize('NFC');
  if (s.includes('Ð') || s.includes('ð')) s = s.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
  return s;
}

// Two tone-placement styles exist for "oa, oe, uy" ("hoà/hòa", "Uỷ/Ủy"); fold both to one.
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['uỷ', 'ủy'], ['uý', 'úy'], ['uỳ', 'ùy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
];
const TONE_RE = new RegExp(TONE_PAIRS.map(([a]) => a).join('|'), 'g');
const TONE_MAP = new Map(TONE_PAIRS);

// Runs of two or more white-space characters, or one that is not a plain space. Replacing only
// these leaves single spaces alone (most of them): a plain /\s+/g rewrites every space, ~7x slower.
const WS_RUN = /\s{2,}|[^\S ]/g;

/** Collapses every run of white space (any kind) to one plain space. */
export function collapseSpaces(s: string): string {
  return s.replace(WS_RUN, ' ');
}

/** Folds tone placement in lower-case text ("hoà" → "hòa", "uỷ" → "ủy"). */
export function foldTones(lower: string): string {
  return lower.replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m);
}

/** Lower-cases and folds tone placement ("Uỷ" = "Ủy", "Hoá" = "Hóa") and white space, for comparisons. */
export function foldForCompare(s: string): string {
  return collapseSpaces(foldTones(s.normalize('NFC').toLowerCase())).trim();
}

/** Collapses runs of spaces and trims each line; keeps paragraph breaks (blank lines) single. */
export function tidyWhitespace(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
