// Words that make up an official position, as data. The officials extractor reads a position as
//   [modifiers] HEAD [Thường trực] [BODY ...] [place]      e.g. "Phó Chủ tịch Thường trực HĐND tỉnh"
// Provenance: shared/reference/vietnamese.md §3.2 (central, provincial and commune titles,
// modifiers, person prefixes, ranks and academic titles); the heads seen in the seed bulletins
// (yenbai.gov.vn, tuyenquang.gov.vn, backan.gov.vn, baoyenbai.com.vn); department, police,
// military and mass-organisation heads from the same portals' staff pages.

/**
 * Heads of positions, longest form wins. Matching folds case and tone placement, but the first
 * word must be capitalised in the text: "chủ tịch UBND các xã" is generic, not a person's position.
 */
export const TITLE_HEADS: readonly string[] = [
  // Party
  'Tổng Bí thư', 'Bí thư', 'Ủy viên', 'Ủy viên dự khuyết', 'Thường trực Ban Bí thư',
  'Tỉnh ủy viên', 'Huyện ủy viên', 'Thành ủy viên', 'Thị ủy viên', 'Quận ủy viên', 'Đảng ủy viên',
  'Chủ nhiệm', 'Chánh Văn phòng',
  // State
  'Chủ tịch nước', 'Chủ tịch', 'Thủ tướng Chính phủ', 'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng',
  'Tổng Thư ký', 'Thư ký', 'Đại biểu Quốc hội', 'Đại biểu', 'Tổng Kiểm toán Nhà nước',
  'Tổng Thanh tra Chính phủ', 'Chánh Thanh tra', 'Thống đốc', 'Chánh án', 'Viện trưởng',
  'Kiểm toán trưởng', 'Giám đốc', 'Tổng Giám đốc', 'Tổng cục trưởng', 'Cục trưởng', 'Vụ trưởng',
  'Chi cục trưởng', 'Trưởng', 'Trưởng ban', 'Trưởng phòng', 'Trưởng đoàn', 'Trưởng khoa',
  'Trưởng thôn', 'Trưởng bản', 'Trưởng Công an', 'Hiệu trưởng', 'Thủ trưởng', 'Tổng Biên tập',
  'Đại sứ', 'Tổng Lãnh sự', 'Người phát ngôn', 'Hội trưởng', 'Chi hội trưởng', 'Trưởng ấp',
  // Later words match in case too ("Trưởng ban" is a head, "Trưởng Ban" is "Trưởng" + "Ban ..."),
  // so the lower-case spellings portals also use are listed.
  'Chánh văn phòng', 'Tổng thư ký', 'Tổng biên tập', 'Tổng giám đốc',
  'Chánh thanh tra', 'Tổng kiểm toán Nhà nước',
  // Abbreviations in informal bulletins: "PCT UBND huyện", "UVBTV Tỉnh ủy", "GĐ Sở Y tế".
  'PCT', 'PBT', 'GĐ', 'PGĐ', 'UVBTV', 'TUV', 'HUV',
  // Military and police
  'Chỉ huy trưởng', 'Chính ủy', 'Tư lệnh', 'Tham mưu trưởng', 'Đồn trưởng', 'Đội trưởng',
];

/** Heads that are not a position on their own: "Ủy viên" needs "Ban Thường vụ ...". */
export const HEADS_NEEDING_BODY: readonly string[] = [
  'Ủy viên', 'Đại biểu', 'Trưởng', 'Thư ký', 'Thủ trưởng', 'Trưởng đoàn', 'Trưởng ban', 'Trưởng phòng',
  'PCT', 'PBT', 'GĐ', 'PGĐ', 'UVBTV',
];

/**
 * Modifiers written before a head. "tân" (newly appointed) is a flag, not part of the position;
 * "cựu" (former, in newspaper style) is kept like "nguyên".
 */
export const PREFIX_MODIFIERS: readonly string[] = ['Phó', 'Quyền', 'nguyên', 'cựu', 'tân'];

/**
 * Adverbs between a name and a passive appointment: "ông X sau đó được bầu ...", "X đã chính thức
 * được bổ nhiệm ...". At most two are skipped.
 */
export const APPOINTMENT_ADVERBS: readonly string[] = [
  'đã', 'vừa', 'mới', 'sau đó', 'cũng', 'tiếp tục', 'chính thức', 'đều', 'lại', 'tiếp đó',
];

/** Modifiers written after a head: "Phó Bí thư Thường trực", "Phó Trưởng đoàn chuyên trách", "Phó Giám đốc phụ trách". */
export const SUFFIX_MODIFIERS: readonly string[] = ['Thường trực', 'chuyên trách', 'phụ trách'];

