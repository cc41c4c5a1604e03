// Each rule group removes its boilerplate in text form and in HTML form, and the article stays whole.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { ELEMENT_RULE_GROUPS, LINE_RULE_GROUPS, isToolbarLine } from '../../src/clean/rules.js';
import { BYLINE, PARAS, TITLE, fold, htmlBulletin, textBulletin } from './helpers.js';
import type { CleanedArticle } from '../../src/types.js';

interface Case {
  group: string;
  /** Lines as a portal's text export prints them. */
  lines: string[];
  where: 'header' | 'middle' | 'trailer';
  /** The same furniture as neutral HTML (no class hints: the line rules must catch it). */
  html: string;
  htmlWhere: 'before' | 'inside' | 'after';
  mustNot: string[];
}

const li = (titles: string[]): string => `<ul>${titles.map((t) => `<li><a href="/t/${t.length}">${t}</a></li>`).join('')}</ul>`;
const OTHER_NEWS = ['Trấn Yên ra quân trồng rừng năm 2024', 'Hội thi tuyên truyền viên pháp luật giỏi', 'Khánh thành cầu dân sinh tại xã Y Can'];

const CASES: Case[] = [
  { group: 'portal-header', lines: ['Welcome to Tran Yen Portal'], where: 'header', html: '<div>Welcome to Tran Yen Portal</div>', htmlWhere: 'before', mustNot: ['Welcome to'] },
  { group: 'hotline', lines: ['  • Đường dây nóng: 02163.818.555'], where: 'header', html: '<div>Đường dây nóng: 02163.818.555</div>', htmlWhere: 'before', mustNot: ['Đường dây nóng', '02163.818.555'] },
  { group: 'language', lines: ['  • English', 'Tiếng Việt | English'], where: 'header', html: '<div><a href="/">Tiếng Việt</a> | <a href="/en">English</a></div>', htmlWhere: 'before', mustNot: ['English'] },
  { group: 'skip-link', lines: ['Bỏ qua nội dung chính'], where: 'header', html: '<a href="#main">Bỏ qua nội dung chính</a>', htmlWhere: 'before', mustNot: ['Bỏ qua nội dung'] },
  { group: 'sharepoint-webpart', lines: ['PublishingPortal - Block_BanTin_Toolbar', 'PublishingPortal - Block_BanTin_ViewData'], where: 'middle', html: '<p>PublishingPortal - Block_BanTin_ViewData</p>', htmlWhere: 'inside', mustNot: ['PublishingPortal', 'Block_BanTin'] },
  { group: 'toolbar', lines: ['Tăng cỡ chữ Giảm cỡ chữ', 'Xem với cỡ chữ A+ A-', 'In bài | Gửi email | Chia sẻ'], where: 'middle', html: '<p>Tăng cỡ chữ Giảm cỡ chữ</p><p><a href="#">In bài</a> | <a href="#">Chia sẻ</a> | <a href="#">Google</a></p>', htmlWhere: 'inside', mustNot: ['cỡ chữ', 'In bài', 'Chia sẻ', 'Google'] },
  { group: 'counter', lines: ['1587 lượt xem'], where: 'trailer', html: '<p>Lượt xem: 1587</p>', htmlWhere: 'inside', mustNot: ['lượt xem', '1587'] },
  { group: 'weather', lines: ['15oC', 'Thấp nhất 13°C, cao nhất 17°C. Trời nhiều mây, . Áp suất không khí hPa.', 'Độ ẩm trung bình %. Tốc độ gió km/h', 'Độ ẩm 85%', 'Gió: 3 m/s', 'Hà Nội: 28°C - 35°C'], where: 'trailer', html: '<div><p>Yên Bái 28°C</p><p>Thấp nhất 13°C, cao nhất 17°C</p><p>Độ ẩm 85%</p></div>', htmlWhere: 'after', mustNot: ['15oC', 'Thấp nhất', 'Độ ẩm', 'Tốc độ gió', '85%', '28°C', '35°C'] },
  { group: 'player', lines: ['0:00 / 0:00', 'Đang tải nội dung...'], where: 'middle', html: '<p>0:00 / 0:00</p><p>Đang tải nội dung...</p>', htmlWhere: 'inside', mustNot: ['0:00', 'Đang tải'] },
  { group: 'related', lines: ['Tin cùng chuyên mục', ...OTHER_NEWS], where: 'trailer', html: `<div><h3>Tin cùng chuyên mục</h3>${li(OTHER_NEWS)}</div>`, htmlWhere: 'after', mustNot: ['Tin cùng chuyên mục', ...OTHER_NEWS] },
  { group: 'related', lines: ['Những tin mới hơn', OTHER_NEWS[0], 'Những tin cũ hơn', OTHER_NEWS[1]], where: 'trailer', html: `<div><b>Những tin mới hơn</b>${li(OTHER_NEWS.slice(0, 1))}<b>Những tin cũ hơn</b>${li(OTHER_NEWS.slice(1))}</div>`, htmlWhere: 'after', mustNot: ['Những tin', ...OTHER_NEWS] },
  { group: 'comments', lines: ['Ý kiến bạn đọc', 'Họ và tên', 'Email', 'Gửi bình luận'], where: 'trailer', html: '<div><h3>Ý kiến bạn đọc</h3><p>Họ và tên</p><p>Mã xác nhận</p><p>Gửi</p></div>', htmlWhere: 'after', mustNot: ['Ý kiến bạn đọc', 'Họ và tên', 'Mã xác nhận'] },
  { group: 'tags', lines: ['Từ khóa: xây dựng Đảng, Trấn Yên'], where: 'trailer', html: '<p>Từ khóa: <a href="/tag/1">xây dựng Đảng</a>, <a href="/tag/2">Trấn Yên</a></p>', htmlWhere: 'inside', mustNot: ['Từ khóa'] },
  { group: 'signup', lines: ['Đăng ký nhận bản tin qua email'], where: 'trailer', html: '<p>Đăng nhập để đọc tiếp bài viết</p>', htmlWhere: 'inside', mustNot: ['Đăng ký nhận', 'Đăng nhập để đọc'] },
  { group: 'cookie', lines: ['Trang web sử dụng cookie để nâng cao trải nghiệm của bạn.', 'Đồng ý'], where: 'trailer', html: '<div><p>Trang web sử dụng cookie để nâng cao trải nghiệm của bạn.</p><p>Đồng ý</p></div>', htmlWhere: 'after', mustNot: ['cookie', 'Đồng ý'] },
  { group: 'social', lines: ['Theo dõi chúng tôi trên Facebook'], where: 'trailer', html: '<p>Theo dõi chúng tôi trên <a href="#">Facebook</a></p>', htmlWhere: 'inside', mustNot: ['Theo dõi chúng tôi'] },
  { group: 'image-widget', lines: ['Căn trái Căn giữa Căn phải'], where: 'middle', html: '<p>Căn trái Căn giữa Căn phải</p>', htmlWhere: 'inside', mustNot: ['Căn trái'] },
  { group: 'footer', lines: ['© 2023 Cổng thông tin điện tử huyện Trấn Yên', 'Địa chỉ: Số 1, đường Trần Phú, thị trấn Cổ Phúc', 'Giấy phép số 12/GP-TTĐT ngày 05/3/2020'], where: 'trailer', html: '<div><p>© 2023 Cổng thông tin điện tử huyện Trấn Yên</p><p>Địa chỉ: Số 1, đường Trần Phú</p><p>Giấy phép số 12/GP-TTĐT ngày 05/3/2020</p></div>', htmlWhere: 'after', mustNot: ['©', 'Địa chỉ', '12/GP-TTĐT'] },
];

