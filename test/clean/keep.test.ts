// What must stay: short paragraphs, the closing paragraph before the byline, subheadings,
// lists and tables as rows, quotes; captions go to captions[] intact and de-duplicated.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { PARAS, TITLE, htmlBulletin, textBulletin } from './helpers.js';

describe('text input keeps the article', () => {
  it('keeps short paragraphs, subheadings and the closing paragraph before the byline', () => {
    const content = [
      TITLE,
      '',
      '28/12/2023 16:05:10',
      PARAS[0],
      '',
      'Nhiều chỉ tiêu vượt kế hoạch',
      '',
      PARAS[1],
      '',
      'Đại hội thành công tốt đẹp.',
      '',
      PARAS[2],
      '',
      'P.V: Trân trọng cảm ơn đồng chí!',
      '',
      'Ngọc Anh',
    ].join('\n');
    const r = cleanDocument({ format: 'text', content });
    const paras = r.text.split('\n\n');
    expect(paras).toEqual([PARAS[0], 'Nhiều chỉ tiêu vượt kế hoạch', PARAS[1], 'Đại hội thành công tốt đẹp.', PARAS[2], 'P.V: Trân trọng cảm ơn đồng chí!']);
    expect(r.lead).toBe(PARAS[0]);
    expect(r.authors).toEqual(['Ngọc Anh']);
  });

  it('keeps numbered points and quotes', () => {
    const middle = ['Một là, tiếp tục quán triệt các nghị quyết của Đảng.', '', 'Hai là, nâng cao chất lượng sinh hoạt chi bộ.', '', '“Mỗi đảng viên phải là một tấm gương”, đồng chí Bí thư nhấn mạnh.'];
    const r = cleanDocument({ format: 'text', content: textBulletin({ middle }) });
    for (const m of middle.filter((x) => x)) expect(r.text).toContain(m);
  });

  it('moves repeated lines and photo lines to captions, intact and once', () => {
    const cap = 'Đồng chí Lê Văn Hòa - Bí thư Huyện ủy (người thứ 2 từ trái sang) kiểm tra mô hình trồng quế tại xã Việt Thành';
    const content = [
      TITLE,
      '',
      '28/12/2023 16:05:10',
      PARAS[0],
      '',
      cap,
      cap,
      '',
      PARAS[1],
      '',
      '',
      'Quang cảnh Hội nghị.',
      '',
      PARAS[2],
      '',
      'Đồng chí Bí thư Huyện ủy phát biểu tại Hội nghị',
      '',
      PARAS[3],
      '',
      'Ngọc Anh',
    ].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.captions).toEqual([cap, 'Quang cảnh Hội nghị.', 'Đồng chí Bí thư Huyện ủy phát biểu tại Hội nghị']);
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
  });

  it('keeps a short line after an image gap when it is a sentence of the article', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ middle: ['', 'Qua 5 năm thực hiện Nghị quyết, toàn huyện đã có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 19 xã, vượt mục tiêu đề ra.'] }) });
    expect(r.text).toContain('toàn huyện đã có thêm 12 xã đạt chuẩn');
  });
});

