#!/usr/bin/env node
// Benchmark corpus generator: realistic provincial-portal pages with a known article body.
//
//   node bench/generate.js [--pages N] [--seed S] [--out DIR] [--fixtures DIR]
//
// Writes DIR/pages/NNNNN.html (60-250 KB each) and DIR/truth.ndjson, one line per page:
// {file, family, template, title, body}. `body` is the article text a perfect cleaner keeps
// (lead + paragraphs + list items + table rows; no title, captions or byline), paragraphs
// separated by a blank line. Output is a pure function of (seed, N, fixture files).
//
// Page shells come from two sources, mixed: the fixture pages of the four portal families
// (fixtures/<family>-*/input.html; the article container is found and its content swapped)
// and built-in shells of our own in the same four styles (menus, scripts, styles, weather
// and counter widgets, related news, comment forms, footers, SharePoint view state).
// All prose comes from the sentence banks below, written for this benchmark.
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';

/** Portal families, in the order pages cycle through them. */
export const FAMILIES = ['yenbai', 'backan', 'tuyenquang', 'baoyenbai'];
export const MIN_BYTES = 60 * 1024;
export const MAX_BYTES = 250 * 1024;

// ---------------------------------------------------------------- PRNG

/** mulberry32: a small, fast, seedable 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random source with the helpers the generator needs. */
export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  /** k distinct items of arr. */
  sample(arr, k) {
    const copy = arr.slice();
    const out = [];
    for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------- banks (our own writing)

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Hà', 'Lương', 'Triệu', 'Giàng', 'Sầm', 'Ma', 'Nông', 'Chu', 'Lò', 'Vi', 'Đinh', 'Tạ', 'Lục', 'Hứa'];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Đình', 'Công', 'Thế', 'Kim', 'Hồng', 'Anh', 'Mạnh', 'Thu', 'Trọng', 'A', 'Bích'];
const GIVENS = ['Hùng', 'Lan', 'Tuấn', 'Hà', 'Dũng', 'Hương', 'Sơn', 'Thắng', 'Bình', 'Nga', 'Hải', 'Long', 'Phúc', 'Quý', 'Toàn', 'Thảo', 'Yến', 'Giang', 'Khánh', 'Trung', 'Chính', 'Lợi', 'Tâm', 'Hạnh', 'Vinh', 'Cường', 'Mai', 'Thủy', 'Khoa', 'Dịu'];
const DISTRICTS = ['Lục Yên', 'Văn Chấn', 'Trạm Tấu', 'Mù Cang Chải', 'Ba Bể', 'Chợ Đồn', 'Na Rì', 'Ngân Sơn', 'Chiêm Hóa', 'Hàm Yên', 'Na Hang', 'Sơn Dương', 'Yên Sơn', 'Lâm Bình', 'Pác Nặm', 'Bạch Thông', 'Văn Yên', 'Yên Bình'];
const COMMUNES = ['Minh Xuân', 'Tân Lập', 'Phúc Sơn', 'Đồng Tâm', 'Khánh Thiện', 'Hòa Bình', 'Xuân Lai', 'Nghĩa Tá', 'Bằng Lãng', 'Quảng Khê', 'Trung Hà', 'Thượng Lâm', 'Kim Phú', 'Cao Sơn', 'An Phú', 'Mỹ Bằng'];
const PROVINCE_TITLES = [
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
  'Chủ tịch HĐND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Phó Chủ tịch Thường trực HĐND tỉnh',
  'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy',
  'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy',
  'Trưởng Ban Dân vận Tỉnh ủy',
  'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
  'Trưởng Đoàn ĐBQH tỉnh',
  'Giám đốc Sở Tài chính',
  'Giám đốc Sở Kế hoạch và Đầu tư',
  'Giám đốc Sở Nông nghiệp và Phát triển nông thôn',
  'Giám đốc Sở Giáo dục và Đào tạo',
  'Phó Giám đốc Sở Y tế',
  'Chánh Văn phòng UBND tỉnh',
  'Chủ tịch Ủy ban MTTQ tỉnh',
];
const DISTRICT_TITLES = ['Bí thư Huyện ủy', 'Chủ tịch UBND huyện', 'Phó Chủ tịch UBND huyện', 'Chủ tịch HĐND huyện', 'Phó Bí thư Thường trực Huyện ủy'];
const BODIES = ['Ban Thường vụ Tỉnh ủy', 'Thường trực Tỉnh ủy', 'UBND tỉnh', 'HĐND tỉnh', 'Sở Kế hoạch và Đầu tư', 'Ban Dân vận Tỉnh ủy', 'Ủy ban MTTQ tỉnh', 'Sở Tài nguyên và Môi trường', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh', 'Sở Nội vụ', 'Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh'];
const TOPICS = ['phát triển kinh tế - xã hội', 'xây dựng nông thôn mới', 'chuyển đổi số', 'cải cách hành chính', 'giảm nghèo bền vững', 'phòng, chống thiên tai', 'quản lý đất đai', 'thu ngân sách nhà nước', 'giải ngân vốn đầu tư công', 'xây dựng Đảng và hệ thống chính trị', 'phát triển du lịch cộng đồng', 'bảo vệ và phát triển rừng', 'chăm sóc sức khỏe nhân dân', 'phát triển sản phẩm OCOP', 'công tác dân tộc', 'đào tạo nghề cho lao động nông thôn'];
const EVENTS = ['Hội nghị sơ kết 6 tháng đầu năm', 'Hội nghị giao ban công tác tháng', 'buổi làm việc', 'Hội nghị tổng kết năm', 'phiên họp thường kỳ', 'Hội nghị Ban Chấp hành Đảng bộ', 'buổi kiểm tra thực tế', 'Hội nghị triển khai nhiệm vụ', 'kỳ họp chuyên đề', 'buổi tiếp xúc cử tri'];
const DOC_KINDS = [
  { type: 'Nghị quyết', code: (n, y) => `${n}-NQ/TU`, of: 'Ban Chấp hành Đảng bộ tỉnh' },
  { type: 'Chương trình hành động', code: (n) => `${n}-CTr/TU`, of: 'Tỉnh ủy' },
  { type: 'Kết luận', code: (n) => `${n}-KL/TU`, of: 'Ban Thường vụ Tỉnh ủy' },
  { type: 'Quyết định', code: (n) => `${n}/QĐ-UBND`, of: 'UBND tỉnh' },
  { type: 'Kế hoạch', code: (n) => `${n}/KH-UBND`, of: 'UBND tỉnh' },
  { type: 'Nghị quyết', code: (n) => `${n}/NQ-HĐND`, of: 'HĐND tỉnh' },
  { type: 'Chỉ thị', code: (n) => `${n}-CT/TU`, of: 'Ban Thường vụ Tỉnh ủy' },
  { type: 'Nghị định', code: (n, y) => `${n}/${y}/NĐ-CP`, of: 'Chính phủ' },
  { type: 'Thông báo', code: (n) => `${n}-TB/TU`, of: 'Tỉnh ủy' },
  { type: 'Kế hoạch', code: (n) => `${n}-KH/HU`, of: 'Huyện ủy' },
];
const UNITS = ['ha', 'tấn', 'công trình', 'hộ', 'học sinh', 'lao động', 'km đường giao thông nông thôn', 'lượt khách', 'doanh nghiệp', 'hồ sơ'];
const CAPTIONS = ['Quang cảnh {EV}', 'Toàn cảnh Hội nghị', 'Các đại biểu dự Hội nghị', 'Đồng chí {NAME} - {TITLE} phát biểu tại Hội nghị', '{PT} kiểm tra thực tế tại xã {COMMUNE}', 'Đoàn công tác thăm mô hình sản xuất tại huyện {DISTRICT}', 'Lãnh đạo tỉnh trao quà cho các hộ gia đình chính sách', 'Đồng chí {NAME} - {TITLE} (người thứ 2 từ trái sang) khảo sát tại thôn {COMMUNE}'];
const AUTHORS = ['Thu Nga', 'Hương Dịu', 'Thế Anh', 'Văn Tuấn', 'Minh Huyền', 'Thanh Tâm', 'Hoàng Giang', 'Ngọc Lan', 'Quang Hưng', 'Bích Hạnh'];

const LEAD_TEMPLATES = [
  '{TOD} {DM}, {BODY} tổ chức {EV} về {TOPIC}. Đồng chí {P} chủ trì {EVS}.',
  'Ngày {DMY}, Đoàn công tác của {BODY} do đồng chí {P} làm Trưởng đoàn đã có buổi làm việc với huyện {DISTRICT} về tiến độ thực hiện {DOC}.',
  '{TOD} {DM}, {PT} đã đi kiểm tra tình hình {TOPIC} tại huyện {DISTRICT}. Cùng đi có lãnh đạo các sở, ngành liên quan.',
  'Nhằm đánh giá kết quả {TOPIC} {HALF}, {TOD} {DM}, {BODY} tổ chức {EV}. Dự {EVS} có đồng chí {P}.',
  'Trong {HALF}, tỉnh đã hoàn thành {PCT} kế hoạch {TOPIC}, tăng {PCT2} so với cùng kỳ năm trước. Đây là thông tin được nêu tại {EV} do {BODY} tổ chức {TOD2} {DM}.',
  'Thực hiện {DOC}, {BODY} đã ban hành kế hoạch triển khai với {NUM} nhiệm vụ trọng tâm về {TOPIC}, giao cụ thể cho từng cơ quan, đơn vị.',
];

const SENTENCES = [
  'Tham dự {EVS} có đồng chí {P}; lãnh đạo các sở, ban, ngành của tỉnh và Thường trực Huyện ủy, HĐND, UBND các huyện, thành phố.',
  'Theo báo cáo, {HALF} toàn tỉnh có {NUM} {UNIT} được triển khai, đạt {PCT} kế hoạch năm.',
  'Tổng thu ngân sách nhà nước trên địa bàn ước đạt {MONEY}, bằng {PCT} dự toán và tăng {PCT2} so với cùng kỳ.',
  'Tỷ lệ hộ nghèo giảm còn {PCT}, vượt chỉ tiêu Nghị quyết đề ra; tỷ lệ che phủ rừng đạt {PCT2}.',
  'Giá trị giải ngân vốn đầu tư công đến hết tháng {MONTH} đạt {MONEY}, bằng {PCT} kế hoạch vốn được giao.',
  'Thực hiện {DOC}, các địa phương đã rà soát, bổ sung {NUM} chỉ tiêu cụ thể, gắn trách nhiệm của người đứng đầu với kết quả thực hiện.',
  'Phát biểu chỉ đạo, đồng chí {P} ghi nhận những kết quả mà huyện {DISTRICT} đạt được trong thời gian qua.',
  'Đồng chí đề nghị các cấp ủy, chính quyền tiếp tục tập trung lãnh đạo, chỉ đạo thực hiện quyết liệt các nhiệm vụ, giải pháp về {TOPIC}.',
  'Bên cạnh những kết quả đạt được, công tác {TOPIC} vẫn còn một số khó khăn, hạn chế như nguồn lực đầu tư còn hạn chế, một số chỉ tiêu đạt thấp so với kế hoạch.',
  'Tại {EVS}, các đại biểu đã tập trung thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất nhiều giải pháp thiết thực.',
  'Kết luận {EVS}, {PT} yêu cầu các sở, ngành bám sát {DOC} để cụ thể hóa thành chương trình, kế hoạch công tác.',
  'Đến nay, xã {COMMUNE} đã hoàn thành {NUM}/19 tiêu chí nông thôn mới; thu nhập bình quân đầu người đạt {MONEY2}/người/năm.',
  'Huyện phấn đấu đến cuối năm có thêm {NUM2} xã đạt chuẩn nông thôn mới và {NUM2} xã đạt chuẩn nông thôn mới nâng cao.',
  'Cùng với đó, tỉnh đã ban hành {DOC} nhằm tháo gỡ khó khăn cho doanh nghiệp và người dân.',
  'Diện tích lúa vụ xuân đạt {NUM} ha, năng suất ước đạt {DEC} tạ/ha, tăng {PCT} so với cùng kỳ.',
  'Công tác cải cách hành chính được quan tâm; {PCT} hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn.',
  'Có {PCT} số trường học đạt chuẩn quốc gia; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {PCT2}.',
  'Tỷ lệ người dân tham gia bảo hiểm y tế đạt {PCT}, tỷ lệ tiêm chủng mở rộng đạt từ {PCTA} - {PCTB}.',
  'Lãnh đạo UBND huyện {DISTRICT} cho biết, huyện đã huy động trên {MONEY} để đầu tư xây dựng {NUM} công trình hạ tầng thiết yếu.',
  'Công tác xây dựng Đảng được chú trọng; trong {HALF} toàn Đảng bộ đã kết nạp {NUM} đảng viên mới, đạt {PCT} chỉ tiêu.',
  'Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; công tác quốc phòng, quân sự địa phương được triển khai đúng kế hoạch.',
  'Các ngành chức năng cần tăng cường phối hợp, kịp thời tham mưu cho {BODY} giải quyết dứt điểm các kiến nghị của cử tri.',
  'Đồng chí {P} nhấn mạnh, thời gian còn lại của năm không nhiều, đòi hỏi sự vào cuộc đồng bộ của cả hệ thống chính trị.',
  'Theo {DOC}, mục tiêu đến năm 2025 tỷ lệ đô thị hóa của tỉnh đạt {PCT}, kinh tế số chiếm {PCT2} GRDP.',
  'Ngay sau {EVS}, {BODY} sẽ ban hành thông báo kết luận để các cơ quan, đơn vị triển khai thực hiện.',
  'Với sự hỗ trợ của Nhà nước và sự chung sức của nhân dân, nhiều tuyến đường liên thôn đã được bê tông hóa, đời sống của đồng bào các dân tộc từng bước được cải thiện.',
  'Huyện {DISTRICT} đã chỉ đạo các xã rà soát quỹ đất, tạo điều kiện thuận lợi cho các dự án sản xuất nông nghiệp công nghệ cao.',
  'Đến ngày {DMY}, toàn tỉnh đã trồng mới {NUM} ha rừng tập trung, đạt {PCT} kế hoạch; không để xảy ra cháy rừng.',
  'Ông {NAME}, Trưởng thôn {COMMUNE}, chia sẻ: "Nhờ được hỗ trợ giống và kỹ thuật, bà con đã mạnh dạn chuyển đổi cây trồng, thu nhập tăng rõ rệt".',
  'Ghi nhận ý kiến của các đại biểu, {PT} đề nghị các đơn vị khẩn trương hoàn thiện hồ sơ, trình cấp có thẩm quyền trước ngày {DMY}.',
  'Kim ngạch xuất khẩu ước đạt {DEC} triệu USD, tăng {PCT} so với cùng kỳ năm trước.',
  'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm nay tăng {NUM2} bậc so với năm trước.',
  'Hội nghị cũng đã thông qua {DOC} và cho ý kiến vào dự thảo báo cáo chính trị trình Đại hội.',
  'Cũng trong dịp này, đồng chí {P} đã trao tặng Bằng khen cho {NUM2} tập thể và {NUM} cá nhân có thành tích xuất sắc.',
];
const TITLE_TEMPLATES = [
  '{PT} kiểm tra tiến độ thực hiện {DOCTYPE} tại huyện {DISTRICT}',
  '{BODY} tổ chức {EV} về {TOPIC}',
  'Huyện {DISTRICT} phấn đấu hoàn thành mục tiêu {TOPIC} năm {YEAR}',
  'Đẩy mạnh {TOPIC} trên địa bàn tỉnh',
  '{PT} làm việc với huyện {DISTRICT}',
  'Sơ kết 3 năm thực hiện {DOCTYPE} về {TOPIC}',
  'Xã {COMMUNE} đạt chuẩn nông thôn mới nâng cao',
  'Tăng cường công tác {TOPIC} trong {HALF}',
];
const LIST_INTROS = ['Trong thời gian tới, {BODY} tập trung thực hiện các nhiệm vụ trọng tâm sau:', 'Hội nghị thống nhất một số giải pháp chủ yếu:', 'Các chỉ tiêu chủ yếu năm {YEAR} gồm:'];
const LIST_ITEMS = ['Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đạt trên {PCT} kế hoạch.', 'Tăng cường công tác {TOPIC}, gắn với trách nhiệm của người đứng đầu.', 'Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ phát triển sản xuất.', 'Nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình.', 'Tỷ lệ hộ nghèo giảm {DEC2}% trở lên.', 'Thực hiện nghiêm {DOC}.', 'Giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn.'];
const QUOTES = ['"Phải coi {TOPIC} là nhiệm vụ chính trị trọng tâm, thường xuyên của cả hệ thống chính trị", đồng chí {NAME} nhấn mạnh.', '"Chúng tôi xác định không có vùng cấm, không có ngoại lệ trong thực hiện {DOC}", {PT} khẳng định.'];
const HEADINGS = ['Nhiều kết quả nổi bật', 'Còn những khó khăn, vướng mắc', 'Tập trung cho các nhiệm vụ trọng tâm', 'Huy động sức dân', 'Những cách làm sáng tạo'];

// ---------------------------------------------------------------- article

function personName(rng) {
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLES)} ${rng.pick(GIVENS)}`;
}

function pct(rng) {
  return rng.chance(0.5) ? `${rng.int(1, 99)}%` : `${rng.int(1, 99)},${rng.int(1, 9)}%`;
}

/** Fills {SLOT}s in a template from the article's context. */
function fill(rng, tpl, ctx) {
  return tpl.replace(/\{([A-Z0-9]+)\}/g, (_, slot) => {
    switch (slot) {
      case 'P': {
        const o = rng.pick(ctx.officials);
        return `${o.name} - ${o.title}`;
      }
      case 'PT': {
        const o = rng.pick(ctx.officials);
        return `${o.title.split(', ').pop()} ${o.name}`;
      }
      case 'NAME':
        return rng.pick(ctx.officials).name;
      case 'TITLE':
        return rng.pick(ctx.officials).title;
      case 'BODY':
        return rng.pick(BODIES);
      case 'TOPIC':
        return ctx.topic && rng.chance(0.6) ? ctx.topic : rng.pick(TOPICS);
      case 'EV':
        return ctx.event;
      case 'EVS':
        return ctx.event.startsWith('buổi') ? 'buổi làm việc' : 'Hội nghị';
      case 'TOD':
        return rng.pick(['Sáng', 'Chiều', 'Sáng nay']);
      case 'TOD2':
        return rng.pick(['sáng', 'chiều']);
      case 'DM':
        return `${ctx.d}/${ctx.m}`;
      case 'DMY':
        return `${String(rng.int(1, 28)).padStart(2, '0')}/${String(rng.int(1, 12)).padStart(2, '0')}/${ctx.y}`;
      case 'HALF':
        return rng.pick(['6 tháng đầu năm', 'quý I', '9 tháng', `năm ${ctx.y}`, 'tháng vừa qua']);
      case 'PCT':
      case 'PCT2':
        return pct(rng);
      case 'PCTA':
        return `${rng.int(50, 80)}%`;
      case 'PCTB':
        return `${rng.int(81, 99)}%`;
      case 'NUM':
        return String(rng.int(12, 2400)).replace(/\B(?=(\d{3})+$)/, '.');
      case 'NUM2':
        return String(rng.int(2, 9));
      case 'DEC':
        return `${rng.int(10, 180)},${rng.int(1, 9)}`;
      case 'DEC2':
        return `${rng.int(1, 4)},${rng.int(1, 9)}`;
      case 'UNIT':
        return rng.pick(UNITS);
      case 'MONEY':
        return `${rng.int(12, 4800)},${rng.int(1, 9)} tỷ đồng`;
      case 'MONEY2':
        return `${rng.int(28, 62)},${rng.int(1, 9)} triệu đồng`;
      case 'MONTH':
        return String(rng.int(1, 12));
      case 'YEAR':
        return String(ctx.y);
      case 'DISTRICT':
        return rng.pick(DISTRICTS);
      case 'COMMUNE':
        return rng.pick(COMMUNES);
      case 'DOC': {
        const k = rng.pick(DOC_KINDS);
        const y = ctx.y - rng.int(0, 3);
        const when = rng.chance(0.7) ? ` ngày ${rng.int(1, 28)}/${rng.int(1, 12)}/${y}` : '';
        return `${k.type} số ${k.code(rng.int(1, 350), y)}${when} của ${k.of}`;
      }
      case 'DOCTYPE': {
        const k = rng.pick(DOC_KINDS);
        return `${k.type} số ${k.code(rng.int(1, 350), ctx.y - 1)}`;
      }
      default:
        return slot;
    }
  });
}

/** A random bulletin: title, date, lead, body blocks, captions, byline. */
export function makeArticle(rng, family) {
  const y = rng.int(2018, 2025);
  const ctx = {
    y,
    d: rng.int(1, 28),
    m: rng.int(1, 12),
    topic: rng.pick(TOPICS),
    event: rng.pick(EVENTS),
    officials: Array.from({ length: rng.int(2, 5) }, () => ({
      name: personName(rng),
      title: rng.chance(0.7) ? rng.pick(PROVINCE_TITLES) : `${rng.pick(DISTRICT_TITLES)} ${rng.pick(DISTRICTS)}`,
    })),
  };
  const title = fill(rng, rng.pick(TITLE_TEMPLATES), ctx);
  const prefix = { yenbai: 'CTTĐT - ', backan: '', tuyenquang: '', baoyenbai: 'YênBái - ' }[family];
  const lead = prefix + fill(rng, rng.pick(LEAD_TEMPLATES), ctx);
  const blocks = [];
  const nPara = rng.int(4, 22);
  for (let i = 0; i < nPara; i++) {
    const r = rng.next();
    if (i > 0 && r < 0.12) blocks.push({ kind: 'figure', caption: fill(rng, rng.pick(CAPTIONS), ctx) });
    if (i > 2 && r > 0.95) blocks.push({ kind: 'heading', text: rng.pick(HEADINGS) });
    if (i > 1 && r > 0.9 && r <= 0.95) {
      blocks.push({ kind: 'p', text: fill(rng, rng.pick(LIST_INTROS), ctx) });
      blocks.push({ kind: 'list', items: rng.sample(LIST_ITEMS, rng.int(3, 5)).map((t) => fill(rng, t, ctx)) });
      continue;
    }
    if (i > 1 && r > 0.86 && r <= 0.88) {
      const rows = [['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ']];
      for (let k = rng.int(3, 6); k > 0; k--) rows.push([rng.pick(UNITS), String(rng.int(100, 900)), String(rng.int(50, 900)), pct(rng)]);
      blocks.push({ kind: 'table', rows });
      continue;
    }
    if (r > 0.82 && r <= 0.84) {
      blocks.push({ kind: 'quote', text: fill(rng, rng.pick(QUOTES), ctx) });
      continue;
    }
    const n = rng.int(1, 5);
    const sents = [];
    for (let k = 0; k < n; k++) sents.push(fill(rng, rng.pick(SENTENCES), ctx));
    blocks.push({ kind: 'p', text: sents.join(' ') });
  }
  const last = blocks[blocks.length - 1];
  if (last.kind === 'p' && rng.chance(0.5)) last.text += '…/.';
  return {
    title,
    category: rng.pick(['Chính trị', 'Kinh tế', 'Xã hội', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Xây dựng Đảng']),
    date: { d: ctx.d, m: ctx.m, y, h: rng.int(6, 21), mi: rng.int(0, 59), s: rng.int(0, 59) },
    lead,
    blocks,
    author: rng.pick(AUTHORS),
    photographer: rng.chance(0.3) ? rng.pick(AUTHORS) : null,
    views: rng.int(40, 9000),
  };
}

/** The article text a perfect cleaner keeps, paragraphs separated by a blank line. */
export function articleTruth(a) {
  const out = [a.lead];
  for (const b of a.blocks) {
    if (b.kind === 'p' || b.kind === 'quote' || b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'list') out.push(...b.items);
    else if (b.kind === 'table') out.push(...b.rows.map((r) => r.join(' ')));
  }
  return out.join('\n\n');
}

// ---------------------------------------------------------------- HTML pieces

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad2 = (n) => String(n).padStart(2, '0');
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80);

const MENU = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Chính quyền', 'Văn bản chỉ đạo điều hành', 'Thủ tục hành chính', 'Dịch vụ công trực tuyến', 'Công dân', 'Doanh nghiệp', 'Du khách', 'Hỏi đáp', 'Lịch công tác', 'Thông cáo báo chí', 'Chuyển đổi số', 'Quy hoạch - Kế hoạch', 'Dự án đầu tư', 'Thống kê', 'Liên hệ'];
const SUBMENU = ['Tin trong tỉnh', 'Tin trong nước', 'Chính trị', 'Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Lịch sử hình thành', 'Điều kiện tự nhiên', 'Sơ đồ tổ chức', 'Lãnh đạo tỉnh', 'Các sở, ban, ngành', 'UBND các huyện', 'Văn bản mới', 'Văn bản quy phạm pháp luật', 'Công báo', 'Góp ý dự thảo', 'Tuyên truyền phổ biến pháp luật', 'Chương trình mục tiêu quốc gia'];

function menuHtml(rng, cls, n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const label = MENU[i % MENU.length];
    const subs = rng.sample(SUBMENU, rng.int(2, 8))
      .map((s) => `<li class="sub-item"><a href="/${slug(label)}/${slug(s)}" title="${s}">${s}</a></li>`)
      .join('\n        ');
    items.push(`    <li class="menu-item menu-item-${i}"><a href="/${slug(label)}">${label}</a>\n      <ul class="sub-menu">\n        ${subs}\n      </ul>\n    </li>`);
  }
  return `<ul class="${cls}">\n${items.join('\n')}\n</ul>`;
}

function cssBlock(rng, bytes) {
  const sel = ['.header', '.menu-top', '.news-detail', '.box-title', '.footer', '.sidebar', '.weather', '.list-news', '.item', '.btn', '.banner', '.search-box', '.ms-webpart-chrome', '.breadcrumb', '.tag-list', '.comment-form'];
  const props = ['color:#0a4f9c', 'padding:4px 10px', 'font-size:13px', 'margin:0 auto', 'border-bottom:1px solid #e5e5e5', 'background:#f5f5f5', 'line-height:1.6', 'display:block', 'float:left', 'width:100%', 'text-align:justify', 'font-weight:700', 'overflow:hidden', 'position:relative'];
  let out = '';
  while (out.length < bytes) {
    out += `${rng.pick(sel)} ${rng.pick(['a', 'li', 'span', 'p', 'h2', 'img', 'div', '.title'])}${rng.chance(0.3) ? ':hover' : ''}{${rng.sample(props, rng.int(2, 6)).join(';')}}\n`;
  }
  return `<style type="text/css">\n${out}</style>`;
}

function jsBlock(rng, bytes) {
  let out = '';
  let i = rng.int(1, 999);
  while (out.length < bytes) {
    i++;
    switch (rng.int(0, 3)) {
      case 0:
        out += `function initSlider${i}(){var el=document.getElementById('slider${i}');if(!el){return;}var items=el.querySelectorAll('.item');for(var k=0;k<items.length;k++){items[k].style.display=k===0?'block':'none';}setInterval(function(){var c=el.getAttribute('data-cur')|0;items[c].style.display='none';c=(c+1)%items.length;items[c].style.display='block';el.setAttribute('data-cur',c);},${rng.int(3, 9)}000);}\n`;
        break;
      case 1:
        out += `var _menuData${i}=[${rng.sample(SUBMENU, 6).map((s, k) => `{"id":${i * 10 + k},"title":"${s}","url":"/${slug(s)}"}`).join(',')}];\n`;
        break;
      case 2:
        out += `(function(w,d){var s=d.createElement('script');s.async=true;s.src='/js/plugin${i}.min.js?v=${rng.int(1000, 9999)}';d.getElementsByTagName('head')[0].appendChild(s);w.__track=w.__track||[];w.__track.push(['view','${slug(rng.pick(MENU))}',${i}]);})(window,document);\n`;
        break;
      default:
        out += `$(document).ready(function(){$('.tab-${i} a').click(function(e){e.preventDefault();$(this).parent().addClass('active').siblings().removeClass('active');$('#tab-content-${i} > div').hide().eq($(this).parent().index()).show();});});\n`;
    }
  }
  return `<script type="text/javascript">\n//<![CDATA[\n${out}//]]>\n</script>`;
}

