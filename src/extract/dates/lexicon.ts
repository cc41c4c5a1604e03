// Words the date parsers recognise, as data. Provenance: shared/reference/vietnamese.md §4.1
// (expression inventory), §4.2 (weekdays, times of day), and the five seed bulletins
// (yenbai.gov.vn, backan.gov.vn, tuyenquang.gov.vn, baoyenbai.com.vn).

/** The parts of day a mention may carry. */
export type PartOfDay = 'sáng' | 'trưa' | 'chiều' | 'tối' | 'đêm';

/** Part-of-day words (lower case, single spaces) → the part of day they name; longest forms first. */
export const PARTS_OF_DAY: ReadonlyArray<readonly [string, PartOfDay]> = [
  ['rạng sáng', 'sáng'],
  ['sáng sớm', 'sáng'],
  ['nửa đêm', 'đêm'],
  ['chiều tối', 'tối'],
  ['đêm khuya', 'đêm'],
  ['sáng', 'sáng'],
  ['trưa', 'trưa'],
  ['chiều', 'chiều'],
  ['tối', 'tối'],
  ['đêm', 'đêm'],
  ['khuya', 'đêm'],
];

/** Weekday words after "thứ" → ISO weekday (1 = Monday). "Thứ N" is ISO weekday N - 1 (§4.2). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  hai: 1,
  '2': 1,
  ba: 2,
  '3': 2,
  tư: 3,
  '4': 3,
  năm: 4,
  '5': 4,
  sáu: 5,
  '6': 5,
  bảy: 6,
  bẩy: 6,
  '7': 6,
};
/** ISO weekday of "chủ nhật". */
export const SUNDAY = 7;

/** Words that make "thứ N" an ordinal, not a weekday ("xếp thứ 3/9 huyện", "lần thứ 5"). */
export const ORDINAL_LEADS: readonly string[] = [
  'xếp', 'đứng', 'lần', 'hạng', 'khóa', 'khoá', 'kỳ', 'họp', 'phiên', 'đợt', 'lớp', 'số', 'tập', 'người', 'giải', 'vị trí', 'con',
];

/** Quarter numerals: Roman as bulletins write them, and Arabic ("Quý 1/2024"). */
export const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Month names written as words ("tháng Bảy") → month number; "Giêng"/"Chạp" are lunar and left out. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
};

/** Ten-day parts of a month ("thượng tuần tháng 7") → dekad number. */
export const DEKADS: Readonly<Record<string, 1 | 2 | 3>> = { thượng: 1, trung: 2, hạ: 3 };

/** Cue words before "năm học 2023-2024"-style year ranges (terms, plan periods, school years). */
export const YEAR_RANGE_CUES: readonly string[] = [
  'giai đoạn',
  'nhiệm kỳ',
  'năm học',
  'niên khóa',
  'niên khoá',
  'niên vụ',
  'niên độ',
  'thời kỳ',
  'năm',
];

/**
 * Words before a bare "9 tháng" that make it a reporting period rather than a duration
 * ("kết quả 9 tháng", "sơ kết 6 tháng"; but "sau 9 tháng", "trong 3 tháng" are durations).
 */
export const PERIOD_LEADS: readonly string[] = [
  'kết quả',
  'sơ kết',
  'tổng kết',
  'báo cáo',
  'ước thực hiện',
  'ước tính',
  'ước',
  'lũy kế',
  'luỹ kế',
  'tình hình',
  'đánh giá',
];

/** Words after "tháng N" that make it a count ("mỗi tháng 2 lần"), not a month. */
export const MONTH_COUNT_FOLLOWERS: readonly string[] = ['lần', 'buổi', 'kỳ', 'đợt', 'ngày', 'tuần', 'tháng', 'giờ', 'người', 'lượt', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'trăm'];
/** Words before "tháng N" that make it a count or a frequency. */
export const MONTH_COUNT_LEADS: readonly string[] = ['mỗi', 'hàng', 'hằng', 'mấy', 'từng'];

/** Words before "năm nay/năm tới" that make it a duration ("nhiều năm nay", "hai năm tới"). */
export const YEAR_REL_BLOCKERS: readonly string[] = [
  'những', 'các', 'mấy', 'nhiều', 'bao', 'vài', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi',
];

/** Words before a part-of-day word that make it something else ("ánh sáng nay", "chiếu sáng qua"). */
export const POD_BLOCKERS: readonly string[] = ['ánh', 'chiếu', 'soi', 'tỏa', 'toả', 'rọi', 'phát', 'làm', 'hai', 'một'];