/** Words that introduce a person: "đồng chí Trần Huy Tuấn", "ông Thành", "đ/c Hùng", "chị Hoa" (youth union). */
export const PERSON_CUES: readonly string[] = ['đồng chí', 'đ/c', 'ông', 'bà', 'anh', 'chị'];

/** Words before a cue that make it plural: "các đồng chí Ủy viên Ban Thường vụ" names nobody. */
export const PLURAL_MARKERS: readonly string[] = ['các', 'những', 'hai', 'ba', 'cùng các'];

/** Military and police ranks: written before a name, never part of it. */
export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá',
  'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
];

/** Academic and honorary prefixes ("GS.TS", "ThS.", "NSƯT"): written before a name, never part of it. */
export const ACADEMIC_PREFIXES: readonly string[] = [
  'GS', 'PGS', 'TS', 'ThS', 'TSKH', 'BS', 'BSCKI', 'BSCKII', 'CKI', 'CKII', 'KS', 'NGƯT', 'NGND',
  'NSND', 'NSƯT', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'Bác sĩ', 'Nhà giáo', 'Luật sư',
];

/**
 * Administrative-unit words that a place name follows: "UBND huyện Văn Yên", "Công an tỉnh".
 * "tỉnh" and "thành phố" are followed by a closed set (provinces, cities).
 */
export const PLACE_KEYWORDS: readonly string[] = [
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu', 'thôn',
  'bản', 'tổ dân phố', 'khu phố', 'TP',
];

/** Keywords whose place comes from a closed list (see lexicon/places.ts). */
export const CLOSED_PLACE_KEYWORDS: readonly string[] = ['tỉnh'];

/** Administrative level of a place named after a keyword: which gazetteer (lexicon/places.ts) it is looked up in. */
export type PlaceLevel = 'province' | 'city' | 'district' | 'commune';

/**
 * Levels of the keywords: "tỉnh Mai Sơn" cannot be the district Mai Sơn, so "Chủ tịch UBND tỉnh
 * Mai Sơn Tùng" names a person. "thành phố" heads both centrally run and provincial cities.
 * Keywords not listed (thôn, bản, tổ dân phố) have no gazetteer of their own.
 */
export const PLACE_KEYWORD_LEVELS: ReadonlyArray<readonly [string, PlaceLevel]> = [
  ['tỉnh', 'province'], ['thành phố', 'city'], ['TP', 'city'], ['huyện', 'district'], ['quận', 'district'],
  ['thị xã', 'district'], ['xã', 'commune'], ['phường', 'commune'], ['thị trấn', 'commune'],
];

/**
 * Bodies that take a "về ..." complement naming their remit: "Ban Chỉ đạo Trung ương về chính
 * sách nhà ở ...", "Hội đồng tỉnh về xét duyệt sáng kiến", "Tổ công tác về ...". Matched as a
 * run of folded words inside the position.
 */
export const REMIT_BODIES: readonly string[] = ['Ban Chỉ đạo', 'BCĐ', 'Hội đồng', 'Tiểu ban', 'Tổ công tác', 'Ủy ban Quốc gia'];

/** Words after "về" that make it a verb of motion ("về thăm", "về dự"), not a remit. */
export const MOTION_AFTER_VE: readonly string[] = [
  'thăm', 'dự', 'làm', 'kiểm', 'tham', 'với', 'tại', 'đến', 'địa', 'cơ', 'chung', 'các', 'xã', 'huyện',
  'tỉnh', 'thôn', 'bản', 'nước', 'quê', 'nhận', 'công', 'trao', 'tặng', 'chúc', 'khảo', 'đây', 'đó', 'lại',
  'động', 'chỉ', 'giám', 'dâng', 'viếng',
];

/**
 * Words that end a remit ("... thị trường bất động sản chủ trì phiên họp"): verbs and prepositions
 * that follow a position in running text. One or two words each.
 */
export const REMIT_ENDS: readonly string[] = [
  'đã', 'đang', 'sẽ', 'vừa', 'được', 'bị', 'là', 'tại', 'cùng', 'chủ trì', 'phát biểu', 'cho biết',
  'nhấn mạnh', 'khẳng định', 'yêu cầu', 'đề nghị', 'làm việc', 'kiểm tra', 'dự', 'tham dự', 'trao',
  'tặng', 'ký', 'báo cáo', 'trình bày', 'thăm', 'chúc mừng', 'ghi nhận', 'đánh giá', 'giao', 'đọc',
  'công bố', 'thông tin', 'chia sẻ', 'nêu', 'gửi', 'kết luận', 'quán triệt', 'điều hành', 'tiếp',
  'hỗ trợ', 'phối hợp', 'triển khai', 'hướng dẫn', 'đôn đốc', 'thực hiện', 'tuyên truyền', 'vận động',
  'tổ chức', 'khảo sát', 'giám sát', 'đi', 'về',
];