function relatedTitle(rng, y) {
  const ctx = { y, d: 1, m: 1, topic: null, event: rng.pick(EVENTS), officials: [{ name: personName(rng), title: rng.pick(PROVINCE_TITLES) }] };
  return fill(rng, rng.pick(TITLE_TEMPLATES), ctx);
}

function relatedHtml(rng, heading, n, y, cls = 'list-news') {
  const items = [];
  for (let i = 0; i < n; i++) {
    const t = relatedTitle(rng, y);
    items.push(`<li><a href="/tin-tuc/${slug(t)}-${rng.int(1000, 99999)}.html" title="${esc(t)}">${esc(t)}</a> <span class="date">(${pad2(rng.int(1, 28))}/${pad2(rng.int(1, 12))}/${y})</span></li>`);
  }
  return `<div class="box-related"><h3 class="box-title">${heading}</h3><ul class="${cls}">\n${items.join('\n')}\n</ul></div>`;
}

function weatherHtml(rng, place) {
  const lo = rng.int(8, 24);
  return `<div class="weather-widget"><div class="weather-place">${place}</div><div class="weather-temp">${lo + 3}oC</div><div class="weather-desc">Thấp nhất ${lo}°C, cao nhất ${lo + rng.int(3, 9)}°C. Trời nhiều mây, có mưa rào. Áp suất không khí ${rng.int(990, 1020)} hPa.</div><div>Độ ẩm trung bình ${rng.int(60, 95)}%. Tốc độ gió ${rng.int(1, 12)} km/h</div></div>`;
}

