// Page forms found on portals nobody tuned for (the unseen-portal evaluation): inline ASP.NET
// wrappers, hard-wrapped text, "today" bars, US-order SharePoint timestamps, category labels,
// given names that are also common words, inline "Xem thêm" prompts. Inputs are own writing.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { parseDateLine } from '../../src/clean/dates.js';
import { parseByline } from '../../src/clean/byline.js';
import { parseCrumb, textToBlocks } from '../../src/clean/lines.js';
import { PARAS, TITLE, htmlBulletin, textBulletin } from './helpers.js';

const page = (body: string, title = 'Sở Tài chính tỉnh - Chi tiết tin', head = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe('article blocks inside inline wrappers', () => {
  it('finds paragraphs and a table held by an ASP.NET <span> label', () => {
    const rows = '<table border="1"><tr><td>Nhóm hàng</td><td>Tăng giảm</td></tr><tr><td>Lương thực</td><td>tăng 0,4%</td></tr><tr><td>Giao thông</td><td>giảm 1,2%</td></tr></table>';
    const html = page(`<form id="form1"><div id="menu"><a href="/">Trang chủ</a> <a href="/a">Giới thiệu</a></div>
<div id="left"><div class="box"><div class="box-title">Liên kết nhanh</div><p>Danh bạ điện thoại các phòng</p><ul>${Array.from({ length: 9 }, (_, i) => `<li>Thông báo số ${i + 1} về lịch tiếp nhận hồ sơ đăng ký kinh doanh quý I năm 2024</li>`).join('')}</ul></div></div>
<div id="center"><div class="tieude"><span id="ctl00_MainPlaceHolder_lblTieuDe">${TITLE}</span></div>
<div class="ngay"><span id="ctl00_MainPlaceHolder_lblNgay">Ngày: 28/12/2023</span></div>
<div class="noidung"><span id="ctl00_MainPlaceHolder_lblNoiDung">${PARAS.map((p) => `<p>${p}</p>`).join('')}${rows}<p align="right"><b>Ngọc Anh</b></p></span></div>
<div class="cactin"><b>Các tin đã đưa:</b><ul><li><a href="?id=1">Một tin cũ hơn của chuyên mục (01/12/2023)</a></li></ul></div></div></form>`);
    const r = cleanDocument({ format: 'html', content: html });
    for (const p of PARAS) expect(r.text).toContain(p);
    expect(r.text).toContain('Giao thông | giảm 1,2%');
    expect(r.text).not.toContain('Danh bạ');
    expect(r.text).not.toContain('Một tin cũ hơn');
    expect(r.title).toBe(TITLE);
    expect(r.authors).toEqual(['Ngọc Anh']);
  });
});

describe('hard-wrapped text', () => {
  const wrap = (s: string, width: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const w of s.split(' ')) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) out.push(line);
    return out;
  };

  it('joins continuation lines into paragraphs before judging them', () => {
    const lines = ['Cổng thông tin điện tử huyện Trấn Yên', 'Thứ Năm, ngày 28/12/2023', '', TITLE, 'Ngày đăng: 28/12/2023, 04:05 pm', ''];
    for (const p of PARAS) lines.push(...wrap(p, 76), '');
    lines.push('Ngọc Anh', '', 'Thời tiết Yên Bái: 14°C - 19°C, Độ ẩm: 80%');
    const r = cleanDocument({ format: 'text', content: lines.join('\n') });
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
    expect(r.title).toBe(TITLE);
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.authors).toEqual(['Ngọc Anh']);
  });

  it('does not join a headline with a colon to the lead below it', () => {
    const head = 'Trấn Yên: nhiều chỉ tiêu xây dựng Đảng năm 2023 vượt kế hoạch đề ra';
    const lines = [head];
    for (const p of PARAS) lines.push(...wrap(p, head.length + 2), '');
    const blocks = textToBlocks(lines.join('\n'));
    expect(blocks[0].text).toBe(head);
    expect(blocks.slice(1).map((b) => b.text)).toEqual([...PARAS]);
  });

  it('keeps lines of one-line-per-paragraph text apart', () => {
    const blocks = textToBlocks([TITLE, PARAS[0], PARAS[1], 'Ngọc Anh'].join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([TITLE, PARAS[0], PARAS[1], 'Ngọc Anh']);
  });
});

