// Place names (NFC, as usually written). The officials extractor uses them to tell a place that
// ends a position ("Chủ tịch UBND huyện Văn Yên") from the person named after it, and to reject
// place names that start with a surname syllable ("Lục Yên", "Trần Yên", "Văn Chấn") as names.
// Provenance: the administrative units of Vietnam (provinces before and after the 1 July 2025
// merger, per shared/reference/vietnamese.md §3.4), the districts and towns of the northern
// mountain provinces whose portals bantin reads (Yên Bái, Tuyên Quang, Bắc Kạn, Lào Cai, Hà
// Giang, Cao Bằng, Lạng Sơn, Thái Nguyên, Phú Thọ, Sơn La, Điện Biên, Lai Châu, Hòa Bình), and
// wards/communes named after historical figures, which read like person names.

/** Provinces and centrally run cities, before and after the 2025 merger. */
export const PROVINCES: readonly string[] = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế',
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh',
  'Bến Tre', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng',
  'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang',
  'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An',
  'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên',
  'Thanh Hóa', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Districts, towns and provincial cities of the northern mountain provinces (before July 2025). */
export const NORTHERN_DISTRICTS: readonly string[] = [
  // Yên Bái
  'Văn Yên', 'Yên Bình', 'Lục Yên', 'Trấn Yên', 'Trạm Tấu', 'Văn Chấn', 'Mù Cang Chải', 'Nghĩa Lộ',
  // Tuyên Quang
  'Chiêm Hóa', 'Hàm Yên', 'Na Hang', 'Lâm Bình', 'Sơn Dương', 'Yên Sơn',
  // Bắc Kạn
  'Na Rì', 'Pác Nặm', 'Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Chợ Mới', 'Ngân Sơn',
  // Lào Cai
  'Bát Xát', 'Bảo Thắng', 'Bảo Yên', 'Bắc Hà', 'Mường Khương', 'Si Ma Cai', 'Văn Bàn', 'Sa Pa', 'Sa Pa',
  // Hà Giang
  'Bắc Mê', 'Bắc Quang', 'Đồng Văn', 'Hoàng Su Phì', 'Mèo Vạc', 'Quản Bạ', 'Quang Bình', 'Vị Xuyên',
  'Xín Mần', 'Yên Minh',
  // Cao Bằng
  'Bảo Lạc', 'Bảo Lâm', 'Hạ Lang', 'Hà Quảng', 'Hòa An', 'Nguyên Bình', 'Quảng Hòa', 'Thạch An',
  'Trùng Khánh',
  // Lạng Sơn
  'Bắc Sơn', 'Bình Gia', 'Cao Lộc', 'Chi Lăng', 'Đình Lập', 'Hữu Lũng', 'Lộc Bình', 'Tràng Định',
  'Văn Lãng', 'Văn Quan',
  // Thái Nguyên
  'Đại Từ', 'Định Hóa', 'Đồng Hỷ', 'Phú Bình', 'Phú Lương', 'Võ Nhai', 'Phổ Yên', 'Sông Công',
  // Phú Thọ
  'Việt Trì', 'Cẩm Khê', 'Đoan Hùng', 'Hạ Hòa', 'Lâm Thao', 'Phù Ninh', 'Tam Nông', 'Tân Sơn',
  'Thanh Ba', 'Thanh Sơn', 'Thanh Thủy', 'Yên Lập',
  // Sơn La
  'Bắc Yên', 'Mai Sơn', 'Mộc Châu', 'Mường La', 'Phù Yên', 'Quỳnh Nhai', 'Sông Mã', 'Sốp Cộp',
  'Thuận Châu', 'Vân Hồ', 'Yên Châu',
  // Điện Biên
  'Điện Biên Phủ', 'Điện Biên Đông', 'Mường Ảng', 'Mường Chà', 'Mường Nhé', 'Mường Lay', 'Nậm Pồ',
  'Tủa Chùa', 'Tuần Giáo',
  // Lai Châu
  'Mường Tè', 'Nậm Nhùn', 'Phong Thổ', 'Sìn Hồ', 'Tam Đường', 'Tân Uyên', 'Than Uyên',
  // Hòa Bình
  'Cao Phong', 'Đà Bắc', 'Kim Bôi', 'Lạc Sơn', 'Lạc Thủy', 'Lương Sơn', 'Mai Châu', 'Tân Lạc',
  'Yên Thủy',
];

/** Wards, communes and streets named after historical figures: they read like person names. */
export const MEMORIAL_PLACES: readonly string[] = [
  'Hoàng Văn Thụ', 'Lê Hồng Phong', 'Trần Phú', 'Quang Trung', 'Lê Lợi', 'Nguyễn Trãi',
  'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Nguyễn Du', 'Hùng Vương', 'Đinh Tiên Hoàng',
  'Ngô Quyền', 'Nguyễn Thái Học', 'Minh Khai', 'Phan Đình Phùng', 'Nguyễn Huệ', 'Võ Thị Sáu',
  'Kim Đồng', 'Lê Quý Đôn', 'Chu Văn An', 'Tô Hiệu', 'Nguyễn Văn Cừ', 'Trần Quốc Toản',
  'Lý Tự Trọng', 'Bà Triệu', 'Nguyễn Thị Minh Khai', 'Phan Bội Châu', 'Phan Chu Trinh',
  'Lê Thánh Tông', 'Trần Nhân Tông', 'Lý Thái Tổ', 'Hồng Hà', 'Đồng Tâm',
];

/** Every known place, for lookups. */
export const PLACES: readonly string[] = [...PROVINCES, ...NORTHERN_DISTRICTS, ...MEMORIAL_PLACES];