function expectArticle(r: CleanedArticle, mustNot: string[]): void {
  const body = fold(r.text);
  for (const p of PARAS) expect(body, `kept: ${p.slice(0, 40)}`).toContain(fold(p));
  for (const s of mustNot) expect(body, `leaked: ${s}`).not.toContain(fold(s));
  expect(r.title).toBe(TITLE);
  expect(r.publishedAt).toBe('2023-12-28T16:05:10+07:00');
  expect(r.authors).toEqual([BYLINE]);
  expect(r.text.startsWith(PARAS[0])).toBe(true);
}

describe('rule groups', () => {
  it('has no empty group and every rule names where it was seen', () => {
    for (const g of LINE_RULE_GROUPS) {
      expect(g.rules.length).toBeGreaterThan(0);
      for (const r of g.rules) expect(r.seen.length).toBeGreaterThan(3);
    }
    for (const g of ELEMENT_RULE_GROUPS) {
      expect(g.rules.length).toBeGreaterThan(0);
      for (const r of g.rules) expect(r.seen.length).toBeGreaterThan(3);
    }
  });

  it('keeps rule patterns in NFC', () => {
    for (const g of LINE_RULE_GROUPS) for (const r of g.rules) expect(r.re.source).toBe(r.re.source.normalize('NFC'));
  });

  it('recognises toolbar lines but not sentences that use toolbar words', () => {
    expect(isToolbarLine('Tăng cỡ chữ Giảm cỡ chữ')).toBe(true);
    expect(isToolbarLine('Xem cỡ chữ Google')).toBe(true);
    expect(isToolbarLine('In bài | Gửi email | Chia sẻ')).toBe(true);
    expect(isToolbarLine('Chia sẻ kinh nghiệm xây dựng nông thôn mới')).toBe(false);
    expect(isToolbarLine('Indonesia')).toBe(false);
  });
});

