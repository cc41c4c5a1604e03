// Issuer abbreviations found in document codes → body names.
// Provenance: shared/reference/document-codes.md §5 (5.1 central state bodies, 5.2 ministries incl.
// legacy codes, 5.3 local state bodies, 5.4 Party issuers). Terms of the National Assembly
// ("QH15", "UBTVQH15") are resolved by issuerName() rather than listed.

/** An issuer abbreviation's body and the system it belongs to. */
export interface IssuerEntry {
  name: string;
  family: 'party' | 'state';
}

/** Issuer abbreviation (as written in codes, case-sensitive) → body. */
export const ISSUERS: Readonly<Record<string, IssuerEntry>> = {
  // §5.1 central state bodies
  QH: { name: 'Quốc hội', family: 'state' },
  UBTVQH: { name: 'Ủy ban Thường vụ Quốc hội', family: 'state' },
  VPQH: { name: 'Văn phòng Quốc hội', family: 'state' },
  CTN: { name: 'Chủ tịch nước', family: 'state' },
  CP: { name: 'Chính phủ', family: 'state' },
  TTg: { name: 'Thủ tướng Chính phủ', family: 'state' },
  VPCP: { name: 'Văn phòng Chính phủ', family: 'state' },
  TTCP: { name: 'Thanh tra Chính phủ', family: 'state' },
  NHNN: { name: 'Ngân hàng Nhà nước', family: 'state' },
  KTNN: { name: 'Kiểm toán Nhà nước', family: 'state' },
  TANDTC: { name: 'Tòa án nhân dân tối cao', family: 'state' },
  VKSNDTC: { name: 'Viện kiểm sát nhân dân tối cao', family: 'state' },
  // §5.2 ministries (2025 set, then legacy codes)
  BQP: { name: 'Bộ Quốc phòng', family: 'state' },
  BCA: { name: 'Bộ Công an', family: 'state' },
  BNG: { name: 'Bộ Ngoại giao', family: 'state' },
  BNV: { name: 'Bộ Nội vụ', family: 'state' },
  BTP: { name: 'Bộ Tư pháp', family: 'state' },
  BTC: { name: 'Bộ Tài chính', family: 'state' },
  BCT: { name: 'Bộ Công Thương', family: 'state' },
  BNNMT: { name: 'Bộ Nông nghiệp và Môi trường', family: 'state' },
  BXD: { name: 'Bộ Xây dựng', family: 'state' },
  BVHTTDL: { name: 'Bộ Văn hóa, Thể thao và Du lịch', family: 'state' },
  BKHCN: { name: 'Bộ Khoa học và Công nghệ', family: 'state' },
  BGDĐT: { name: 'Bộ Giáo dục và Đào tạo', family: 'state' },
  BYT: { name: 'Bộ Y tế', family: 'state' },
  BDTTG: { name: 'Bộ Dân tộc và Tôn giáo', family: 'state' },
  BTNMT: { name: 'Bộ Tài nguyên và Môi trường', family: 'state' },
  BNNPTNT: { name: 'Bộ Nông nghiệp và Phát triển nông thôn', family: 'state' },
  BNN: { name: 'Bộ Nông nghiệp và Phát triển nông thôn', family: 'state' }, // "3156/QĐ-BNN-TT"
  BKHĐT: { name: 'Bộ Kế hoạch và Đầu tư', family: 'state' },
  BLĐTBXH: { name: 'Bộ Lao động - Thương binh và Xã hội', family: 'state' },
  BGTVT: { name: 'Bộ Giao thông vận tải', family: 'state' },
  BTTTT: { name: 'Bộ Thông tin và Truyền thông', family: 'state' },
  UBDT: { name: 'Ủy ban Dân tộc', family: 'state' },
  // §5.3 local state bodies
  UBND: { name: 'Ủy ban nhân dân', family: 'state' },
  HĐND: { name: 'Hội đồng nhân dân', family: 'state' },
  TTHĐND: { name: 'Thường trực Hội đồng nhân dân', family: 'state' },
  ĐĐBQH: { name: 'Đoàn đại biểu Quốc hội', family: 'state' },
  SNV: { name: 'Sở Nội vụ', family: 'state' },
  STC: { name: 'Sở Tài chính', family: 'state' },
  SYT: { name: 'Sở Y tế', family: 'state' },
  SGDĐT: { name: 'Sở Giáo dục và Đào tạo', family: 'state' },
  // K (domain knowledge): the other provincial departments, as their codes abbreviate them ("412/SNN-TT")
  SNN: { name: 'Sở Nông nghiệp và Phát triển nông thôn', family: 'state' },
  SNNPTNT: { name: 'Sở Nông nghiệp và Phát triển nông thôn', family: 'state' },
  SNNMT: { name: 'Sở Nông nghiệp và Môi trường', family: 'state' },
  SKHĐT: { name: 'Sở Kế hoạch và Đầu tư', family: 'state' },
  SXD: { name: 'Sở Xây dựng', family: 'state' },
  SCT: { name: 'Sở Công Thương', family: 'state' },
  STNMT: { name: 'Sở Tài nguyên và Môi trường', family: 'state' },
  SLĐTBXH: { name: 'Sở Lao động - Thương binh và Xã hội', family: 'state' },
  SGTVT: { name: 'Sở Giao thông vận tải', family: 'state' },
  SVHTTDL: { name: 'Sở Văn hóa, Thể thao và Du lịch', family: 'state' },
  STTTT: { name: 'Sở Thông tin và Truyền thông', family: 'state' },
  STP: { name: 'Sở Tư pháp', family: 'state' },
  SKHCN: { name: 'Sở Khoa học và Công nghệ', family: 'state' },
  // K (domain knowledge): issuer parts common in provincial codes
  CT: { name: 'Chủ tịch Ủy ban nhân dân', family: 'state' }, // "1234/QĐ-CT": decision of the chairman
  VP: { name: 'Văn phòng', family: 'state' },
  BCĐ: { name: 'Ban Chỉ đạo', family: 'state' },
  MTTQ: { name: 'Mặt trận Tổ quốc Việt Nam', family: 'state' },
  HDND: { name: 'Hội đồng nhân dân', family: 'state' }, // ASCII-folded portals
  // §5.4 Party issuers
  TW: { name: 'Trung ương', family: 'party' }, // Ban Chấp hành TW, Bộ Chính trị or Ban Bí thư
  TU: { name: 'Tỉnh ủy', family: 'party' }, // also Thành ủy of centrally-run cities
  HU: { name: 'Huyện ủy', family: 'party' },
  QU: { name: 'Quận ủy', family: 'party' },
  ĐU: { name: 'Đảng ủy', family: 'party' },
  ĐUK: { name: 'Đảng ủy Khối', family: 'party' },
  BCSĐ: { name: 'Ban cán sự đảng', family: 'party' },
  ĐĐ: { name: 'Đảng đoàn', family: 'party' },
  CB: { name: 'Chi bộ', family: 'party' },
  VPTW: { name: 'Văn phòng Trung ương Đảng', family: 'party' },
  VPTU: { name: 'Văn phòng Tỉnh ủy', family: 'party' },
  BTCTW: { name: 'Ban Tổ chức Trung ương', family: 'party' },
  BTCTU: { name: 'Ban Tổ chức Tỉnh ủy', family: 'party' },
  BTGTW: { name: 'Ban Tuyên giáo Trung ương', family: 'party' },
  BTGTU: { name: 'Ban Tuyên giáo Tỉnh ủy', family: 'party' },
  BDVTW: { name: 'Ban Dân vận Trung ương', family: 'party' },
  BDVTU: { name: 'Ban Dân vận Tỉnh ủy', family: 'party' },
  UBKTTW: { name: 'Ủy ban Kiểm tra Trung ương', family: 'party' },
  UBKTTU: { name: 'Ủy ban Kiểm tra Tỉnh ủy', family: 'party' },
  BNCTW: { name: 'Ban Nội chính Trung ương', family: 'party' },
  BNCTU: { name: 'Ban Nội chính Tỉnh ủy', family: 'party' },
  BĐNTW: { name: 'Ban Đối ngoại Trung ương', family: 'party' },
  // K (domain knowledge): congress documents and standing bodies of a Party committee
  ĐH: { name: 'Đại hội', family: 'party' },
  BCH: { name: 'Ban Chấp hành', family: 'party' },
  BTV: { name: 'Ban Thường vụ', family: 'party' },
};

const ROMAN: readonly string[] = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
// "QH14", "UBTVQH15": a legislature body and its term.
const TERM_RE = /^(?<body>QH|UBTVQH)(?<term>\d{1,2})$/u;

/** True when an abbreviation is listed (exact case) or is a National Assembly body with a term. */
export function isKnownIssuer(abbr: string): boolean {
  return Object.hasOwn(ISSUERS, abbr) || TERM_RE.test(abbr);
}

/** Body name for an issuer abbreviation ("HĐND" → "Hội đồng nhân dân", "QH14" → "Quốc hội khóa XIV"), or null. */
export function issuerName(abbr: string): string | null {
  const direct = Object.hasOwn(ISSUERS, abbr) ? ISSUERS[abbr] : undefined;
  if (direct) return direct.name;
  const m = TERM_RE.exec(abbr);
  if (m?.groups) {
    const base = ISSUERS[m.groups.body!]!.name;
    const roman = ROMAN[Number(m.groups.term)];
    return roman ? `${base} khóa ${roman}` : base;
  }
  return null;
}
