// Boilerplate rules as data, grouped by concept (trafilatura style). Every rule says where it
// was seen; the engine (lines.ts, html.ts) applies them to every site. Rule order inside a
// group does not matter; group order is declared in LINE_RULE_GROUPS.

/** What a matching line does to the article. */
export type LineAction =
  | 'drop' // page furniture: remove the line
  | 'stop' // a related-news / comments heading: the article ended before it
  | 'views'; // a view counter: remove it, keep the number as `views`

/** One line rule: a pattern tested against a whole (trimmed) line or block. */
export interface LineRule {
  id: string;
  group: string;
  /** Tested against the whole line; anchored patterns only (see `strip` for fragments). */
  re: RegExp;
  action: LineAction;
  /** Lines longer than this never match (body paragraphs mentioning the words stay). */
  maxLength: number;
  /** Portal or page the rule was first seen on. */
  seen: string;
}

/** A group of line rules with one concept, e.g. "weather". */
export interface LineRuleGroup {
  group: string;
  rules: LineRule[];
}

function group(name: string, rules: Array<Omit<LineRule, 'group'>>): LineRuleGroup {
  if (rules.length === 0) throw new Error(`rule group "${name}" is empty`);
  return { group: name, rules: rules.map((r) => ({ ...r, group: name })) };
}

