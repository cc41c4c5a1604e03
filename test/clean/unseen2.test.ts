// Forms from the second evaluation set of portals nobody tuned for: related boxes inside the
// article, font-size buttons, toolbars under the date line, photo credits beside captions,
// agency bylines, table captions, "»" breadcrumbs, web-part titles, small print pages.
// All inputs are own writing.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { isToolbarLine } from '../../src/clean/rules.js';
import { PARAS, TITLE, htmlBulletin, textBulletin } from './helpers.js';

const text = (lines: string[]) => cleanDocument({ format: 'text', content: lines.join('\n') });
const html = (content: string) => cleanDocument({ format: 'html', content });

// A short article whose middle and end paragraphs are below the "long paragraph" sizes.
const HEAD = 'Huyện Mường Tè hoàn thành sắp xếp thôn, bản trước thời hạn';
const LEAD = 'Sáng 20/9, UBND huyện Mường Tè tổ chức hội nghị sơ kết việc sắp xếp thôn, bản và tổ dân phố trên địa bàn huyện năm 2024.';
const MID = 'Theo báo cáo, toàn huyện đã sáp nhập 14 bản, giảm 9 bản so với trước; 92,5% hộ dân đồng thuận với phương án.';
const AFTER1 = 'Ông Lò Văn Thanh, Trưởng phòng Nội vụ huyện cho biết, việc sắp xếp được thực hiện theo Nghị quyết số 12/2024/NQ-HĐND ngày 5/7/2024.';
const AFTER2 = 'Phát biểu kết luận, Chủ tịch UBND huyện đề nghị các xã ổn định tổ chức bản mới trong tháng 10.';