/**
 * Lower-case position heads accepted after a comma inside an appositive list that began with a
 * capitalised title: "X, Ủy viên Ban Thường vụ Tỉnh ủy, đại biểu Quốc hội khóa XV".
 * Each must still reach a capitalised word, an abbreviation or a known body ("bí thư chi bộ thôn").
 */
export const LOWERCASE_LIST_HEADS: readonly string[] = [
  'đại biểu', 'đại biểu Quốc hội', 'bí thư', 'phó bí thư', 'chủ tịch', 'phó chủ tịch', 'trưởng',
  'phó trưởng', 'ủy viên', 'giám đốc', 'phó giám đốc', 'trưởng thôn', 'trưởng bản', 'chủ nhiệm',
];

/**
 * Lower-case words that never continue a body name after a capitalised word: verbs and function
 * words that follow a position in running text ("Giám đốc Sở Công Thương phát biểu").
 */
export const BODY_STOPWORDS: readonly string[] = [
  'cho', 'làm', 'là', 'có', 'chủ', 'phát', 'báo', 'dự', 'đã', 'đang', 'sẽ', 'vừa', 'mới', 'được',
  'bị', 'về', 'với', 'tại', 'trong', 'của', 'và', 'kiêm', 'cùng', 'đến', 'từ', 'để', 'khi', 'nhằm',
  'thăm', 'kiểm', 'đánh', 'đề', 'nhấn', 'ghi', 'trao', 'tiếp', 'khảo', 'chúc', 'yêu', 'gửi', 'nêu',
  'cũng', 'đồng', 'khẳng', 'thông', 'trả', 'trình', 'giới', 'chia', 'tham', 'đi', 'ra', 'vào', 'ký',
  'này', 'đó', 'nay', 'thì', 'mà', 'còn', 'rất', 'nói', 'kết', 'giao', 'tặng', 'chỉ', 'quyết',
  'hướng', 'phụ', 'trực', 'lãnh', 'điều', 'tổ', 'họp', 'đọc', 'bày', 'cảm', 'nhận', 'ghé', 'động',
  'dẫn', 'ở', 'theo', 'sau', 'trước', 'như', 'hay', 'hoặc', 'nhưng', 'các', 'những', 'một',
  'người', 'đồng chí', 'ông', 'bà', 'năm', 'tháng', 'ngày', 'khóa', 'khoá', 'nhiệm', 'lần',
];

/**
 * Words between a name and the position it holds or is given: "bổ nhiệm ông X giữ chức Phó Giám
 * đốc Sở Y tế", "anh X hiện là Bí thư Đoàn xã".
 */
export const POSITION_VERBS: readonly string[] = [
  'giữ chức', 'giữ chức vụ', 'đảm nhận chức', 'đảm nhiệm chức vụ', 'là', 'hiện là', 'nay là',
  'tái đắc cử', 'tái đắc cử chức', 'đắc cử', 'đắc cử chức', 'trúng cử chức', 'tái cử', 'tái cử chức',
];

/**
 * Passive appointment verbs after "được", joined by "," or "và": "X được bầu giữ chức Bí thư ...",
 * "X được điều động, bổ nhiệm giữ chức ...", "X được bầu làm Chủ tịch ...". Left out on purpose:
 * "giới thiệu", "đề cử", "quy hoạch" (a candidate does not hold the position yet).
 */
export const APPOINTMENT_VERBS: readonly string[] = [
  'bầu', 'bầu lại', 'bầu bổ sung', 'tái bầu', 'bầu tái cử', 'tín nhiệm bầu', 'bổ nhiệm', 'bổ nhiệm lại',
  'tái bổ nhiệm', 'điều động', 'luân chuyển', 'phân công', 'chỉ định', 'chuẩn y', 'biệt phái', 'tái cử',
  'phê chuẩn', 'phê chuẩn kết quả bầu',
];

/** Words between passive appointment verbs and the position: "được bổ nhiệm giữ chức", "được bầu làm". */
export const APPOINTMENT_LINKS: readonly string[] = [
  'giữ chức', 'giữ chức vụ', 'làm', 'là', 'vào chức', 'vào chức vụ', 'chức', 'chức vụ', 'đảm nhiệm chức', 'đảm nhận chức',
];
