// Vietnamese surnames, as written (capitalised, NFC). A person-name candidate must start with one.
// Provenance: shared/reference/vietnamese.md §3.1 (the 14 common Kinh surnames, the "other Kinh
// surnames" list, the northern-upland list) plus surnames of officials seen in the seed bulletins
// (Luyện, An, Phương, Chu) and common Tày, Nùng, Thái, Dao, Hmong surnames of the northern provinces.

/** Kinh surnames: the 14 most common first, then the rarer ones. */
export const KINH_SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý',
  'Lâm', 'Đinh', 'Nghiêm', 'Đào', 'Vương', 'Trịnh', 'Phùng', 'Chung', 'Triệu', 'Đoàn', 'Hà',
  'Trương', 'Tôn', 'Liễu', 'Lưu', 'Mai', 'La', 'Tạ', 'Lương', 'Kim', 'Thạch', 'Lạc', 'Cao', 'Châu',
  'Chu', 'Diệp', 'Đàm', 'Giang', 'Hàn', 'Kiều', 'Lục', 'Mã', 'Mạch', 'Quách', 'Tô', 'Tiêu',
  'Trang', 'Văn', 'Thái', 'Luyện', 'An', 'Phương', 'Âu', 'Bạch', 'Biện', 'Cù', 'Doãn', 'Dư', 'Đào',
  'Đồng', 'Đường', 'Giáp', 'Hứa', 'Khổng', 'Khúc', 'Khuất', 'Khương', 'Lại', 'Lã', 'Lò', 'Mạc',
  'Mẫn', 'Ninh', 'Quan', 'Tăng', 'Thân', 'Tống', 'Từ', 'Ứng', 'Vi', 'Viên',
  'Hầu', 'Kha', 'Lữ', 'Nhữ', 'Tào', 'Thiều', 'Trình', 'Vương', 'Xa', 'Chử', 'Cấn', 'Kiều', 'Đậu',
  'Lỗ', 'Phí',
];

/** Surnames of the northern ethnic minorities (Tày, Nùng, Thái, Dao, Hmong, Giáy, Mường ...). */
export const NORTHERN_SURNAMES: readonly string[] = [
  'Nông', 'Lò', 'Lường', 'Vi', 'Sầm', 'Cầm', 'Đèo', 'Giàng', 'Sùng', 'Thào', 'Vàng', 'Mùa', 'Hầu',
  'Ma', 'Bế', 'Bàn', 'Lục', 'Lầu', 'Lý', 'Tẩn', 'Chảo', 'Sìn', 'Sần', 'Hoàng', 'Lành', 'Mông',
  'Quàng', 'Tòng', 'Lự', 'Khà', 'Ly', 'Cứ', 'Chang', 'Pờ', 'Phàn', 'Triệu', 'Đặng', 'Hờ', 'Làu',
  'Lù', 'Hạng', 'Tráng', 'Lưu', 'Quan', 'Ngôn', 'Dương', 'Tô', 'Nịnh', 'Đinh', 'Bạch', 'Xa',
  'Vy', 'Cà', 'Vì', 'Lộc', 'Bạc', 'Khiếu', 'Quản', 'Nhâm', 'Đới', 'Hứa', 'Lăng',
  // Thái, Lự, Hmong and Dao surnames of the north-west (Lai Châu, Điện Biên, Sơn La, Lào Cai).
  'Lừ', 'Mè', 'Vừ', 'Páo', 'Lỳ', 'Chẩu', 'Hảng', 'Sồng', 'Lùng',
  // Dao and Giáy surnames of Lào Cai, Hà Giang, Yên Bái.
  'Tẩy', 'Chẻo', 'Thèn',
];

/** Surnames of the Central Highlands and the south (Ê Đê, Gia Rai, Khmer, Stiêng). */
export const OTHER_ETHNIC_SURNAMES: readonly string[] = [
  'Ksor', 'Siu', 'Nay', 'Rah', 'Rơ', 'Điểu', 'Danh', 'Thạch', 'Kiên',
];

/**
 * Ê Đê, M'nông and Gia Rai family names, written last: "Y Thanh Hà Niê Kđăm", "Y Biêr Niê". A name
 * that starts with "Y" (a man's prefix) is read only when one of these follows in the same run.
 */
export const HIGHLAND_FAMILY_NAMES: readonly string[] = [
  'Niê', 'Kđăm', 'Mlô', 'Byă', 'Êban', 'Ksor', 'Êñuôl', 'Kbuôr', 'Knul', 'Adrơng', 'Mdrang', 'Arul',
  'Bkrông', 'Siu', 'Nay', 'Kpă', 'Kđoh', 'Hđơk', 'Ayun', 'Buôn Yă', 'Liêng', 'Rahlan', 'Êya',
];

/** Every surname, for lookups. */
export const SURNAMES: ReadonlySet<string> = new Set([...KINH_SURNAMES, ...NORTHERN_SURNAMES, ...OTHER_ETHNIC_SURNAMES]);

/**
 * Names of historical figures: "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh" are not serving
 * officials. Provenance: issue 4 ("Chủ tịch Hồ Chí Minh as a historical name") and the leaders of
 * the Party and State before 1990 whose names bulletins cite in anniversaries.
 */
export const HISTORICAL_NAMES: readonly string[] = [
  'Hồ Chí Minh', 'Nguyễn Ái Quốc', 'Tôn Đức Thắng', 'Trường Chinh', 'Lê Duẩn', 'Phạm Văn Đồng',
  'Võ Nguyên Giáp', 'Trần Phú', 'Lê Hồng Phong', 'Hà Huy Tập', 'Nguyễn Văn Cừ', 'Nguyễn Văn Linh',
  'Huỳnh Tấn Phát', 'Nguyễn Lương Bằng', 'Hoàng Văn Thụ', 'Nguyễn Thị Minh Khai', 'Lê Đức Thọ',
  'Phạm Hùng', 'Võ Chí Công', 'Hoàng Quốc Việt', 'Nguyễn Chí Thanh', 'Tôn Thất Tùng',
];