describe('a related box inside a text copy', () => {
  it.each(['Tin liên quan:', 'Tin liên quan', 'Xem thêm:', 'Đọc thêm:'])('"%s" with titles, then more paragraphs: only the box goes', (header) => {
    const r = text([
      HEAD, '23/09/2024 08:15', LEAD, '', MID, '',
      header, 'Mường Tè tuyên truyền chủ trương sáp nhập bản', 'Lai Châu tổng kết công tác cán bộ năm 2023', '',
      AFTER1, '', AFTER2, '', 'Quang Huy',
    ]);
    expect(r.text).toContain(AFTER1);
    expect(r.text.endsWith(AFTER2)).toBe(true);
    expect(r.text).not.toContain('tuyên truyền chủ trương sáp nhập');
    expect(r.text).not.toContain(header.replace(':', ''));
    expect(r.authors).toEqual(['Quang Huy']);
  });

  it('drops a box whose title asks a question', () => {
    const r = text([HEAD, '23/09/2024 08:15', LEAD, '', MID, '', 'Tin liên quan:', 'Vì sao nhiều bản chưa muốn sáp nhập?', '', AFTER1, '', 'Quang Huy']);
    expect(r.text.endsWith(AFTER1)).toBe(true);
    expect(r.text).not.toContain('Vì sao');
  });

  it('drops a box whose titles carry dashes', () => {
    const r = text([HEAD, '23/09/2024 08:15', LEAD, '', MID, '', 'Đọc thêm', '- Mường Tè tuyên truyền chủ trương sáp nhập bản', '- Lai Châu tổng kết công tác cán bộ năm 2023', '', AFTER1, '', 'Quang Huy']);
    expect(r.text.endsWith(AFTER1)).toBe(true);
    expect(r.text).not.toContain('Lai Châu tổng kết');
  });

  it('still ends the article when the box comes after the last paragraph', () => {
    const r = text([
      HEAD, '23/09/2024 08:15', LEAD, '', MID, '', AFTER2, '',
      'Tin liên quan:', 'Mường Tè tuyên truyền chủ trương sáp nhập bản', 'Lai Châu tổng kết công tác cán bộ năm 2023', '',
      'Cổng thông tin điện tử huyện Mường Tè',
    ]);
    expect(r.text.endsWith(AFTER2)).toBe(true);
    expect(r.text).not.toContain('tuyên truyền chủ trương');
  });

  it('ends the article at a box right after the byline, even with a summary below it', () => {
    const r = text([
      HEAD, '23/09/2024 08:15', LEAD, '', MID, '', AFTER2, '', 'Quang Huy', '',
      'Tin liên quan', 'Mường Tè tuyên truyền chủ trương sáp nhập bản',
      'Những ngày qua, huyện đã tổ chức nhiều buổi đối thoại với người dân ở các bản vùng cao về phương án sáp nhập.',
    ]);
    expect(r.authors).toEqual(['Quang Huy']);
    expect(r.text).not.toContain('đối thoại');
  });

  it('does not take a list of titles with summaries for the article', () => {
    const r = text([
      HEAD, '23/09/2024 08:15', LEAD, '', MID, '', AFTER2, '',
      'Tin liên quan:', 'Mường Tè tuyên truyền chủ trương sáp nhập bản',
      'Những ngày qua, huyện đã tổ chức nhiều buổi đối thoại với người dân ở các bản vùng cao về phương án sáp nhập.',
      'Lai Châu tổng kết công tác cán bộ năm 2023',
      'Tỉnh ủy Lai Châu vừa tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023 với nhiều kết quả nổi bật.',
    ]);
    expect(r.text.endsWith(AFTER2)).toBe(true);
    expect(r.text).not.toContain('đối thoại');
  });

  it('ends the article at a same-section list even when a paragraph follows its titles', () => {
    const r = text([
      HEAD, '23/09/2024 08:15', LEAD, '', MID, '', AFTER2, '',
      'Tin cùng chuyên mục', 'Mường Tè tuyên truyền chủ trương sáp nhập bản', '',
      'Trang thông tin do Văn phòng HĐND và UBND huyện quản lý, ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
    ]);
    expect(r.text.endsWith(AFTER2)).toBe(true);
  });

  it('keeps a paragraph opening with "Theo báo cáo," before the box', () => {
    const r = text([HEAD, '23/09/2024 08:15', LEAD, '', MID, '', 'Xem thêm:', 'Mường Tè tuyên truyền chủ trương sáp nhập bản', '', AFTER1, '', 'Quang Huy']);
    expect(r.text).toContain(MID);
    expect(r.text).toContain(AFTER1);
  });

  it('reads the view counter printed under the related box', () => {
    const r = text([HEAD, '23/09/2024 08:15', LEAD, '', MID, '', AFTER2, '', 'Quang Huy', '', 'Tin cùng chuyên mục', 'Mường Tè tuyên truyền chủ trương sáp nhập bản', '', 'Lượt xem: 1.312']);
    expect(r.views).toBe(1312);
  });
});

describe('toolbars', () => {
  it.each(['A- A A+', 'A A A', 'Cỡ chữ: A- A+', 'Nghe đọc bài A- A A+', 'Lưu bài  In bài  Chia sẻ', 'Lưu bài | In bài | Gửi email', 'Bản in | Phản hồi'])('"%s" is a toolbar line', (line) => {
    expect(isToolbarLine(line.replace(/\s+/g, ' '))).toBe(true);
  });

  it.each(['A Lưới', 'Lưu bài phát biểu của đồng chí Bí thư', 'Chia sẻ kinh nghiệm giảm nghèo'])('"%s" is not', (line) => {
    expect(isToolbarLine(line)).toBe(false);
  });

  it('leaves no font-size buttons at the start of the text', () => {
    const r = text(['Báo điện tử', 'Chính trị', '23/09/2024 08:15', HEAD, 'Nghe đọc bài', 'A- A A+', LEAD, '', MID, '', AFTER2, '', 'Quang Huy']);
    expect(r.text.startsWith(LEAD)).toBe(true);
    expect(r.title).toBe(HEAD);
  });

  it('never takes a toolbar line under the date line for the headline', () => {
    const r = text(['Báo Lai Châu', '', HEAD, '', 'Ngày đăng: 23/09/2024 | 08:15', 'Lưu tin   In tin   Chia sẻ Zalo', LEAD, '', MID, '', AFTER2, '', 'Quang Huy']);
    expect(r.title).toBe(HEAD);
    expect(r.text).not.toContain('Lưu tin');
  });
});