describe('bylines with given names that are also words', () => {
  it.each([
    ['Thu Trang', ['Thu Trang']],
    ['Thành Công', ['Thành Công']],
    ['Xuân Trường', ['Xuân Trường']],
    ['Văn Đồng', ['Văn Đồng']],
    ['Minh Sáng - Thu Hai', ['Minh Sáng', 'Thu Hai']],
  ])('"%s" → %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each(['Trước Tiếp', 'Bài trước Bài sau', 'Ủy ban Nhân dân', 'Tin Ảnh', 'Chi tiết'])('"%s" is not a byline', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it('takes a short name line after the last paragraph, before a pager and the latest-news box', () => {
    const r = cleanDocument({
      format: 'text',
      content: textBulletin({ byline: 'Thu Trang', trailer: ['', 'Trước  Tiếp', '', 'Tin mới', 'Một tin khác về kỳ họp thứ nhất', '', 'Lịch tiếp công dân', 'Thường trực tiếp công dân vào ngày 10 hằng tháng tại trụ sở cơ quan.'] }),
    });
    expect(r.authors).toEqual(['Thu Trang']);
    expect(r.text).not.toContain('Lịch tiếp công dân');
    expect(r.text).not.toContain('Thường trực tiếp công dân');
    expect(r.text.endsWith(PARAS[3])).toBe(true);
  });

  it('takes an initials byline line', () => {
    expect(cleanDocument({ format: 'text', content: textBulletin({ byline: 'N.Q' }) }).authors).toEqual(['N.Q']);
  });
});

describe('labels and prompts inside the article', () => {
  it('drops a "Chi tiết" label line above the date', () => {
    const content = ['Trang chủ', '', TITLE, '', 'Chi tiết', 'Cập nhật: 28/12/2023 16:05', 'Lượt xem: 77', '', ...PARAS.flatMap((p) => [p, '']), 'Ngọc Anh'].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.text.startsWith(PARAS[0])).toBe(true);
    expect(r.views).toBe(77);
  });

  it('drops "Xem thêm:" and "Video:" link paragraphs inside the body', () => {
    const inside = '<p><strong>Xem thêm:</strong> <a href="/x">Khởi công cầu dân sinh ở xã vùng cao</a></p><p><strong>Video: Toàn cảnh công trình nhìn từ trên cao</strong></p>';
    const r = cleanDocument({ format: 'html', content: htmlBulletin({ inside }) });
    expect(r.text).not.toContain('Xem thêm');
    expect(r.text).not.toContain('Khởi công cầu dân sinh');
    expect(r.text).not.toContain('Video:');
    for (const p of PARAS) expect(r.text).toContain(p);
  });
});

describe('publication dates', () => {
  it('reads a date line with a category before it', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ dateLine: 'Văn hóa - Xã hội - 16:05, 28/12/2023' }) });
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.category).toBe('Văn hóa - Xã hội');
    expect(r.text.startsWith(PARAS[0])).toBe(true);
  });

  it.each([
    ['6/21/2022 9:15 AM', '2022-06-21T09:15:00+07:00'],
    ['11/30/2020 4:05 PM', '2020-11-30T16:05:00+07:00'],
    // weekday check: 3 February 2023 was a Friday, 2 March 2023 a Thursday
    ['Thứ Sáu, 3/2/2023 10:00 AM', '2023-02-03T10:00:00+07:00'],
    ['3/2/2023 10:00 AM', '2023-02-03T10:00:00+07:00'],
    // 2 March 2023 was a Thursday: the weekday confirms the US reading
    ['Thứ Năm, 3/2/2023 10:00 AM', '2023-03-02T10:00:00+07:00'],
  ])('US-order SharePoint timestamps "%s" when the day cannot come first', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it('prefers the date line under the headline to the "today" bar above the menu', () => {
    const content = ['Thứ Hai, 01/01/2024', 'Trang chủ | Giới thiệu | Tin tức', '', TITLE, '', 'Thứ Năm, 28/12/2023 16:05', '', ...PARAS.flatMap((p) => [p, '']), 'Ngọc Anh'].join('\n');
    expect(cleanDocument({ format: 'text', content }).publishedAt).toBe('2023-12-28T16:05:00+07:00');
  });

  it('does not take the header\'s "today" date for the publication date', () => {
    const before = '<div class="header"><span class="date">Thứ Hai, 01/01/2024</span></div>';
    const html = htmlBulletin({ before, dateLine: '' }).replace('<p>Ngọc Anh</p>', '<p>Ngọc Anh</p><div class="post-date">Ngày đăng: 28/12/2023</div>');
    expect(cleanDocument({ format: 'html', content: html }).publishedAt).toBe('2023-12-28');
  });

  it('finds a short date block near the headline whatever its class', () => {
    const html = htmlBulletin({ dateLine: '' }).replace('<div class="ngay"></div>', '<div class="meta">Đăng lúc: 16:05 28/12/2023</div>');
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.text).not.toContain('Đăng lúc');
  });
});