describe.each(CASES)('group $group', (c) => {
  it('removes it from text input', () => {
    const r = cleanDocument({
      format: 'text',
      content: textBulletin({
        header: c.where === 'header' ? c.lines : [],
        middle: c.where === 'middle' ? c.lines : undefined,
        trailer: c.where === 'trailer' ? c.lines : [],
      }),
    });
    expectArticle(r, c.mustNot);
  });

  it('removes it from HTML input', () => {
    const r = cleanDocument({
      format: 'html',
      content: htmlBulletin({ before: c.htmlWhere === 'before' ? c.html : '', inside: c.htmlWhere === 'inside' ? c.html : undefined, after: c.htmlWhere === 'after' ? c.html : '' }),
    });
    expectArticle(r, c.mustNot);
  });
});

describe('counters and breadcrumbs become fields', () => {
  it.each([
    ['1587 lượt xem', 1587],
    ['Lượt xem: 4945', 4945],
    ['Đã xem: 234', 234],
    ['Số lượt xem: 1.234', 1234],
  ])('"%s" → views %d (text)', (line, n) => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ trailer: [line] }) });
    expect(r.views).toBe(n);
    expect(r.text).not.toContain(String(n));
  });

  it('reads the views from a counter element in HTML', () => {
    const r = cleanDocument({ format: 'html', content: htmlBulletin({ after: '<span class="luotxem">Lượt xem: 4945</span>' }) });
    expect(r.views).toBe(4945);
  });

  it('turns a breadcrumb line into the category (text)', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ header: ['Tin trong tỉnh >> Chính trị'] }) });
    expect(r.category).toBe('Tin trong tỉnh > Chính trị');
    expect(r.text).not.toContain('Tin trong tỉnh');
  });

  it('turns a breadcrumb element into the category (HTML), without "Trang chủ"', () => {
    const r = cleanDocument({
      format: 'html',
      content: htmlBulletin({ before: '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin">Tin trong tỉnh</a> » <a href="/ct">Chính trị</a></div>' }),
    });
    expect(r.category).toBe('Tin trong tỉnh > Chính trị');
    expect(r.text).not.toContain('Trang chủ');
  });
});

describe('furniture marked by class and id (HTML)', () => {
  const widgets = [
    '<div class="weather-box"><span>Yên Bái</span> <span>24 độ</span> <span>Mây rải rác</span></div>',
    '<div id="hotline">Hỗ trợ trực tuyến 0912 345 678</div>',
    '<ul class="social-share"><li><a href="#">Chia sẻ lên mạng xã hội</a></li></ul>',
    '<div class="tin-lien-quan"><h3>Bài viết cùng chủ đề</h3><p>Nội dung tóm tắt của một bài viết khác, không thuộc bài này.</p></div>',
    '<div class="box-comment"><p>Bạn đọc Nguyễn Văn Sơn viết: bài viết rất hay, cảm ơn tác giả.</p></div>',
    '<footer><p>Trung tâm Văn hóa - Thông tin và Truyền thông huyện Trấn Yên</p></footer>',
    '<nav><a href="/">Tin tức</a> <a href="/">Văn bản</a> <a href="/">Thủ tục</a></nav>',
  ];
  it('prunes widgets, share bars, related boxes, comments, footers and navigation', () => {
    const r = cleanDocument({ format: 'html', content: htmlBulletin({ before: widgets.slice(5).join(''), after: widgets.slice(0, 5).join('') }) });
    expectArticle(r, ['Mây rải rác', '0912 345 678', 'mạng xã hội', 'Bài viết cùng chủ đề', 'Nguyễn Văn Sơn', 'Trung tâm Văn hóa', 'Thủ tục']);
  });
});
