// Folding of position titles for comparison. Builds on foldForCompare (case, tone placement,
// white space) and folds the spelled-out bodies to the abbreviations bulletins use, the same
// way shared/tools/score.py compares titles.
import { foldForCompare } from '../normalize/text.js';

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