function footerHtml(rng, portal, province) {
  return `<footer class="footer"><div class="footer-inner"><p><strong>${portal}</strong></p><p>Cơ quan chủ quản: Văn phòng UBND tỉnh ${province}</p><p>Địa chỉ: Số ${rng.int(1, 300)}, đường ${rng.pick(['Trần Hưng Đạo', 'Nguyễn Tất Thành', 'Quang Trung', 'Lê Lợi'])}, thành phố ${province}</p><p>Điện thoại: 0216.${rng.int(100, 999)}.${rng.int(100, 999)} - Fax: 0216.${rng.int(100, 999)}.${rng.int(100, 999)} - Email: banbientap@${slug(province)}.gov.vn</p><p>Giấy phép số ${rng.int(10, 99)}/GP-TTĐT ngày ${rng.int(1, 28)}/${rng.int(1, 12)}/20${rng.int(10, 20)} của Cục Phát thanh, truyền hình và thông tin điện tử</p><p>Ghi rõ nguồn "${portal}" khi phát hành lại thông tin từ website này.</p><p>© Bản quyền thuộc về ${portal}</p><p class="counter">Lượt truy cập: ${rng.int(1, 40)}.${rng.int(100, 999)}.${rng.int(100, 999)} | Đang truy cập: ${rng.int(10, 999)}</p></div></footer>`;
}

