// Bylines: "Thu Nga", "Văn Tuấn (thực hiện)", "THU NGA - HƯƠNG DỊU", "Bài, ảnh: Thế Anh".
// Photographers ("Ảnh: Bàn Thanh") and sources ("Theo TTXVN") are not authors.

// Credit prefixes whose names are authors: "Bài và ảnh:", "Tin, ảnh:", "Bài:", "Tác giả:", "Nhóm PV:"
const AUTHOR_PREFIX_RE = /^(?:Bài\s?(?:và|,|&)\s?ảnh|Tin\s?(?:và|,|&)\s?ảnh|Bài|Tin|Tác giả|Người viết|Phóng viên|Nhóm (?:PV|phóng viên)|Ghi chép|Thực hiện|Nhóm thực hiện|Bút danh)\s?:\s*/iu;
// Credits that are not authors: "Ảnh: Bàn Thanh", "Ảnh minh họa: ...", "Video: ...", "Đồ họa: ...", "Nguồn: ...", "Theo TTXVN"
const NOT_AUTHOR_RE = /^\(?(?:(?:Ảnh|Hình|Ảnh minh họa|Ảnh minh hoạ|Video|Clip|Đồ họa|Đồ hoạ|Nguồn|Nguồn ảnh|Biên tập|Trình bày|Thiết kế|Dịch)\s?:|Theo\s[\p{L}\p{N}])/iu;
// A trailing role or workplace in parentheses: "(thực hiện)", "(TH)", "(CTV)", "(Trung tâm Văn hóa huyện)"
const ROLE_RE = /\s*\([^()]{1,60}\)\s*$/u;
// A workplace after the name: "Minh Huyền - TTVH huyện Lục Yên", "Thu Hà - Sở Y tế"
const ORG_PART_RE = /^(?:Trung tâm|TT|TTVH|TTTT|Phòng|Sở|Ban|Hội|Đài|Báo|Cổng|UBND|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|Văn phòng|Bệnh viện|Trường|CTV|PV|BTV)(?![\p{L}])/u;
// Separators between several names: "Thu Nga - Hương Dịu", "Thu Nga, Hương Dịu", "Thu Nga và Hương Dịu"
const NAME_SPLIT_RE = /\s*(?:[-–—,;/&|+]|\svà\s)\s*/u;
// One word of a name: capitalized ("Nga", "Đình") or all capitals ("NGA"), or an initial ("T.", "N.H").
const NAME_WORD_RE = /^(?:\p{Lu}[\p{Ll}]{0,7}|\p{Lu}{1,8}|(?:\p{Lu}\.){1,3}\p{Lu}?)$/u;

// A photographer credit after the author: "Hương Dịu - Ảnh: Thu Hà", "Thu Nga; Video: Minh Đức"
const PHOTO_TAIL_RE = /\s*[-–—|,;.]?\s*\(?(?:Ảnh|ảnh|Video|Clip|Đồ họa|Đồ hoạ)\s?:.{0,60}$/u;
// A closing full stop after a byline: "Lê Phương."
const FINAL_DOT_RE = /\.$/u;
// Punctuation a byline never carries (questions, exclamations, colons left after a prefix, quotes).
const NOT_BYLINE_CHARS_RE = /[!?:"“”]/u;

// Capitalized words that never appear in a person's byline name: bodies, places, labels, pager
// and toolbar words. Words that are also given names ("Trang", "Thành", "Công", "Trường", "Đồng",
// "Sáng", "Năm", "Hai", "Ba", "Thư", "Hội") are not here: position decides for those (a short
// line after the last paragraph is the byline).
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'ubnd', 'hđnd', 'mttq', 'tỉnh', 'huyện', 'xã', 'sở', 'ban', 'báo', 'cổng', 'đảng', 'bộ', 'tin',
  'ảnh', 'nguồn', 'theo', 'video', 'clip', 'ủy', 'uỷ', 'nghị', 'phủ', 'ttxvn', 'vna',
  'cục', 'ty', 'các', 'những', 'một', 'ngày', 'tháng', 'thứ', 'chiều', 'tối',
  'xem', 'giảm', 'tại', 'và', 'của', 'với', 'cho', 'trong', 'lượt', 'bản', 'in', 'gửi', 'chia',
  'phó', 'chủ', 'tịch', 'bí', 'giám', 'đốc', 'tp', 'phố', 'pv', 'ctv',
  'btv', 'bbt', 'admin', 'quản', 'trị', 'trước', 'tiếp', 'sau', 'tiết', 'về', 'đầu',
]);

/** Title-cases a name written in capitals: "THU NGA" → "Thu Nga"; mixed case is kept. */
export function titleCaseName(name: string): string {
  return name
    .split(' ')
    .map((w) => {
      if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() && !w.includes('.')) {
        return w.charAt(0) + w.slice(1).toLowerCase();
      }
      return w;
    })
    .join(' ');
}