describe('photo credits and captions in text', () => {
  const CAP = 'Người dân bản Nậm Hàng nhận gạo hỗ trợ tại nhà văn hóa bản';

  it('takes the line under an "Ảnh:" credit for the caption, not the credit', () => {
    const r = text([HEAD, '23/09/2024 08:15', LEAD, 'Ảnh: Đức Anh', CAP, AFTER1, AFTER2, 'Quang Huy']);
    expect(r.captions).toEqual([CAP]);
    expect(r.text).not.toContain(CAP);
    expect(r.text).not.toContain('Đức Anh');
    expect(r.authors).toEqual(['Quang Huy']);
  });

  it('takes the line above an "Ảnh:" credit for the caption', () => {
    const r = text([HEAD, '23/09/2024 08:15', LEAD, CAP, 'Ảnh: Đức Anh', AFTER1, AFTER2, 'Quang Huy']);
    expect(r.captions).toEqual([CAP]);
    expect(r.text).not.toContain('Đức Anh');
  });

  it('takes a line ending in ". Ảnh: Name" for a caption', () => {
    const cap = 'Đại tá Nguyễn Văn Khoa phát biểu tại buổi làm việc. Ảnh: Thanh Bình';
    const r = text([HEAD, '23/09/2024 08:15', LEAD, cap, AFTER1, AFTER2, 'Quang Huy']);
    expect(r.captions.length).toBe(1);
    expect(r.captions[0]).toContain('Đại tá Nguyễn Văn Khoa phát biểu tại buổi làm việc');
    expect(r.text).not.toContain('Thanh Bình');
    expect(r.authors).toEqual(['Quang Huy']);
  });
});

describe('bylines that are no person', () => {
  it.each(['PV', 'P.V', 'BBT', 'Nguồn: Báo Lai Châu', '(Nguồn: Sở Y tế)', 'Theo TTXVN', 'PV (tổng hợp)', 'Sở Tài chính tỉnh Lai Châu', 'Trung tâm VH-TT huyện Sìn Hồ'])('"%s" as the last line: no author, not in the text', (line) => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ byline: line }) });
    expect(r.authors).toEqual([]);
    expect(r.text.endsWith(PARAS[3])).toBe(true);
  });
});

describe('categories from menus, breadcrumbs and web parts', () => {
  it('reads the section repeated under a one-line pipe menu', () => {
    const header = ['Báo Lai Châu', 'Tin mới | Thời sự | Kinh tế | Xã hội | Thể thao', 'Kinh tế'];
    expect(cleanDocument({ format: 'text', content: textBulletin({ header }) }).category).toBe('Kinh tế');
  });

  it('reads a <nav class="bc"> breadcrumb with "»"', () => {
    const before = '<nav class="bc"><a href="/">Trang chủ</a> » <a href="/kt">Kinh tế</a> » <a href="/kt/nn">Nông nghiệp</a></nav>';
    expect(html(htmlBulletin({ before })).category).toBe('Kinh tế > Nông nghiệp');
  });

  it('reads a plain <nav> breadcrumb that starts at the home item', () => {
    const before = '<nav><a href="/">Trang chủ</a> › <a href="/xh">Xã hội</a></nav>';
    expect(html(htmlBulletin({ before })).category).toBe('Xã hội');
  });

  it('never takes a SharePoint web-part title for the category', () => {
    const after = '<div class="ms-webpart-zone"><div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>PublishingPortal - Block_LienKetSite</span></h2><select><option>Liên kết</option></select></div></div>';
    expect(html(htmlBulletin({ after })).category).toBeNull();
  });
});

