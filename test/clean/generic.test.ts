// The generic cleaner on layouts no profile knows: menus before the title, the date after the
// title or beside the byline, furniture after the byline that no rule names, a table layout.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { PARAS, TITLE } from './helpers.js';

const body = PARAS.join('\n\n');

describe('text exports of unseen portals', () => {
  it('takes the headline nearest the lead, not menu lines above it', () => {
    const content = ['Trang chủ', 'Tin tức - Sự kiện', 'Văn bản chỉ đạo điều hành', '', TITLE, '', 'Thứ năm, 28/12/2023 - 16:05', '', body, '', 'Ngọc Anh'].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.title).toBe(TITLE);
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.text.startsWith(PARAS[0])).toBe(true);
    expect(r.text).not.toContain('Văn bản chỉ đạo');
  });

  it('reads a date line that also names the author', () => {
    const content = [TITLE, '', 'Ngọc Anh | 28/12/2023 16:05', '', body].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.authors).toEqual(['Ngọc Anh']);
    expect(r.text).not.toContain('Ngọc Anh');
  });

  it('reads a byline printed between the headline and the body', () => {
    const content = [TITLE, '', 'Thứ Năm, 28/12/2023 16:05', 'NGỌC ANH', '', body].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.authors).toEqual(['Ngọc Anh']);
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
  });

  it('ends the article at the byline, whatever follows it', () => {
    const content = [TITLE, '', '28/12/2023', '', body, '', 'Ngọc Anh - Trung tâm Văn hóa huyện Trấn Yên', '', 'Bài đọc nhiều trong tuần', 'Trấn Yên ra quân trồng rừng năm 2024', 'Liên kết website'].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.authors).toEqual(['Ngọc Anh']);
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
  });

  it('turns "Trang chủ / Tin tức / Thời sự" into the category', () => {
    const content = ['Trang chủ / Tin tức / Thời sự', '', TITLE, '', '28/12/2023', '', body].join('\n');
    expect(cleanDocument({ format: 'text', content }).category).toBe('Tin tức > Thời sự');
  });
});

describe('HTML of unseen portals', () => {
  it('finds the article in a table layout with menus and a sidebar cell', () => {
    const menu = `<td class="col-left" width="200">${['Giới thiệu', 'Tin tức', 'Văn bản', 'Thủ tục hành chính', 'Liên hệ'].map((m) => `<a href="/${m.length}">${m}</a><br>`).join('')}</td>`;
    const side = '<td width="220"><b>Liên kết</b><br><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a><br><a href="https://yenbai.gov.vn">Cổng TTĐT tỉnh</a></td>';
    const main = `<td><span class="tieude">${TITLE}</span><br><span class="ngaydang">Ngày đăng: 28/12/2023, 04:05 pm</span><br><br>${PARAS.join('<br><br>')}<br><br><b>NGỌC ANH</b></td>`;
    const html = `<html><head><title>Trang thông tin điện tử huyện Trấn Yên</title></head><body><table width="1000"><tr><td colspan="3"><img src="banner.jpg"></td></tr><tr>${menu}${main}${side}</tr></table></body></html>`;
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.title).toBe(TITLE);
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.authors).toEqual(['Ngọc Anh']);
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
  });

  it('keeps the article when a furniture-named wrapper holds it', () => {
    const html = `<html><head><title>${TITLE}</title></head><body><div class="sidebar-left"><h1>${TITLE}</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}<p><strong>Ngọc Anh</strong></p></div><div class="sidebar-right"><a href="/">Tin khác</a></div></body></html>`;
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
    expect(r.authors).toEqual(['Ngọc Anh']);
  });

  it('reads headline, sapo and byline from an <article> with its own <header> and <footer>', () => {
    const sapo = 'Năm 2023, Đảng bộ huyện Trấn Yên hoàn thành và vượt 18/20 chỉ tiêu chủ yếu của Nghị quyết đề ra.';
    const html = `<html><head><title>Trấn Yên</title></head><body><header><nav><a href="/">Trang chủ</a></nav></header><main><article><header><h1>${TITLE}</h1><time datetime="2023-12-28T16:05:00+07:00">28/12/2023</time><p class="sapo">${sapo}</p></header><div class="body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><footer><span class="author">NGỌC ANH</span><div class="tags">Từ khóa: Trấn Yên</div></footer></article></main></body></html>`;
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.title).toBe(TITLE);
    expect(r.lead).toBe(sapo);
    expect(r.text.split('\n\n')).toEqual([sapo, ...PARAS]);
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.authors).toEqual(['Ngọc Anh']);
  });

  it('separates the menu cell from the article cell of an old ASP.NET layout, and the headline from a shortened <title>', () => {
    const html = `<html><head><title>Trấn Yên tổng kết công tác xây dựng Đảng</title></head><body><table><tr><td><img src="banner.jpg"></td></tr><tr><td><table><tr>
<td width="180"><font size="2"><b>DANH MỤC</b><br><a href="/1">Tin hoạt động</a><br><a href="/2">Thông báo</a><br><a href="/3">Lịch công tác</a></font></td>
<td><b><span id="lblTitle">${TITLE}</span></b><br><span id="lblDate"><i>Ngày đăng: 28/12/2023, 04:05 pm</i></span><br><br>
<span id="lblContent"><font face="Arial">${PARAS.join('<br><br>')}<br><br><b>Ngọc Anh</b></font></span><br><br><b>Các tin khác:</b><br><a href="/a">Khai giảng năm học mới</a> (05/09/2023)<br></td>
<td width="200"><b>Liên kết</b><br><a href="http://moet.gov.vn">Bộ GD&ĐT</a><br>Lượt truy cập: 1.234.567</td></tr></table></td></tr></table></body></html>`;
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.title).toBe(TITLE);
    expect(r.publishedAt).toBe('2023-12-28T16:05:00+07:00');
    expect(r.authors).toEqual(['Ngọc Anh']);
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
  });
});
