// Names of the bodies a position belongs to ("Ban Thường vụ", "Tỉnh ủy", "Sở Y tế"), as data.
// Matching folds case and tone placement and keeps the punctuation inside a name, so a comma or
// "và" inside "Sở Văn hóa, Thể thao và Du lịch" or "Ban Tuyên giáo và Dân vận" does not split
// the position. Unknown bodies are still read by the generic rule in extract/officials.ts
// (a capitalised word, optionally followed by one lower-case syllable).
// Provenance: shared/reference/vietnamese.md §3.2-3.4 (titles, abbreviations, 2025 mergers),
// the seed bulletins, and the department lists of the provincial portals.

/** Party committees: a place name may follow without a keyword ("Bí thư Huyện ủy Văn Yên"). */
export const PARTY_COMMITTEES: readonly string[] = [
  'Huyện ủy', 'Thành ủy', 'Thị ủy', 'Quận ủy', 'Đảng ủy', 'Huyện đoàn', 'Thành đoàn', 'Chi bộ',
  'Đảng bộ',
];

/** Provincial committees: only a province may follow ("Bí thư Tỉnh ủy Tô Lâm" names a person). */
export const PROVINCIAL_COMMITTEES: readonly string[] = ['Tỉnh ủy', 'Tỉnh đoàn'];

/** Party bodies. */
export const PARTY_BODIES: readonly string[] = [
  'Ban Thường vụ', 'Ban Chấp hành', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Đảng bộ', 'Trung ương Đảng', 'Trung ương', 'Đảng', 'Bộ Chính trị', 'Ban Bí thư',
  'Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tuyên giáo và Dân vận', 'Ban Nội chính',
  'Ban Kinh tế', 'Ban Đối ngoại', 'Ban Chính sách, chiến lược', 'Ủy ban Kiểm tra', 'UBKT',
  'Văn phòng', 'Ban cán sự đảng', 'Đảng đoàn', 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ',
  'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối cơ quan', 'Đảng ủy Khối Doanh nghiệp', 'Đảng ủy Khối', 'BCH', 'BTV', 'Khối',
];

/** State bodies: councils, committees, courts, agencies. */
export const STATE_BODIES: readonly string[] = [
  'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Quốc hội', 'Chính phủ', 'Đoàn ĐBQH',
  'Đoàn đại biểu Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Hội đồng Dân tộc', 'Ban Pháp chế',
  'Ban Kinh tế - Ngân sách', 'Ban Văn hóa - Xã hội', 'Ban Dân tộc', 'Ban Kinh tế - Xã hội',
  'Tòa án nhân dân', 'TAND', 'Viện Kiểm sát nhân dân', 'VKSND', 'Kiểm toán Nhà nước', 'Thanh tra',
  'Kho bạc Nhà nước', 'Ngân hàng Nhà nước', 'Cục Thuế', 'Cục Hải quan', 'Bảo hiểm xã hội', 'BHXH',
  'Công an', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Ban Chỉ huy Quân sự',
  'Bộ đội Biên phòng', 'Quân sự', 'Ban Quản lý', 'Ban Quản lý dự án',
  'Ban Quản lý các khu công nghiệp', 'Trung tâm Y tế', 'Bệnh viện Đa khoa', 'Trung tâm',
  'Bệnh viện', 'Đài Phát thanh và Truyền hình', 'Đài Phát thanh - Truyền hình', 'Ban Chỉ đạo', 'BCĐ',
  'Văn phòng UBND', 'Văn phòng Đoàn ĐBQH và HĐND', 'Thường trực HĐND', 'Thường trực',
  'Ủy ban MTTQ', 'Ủy ban MTTQ Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'MTTQ', 'MTTQ Việt Nam', 'UBMTTQ',
  'Trường Chính trị', 'Ủy ban', 'Hội đồng', 'Sở', 'Bộ', 'Phòng', 'Cục', 'Tổng cục', 'Chi cục',
  'Công ty', 'Quỹ', 'Hợp tác xã',
];