describe('captions in image tables', () => {
  const CAP = 'Đồng chí Bí thư Huyện ủy trao giấy khen cho các tập thể tiêu biểu';
  it.each([
    ['td.image_desc', `<table class="image center"><tr><td><img src="/a.jpg" alt="x"></td></tr><tr><td class="image_desc"><em>${CAP}</em></td></tr></table>`],
    ['an unclassed cell under an image', `<table align="center"><tr><td><img src="/a.jpg"></td></tr><tr><td>${CAP}</td></tr></table>`],
    ['div.img-chuthich', `<div class="img-chuthich">${CAP}</div>`],
    ['a figure without figcaption', `<figure><img src="/a.jpg"><p>${CAP}</p></figure>`],
  ])('%s goes to captions', (_name, inside) => {
    const r = html(htmlBulletin({ inside }));
    expect(r.captions).toEqual([CAP]);
    expect(r.text).not.toContain(CAP);
    for (const p of PARAS) expect(r.text).toContain(p);
  });

  const SCENE = 'Cánh đồng lúa xã Mường So vào mùa thu hoạch';
  it.each([
    ['an image table', `<table align="center"><tr><td><img src="/a.jpg"></td></tr><tr><td>${SCENE}</td></tr></table>`],
    ['a figure', `<figure><img src="/a.jpg"><div>${SCENE}</div></figure>`],
  ])('a plain scene line in %s goes to captions', (_name, inside) => {
    const r = html(htmlBulletin({ inside }));
    expect(r.captions).toEqual([SCENE]);
    expect(r.text).not.toContain(SCENE);
  });

  it('a data table with an icon stays text', () => {
    const inside = '<table border="1"><tr><td>Xã</td><td>Kết quả</td></tr><tr><td>Xã Bum Nưa <img src="/ok.png"></td><td>Đạt 100% kế hoạch năm</td></tr><tr><td>Xã Ka Lăng</td><td>Đạt 96% kế hoạch năm</td></tr></table>';
    const r = html(htmlBulletin({ inside }));
    expect(r.text).toContain('Đạt 96% kế hoạch năm');
  });
});

describe('small print pages', () => {
  const page = (tag: string): string => `<html><head><meta charset="utf-8"><title>In bài viết</title></head><body>
<div class="print-tool"><a href="javascript:window.print()">In bài</a> | <a href="javascript:window.close()">Đóng</a></div>
<div class="art"><h2 class="title">${HEAD}</h2><span class="date">Ngày đăng: 23/09/2024 8:15:00 AM</span>
<div class="content"><${tag}>Ngày 20/9, huyện Mường Tè cho biết toàn huyện đã sáp nhập 14 bản, giảm 9 bản, đạt 100% kế hoạch, sớm hơn 3 tháng.</${tag}>
<${tag}>Số bản sau sắp xếp như sau:</${tag}>
<table><tr><td>Xã</td><td>Trước</td><td>Sau</td></tr><tr><td>Xã Bum Nưa</td><td>12 bản</td><td>9 bản</td></tr><tr><td>Xã Ka Lăng</td><td>10 bản, 2 điểm</td><td>7 bản</td></tr></table>
<${tag}>Huyện đề nghị các xã ổn định tổ chức bản mới trong tháng 10.</${tag}>
<${tag} style="text-align:right"><b>Quang Huy</b></${tag}></div></div>
<div class="footer">Bản quyền thuộc UBND huyện Mường Tè</div></body></html>`;

  it.each(['div', 'p'])('keeps the short blocks around a table and the byline (<%s>)', (tag) => {
    const r = html(page(tag));
    expect(r.title).toBe(HEAD);
    expect(r.text).toContain('Số bản sau sắp xếp như sau:');
    expect(r.text).toContain('Xã Bum Nưa | 12 bản | 9 bản');
    expect(r.text).toContain('ổn định tổ chức bản mới trong tháng 10.');
    expect(r.text).not.toContain('Bản quyền');
    expect(r.text).not.toContain('Đóng');
    expect(r.authors).toEqual(['Quang Huy']);
  });
});

describe('unchanged forms', () => {
  it('keeps the helper bulletin whole', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin() });
    expect(r.title).toBe(TITLE);
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
  });
});
