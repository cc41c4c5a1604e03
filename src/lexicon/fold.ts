// Folding of position titles for comparison. Builds on foldForCompare (case, tone placement,
// white space) and folds the spelled-out bodies to the abbreviations bulletins use, the same
// way shared/tools/score.py compares titles.
import { foldForCompare, foldTones } from '../normalize/text.js';

/** Long forms folded to abbreviations, longest first ("mặt trận tổ quốc việt nam" before "mặt trận tổ quốc"). */
export const TITLE_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['ủy ban nhân dân', 'ubnd'],
  ['hội đồng nhân dân', 'hđnd'],
  ['đại biểu quốc hội', 'đbqh'],
  ['mặt trận tổ quốc việt nam', 'mttq'],
  ['mặt trận tổ quốc', 'mttq'],
];

/** Folds a title for comparison: "Uỷ viên Ban Thường vụ Tỉnh uỷ" = "ủy viên ban thường vụ tỉnh ủy", "Ủy ban nhân dân" = "ubnd". */
export function foldTitle(s: string): string {
  let t = foldForCompare(s);
  for (const [long, short] of TITLE_ABBREVIATIONS) {
    if (t.includes(long)) t = t.split(long).join(short);
  }
  return t;
}

/**
 * foldForCompare for one word (letters, marks, digits; no white space), same result. Text made
 * only of code points below U+0300 and Vietnamese Ạ..ỹ is already NFC whatever the neighbours
 * (checked for every pair), so the NFC pass, the most expensive one, is skipped for it.
 */
export function foldWord(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1ea0 || c > 0x1ef9)) return foldForCompare(w);
  }
  const lower = w.toLowerCase();
  // A tone pair needs "o" or "u" before a toned vowel: most words have none.
  for (let i = 0; i + 1 < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c === 0x6f || c === 0x75) && lower.charCodeAt(i + 1) >= 0xe0) return foldTones(lower);
  }
  return lower;
}