/**
 * Lower-case phrases inside unit names, read after a capitalised word of the name: "Chi cục Trồng
 * trọt và Bảo vệ thực vật", "Trung tâm Dịch vụ việc làm", "Trung tâm Kiểm soát bệnh tật".
 * Nouns only: verbs such as "xây dựng" or "đầu tư" alone also follow positions in running text.
 */
export const UNIT_NAME_PHRASES: readonly string[] = [
  'thực vật', 'bệnh tật', 'quỹ đất', 'việc làm', 'nông thôn', 'nông thôn mới', 'đô thị', 'dân số',
  'môi trường', 'giao thông', 'thủy lợi', 'đầu tư xây dựng', 'dự án', 'công nghiệp', 'nước sạch',
  'vệ sinh môi trường', 'an toàn thực phẩm', 'trợ giúp pháp lý', 'giáo dục thường xuyên', 'dạy nghề',
  'thú y', 'kiểm lâm', 'lâm nghiệp', 'nông nghiệp', 'phòng hộ', 'rừng phòng hộ', 'rừng đặc dụng',
  'hành chính công', 'kế hoạch hóa gia đình', 'nội trú', 'bán trú', 'khoa học', 'công nghệ',
  // Institute and project-board names: "Viện Vệ sinh dịch tễ Trung ương", "... công trình giao thông tỉnh".
  'công trình', 'công trình giao thông', 'dân dụng', 'dịch tễ', 'kinh tế', 'kinh tế - xã hội', 'quốc gia',
];

/**
 * Units whose own names are free text, often with lower-case words, ending at their place:
 * "Trung tâm Phát triển quỹ đất huyện Văn Yên", "Ban Quản lý dự án đầu tư xây dựng tỉnh".
 */
export const OPEN_NAMED_BODIES: readonly string[] = [
  'Trung tâm', 'Ban Quản lý', 'Ban Quản lý dự án', 'Công ty', 'Quỹ', 'Chi cục', 'Hợp tác xã',
];

/** Mass organisations. */
export const MASS_ORGANISATIONS: readonly string[] = [
  'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'Hội Cựu chiến binh', 'Hội CCB',
  'Liên đoàn Lao động', 'LĐLĐ', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh',
  'Đoàn Thanh niên', 'Hội Chữ thập đỏ', 'Hội Khuyến học', 'Hội Người cao tuổi',
  'Liên minh Hợp tác xã', 'Hội Doanh nhân trẻ', 'Hội Nhà báo', 'Hội Luật gia',
  'Hội Cựu thanh niên xung phong', 'Hội Liên hiệp Thanh niên Việt Nam', 'Hội Liên hiệp Thanh niên',
];

/** Names of ministries and provincial departments, written after "Bộ" or "Sở". */
export const DEPARTMENT_NAMES: readonly string[] = [
  'Y tế', 'Tài chính', 'Kế hoạch và Đầu tư', 'Kế hoạch - Đầu tư', 'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và PTNT', 'Nông nghiệp - Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Tài nguyên và Môi trường', 'Tài nguyên - Môi trường', 'Giáo dục và Đào tạo', 'GD&ĐT',
  'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'LĐ-TB&XH',
  'Văn hóa, Thể thao và Du lịch', 'VH-TT&DL', 'Văn hóa và Thể thao', 'Văn hóa - Thể thao',
  'Công Thương', 'Xây dựng', 'Giao thông vận tải', 'Tư pháp', 'Nội vụ', 'Khoa học và Công nghệ',
  'Thông tin và Truyền thông', 'Ngoại vụ', 'Dân tộc và Tôn giáo', 'Quốc phòng', 'Ngoại giao',
  'Dân tộc', 'Du lịch', 'Công an',
];

/** Military units written with a number: "Phó Tư lệnh Quân khu 2". */
export const NUMBERED_UNITS: readonly string[] = [
  'Quân khu', 'Quân đoàn', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn', 'Vùng', 'Binh đoàn',
];

/** Every body phrase except the party committees. */
export const BODIES: readonly string[] = [
  ...PARTY_BODIES, ...STATE_BODIES, ...MASS_ORGANISATIONS, ...DEPARTMENT_NAMES,
];