// Initials a reporter signs with: "T.H", "P.V", "N.Q.", "T.H.A"
const INITIALS_RE = /^(?:\p{Lu}\.){1,3}\p{Lu}\.?$/u;

function isNameLike(part: string): boolean {
  if (INITIALS_RE.test(part)) return true;
  if (part.length < 3 || part.length > 40) return false;
  const words = part.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  for (const w of words) {
    if (!NAME_WORD_RE.test(w)) return false;
    if (NOT_NAME_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
}

/** True for photographer/source credits ("Ảnh: Bàn Thanh", "Theo TTXVN", "Nguồn: ..."). */
export function isCreditLine(line: string): boolean {
  if (line.length > 120 || !NOT_AUTHOR_RE.test(line)) return false;
  // "Theo báo cáo, toàn huyện ..." opens a sentence; "Theo TTXVN" names a source.
  return !THEO_RE.test(line) || SOURCE_RE.test(line);
}

/** True for a line opening with a credit label ("Tin, ảnh:", "Bài và ảnh:", "Bài:", "Ảnh:", "Nhóm PV:"): never a headline. */
export function hasCreditLabel(line: string): boolean {
  return line.length <= 120 && (AUTHOR_PREFIX_RE.test(line) || isCreditLine(line));
}

// A line opening with "Theo"; a source credit after it is short and has no clause marks.
const THEO_RE = /^Theo\s/u;
const SOURCE_RE = /^Theo\s[^,;:]{1,60}$/u;

// Signatures of the newsroom, not of a person: "PV", "P.V", "BBT", "PV (tổng hợp)", "Ban Biên tập", "Nhóm PV", "TH"
const NEWSROOM_SIGNATURE_RE = /^(?:PV|P\.V|BBT|BTV|CTV|TH|PV\.?\s?TH|Ban [Bb]iên tập|Nhóm (?:PV|phóng viên)|Phóng viên|Tổng hợp|Văn phòng)\.?$/u;

/** True for a closing signature of the newsroom rather than a person ("PV", "BBT", "PV (tổng hợp)"). */
export function isNewsroomSignature(line: string): boolean {
  const s = line.trim().replace(ROLE_RE, '').trim();
  return s.length <= 20 && NEWSROOM_SIGNATURE_RE.test(s);
}

// "Ảnh: Văn Thắng", "Ảnh minh họa: Internet": a photo credit on its own line (not "Nguồn:", "Theo").
const PHOTO_CREDIT_LINE_RE = /^\(?(?:Ảnh|Hình|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu)\s?:\s?[^.!?]{1,50}\)?\.?$/u;

// An office signing the bulletin: "Sở Tài chính tỉnh Lai Châu", "Trung tâm VH-TT huyện", "Văn phòng UBND tỉnh".
const OFFICE_SIGNATURE_RE = /^(?:Trung tâm|TTVH|TTTT|Phòng|Sở|Ban|Hội|Đài|Báo|Cổng|UBND|HĐND|Ủy ban|Uỷ ban|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Văn phòng|Bệnh viện|Công an|Bộ Chỉ huy|Chi cục|Cục)\s[\p{L}\p{N} &()-]{2,60}$/u;

/** True for a closing line that names an office rather than a person ("Sở Tài chính tỉnh Lai Châu"). */
export function isOfficeSignature(line: string): boolean {
  return line.length <= 70 && OFFICE_SIGNATURE_RE.test(line) && parseByline(line) === null;
}

/** True for a photo credit line of its own ("Ảnh: Văn Thắng", "(Ảnh: Internet)"). */
export function isPhotoCreditLine(line: string): boolean {
  return line.length <= 70 && PHOTO_CREDIT_LINE_RE.test(line);
}

/**
 * The authors named by a byline line, title-cased and without roles; null when the line is
 * not a byline. "Văn Tuấn (thực hiện)" → ["Văn Tuấn"]; "Bài, ảnh: THU NGA" → ["Thu Nga"].
 */
export function parseByline(line: string): string[] | null {
  let s = line.trim().replace(FINAL_DOT_RE, '').trim();
  if (s.length === 0 || s.length > 90) return null;
  if (NOT_AUTHOR_RE.test(s) || isNewsroomSignature(s)) return null;
  s = s.replace(AUTHOR_PREFIX_RE, '').replace(PHOTO_TAIL_RE, '');
  s = s.replace(ROLE_RE, '');
  if (NOT_BYLINE_CHARS_RE.test(s)) return null;
  let parts = s.split(NAME_SPLIT_RE).map((p) => p.replace(ROLE_RE, '').trim()).filter((p) => p.length > 0);
  // Workplaces after the names are not people: keep the names before them.
  const org = parts.findIndex((p) => ORG_PART_RE.test(p));
  if (org > 0) parts = parts.slice(0, org);
  if (parts.length === 0 || parts.length > 4) return null;
  if (!parts.every(isNameLike)) return null;
  return parts.map(titleCaseName);
}
