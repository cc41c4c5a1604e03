// Document type abbreviations and the type words that precede a code in running text.
// Provenance: shared/reference/document-codes.md: §2 (Nghị định 30/2020/NĐ-CP Phụ lục III, state
// administrative types), §3 (normative types), §4 (Party types, Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW).
// Abbreviations are case-sensitive in the standard (QĐ ≠ QyĐ ≠ QĐi, HD ≠ HĐ); lookups fold case only,
// never Đ→D, so real-world case drift ("Ctr") still resolves to the standard spelling ("CTr").

/** Which system a code belongs to: Party (hyphen after the number) or state (slash after the number). */
export type DocumentFamily = 'party' | 'state';

/** State administrative and normative type abbreviations → names (§2, §3). */
export const STATE_TYPES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  SY: 'Bản sao y',
  TrS: 'Bản trích sao',
  SL: 'Bản sao lục',
  // §3 normative types
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
  VBHN: 'Văn bản hợp nhất',
  L: 'Lệnh',
};

/** Party type abbreviations → names; the first name is the default reading (§4). */
export const PARTY_TYPES: Readonly<Record<string, readonly string[]>> = {
  NQ: ['Nghị quyết'],
  QĐ: ['Quyết định', 'Quy định'], // 96-QĐ/TW is a Quy định: the preceding word decides
  QĐi: ['Quy định'],
  CT: ['Chỉ thị'],
  KL: ['Kết luận'],
  QC: ['Quy chế'],
  HD: ['Hướng dẫn'],
  TB: ['Thông báo', 'Thông báo kết luận'],
  TT: ['Thông tri'], // not the state Thông tư
  CTr: ['Chương trình', 'Chương trình hành động'],
  KH: ['Kế hoạch'],
  BC: ['Báo cáo'],
  TTr: ['Tờ trình'],
  ĐA: ['Đề án'],
  PA: ['Phương án'],
  CV: ['Công văn'],
  BB: ['Biên bản'],
  TC: ['Thông cáo'],
  BS: ['Bản sao'],
  GGT: ['Giấy giới thiệu'],
  GM: ['Giấy mời'],
  GNP: ['Giấy nghỉ phép'],
  GCN: ['Giấy chứng nhận'],
  QyĐ: ['Quy định'], // state abbreviation seen in a ward Party committee's code (reference §2.2)
};

/** A type word as written before a code or number ("Nghị quyết số …"), with its abbreviation per family. */
export interface TypeWord {
  /** Canonical spelling, NFC, as in the standards. */
  name: string;
  /** Abbreviation in a state code, or null when the state layout has none (Luật, Công văn). */
  state: string | null;
  /** Abbreviations that may stand for this word in a Party code. */
  party: readonly string[];
}

/**
 * Type words, longest first so that "Chương trình hành động" wins over "Chương trình".
 * Provenance: document-codes.md §2–§4; "Luật số 59/2020/QH14", "Nghị quyết số 96/2023/QH15" (§1).
 */
export const TYPE_WORDS: readonly TypeWord[] = [
  { name: 'Chương trình hành động', state: 'CTr', party: ['CTr'] },
  { name: 'Thông báo kết luận', state: 'TB', party: ['TB'] },
  { name: 'Thông tư liên tịch', state: 'TTLT', party: [] },
  { name: 'Nghị quyết liên tịch', state: 'NQLT', party: [] },
  { name: 'Văn bản hợp nhất', state: 'VBHN', party: [] },
  { name: 'Nghị quyết', state: 'NQ', party: ['NQ'] },
  { name: 'Quyết định', state: 'QĐ', party: ['QĐ'] },
  { name: 'Quy định', state: 'QyĐ', party: ['QĐ', 'QĐi', 'QyĐ'] },
  { name: 'Chỉ thị', state: 'CT', party: ['CT'] },
  { name: 'Kết luận', state: null, party: ['KL'] },
  { name: 'Chương trình', state: 'CTr', party: ['CTr'] },
  { name: 'Kế hoạch', state: 'KH', party: ['KH'] },
  { name: 'Thông báo', state: 'TB', party: ['TB'] },
  { name: 'Hướng dẫn', state: 'HD', party: ['HD'] },
  { name: 'Báo cáo', state: 'BC', party: ['BC'] },
  { name: 'Tờ trình', state: 'TTr', party: ['TTr'] },
  { name: 'Đề án', state: 'ĐA', party: ['ĐA'] },
  { name: 'Phương án', state: 'PA', party: ['PA'] },
  { name: 'Dự án', state: 'DA', party: [] },
  { name: 'Quy chế', state: 'QC', party: ['QC'] },
  { name: 'Công văn', state: null, party: ['CV'] },
  { name: 'Công điện', state: 'CĐ', party: [] },
  { name: 'Thông cáo', state: 'TC', party: ['TC'] },
  { name: 'Thông tư', state: 'TT', party: [] },
  { name: 'Thông tri', state: null, party: ['TT'] },
  { name: 'Nghị định', state: 'NĐ', party: [] },
  { name: 'Bộ luật', state: null, party: [] },
  { name: 'Luật', state: null, party: [] },
  { name: 'Pháp lệnh', state: null, party: [] },
  { name: 'Lệnh', state: 'L', party: [] },
  { name: 'Biên bản', state: 'BB', party: ['BB'] },
  { name: 'Giấy mời', state: 'GM', party: ['GM'] },
];

/**
 * Diacritic-stripped spellings seen on portals that fold text to ASCII ("1234/QD-UBND"). Only
 * spellings that cannot mean another type are listed: "HD" and "DA" are types of their own.
 */
export const ASCII_TYPE_ALIASES: Readonly<Record<string, string>> = {
  QD: 'QĐ',
  ND: 'NĐ',
  QDi: 'QĐi',
  QyD: 'QyĐ',
};

function asciiAlias(abbr: string): string | null {
  return Object.hasOwn(ASCII_TYPE_ALIASES, abbr) ? ASCII_TYPE_ALIASES[abbr]! : null;
}

function foldKeys<T>(table: Readonly<Record<string, T>>): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of Object.keys(table)) m.set(k.toLowerCase(), k);
  return m;
}
const STATE_FOLDED = foldKeys(STATE_TYPES);
const PARTY_FOLDED = foldKeys(PARTY_TYPES);
const TYPE_WORD_BY_NAME = new Map(TYPE_WORDS.map((w) => [w.name.toLowerCase(), w]));

/** The standard spelling of a state type abbreviation written in any case ("Ctr" → "CTr"), or null. */
export function canonicalStateType(abbr: string): string | null {
  return STATE_FOLDED.get(abbr.toLowerCase()) ?? asciiAlias(abbr);
}

/** The standard spelling of a Party type abbreviation written in any case ("Ctr" → "CTr"), or null. */
export function canonicalPartyType(abbr: string): string | null {
  return PARTY_FOLDED.get(abbr.toLowerCase()) ?? asciiAlias(abbr);
}

/** The type word entry for a word as written ("chương trình hành động"), or null. */
export function typeWord(written: string): TypeWord | null {
  return TYPE_WORD_BY_NAME.get(written.normalize('NFC').toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