describe('categories', () => {
  it.each([
    ['Tin tức >> Kinh tế', 'Tin tức > Kinh tế'],
    ['Bạn đang ở: Trang chủ > Kỳ họp', 'Kỳ họp'],
    ['Vị trí: Trang chủ » Văn hóa', 'Văn hóa'],
  ])('"%s" → %s', (line, cat) => {
    expect(parseCrumb(line)).toBe(cat);
  });

  it('is no breadcrumb: a menu line', () => {
    expect(parseCrumb('Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ')).toBeNull();
  });

  it('drops a menu line from the text', () => {
    const content = ['UBND HUYỆN TRẤN YÊN - THÔNG TIN HOẠT ĐỘNG', 'Trang chủ | Tin tức | Văn bản | Liên hệ', '', TITLE, '', ...PARAS.flatMap((p) => [p, '']), 'Ngọc Anh'].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.title).toBe(TITLE);
    expect(r.text).not.toContain('Văn bản');
    expect(r.category).toBeNull();
  });

  it('reads a "Bạn đang ở:" label breadcrumb in HTML without the label', () => {
    const before = '<nav aria-label="Breadcrumbs"><ol class="breadcrumb"><li>Bạn đang ở: &#160;</li><li><a href="/">Trang chủ</a></li><li><a href="/k">Kỳ họp</a></li></ol></nav>';
    expect(cleanDocument({ format: 'html', content: htmlBulletin({ before }) }).category).toBe('Kỳ họp');
  });

  it('keeps the last breadcrumb item written as plain text', () => {
    const before = '<div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/t">Tin tức</a> » <span>Hoạt động của huyện</span></div>';
    expect(cleanDocument({ format: 'html', content: htmlBulletin({ before }) }).category).toBe('Tin tức > Hoạt động của huyện');
  });

  it('reads the section name printed again above the headline of a text copy', () => {
    const header = ['Thứ Hai, 01/01/2024', 'Thời sự', 'Chính trị', 'Nông nghiệp nông thôn', 'Xã hội', '', 'Nông nghiệp nông thôn'];
    expect(cleanDocument({ format: 'text', content: textBulletin({ header }) }).category).toBe('Nông nghiệp nông thôn');
  });

  it('reads a "Bạn đang ở:" breadcrumb copied as text with wide gaps', () => {
    const header = ['Trang chủ', 'Giới thiệu', '', 'Bạn đang ở:  Trang chủ  Kỳ họp HĐND'];
    expect(cleanDocument({ format: 'text', content: textBulletin({ header }) }).category).toBe('Kỳ họp HĐND');
  });

  it('reads a section name element beside the headline', () => {
    const before = '<div class="cat-name"><a href="/xa-hoi">Xã hội</a></div>';
    expect(cleanDocument({ format: 'html', content: htmlBulletin({ before }) }).category).toBe('Xã hội');
  });

  it('does not take a Drupal <body class="path-node"> for a breadcrumb', () => {
    const html = htmlBulletin({ before: '<div class="breadcrumb"><a href="/a">Kinh tế</a> / <a href="/b">Lâm nghiệp</a></div>' }).replace('<body>', '<body class="path-node page-node-type-article">');
    expect(cleanDocument({ format: 'html', content: html }).category).toBe('Kinh tế > Lâm nghiệp');
  });

  it('reads a WordPress category link', () => {
    const before = '<div class="cat-links"><a href="/category/xa-hoi/" rel="category tag">Xã hội</a></div>';
    expect(cleanDocument({ format: 'html', content: htmlBulletin({ before }) }).category).toBe('Xã hội');
  });
});

describe('view counters', () => {
  it('reads "Đã xem: 234" in any element', () => {
    const before = '<div class="info"><span class="statistics-counter">Đã xem: 234</span></div>';
    expect(cleanDocument({ format: 'html', content: htmlBulletin({ before }) }).views).toBe(234);
  });
});

describe('headline from <title> prefixes', () => {
  it('strips a section prefix "Section > Headline" and takes the page heading', () => {
    const html = page(`<div class="newsTitle"><h2>${TITLE}</h2></div><div>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`, `Tin tức - Sự kiện > ${TITLE}`);
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.title).toBe(TITLE);
    expect(r.category).toBe('Tin tức - Sự kiện');
  });

  it('strips a site prefix "Site - Headline"', () => {
    const html = page(`<div>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`, `HĐND huyện Trấn Yên - ${TITLE}`);
    expect(cleanDocument({ format: 'html', content: html }).title).toBe(TITLE);
  });
});

describe('captions in text copies', () => {
  it('moves a one-sentence photo line between long paragraphs to captions', () => {
    const cap = 'Đồng chí Lê Văn Hòa, Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị.';
    const r = cleanDocument({ format: 'text', content: textBulletin({ middle: [cap] }) });
    expect(r.captions).toEqual([cap]);
    expect(r.text).not.toContain(cap);
  });

  it('keeps a short narrative sentence that carries figures or speech', () => {
    const kept = ['Đồng chí Bí thư Huyện ủy đề nghị các xã hoàn thành 100% chỉ tiêu giao.', 'Đồng chí Lê Văn Hòa cho biết, huyện sẽ kiểm tra việc thực hiện.'];
    for (const line of kept) {
      const r = cleanDocument({ format: 'text', content: textBulletin({ middle: [line] }) });
      expect(r.text).toContain(line);
    }
  });
});

describe('menu lines', () => {
  it('is never the headline', () => {
    const content = ['Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Liên hệ', '', ...PARAS.flatMap((p) => [p, '']), 'Ngọc Anh'].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.title).toBeNull();
    expect(r.text).not.toContain('Giới thiệu');
  });
});