// Toolbar words a portal prints around the date line or above the article.
// A line made only of these (and separators) is toolbar; they are also stripped off a date line.
/** Toolbar phrases, longest first so "Tăng cỡ chữ" wins over "cỡ chữ". */
export const TOOLBAR_PHRASES: readonly string[] = [
  'Xem với cỡ chữ', // yenbai.gov.vn
  'Xem cỡ chữ', // yenbai.gov.vn seed
  'Tăng cỡ chữ', // SharePoint PublishingPortal toolbar (backan.gov.vn)
  'Giảm cỡ chữ',
  'Cỡ chữ',
  'Đọc bài viết',
  'Nghe đọc bài',
  'Nghe bài viết',
  'In bài viết',
  'In trang',
  'In bài',
  'In tin', // baolaocai-style "Lưu tin In tin Chia sẻ"
  'Lưu bài',
  'Lưu tin',
  'Gửi bài',
  'Gửi tin',
  'Phản hồi',
  'Bản in',
  'Gửi email',
  'Gửi bài viết',
  'Gửi cho bạn bè',
  'Chia sẻ bài viết',
  'Chia sẻ',
  'Lưu bài viết',
  'Copy link thành công', // vnexpress.net share bar
  'Sao chép liên kết',
  'Copy link',
  'Quay lại',
  'Trở về',
  'Về đầu trang',
  'Lên đầu trang',
  'Bình chọn',
  'Google Dịch',
  'Google Translate',
  'Dịch',
  'Lưu',
  'Facebook',
  'Zalo',
  'Twitter',
  'Google',
  'Email',
  'Print',
  'Share',
  'Tweet',
  'Like',
  'In',
  'A-',
  'A+',
  'Aa',
].slice().sort((a, b) => b.length - a.length);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A phrase only counts as a whole word: "In" must not eat the start of "Indonesia".
const TOOLBAR_ALT = TOOLBAR_PHRASES.map(escapeRe).join('|');
/** Matches one toolbar phrase as a word, e.g. "Xem cỡ chữ", "Google", "A+". */
export const TOOLBAR_PHRASE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TOOLBAR_ALT})(?![\\p{L}\\p{N}])`, 'giu');

// Separators and symbols left between toolbar words: "|", "•", "/", "-", "+", icons.
const SEPARATORS_ONLY = /^[\s|•·/\\,;:.\-–—+*>»«<›‹()[\]_=~#]*$/u;

// Font-size buttons: two to four of "A-", "A", "A+", "Aa" in a row ("A- A A+", "A A A").
// A lone "A" is a word of names ("A Lưới"), so it only counts in such a run.
const FONT_BUTTONS_RE = /(?<![\p{L}\p{N}])(?:A[+-]?|Aa)(?:\s{1,4}(?:A[+-]?|Aa)){1,3}(?![\p{L}\p{N}])/gu;
// Letters left once toolbar phrases are gone: a word of something else.
const WORD_RE = /\p{L}+/gu;

function stripToolbar(line: string): string {
  return line.replace(FONT_BUTTONS_RE, ' ').replace(TOOLBAR_PHRASE_RE, ' ');
}

/** True when a line is made only of toolbar phrases and separators ("Tăng cỡ chữ Giảm cỡ chữ", "A- A A+"). */
export function isToolbarLine(line: string): boolean {
  if (line.length > 120) return false;
  const rest = stripToolbar(line);
  return rest !== line && SEPARATORS_ONLY.test(rest);
}

/**
 * True for a toolbar with a word or two no phrase list knows ("Lưu bài In bài Chia sẻ qua Viber"):
 * at least two toolbar phrases, at most two other words. Such a line is never a headline.
 */
export function isToolbarish(line: string): boolean {
  if (line.length > 120) return false;
  if (isToolbarLine(line)) return true;
  const phrases = (line.match(TOOLBAR_PHRASE_RE) ?? []).length + (line.match(FONT_BUTTONS_RE) ?? []).length;
  if (phrases < 2) return false;
  return (stripToolbar(line).match(WORD_RE) ?? []).length <= 2;
}

// One item of a menu bar: capitalised words, no digits or sentence marks ("Tin tức - Sự kiện").
const MENU_ITEM_RE = /^\p{Lu}[\p{L} -]{0,40}$/u;
const MENU_SEP_RE = /\s*\|\s*/u;

/** True for a menu bar written as one line: "Trang chủ | Giới thiệu | Tin tức | Liên hệ" (3+ items). */
export function isMenuLine(line: string): boolean {
  if (line.length > 250 || !line.includes('|')) return false;
  const parts = line.split(MENU_SEP_RE).filter((p) => p.length > 0);
  return parts.length >= 3 && parts.every((p) => MENU_ITEM_RE.test(p) && p.split(' ').length <= 6);
}

/** True when nothing but separators and symbols is left. */
export function isSeparatorsOnly(s: string): boolean {
  return SEPARATORS_ONLY.test(s);
}

// Words of a language switch; a line of only these is a language menu ("English", "Tiếng Việt | English").
const LANGUAGE_RE = /^(?:[\s|•·/-]*(?:English|Tiếng Việt|Tiếng Anh|Vietnamese|Français|中文|日本語|한국어|EN|VI|VN|Eng))+[\s|•·/-]*$/u;

// Headings of related and latest news lists; the article ended before them.
/** Related-news headings, as portals print them. */
export const RELATED_HEADINGS: readonly string[] = [
  'Tin cùng chuyên mục', 'Bài cùng chuyên mục', 'Tin bài cùng chuyên mục', 'Tin tức cùng chuyên mục', 'Các tin cùng chuyên mục',
  'Tin cùng chủ đề', 'Bài viết cùng chủ đề', 'Cùng chủ đề', 'Tin cùng loại', 'Chuyên mục khác',
  'Tin liên quan', 'Tin tức liên quan', 'Tin bài liên quan', 'Bài viết liên quan', 'Bài liên quan', 'Các tin liên quan', 'Các bài liên quan',
  'Các tin khác', 'Các bài khác', 'Tin khác', 'Tin tức khác', 'Các tin tức khác', 'Tin bài khác', 'Các bài viết khác', 'Bài viết khác',
  'Những tin mới hơn', 'Những tin cũ hơn', 'Những tin khác', 'Những tin đã đưa', 'Các tin mới hơn', 'Các tin cũ hơn', 'Các tin mới', 'Các tin cũ',
  'Tin mới hơn', 'Tin cũ hơn', 'Các tin đã đưa', 'Tin đã đưa', 'Các tin đã đăng', 'Tin đã đăng', 'Các bài đã đăng',
  'Tin mới nhất', 'Tin mới', 'Tin mới cập nhật', 'Tin trong ngày', 'Tin đọc nhiều', 'Tin xem nhiều', 'Tin nổi bật', 'Tin nổi bật khác',
  'Bài đọc nhiều', 'Đọc nhiều nhất', 'Xem nhiều nhất', 'Đọc nhiều', 'Xem nhiều',
  'Xem thêm', 'Xem thêm tin', 'Đọc thêm', 'Có thể bạn quan tâm', 'Bạn có thể quan tâm',
];
// One of RELATED_HEADINGS alone on a line, maybe with a trailing ":" or "»": "Các tin khác:", "Tin liên quan »"
const RELATED_HEADING_RE = new RegExp(`^(?:${RELATED_HEADINGS.map(escapeRe).join('|')})\\s*[:»>›]*$`, 'iu');

/** Line rule groups, in the order the engine tries them. */
export const LINE_RULE_GROUPS: readonly LineRuleGroup[] = [
  group('portal-header', [
    // "Welcome to Yen Bai Portal"
    { id: 'welcome-portal', re: /^Welcome to .{1,80}$/iu, action: 'drop', maxLength: 100, seen: 'yenbai.gov.vn seed 000' },
    // "Chào mừng bạn đến với Cổng thông tin điện tử tỉnh ..."
    { id: 'chao-mung', re: /^Chào mừng (?:bạn |quý vị )?đến với .{1,100}$/iu, action: 'drop', maxLength: 130, seen: 'tuyenquang.gov.vn' },
    // "Cổng thông tin điện tử tỉnh Yên Bái", "CỔNG TTĐT TỈNH BẮC KẠN" as a line of its own
    { id: 'site-name', re: /^(?:Cổng thông tin điện tử|Cổng TTĐT|Trang thông tin điện tử|Trang TTĐT|Báo điện tử|Cơ quan của Đảng bộ)(?: [\p{L}\p{N} ,-]{1,80})?$/iu, action: 'drop', maxLength: 100, seen: 'backan.gov.vn header' },
    // "Trang chủ", "Sơ đồ cổng", "Liên hệ", "Đăng nhập" as lone menu items
    { id: 'menu-item', re: /^(?:Trang chủ|Home|Sơ đồ (?:cổng|trang|site)|Site ?map|Liên hệ|Giới thiệu|Hỏi đáp|Tìm kiếm|Search|Đăng nhập|Đăng xuất|Đăng ký|RSS|Góp ý)$/iu, action: 'drop', maxLength: 30, seen: 'yenbai.gov.vn menu' },
  ]),
  group('hotline', [
    // "Đường dây nóng: 02163.818.555", "Hotline: 0912 345 678", "ĐDN: (0209) 3870 123"
    { id: 'hotline', re: /^(?:.{0,60}?)(?:Đường dây nóng|Hotline|ĐDN|Điện thoại đường dây nóng)\s*:?\s*[+()\d][\d .()/+-]{5,40}.{0,60}$/iu, action: 'drop', maxLength: 160, seen: 'yenbai.gov.vn seed 000' },
  ]),
  group('language', [
    { id: 'language-switch', re: LANGUAGE_RE, action: 'drop', maxLength: 60, seen: 'yenbai.gov.vn seed 000 ("English")' },
  ]),
  group('skip-link', [
    // "Bỏ qua nội dung chính", "Skip to main content", "Chuyển đến nội dung chính"
    { id: 'skip-link', re: /^(?:Bỏ qua (?:nội dung|điều hướng|menu)(?: chính)?|Skip to (?:main )?(?:content|navigation)|Chuyển (?:đến|tới) nội dung(?: chính)?|Đi (?:đến|tới) nội dung(?: chính)?)$/iu, action: 'drop', maxLength: 40, seen: 'tuyenquang.gov.vn accessibility links' },
  ]),
  group('sharepoint-webpart', [
    // "PublishingPortal - Block_BanTin_Toolbar", " PublishingPortal - Block_BanTin_ViewData"
    { id: 'publishing-portal', re: /^.{0,40}(?:PublishingPortal|Block_[A-Za-z_]{2,60}|WebPart|Web Part)(?:[\s_-]+[\p{L}\p{N}_]{1,40}){0,6}\s*$/u, action: 'drop', maxLength: 120, seen: 'backan.gov.vn seeds 001, 004' },
  ]),
  group('toolbar', [
    // Lines of toolbar phrases only are caught by isToolbarLine(); these are the longer forms.
    { id: 'font-size', re: /^(?:Xem với cỡ chữ|Cỡ chữ|Kích thước chữ|Font size)\s*[:\s]*(?:A[+-]?\s*){0,4}$/iu, action: 'drop', maxLength: 40, seen: 'yenbai.gov.vn' },
    { id: 'back-to', re: /^(?:Trở lại|Quay lại|Quay về|Trở về) [\p{L} ]{1,40}$/u, action: 'drop', maxLength: 50, seen: 'vnexpress.net "Trở lại Sức khỏe"' },
    { id: 'rating', re: /^(?:Đánh giá bài viết|Bình chọn bài viết|Bài viết hữu ích\?|Tin hữu ích\?)[\s:]*.{0,30}$/iu, action: 'drop', maxLength: 60, seen: 'baoyenbai.com.vn' },
  ]),
  group('counter', [
    // "1587 lượt xem", "Lượt xem: 4945", "Đã xem: 234", "Số lượt xem: 1.234", "Lượt đọc: 87"
    { id: 'views-after', re: /^(?:\(\s*)?\d[\d.,]{0,12}\s*(?:lượt xem|lượt đọc|lần xem|lần đọc|views?)(?:\s*\))?$/iu, action: 'views', maxLength: 40, seen: 'yenbai.gov.vn seed 000' },
    { id: 'views-before', re: /^(?:Số lượt xem|Lượt xem|Lượt đọc|Đã xem|Số lần xem|Lượt truy cập|Views?)\s*:?\s*\d[\d.,]{0,12}$/iu, action: 'views', maxLength: 40, seen: 'tuyenquang.gov.vn, baoyenbai.com.vn' },
    // "Đang truy cập: 123", "Tổng lượt truy cập: 1.234.567" (site counters, not the article's)
    { id: 'site-visits', re: /^(?:Đang (?:truy cập|online)|Tổng (?:số )?lượt truy cập|Trực tuyến|Hôm nay|Hôm qua|Tuần này|Tháng này|Tất cả|Lượt truy cập)\s*:?\s*\d[\d.,]{0,14}$/iu, action: 'drop', maxLength: 50, seen: 'yenbai.gov.vn footer counter' },
  ]),
  group('weather', [
    // "15oC", "28°C", "Yên Bái 24 °C", "Hà Nội: 28°C - 35°C"
    { id: 'temperature-line', re: /^(?:[\p{L} ]{1,30}:? )?-?\d{1,2}(?:[.,]\d)?\s?(?:°|º|o|˚)\s?C(?:\s?[-–/~]\s?-?\d{1,2}(?:[.,]\d)?\s?(?:°|º|o|˚)\s?C)?\.?$/u, action: 'drop', maxLength: 60, seen: 'yenbai.gov.vn seed 000 ("15oC")' },
    // "Thấp nhất 13°C, cao nhất 17°C. Trời nhiều mây, . Áp suất không khí hPa."
    { id: 'min-max', re: /^.{0,40}Thấp nhất\s*:?\s*-?\d{0,2}\s?(?:°|º|o)?\s?C?,?\s*cao nhất.{0,200}$/iu, action: 'drop', maxLength: 240, seen: 'yenbai.gov.vn seed 000' },
    // "Độ ẩm trung bình %. Tốc độ gió km/h", "Độ ẩm 85%", "Gió: 3 m/s", "Áp suất: 1012 hPa"
    { id: 'reading', re: /^(?:(?:Độ ẩm(?: trung bình)?|Tốc độ gió|Gió|Hướng gió|Áp suất(?: không khí)?|Tầm nhìn|Chỉ số UV|Nhiệt độ|Lượng mưa|Khả năng mưa)\s*:?\s*-?[\d.,]{0,6}\s*(?:%|km\/h|m\/s|hPa|mm|km|°C|oC)?[.,;\s]*){1,6}$/iu, action: 'drop', maxLength: 120, seen: 'yenbai.gov.vn seed 000' },
    // "Dự báo thời tiết", "Thời tiết Yên Bái", "Trời nhiều mây, có mưa rào"
    { id: 'forecast-title', re: /^(?:Dự báo thời tiết|Thời tiết)(?: [\p{L} ]{1,30})?$/iu, action: 'drop', maxLength: 45, seen: 'baoyenbai.com.vn sidebar' },
    { id: 'sky', re: /^Trời (?:nhiều mây|ít mây|quang mây|nắng|mưa|có mưa|âm u|rét)[\p{L} ,.]{0,60}$/iu, action: 'drop', maxLength: 80, seen: 'yenbai.gov.vn weather widget' },
  ]),
  group('player', [
    // "0:00 / 0:00", "00:00 / 03:25"
    { id: 'player-time', re: /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u, action: 'drop', maxLength: 25, seen: 'baoyenbai.com.vn audio reader' },
    // "Đang tải nội dung...", "Đang tải...", "Loading..."
    { id: 'loading', re: /^(?:Đang tải(?: nội dung| dữ liệu| bài viết)?|Loading|Đang xử lý|Vui lòng chờ)\s*(?:\.{2,3}|…)?$/iu, action: 'drop', maxLength: 40, seen: 'tuyenquang.gov.vn lazy blocks' },
    { id: 'no-audio', re: /^(?:Your browser does not support the (?:audio|video) (?:element|tag)\.?|Trình duyệt (?:của bạn )?không hỗ trợ .{1,60})$/iu, action: 'drop', maxLength: 90, seen: 'baoyenbai.com.vn audio reader' },
    { id: 'listen', re: /^(?:Nghe (?:đọc )?bài(?: viết)?|Nghe tin|Giọng (?:nam|nữ)(?: miền (?:Bắc|Nam|Trung))?|Tốc độ đọc|Tự động phát)\s*[:|]?.{0,30}$/iu, action: 'drop', maxLength: 50, seen: 'baoyenbai.com.vn audio reader' },
  ]),
  group('related', [
    // "Tin cùng chuyên mục", "Tin liên quan", "Các tin khác", "Những tin mới hơn", "Những tin cũ hơn"
    { id: 'related-heading', re: RELATED_HEADING_RE, action: 'stop', maxLength: 50, seen: 'tuyenquang.gov.vn seed 003 ("Tin cùng chuyên mục"), backan.gov.vn ("Các tin khác"), baoyenbai.com.vn ("Tin liên quan")' },
    // A link to another article inside the body: "Xem thêm: <title>", ">> Đọc thêm: <title>", "Tin liên quan: <title>"
    { id: 'inline-related', re: /^(?:>{1,2}\s?|»\s?)?(?:Xem thêm|Đọc thêm|Xem tiếp|Mời xem thêm|Mời đọc|Tin liên quan|Bài liên quan|Bài viết liên quan)\s?:\s?.{1,200}$/iu, action: 'drop', maxLength: 220, seen: 'provincial newspapers (baothainguyen.vn style)' },
    // A media item's title inside the body: "Video: Toàn cảnh ...", "Infographic: ...", "Clip: ..."
    { id: 'inline-media', re: /^(?:Video|Clip|Xem video|Infographic|Podcast|E-?magazine|Longform|Photo)\s?:\s?.{1,200}$/iu, action: 'drop', maxLength: 220, seen: 'provincial newspapers (baothainguyen.vn style)' },
    // Pagers under an article: "Trước Tiếp", "« Bài trước | Bài sau »", "Tin trước Tin sau"
    { id: 'pager', re: /^(?:[«‹<]\s?)?(?:Trước|Bài trước|Tin trước|Previous|Prev)(?:\s?[|/-]?\s?)(?:Tiếp|Sau|Bài sau|Bài tiếp|Tin sau|Tin tiếp|Next)(?:\s?[»›>])?$/iu, action: 'drop', maxLength: 40, seen: 'Joomla portals (hdnd.*.gov.vn)' },
    // A lone label between the headline and the article: "Chi tiết", "Details"
    { id: 'details-label', re: /^(?:Chi tiết|Xem chi tiết|Details)$/iu, action: 'drop', maxLength: 20, seen: 'Joomla portals (hdnd.*.gov.vn)' },
  ]),
  group('comments', [
    // "Bình luận", "Ý kiến bạn đọc", "Gửi bình luận", "3 bình luận"
    { id: 'comment-heading', re: /^(?:Bình luận|Ý kiến bạn đọc|Ý kiến|Gửi bình luận|Viết bình luận|Gửi ý kiến(?: của bạn| phản hồi)?|Ý kiến của bạn|Bình luận của bạn|Ý kiến phản hồi|\d{1,5} bình luận)\s*(?:\(\d{1,5}\))?\s*:?$/iu, action: 'stop', maxLength: 40, seen: 'baoyenbai.com.vn comment block' },
    // Form prompts: "Họ và tên", "Mã xác nhận", "Bạn cần đăng nhập để bình luận"
    { id: 'comment-form', re: /^(?:Họ (?:và )?tên|Họ tên của bạn|Email của bạn|Địa chỉ email|Nội dung bình luận|Mã (?:xác nhận|bảo mật|kiểm tra)|Nhập mã(?: xác nhận)?|Gửi|Gửi đi|Hủy|Nhập lại|Làm lại)\s*[:*]?\s*\*?$/iu, action: 'drop', maxLength: 40, seen: 'baoyenbai.com.vn comment form' },
    { id: 'comment-prompt', re: /^(?:Bạn (?:cần|phải) đăng nhập.{0,80}|Vui lòng (?:nhập|đăng nhập|gõ tiếng Việt).{0,100}|Ý kiến của bạn sẽ được biên tập.{0,120}|Bình luận của bạn (?:đang|sẽ) được.{0,120}|Chưa có (?:bình luận|ý kiến) nào.{0,40})$/iu, action: 'drop', maxLength: 160, seen: 'baoyenbai.com.vn comment form' },
  ]),
  group('tags', [
    // "Từ khóa: nông thôn mới, Yên Bình", "Tags: ..."
    { id: 'tags', re: /^(?:Từ khóa|Từ khoá|Tags?|Thẻ|Chủ đề|Keywords?)\s*:.{0,300}$/iu, action: 'drop', maxLength: 320, seen: 'baoyenbai.com.vn tags' },
  ]),
  group('signup', [
    // "Đăng ký nhận bản tin", "Đăng nhập để đọc tiếp", "Nội dung dành cho thành viên"
    { id: 'signup', re: /^(?:Đăng ký nhận (?:tin|bản tin).{0,60}|Đăng (?:ký|nhập) để (?:đọc|xem|tiếp tục).{0,60}|Nội dung (?:này )?dành cho (?:thành viên|hội viên|tài khoản).{0,60}|Mua gói.{0,60}|Để đọc tiếp.{0,80}|Bạn đã đọc hết .{0,80}|Subscribe.{0,60})$/iu, action: 'drop', maxLength: 140, seen: 'provincial newspapers with paywall' },
  ]),
  group('cookie', [
    { id: 'cookie', re: /^.{0,120}(?:sử dụng cookie|chấp nhận cookie|chính sách cookie|uses cookies|use cookies|cookie policy).{0,160}$/iu, action: 'drop', maxLength: 300, seen: 'generic cookie banners' },
    { id: 'cookie-button', re: /^(?:Đồng ý|Tôi đồng ý|Chấp nhận|Accept(?: all)?|Từ chối|Tìm hiểu thêm)$/iu, action: 'drop', maxLength: 20, seen: 'generic cookie banners' },
  ]),
  group('social', [
    // "Theo dõi chúng tôi trên", "Kết nối với chúng tôi", "Tải ứng dụng"
    { id: 'follow', re: /^(?:Theo dõi (?:chúng tôi|Báo|Cổng|trên|tại|kênh).{0,60}|Follow us.{0,40}|Kết nối với chúng tôi.{0,40}|Tải ứng dụng.{0,40}|Fanpage.{0,40}|Tham gia nhóm.{0,40})$/iu, action: 'drop', maxLength: 100, seen: 'baoyenbai.com.vn social bar' },
  ]),
  group('image-widget', [
    // Leftovers of an image-alignment widget: "Căn trái Căn giữa Căn phải", "Left Center Right"
    { id: 'alignment', re: /^(?:(?:Căn (?:trái|giữa|phải|đều)|Left|Center|Right|Justify|Trái|Giữa|Phải)[\s|,]*){2,6}$/iu, action: 'drop', maxLength: 60, seen: 'SharePoint rich-text image leftovers' },
    { id: 'zoom', re: /^(?:Phóng to|Thu nhỏ|Xem ảnh(?: lớn)?|Click (?:để|vào ảnh).{0,30}|Nhấn vào ảnh.{0,30})$/iu, action: 'drop', maxLength: 45, seen: 'baoyenbai.com.vn gallery' },
  ]),
  group('footer', [
    // "© 2023 Cổng thông tin ...", "Copyright ...", "Giấy phép số 123/GP-TTĐT ...", "Bản quyền thuộc về ..."
    { id: 'copyright', re: /^(?:©|\(c\)|Copyright|Bản quyền(?: thuộc về)?|Giấy phép(?: số| hoạt động| xuất bản)?|Ghi rõ nguồn|Khi phát hành lại|Cơ quan chủ quản|Cơ quan thường trực|Chịu trách nhiệm(?: chính| nội dung| xuất bản)?|Trưởng Ban biên tập|Tổng [Bb]iên tập|Phó Tổng [Bb]iên tập|Thiết kế (?:bởi|và phát triển)|Phát triển bởi|Designed by|Powered by|Đơn vị (?:vận hành|phát triển)).{0,240}$/iu, action: 'drop', maxLength: 260, seen: 'yenbai.gov.vn, backan.gov.vn footers' },
    // "Địa chỉ: Số 1 đường ...", "Điện thoại: 0216.3.852.362 - Fax: ...", "Email: banbientap@yenbai.gov.vn"
    { id: 'contact', re: /^(?:Địa chỉ|Điện thoại|ĐT|Tel|Fax|E-?mail|Hộp thư)\s*:.{1,200}$/iu, action: 'drop', maxLength: 200, seen: 'yenbai.gov.vn footer' },
  ]),
];

/** All line rules, flattened in group order. */
export const LINE_RULES: readonly LineRule[] = LINE_RULE_GROUPS.flatMap((g) => g.rules);

/** A class/id rule for HTML: elements whose class or id matches are page furniture. */
export interface ElementRule {
  id: string;
  group: string;
  /** Tested against the element's `class` and `id` joined by a space, lower-cased. */
  re: RegExp;
  seen: string;
}

/** A group of element rules with one concept. */
export interface ElementRuleGroup {
  group: string;
  rules: ElementRule[];
}

function elGroup(name: string, rules: Array<Omit<ElementRule, 'group'>>): ElementRuleGroup {
  if (rules.length === 0) throw new Error(`element rule group "${name}" is empty`);
  return { group: name, rules: rules.map((r) => ({ ...r, group: name })) };
}

// Breadcrumb containers: "breadcrumb(s)", "duongdan", and short tokens "bread", "crumbs", "vitri".
// "path" only as a whole class name: Drupal puts "path-node" on <body>.
// "bc" as a whole class name (`<nav class="bc">`, provincial newspapers).
const BREADCRUMB_CLASS_RE = /breadcrumb|bread-crumb|duongdan|duong-dan|(?:^|[\s_-])(?:bread|crumbs?|bcrumbs?|navpath|sitepath|site-path|vitri|vi-tri)(?:$|[\s_-])|(?:^|\s)(?:path|bc)(?:$|\s)/;

// Token boundaries inside class/id strings: start, end, space, "-", "_".
const B = '(?:^|[\\s_-])';
const E = '(?:$|[\\s_-])';
function tokens(words: string): RegExp {
  return new RegExp(`${B}(?:${words})${E}`);
}

/** HTML element rule groups: class/id tokens that mark page furniture (pruned before scoring). */
export const ELEMENT_RULE_GROUPS: readonly ElementRuleGroup[] = [
  elGroup('navigation', [
    { id: 'nav', re: tokens('nav|navbar|navigation|menu|mainmenu|main-menu|topmenu|menutop|submenu|megamenu|dropdown|hamburger|all-menu|sitemap|sodo'), seen: 'every portal' },
    { id: 'header', re: tokens('header|site-header|banner|logo|masthead|topbar|top-bar|top-header'), seen: 'every portal' },
    { id: 'breadcrumb', re: BREADCRUMB_CLASS_RE, seen: 'yenbai.gov.vn, vnexpress.net, div.path (legacy ASP), div.bread, div.crumbs' },
    { id: 'skip', re: tokens('skip|skiplink|skip-link|sr-only|visually-hidden|screen-reader-text'), seen: 'tuyenquang.gov.vn' },
  ]),
  elGroup('toolbar', [
    { id: 'toolbar', re: /toolbar|tool-bar|tienich|tien-ich|font-?size|fontsize|text-?resize|print|zoom-text|cochu|co-chu|article-tools|utility/, seen: 'SharePoint Block_BanTin_Toolbar, yenbai.gov.vn' },
    { id: 'share', re: /share|sharing|social|sociallink|addthis|sharethis|zalo|facebook|fb-like|like-box|follow/, seen: 'vnexpress.net social_pin, baoyenbai.com.vn' },
    { id: 'player', re: /audio|player|voice|(?:^|[\s_-])tts(?:$|[\s_-])|text-to-speech|docbao|doc-bao|listen/, seen: 'baoyenbai.com.vn audio reader' },
  ]),
  elGroup('related', [
    { id: 'related', re: /related|relate|lienquan|lien-quan|tinlienquan|cungchuyenmuc|cung-chuyen-muc|samecat|same-cat|othernews|other-news|tinkhac|tin-khac|morenews|more-news|readmore|read-more|xemthem|xem-them|tin-moi|tinmoi|latest|most-?read|mostview|docnhieu|doc-nhieu|xemnhieu|xem-nhieu|top-?news|hot-?news|noibat|noi-bat|box-news|list-?news|news-?list|tin_xemthem|danhchoban|topview|quantam|recommend|suggest/, seen: 'tuyenquang.gov.vn, baoyenbai.com.vn, vnexpress.net' },
    // Short words only as whole tokens: "older" is inside ASP.NET's "ContentPlaceHolder1" ids.
    { id: 'newer-older', re: tokens('newer|older|newer-news|older-news'), seen: 'tuyenquang.gov.vn "Những tin mới hơn / cũ hơn"' },
    { id: 'tags', re: tokens('tags?|tag-list|taglist|listtag|keywords?|tukhoa|tu-khoa|chude'), seen: 'baoyenbai.com.vn' },
  ]),
  elGroup('comments', [
    { id: 'comment', re: /comment|binhluan|binh-luan|ykien|y-kien|feedback|disqus|gopy|gop-y/, seen: 'baoyenbai.com.vn, vnexpress.net' },
  ]),
  elGroup('widgets', [
    { id: 'weather', re: /weather|thoitiet|thoi-tiet|forecast/, seen: 'yenbai.gov.vn weather widget' },
    { id: 'hotline', re: /hotline|duongdaynong|duong-day-nong/, seen: 'yenbai.gov.vn header' },
    { id: 'counter', re: /counter|thongke|thong-ke|visitor|luottruycap|luot-truy-cap|online-count|stat-box/, seen: 'yenbai.gov.vn footer' },
    { id: 'language', re: /language|lang-switch|langswitch|ngonngu|ngon-ngu|multilang/, seen: 'yenbai.gov.vn header' },
    { id: 'search', re: tokens('search|search-box|searchbox|timkiem|tim-kiem'), seen: 'every portal' },
    { id: 'ads', re: /(?:^|[\s_-])(?:ads?|advert|advertisement|quangcao|quang-cao|banner-?ads|sponsor|qc)(?:$|[\s_-]|\d)|adsense|google_ads|sis_/, seen: 'baoyenbai.com.vn, vnexpress.net' },
    { id: 'popup', re: /popup|modal|overlay|lightbox|cookie|consent|gdpr|newsletter|subscribe|paywall|login|signin|sign-in|register|dangnhap|dang-nhap|dangky|dang-ky/, seen: 'generic' },
    { id: 'sidebar', re: tokens('sidebar|side-bar|aside|right-?col|left-?col|col-right|col-left|cot-phai|cotphai|widget|widgets|box-right|right-?box|sidebar-2|block-right'), seen: 'every portal' },
  ]),
  elGroup('footer', [
    { id: 'footer', re: tokens('footer|site-footer|foot|bottom|copyright|ban-quyen|banquyen|contact-info'), seen: 'every portal' },
    { id: 'pagination', re: tokens('pagination|pager|paging|phantrang|phan-trang'), seen: 'every portal' },
  ]),
];

/** All element rules, flattened in group order. */
export const ELEMENT_RULES: readonly ElementRule[] = ELEMENT_RULE_GROUPS.flatMap((g) => g.rules);

/** Tags whose whole subtree is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'button', 'textarea', 'input', 'head', 'link', 'meta', 'video', 'audio', 'map',
  'dialog',
]);

/** Tags that are page furniture by their own name (pruned like a matching class). */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'header']);

// Class/id names that say "this is the article" and veto pruning by a furniture rule
// (e.g. `class="article-header"` around the title, `class="main-content has-sidebar"`).
/** Class/id words that protect an element from furniture rules. */
export const CONTENT_HINT_RE = /(?:^|[\s_-])(?:article|content|contents|noidung|noi-dung|detail|chitiet|chi-tiet|news-?detail|post|entry|story|body|main|fck_detail|ms-rtestate|bantin|tinbai|baiviet|bai-viet)(?:$|[\s_-])|(?:^|[\s_-])(?:lbl|lit|txt)(?:noidung|content|chitiet|body|detail)/;

/** Class/id words that mark the lead/sapo paragraph. */
export const LEAD_HINT_RE = /(?:^|[\s_-])(?:sapo|lead|chapeau|description|summary|tomtat|tom-tat|trichyeu|trich-yeu|intro|excerpt|subtitle|desc|mota|mo-ta|teaser|abstract)(?:$|[\s_-])/;

/** Class/id words that mark a figure caption. */
// "image_desc" (table-style image boxes of yenbai-like portals) as well as "image-desc".
export const CAPTION_HINT_RE = /caption|chuthich|chu-thich|chu_thich|(?:image|img|photo|pic|anh)[-_]?(?:desc|mota|mo-ta)|desc[-_]?img|fig-?caption|ghichu-?anh|picture-?note|image-?note|pcaption|tplcaption|photo-?title/;

/** Class/id words that mark a date element. */
export const DATE_HINT_RE = /(?:^|[\s_-])(?:date|time|datetime|ngay|ngaydang|ngay-dang|ngaythang|thoigian|thoi-gian|publish|published|pubdate|post-?date|posted|created|updated|capnhat|cap-nhat|meta-?date|news-?date|article-?date|timestamp)(?:$|[\s_-])|datetime|date-time|ngaydang|publishdate/;

/** Class/id words that mark an author/byline element. */
export const AUTHOR_HINT_RE = /(?:^|[\s_-])(?:author|authors|byline|tacgia|tac-gia|tac_gia|writer|reporter|nguoiviet|butdanh|but-danh|signature|source-author)(?:$|[\s_-])/;

/** Class/id words that mark the headline element. */
export const TITLE_HINT_RE = /(?:^|[\s_-])(?:title|title-detail|headline|tieude|tieu-de|article-title|news-title|post-title|entry-title|detail-title|titlenews|title-news)(?:$|[\s_-])|(?:^|[\s_-])(?:lbl|txt|lit)(?:title|tieude)|newstitle|articletitle|detailtitle|titledetail|tieudetin/;

/** Class/id words (or aria-label) that mark a breadcrumb. */
export const BREADCRUMB_HINT_RE = BREADCRUMB_CLASS_RE;

/** Class/id words of an element naming the article's section ("cat-name", WordPress "cat-links"). */
export const CATEGORY_HINT_RE = /(?:^|[\s_-])(?:cat|cate|category|catname|cat-name|cat-links|chuyenmuc|chuyen-muc|danhmuc|danh-muc|section-name|sectionname|post-category|category-name|article-category|zone|zone-name)(?:$|[\s_-])/;

/** Class/id words that mark a view counter ("luotxem", "view-count"). */
export const VIEWS_HINT_RE = /luotxem|luot-xem|luot_xem|view-?count|views|luotdoc|hits/;

/** Class/id words that say an element describes the page (meta blocks), not the sapo. */
export const META_BLOCK_RE = /(?:^|[\s_-])(?:meta|og)(?:$|[\s_-])/;

/** Breadcrumb items that are the portal's home, not a category: "Trang chủ", "Home". */
export const CRUMB_HOME_RE = /^(?:Trang chủ|Trang nhất|Home|Homepage|Trang đầu)$/iu;
