// Date extraction: every date expression in a bulletin, normalized to ISO values.
//
// How it runs (chrono-node style): the parsers in dates/parsers.ts, in priority order, each
// propose atoms (only what was written); selectLongest keeps the longest of overlapping ones;
// the refiners in dates/refiners.ts attach clock times, join ranges, license coordinated days
// and drop what cannot stand alone ("22/28", bare clock times); resolve.ts fills unstated years
// from the publication date and writes the ISO value.
//
// Decisions worth knowing:
// - Day first, always ("23/6/2023"); a weekday that contradicts the date changes nothing.
// - A bare "d/m" is a date only after a context word (ngày, hôm, a part of day, a weekday, a
//   clock time) or when a range or a coordinated dated day licenses it: precision over recall.
// - Unstated years: the publication year; for days, the previous year when that lands more
//   than ~2 months after publication and the next when more than ~10 months before; for
//   months and longer periods the window is wider (see dates/calendar.ts).
// - Without a publication date, implied parts stay unresolved: `value` is null (and `from`/`to`
//   for ranges), `granularity` is what the expression names ("day" for "Sáng 31/5"), and
//   `implied` still lists the missing parts. No "--05-31"-style partial values.
// - Relative expressions ("hôm qua", "sáng nay", "năm nay", "9 tháng qua") state nothing and
//   imply everything they resolve.
// - Lunar dates ("15 tháng 8 âm lịch") are left out rather than converted.

import type { DateMention, ExtractContext } from '../types.js';
import { parsePublished } from './dates/calendar.js';
import { parseAtoms } from './dates/parsers.js';
import { REFINERS, selectLongest } from './dates/refiners.js';
import { toMention } from './dates/resolve.js';

export { PARSERS } from './dates/parsers.js';
export { REFINERS } from './dates/refiners.js';

/** Every date expression in ctx.text, normalized; implied years come from ctx.publishedAt. Pure. */
export function extractDates(ctx: ExtractContext): DateMention[] {
  const pub = parsePublished(ctx.publishedAt);
  let atoms = selectLongest(parseAtoms(ctx.text), ctx.text.length);
  for (const refine of REFINERS) atoms = refine(atoms, ctx.text);
  return atoms.map((a) => toMention(a, ctx.text, pub));
}