describe('HTML input keeps the article', () => {
  it('keeps lists as lines and tables as rows', () => {
    const inside = '<ul><li>Kết nạp 186 đảng viên mới</li><li>Thành lập 3 chi bộ mới</li></ul><table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Kết nạp đảng viên</td><td>103%</td></tr></table>';
    const r = cleanDocument({ format: 'html', content: htmlBulletin({ inside }) });
    const paras = r.text.split('\n\n');
    expect(paras).toContain('Kết nạp 186 đảng viên mới');
    expect(paras).toContain('Thành lập 3 chi bộ mới');
    expect(paras).toContain('Chỉ tiêu | Kết quả');
    expect(paras).toContain('Kết nạp đảng viên | 103%');
    for (const p of PARAS) expect(r.text).toContain(p);
  });

  it('keeps quotes and paragraphs split by <br>', () => {
    const inside = '<blockquote>“Mỗi đảng viên phải là một tấm gương sáng”, đồng chí Bí thư nhấn mạnh.</blockquote><div>Dòng thứ nhất của đoạn văn cũ.<br><br>Dòng thứ hai của đoạn văn cũ.</div>';
    const r = cleanDocument({ format: 'html', content: htmlBulletin({ inside }) });
    const paras = r.text.split('\n\n');
    expect(paras).toContain('“Mỗi đảng viên phải là một tấm gương sáng”, đồng chí Bí thư nhấn mạnh.');
    expect(paras).toContain('Dòng thứ nhất của đoạn văn cũ.');
    expect(paras).toContain('Dòng thứ hai của đoạn văn cũ.');
  });

  it('sends figcaptions, caption cells and italic lines under images to captions, once', () => {
    const inside =
      '<figure><img src="a.jpg"><figcaption>Toàn cảnh Hội nghị.</figcaption></figure>' +
      '<table class="image"><tr><td><img src="b.jpg"></td></tr><tr><td class="image-caption">Đồng chí Lê Văn Hòa (ngồi giữa) chủ trì Hội nghị</td></tr></table>' +
      '<p style="text-align:center"><img src="c.jpg"></p><p style="text-align:center"><em>Các đại biểu biểu quyết thông qua Nghị quyết</em></p>' +
      '<figure><img src="a.jpg"><figcaption>Toàn cảnh Hội nghị.</figcaption></figure>';
    const r = cleanDocument({ format: 'html', content: htmlBulletin({ inside }) });
    expect(r.captions).toEqual(['Toàn cảnh Hội nghị.', 'Đồng chí Lê Văn Hòa (ngồi giữa) chủ trì Hội nghị', 'Các đại biểu biểu quyết thông qua Nghị quyết']);
    expect(r.text).not.toContain('Toàn cảnh');
    expect(r.text).not.toContain('ngồi giữa');
    for (const p of PARAS) expect(r.text).toContain(p);
  });

  it('keeps a plain short paragraph that follows an image', () => {
    const inside = '<p><img src="d.jpg"></p><p>Hội nghị đã biểu quyết thông qua Nghị quyết.</p>';
    const r = cleanDocument({ format: 'html', content: htmlBulletin({ inside }) });
    expect(r.text).toContain('Hội nghị đã biểu quyết thông qua Nghị quyết.');
    expect(r.captions).toEqual([]);
  });

  it('puts the lead/sapo first in text and in lead', () => {
    const sapo = 'Năm 2023, Đảng bộ huyện Trấn Yên hoàn thành và vượt 18/20 chỉ tiêu chủ yếu của Nghị quyết đề ra.';
    const html = htmlBulletin().replace('<div class="khung-bai">', `<div class="khung-bai"><h2 class="sapo">${sapo}</h2>`);
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.lead).toBe(sapo);
    expect(r.text.startsWith(sapo + '\n\n' + PARAS[0])).toBe(true);
  });
});

describe('a related-news label inside the article', () => {
  it('does not cut the article when long paragraphs follow it', () => {
    const long = (n: number): string => `Đoạn ${n}: ${PARAS[1]} ${PARAS[2]}`;
    const content = [TITLE, '', '28/12/2023', PARAS[0], '', long(1), '', 'Xem thêm', '', long(2), '', long(3), '', long(4), '', 'Ngọc Anh'].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.text).toContain('Đoạn 4:');
    expect(r.text).not.toContain('Xem thêm');
    expect(r.authors).toEqual(['Ngọc Anh']);
  });
});

describe('text exports with two blank lines between all paragraphs', () => {
  it('does not take short paragraphs for captions', () => {
    const content = [TITLE, '28/12/2023 16:05:10', PARAS[0], 'Nhiều chỉ tiêu vượt kế hoạch', PARAS[1], PARAS[2], PARAS[3], 'Ngọc Anh'].join('\n\n\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.captions).toEqual([]);
    expect(r.text.split('\n\n')).toEqual([PARAS[0], 'Nhiều chỉ tiêu vượt kế hoạch', PARAS[1], PARAS[2], PARAS[3]]);
  });
});