function commentHtml() {
  return `<div class="comment-box"><h3 class="box-title">Ý kiến bạn đọc</h3><p>Bạn đọc gửi ý kiến vui lòng ghi rõ họ tên và địa chỉ email.</p><form action="/comment" method="post"><input type="text" name="name" placeholder="Họ và tên"/><input type="text" name="email" placeholder="Email"/><textarea name="content" placeholder="Nội dung ý kiến"></textarea><button type="submit">Gửi ý kiến</button></form></div>`;
}

function blocksHtml(rng, a, style) {
  const out = [];
  for (const b of a.blocks) {
    switch (b.kind) {
      case 'p':
        out.push(style === 'sp' && rng.chance(0.4) ? `<div style="text-align:justify">${esc(b.text)}</div>` : `<p style="text-align: justify;">${esc(b.text)}</p>`);
        break;
      case 'heading':
        out.push(`<p><strong>${esc(b.text)}</strong></p>`);
        break;
      case 'quote':
        out.push(`<blockquote><p>${esc(b.text)}</p></blockquote>`);
        break;
      case 'list':
        out.push(`<ul>${b.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
        break;
      case 'table':
        out.push(`<table class="data" border="1"><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
        break;
      case 'figure': {
        const src = `/uploads/${a.date.y}/${pad2(a.date.m)}/${rng.int(100000, 999999)}.jpg`;
        if (style === 'newspaper') {
          out.push(`<table class="image center"><tbody><tr><td><img src="${src}" alt="${esc(b.caption)}" width="600"/></td></tr><tr><td class="image_desc">${esc(b.caption)}</td></tr></tbody></table>`);
        } else if (style === 'sp') {
          out.push(`<p style="text-align:center"><img src="${src}" alt="" /></p><p style="text-align:center"><em>${esc(b.caption)}</em></p>`);
        } else {
          out.push(`<figure class="image"><img src="${src}" alt="${esc(b.caption)}"/><figcaption>${esc(b.caption)}</figcaption></figure>`);
        }
      }
    }
  }
  return out.join('\n');
}

const FILL = '<!--@@FILL@@-->';

/** One built-in page shell per family; FILL marks where size padding goes. */
function shell(rng, family, a) {
  const { d, m, y, h, mi, s } = a.date;
  const date = `${pad2(d)}/${pad2(m)}/${y}`;
  const byline = `<p style="text-align:right"><strong>${a.author}</strong></p>${a.photographer ? `<p style="text-align:right"><em>Ảnh: ${a.photographer}</em></p>` : ''}`;
  const head = (portal) => `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8"/>\n<meta name="viewport" content="width=device-width, initial-scale=1"/>\n<title>${esc(a.title)} - ${portal}</title>\n<meta name="description" content="${esc(a.lead.slice(0, 150))}"/>\n<link rel="stylesheet" href="/css/style.css?v=${rng.int(1, 99)}"/>\n${cssBlock(rng, rng.int(2000, 6000))}\n${jsBlock(rng, rng.int(2000, 5000))}\n${FILL}\n</head>`;
  switch (family) {
    case 'yenbai': {
      const portal = 'Cổng thông tin điện tử tỉnh Yên Bái';
      return `${head(portal)}
<body>
<a class="skip-link" href="#main">Bỏ qua nội dung</a>
<div class="top-bar"><span>Welcome to Yen Bai Portal</span><ul><li>Đường dây nóng: 02163.${rng.int(100, 999)}.${rng.int(100, 999)}</li><li><a href="/en">English</a></li></ul></div>
<div class="header"><a href="/"><img src="/images/banner.png" alt="${portal}"/></a><form class="search-box"><input name="q" placeholder="Tìm kiếm..."/></form></div>
<nav class="menu">${menuHtml(rng, 'menu-top', rng.int(8, 14))}</nav>
<div class="container">
<div class="col-main" id="main">
<div class="breadcrumb"><a href="/tin-trong-tinh">Tin trong tỉnh</a> &gt;&gt; <a href="/chinh-tri">${a.category}</a></div>
<div class="news-detail">
<h1 class="title-detail">${esc(a.title)}</h1>
<div class="date-detail">${date} ${pad2(h)}:${pad2(mi)}:${pad2(s)} <span class="font-size">Xem cỡ chữ</span> <a class="google" href="#">Google</a></div>
<div class="content-detail">
<p style="text-align: justify;"><strong>${esc(a.lead)}</strong></p>
${blocksHtml(rng, a, 'portal')}
${byline}
</div>
<div class="share-bar"><a href="#">In bài viết</a> <a href="#">Gửi email</a> <a href="#">Facebook</a></div>
${relatedHtml(rng, 'Các tin khác', rng.int(8, 15), y)}
</div>
</div>
<div class="col-right">${weatherHtml(rng, 'Yên Bái')}${relatedHtml(rng, 'Tin mới nhất', rng.int(6, 12), y)}${FILL}</div>
</div>
${footerHtml(rng, portal, 'Yên Bái')}
${jsBlock(rng, rng.int(1000, 3000))}
${FILL}
</body>
</html>
`;
    }
    case 'backan': {
      const portal = 'Cổng thông tin điện tử tỉnh Bắc Kạn';
      const vs = viewState(rng, rng.int(4000, 20000));
      return `${head(portal)}
<body class="ms-backgroundImage">
<form method="post" action="./ChiTietTin.aspx?ItemID=${rng.int(100, 9999)}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${vs}" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-portal"><img src="/PublishingImages/banner.jpg" alt="${portal}"/><div class="hotline">Đường dây nóng: 0209.${rng.int(100, 999)}.${rng.int(100, 999)}</div></div>
<div class="menu-portal">${menuHtml(rng, 'root static', rng.int(8, 16))}</div>
<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>PublishingPortal - Block_BanTin_Toolbar</span></h2></div>
<div class="toolbar-news"><span class="date">${date}</span><br/><a href="javascript:void(0)" onclick="zoomIn()">Tăng cỡ chữ</a> <a href="javascript:void(0)" onclick="zoomOut()">Giảm cỡ chữ</a></div></div>
<div class="title-news"><h1>${esc(a.title)}</h1></div>
<div class="summary-news"><p>${esc(a.lead)}</p></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>PublishingPortal - Block_BanTin_ViewData</span></h2></div>
<div class="ms-rtestate-field content-news">
${blocksHtml(rng, a, 'sp')}
<p>&#160;</p>
</div>
<div class="view-count">${a.views} lượt xem</div>
<div class="author-news">${a.author}</div>
</div>
</div>
<div class="ms-webpart-chrome">${weatherHtml(rng, 'Bắc Kạn')}</div>
<div class="ms-webpart-chrome">${relatedHtml(rng, 'Tin cùng chuyên mục', rng.int(8, 15), y, 'dfwp-list')}</div>
${FILL}
${footerHtml(rng, portal, 'Bắc Kạn')}
</div></div>
<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"/",webAbsoluteUrl:"https://backan.gov.vn",siteId:"{${rng.int(10000, 99999)}-a1b2}",currentLanguage:1066};</script>
${jsBlock(rng, rng.int(1500, 4000))}
${FILL}
</form>
</body>
</html>
`;
    }
    case 'tuyenquang': {
      const portal = 'Cổng thông tin điện tử tỉnh Tuyên Quang';
      const ampm = h >= 12 ? 'pm' : 'am';
      return `${head(portal)}
<body>
<div id="wrapper">
<header><div class="top-links"><a href="#content">Chuyển đến nội dung</a> | <a href="/en">English</a> | <a href="/sitemap">Sơ đồ cổng</a></div><div class="logo"><img src="/logo.png" alt="${portal}"/></div></header>
<nav id="nav">${menuHtml(rng, 'nav-main', rng.int(8, 14))}</nav>
<div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a> / <span>${a.category}</span></div>
<main id="content">
<article class="post">
<h1 class="post-title">${esc(a.title)}</h1>
<div class="post-meta">Ngày đăng: ${date}, ${pad2(((h + 11) % 12) + 1)}:${pad2(mi)} ${ampm} <span class="views">Lượt xem: ${a.views}</span></div>
<div class="audio-player"><button>Nghe đọc bài</button> <span>0:00 / 0:00</span></div>
<div class="post-content">
<p>${esc(a.lead)}</p>
${blocksHtml(rng, a, 'portal')}
${byline}
</div>
<div class="post-tags">Từ khóa: <a href="#">${a.category}</a>, <a href="#">${rng.pick(TOPICS)}</a></div>
</article>
${relatedHtml(rng, 'Tin cùng chuyên mục', rng.int(8, 15), y)}
${commentHtml()}
</main>
<aside>${weatherHtml(rng, 'Tuyên Quang')}${relatedHtml(rng, 'Tin xem nhiều', rng.int(6, 10), y)}${FILL}</aside>
${footerHtml(rng, portal, 'Tuyên Quang')}
</div>
${jsBlock(rng, rng.int(1000, 3000))}
${FILL}
</body>
</html>
`;
    }
    default: {
      const portal = 'Báo Yên Bái điện tử';
      const dow = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'][new Date(y, m - 1, d).getDay()];
      const hh = ((h + 11) % 12) + 1;
      return `${head(portal)}
<body>
<div class="topbar"><span class="today">${dow}, ${d}/${m}/${y}</span><a href="/rss">RSS</a><a href="/dang-nhap">Đăng nhập</a></div>
<div class="masthead"><a href="/"><img src="/img/logo-baoyenbai.png" alt="${portal}"/></a></div>
<nav class="main-nav">${menuHtml(rng, 'nav', rng.int(8, 14))}</nav>
<div class="page">
<div class="main-col">
<div class="cat-name"><a href="/${slug(a.category)}">${a.category}</a></div>
<h1 class="article-title">${esc(a.title)}</h1>
<div class="article-date">Cập nhật: ${dow}, ${d}/${m}/${y} | ${hh}:${pad2(mi)}:${pad2(s)} ${h >= 12 ? 'PM' : 'AM'}</div>
<div class="social-bar"><a>Chia sẻ</a> <a>Facebook</a> <a>Zalo</a> <a>In bài</a></div>
<div class="article-sapo"><strong>${esc(a.lead)}</strong></div>
<div class="article-body">
${blocksHtml(rng, a, 'newspaper')}
<p style="text-align:right"><strong>${a.author}${rng.chance(0.3) ? ' (thực hiện)' : ''}</strong></p>
</div>
<div class="tags">Tags: <a href="#">${a.category}</a> <a href="#">${rng.pick(DISTRICTS)}</a></div>
${relatedHtml(rng, 'Tin cùng chuyên mục', rng.int(8, 15), y)}
${relatedHtml(rng, 'Các tin khác', rng.int(5, 10), y)}
${commentHtml()}
</div>
<div class="side-col">${weatherHtml(rng, 'Yên Bái')}<div class="ad-banner"><img src="/ads/${rng.int(1, 30)}.gif" alt="Quảng cáo"/></div>${relatedHtml(rng, 'Đọc nhiều', rng.int(6, 10), y)}${FILL}</div>
</div>
${footerHtml(rng, portal, 'Yên Bái')}
${jsBlock(rng, rng.int(1000, 3000))}
${FILL}
</body>
</html>
`;
    }
  }
}

function viewState(rng, n) {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = '/wEP';
  while (s.length < n) s += abc[Math.floor(rng.next() * 64)];
  return s;
}

/** Padding of about `bytes` bytes: realistic furniture of the kind that bloats real pages. */
function padding(rng, bytes, y) {
  let out = '';
  while (Buffer.byteLength(out) < bytes) {
    const left = bytes - Buffer.byteLength(out);
    const r = rng.next();
    if (r < 0.45) out += jsBlock(rng, Math.min(left, rng.int(3000, 12000)));
    else if (r < 0.6) out += cssBlock(rng, Math.min(left, rng.int(2000, 6000)));
    else if (r < 0.85) out += relatedHtml(rng, rng.pick(['Tin mới nhất', 'Thông báo', 'Văn bản mới', 'Lịch công tác']), Math.max(3, Math.min(25, Math.round(left / 250))), y);
    else out += `<div class="links-box"><h3 class="box-title">Liên kết website</h3>${menuHtml(rng, 'links', rng.int(3, 8))}</div>`;
  }
  return out;
}

function fillTo(rng, html, target, y) {
  const parts = html.split(FILL);
  const base = Buffer.byteLength(parts.join(''));
  const deficit = Math.max(0, target - base);
  const share = [0.5, 0.3, 0.2];
  return parts.reduce((acc, part, i) => (i === 0 ? part : acc + padding(rng, Math.round(deficit * (share[i - 1] ?? 0.1)), y) + part), '');
}

// ---------------------------------------------------------------- fixture templates

function textLen(node, skipLinks = false) {
  if (node.type === 'text') return node.data.trim().length;
  if (!node.children || node.name === 'script' || node.name === 'style' || (skipLinks && node.name === 'a')) return 0;
  let n = 0;
  for (const c of node.children) n += textLen(c, skipLinks);
  return n;
}

const BLOCK = new Set(['p', 'div', 'ul', 'ol', 'table', 'h2', 'h3', 'figure', 'section', 'article', 'blockquote']);

function* elements(node) {
  for (const c of node.children ?? []) {
    if (c.type === 'tag' || c.type === 'script' || c.type === 'style') {
      yield c;
      yield* elements(c);
    }
  }
}

const LEAD_CLASS = /sapo|lead|summary|tomtat|tom-tat|description|intro|chapeau/i;

/** Where a fixture page's article lives: inner ranges of the body, the lead and the h1. */
export function findSlots(html) {
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  let best = null;
  let bestScore = 0;
  for (const el of elements(doc)) {
    let score = 0;
    for (const c of el.children) {
      // Paragraph-like children with prose that is not link text: the article, not a widget.
      if (c.type === 'tag' && (c.name === 'p' || c.name === 'div') && !(c.children ?? []).some((g) => g.type === 'tag' && BLOCK.has(g.name))) {
        const n = textLen(c, true);
        if (n > 60) score += n;
      }
    }
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  if (!best || bestScore < 500) return null;
  const inner = (el) => {
    const first = el.children[0];
    const last = el.children[el.children.length - 1];
    if (!first) return null;
    return { start: first.startIndex, end: last.endIndex + 1 };
  };
  const body = inner(best);
  if (!body) return null;
  const within = (el, of) => el.startIndex >= of.startIndex && el.endIndex <= of.endIndex;
  let lead = null;
  let h1 = null;
  let title = null;
  for (const el of elements(doc)) {
    if (!h1 && el.name === 'h1' && !within(el, best)) h1 = inner(el);
    if (!title && el.name === 'title') title = inner(el);
    // A sapo sits just before the body (not a "description" in some sidebar list).
    const nearBefore = el.endIndex < best.startIndex && best.startIndex - el.endIndex < 3000;
    if (!lead && el.type === 'tag' && LEAD_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) && nearBefore && !within(best, el) && textLen(el) > 40 && el.name !== 'meta') lead = inner(el);
  }
  return { body, lead, h1, title };
}

/** Fixture page shells by family: {family: [{slug, html, slots}]}. */
export function loadTemplates(fixturesDir) {
  const out = Object.fromEntries(FAMILIES.map((f) => [f, []]));
  if (!fixturesDir || !existsSync(fixturesDir)) return out;
  for (const name of readdirSync(fixturesDir).sort()) {
    const family = FAMILIES.find((f) => name.startsWith(`${f}-`));
    const file = join(fixturesDir, name, 'input.html');
    if (!family || !existsSync(file)) continue;
    const bytes = readFileSync(file);
    const html = bytes.toString('utf8');
    if (html.includes('\uFFFD') || !/charset=["']?utf-?8/i.test(html.slice(0, 4000))) continue; // legacy-charset fixtures: not a shell
    const slots = findSlots(html);
    if (slots) out[family].push({ slug: name, html, slots });
  }
  return out;
}

function renderFromFixture(rng, tpl, a) {
  const { html, slots } = tpl;
  const edits = [];
  const body = [];
  if (!slots.lead) body.push(`<p>${esc(a.lead)}</p>`);
  body.push(blocksHtml(rng, a, 'portal')); // the page's own byline, outside the body, stays
  edits.push({ ...slots.body, text: body.join('\n') });
  if (slots.lead) {
    const wrapped = /^\s*<p[\s>]/i.test(html.slice(slots.lead.start, slots.lead.end));
    edits.push({ ...slots.lead, text: wrapped ? `<p>${esc(a.lead)}</p>` : esc(a.lead) });
  }
  if (slots.h1) edits.push({ ...slots.h1, text: esc(a.title) });
  if (slots.title) {
    const old = html.slice(slots.title.start, slots.title.end);
    const i = old.lastIndexOf(' - ');
    edits.push({ ...slots.title, text: esc(a.title) + (i >= 0 ? old.slice(i) : '') });
  }
  edits.sort((x, y) => y.start - x.start);
  let out = html;
  let guard = Infinity;
  for (const e of edits) {
    if (e.end > guard) continue; // overlapping slot: keep the later one
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    guard = e.start;
  }
  return out;
}

// ---------------------------------------------------------------- corpus

/** Pages of the corpus, one at a time: {name, family, template, html, title, body}. */
export function* generatePages({ pages, seed = 1, templates = {} }) {
  for (let i = 0; i < pages; i++) {
    const rng = new Rng((seed * 0x9e3779b1 + i * 0x85ebca6b) >>> 0);
    const family = FAMILIES[i % FAMILIES.length];
    const a = makeArticle(rng, family);
    const shells = templates[family] ?? [];
    const target = rng.int(MIN_BYTES + 2048, MAX_BYTES - 8192);
    let html = null;
    let template = 'builtin';
    if (shells.length > 0 && rng.chance(0.5)) {
      const tpl = rng.pick(shells);
      html = renderFromFixture(rng, tpl, a);
      const size = Buffer.byteLength(html);
      if (size > MAX_BYTES) html = null;
      else {
        template = tpl.slug;
        // Fixture shells are small (~70 KB): pad like the built-in shells, before </body>.
        if (size < target) html = html.replace(/<\/body>/i, `${padding(rng, target - size, a.date.y)}\n</body>`);
      }
    }
    if (html === null) html = fillTo(rng, shell(rng, family, a), target, a.date.y);
    const name = `${String(i).padStart(5, '0')}.html`;
    yield { name, family, template, html, title: a.title, body: articleTruth(a) };
  }
}

/** Writes the corpus to outDir/pages and outDir/truth.ndjson; returns a summary. */
export function generateCorpus({ pages, seed = 1, outDir, fixturesDir }) {
  const templates = loadTemplates(fixturesDir);
  const pagesDir = join(outDir, 'pages');
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  const truth = [];
  let bytes = 0;
  const fromFixture = {};
  for (const p of generatePages({ pages, seed, templates })) {
    writeFileSync(join(pagesDir, p.name), p.html);
    bytes += Buffer.byteLength(p.html);
    if (p.template !== 'builtin') fromFixture[p.template] = (fromFixture[p.template] ?? 0) + 1;
    truth.push(JSON.stringify({ file: `pages/${p.name}`, family: p.family, template: p.template, title: p.title, body: p.body }));
  }
  writeFileSync(join(outDir, 'truth.ndjson'), truth.join('\n') + '\n');
  return {
    pages,
    bytes,
    seed,
    templates: Object.fromEntries(Object.entries(templates).map(([f, t]) => [f, t.map((x) => x.slug)])),
    fromFixture,
  };
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Default locations, relative to the repository. */
export const DEFAULT_OUT = join(HERE, 'out', 'corpus');
export const DEFAULT_FIXTURES = resolve(HERE, '..', 'fixtures');

function arg(argv, name, dflt) {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const pages = Number(arg(argv, '--pages', '300'));
  const seed = Number(arg(argv, '--seed', '1'));
  const outDir = resolve(arg(argv, '--out', DEFAULT_OUT));
  const fixturesDir = resolve(arg(argv, '--fixtures', DEFAULT_FIXTURES));
  const t0 = performance.now();
  const s = generateCorpus({ pages, seed, outDir, fixturesDir });
  const secs = (performance.now() - t0) / 1000;
  process.stderr.write(`wrote ${s.pages} pages, ${(s.bytes / 1048576).toFixed(1)} MB to ${outDir} in ${secs.toFixed(1)} s (seed ${seed}; fixture shells: ${JSON.stringify(s.templates)})\n`);
}
