// Metadata: date lines in the forms portals print, JSON-LD and meta dates, the lead's date,
// headlines versus <title> suffixes, bylines.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { leadDate, parseDateLine, parseMachineDate } from '../../src/clean/dates.js';
import { parseByline, titleCaseName } from '../../src/clean/byline.js';
import { PARAS, TITLE, htmlBulletin, textBulletin } from './helpers.js';

describe('parseDateLine', () => {
  it.each([
    ['06/10/2023 20:16:24', '2023-10-06T20:16:24+07:00'],
    ['06/10/2023 20:16:24 Xem cỡ chữ Google', '2023-10-06T20:16:24+07:00'],
    ['Cập nhật: Thứ sáu, 23/6/2023 | 7:35:14 AM', '2023-06-23T07:35:14+07:00'],
    ['Cập nhật: Thứ ba, 12/9/2023 | 3:05:41 PM', '2023-09-12T15:05:41+07:00'],
    ['Thứ Năm, 15/10/2020, 16:21 (GMT+7)', '2020-10-15T16:21:00+07:00'],
    ['- 05:42, 10/09/2021', '2021-09-10T05:42:00+07:00'],
    ['Ngày đăng: 03/01/2018, 09:24 am', '2018-01-03T09:24:00+07:00'],
    ['Đăng lúc 12:10 AM ngày 02/03/2022', '2022-03-02T00:10:00+07:00'],
    ['Thứ Tư, 15/05/2024 - 16:20', '2024-05-15T16:20:00+07:00'],
    ['Thứ 6, 23/6/2023 16h21', '2023-06-23T16:21:00+07:00'],
    ['31/05/2023', '2023-05-31'],
    ['2023-10-06 20:16:24', '2023-10-06T20:16:24+07:00'],
    ['Ngày 8 tháng 7 năm 2024', '2024-07-08'],
    ['Thứ sáu, 23/6/2023 | 1587 lượt xem', '2023-06-23'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it('reads the day first, always', () => {
    expect(parseDateLine('03/01/2018')?.iso).toBe('2018-01-03');
    expect(parseDateLine('12/11/2023 08:00')?.iso).toBe('2023-11-12T08:00:00+07:00');
  });

  it.each([
    'Ngày 08/7/2024, Huyện ủy Chiêm Hóa tổ chức Hội nghị sơ kết',
    'Tính đến ngày 30/9/2023, huyện có 10 chỉ tiêu đạt',
    '32/13/2023',
    'Số 135-CTr/TU ngày 18/11/2022',
    '2023',
  ])('is not a date line: %s', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });

  it('gives the views a date line carries', () => {
    expect(parseDateLine('Thứ sáu, 23/6/2023 | Lượt xem: 87')?.views).toBe(87);
  });
});

describe('parseMachineDate', () => {
  it.each([
    ['2025-10-22T19:25:52+07:00', '2025-10-22T19:25:52+07:00'],
    ['2023-06-23T00:35:14Z', '2023-06-23T07:35:14+07:00'],
    ['2023-06-23T20:00:00Z', '2023-06-24T03:00:00+07:00'],
    ['2024-01-05T10:00:00.000+09:00', '2024-01-05T08:00:00+07:00'],
    ['2023-10-06 20:16:24', '2023-10-06T20:16:24+07:00'],
    ['2024-07-08', '2024-07-08'],
    ['23/06/2023 07:35', '2023-06-23T07:35:00+07:00'],
  ])('%s → %s', (v, iso) => {
    expect(parseMachineDate(v)?.iso).toBe(iso);
  });

  it('refuses nonsense', () => {
    expect(parseMachineDate('2024-13-45')).toBeNull();
    expect(parseMachineDate('không rõ')).toBeNull();
  });
});

describe('leadDate', () => {
  it.each([
    ['Ngày 08/7/2024, Huyện uỷ Chiêm Hoá tổ chức Hội nghị', '2024-07-08'],
    ['CTTĐT - Sáng ngày 31/5/2024, đoàn công tác của tỉnh', '2024-05-31'],
    ['Ngày 8 tháng 7 năm 2024, UBND tỉnh ban hành', '2024-07-08'],
  ])('%s → %s', (lead, iso) => {
    expect(leadDate(lead)?.iso).toBe(iso);
  });

  it('needs a year', () => {
    expect(leadDate('Chiều 6/10, Tổ công tác số 5 của Ban Thường vụ Tỉnh ủy')).toBeNull();
  });
});

describe('publication date in documents', () => {
  it('prefers JSON-LD, then meta tags, then the page date line', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2023-12-28T09:00:00Z"}</script>';
    const r1 = cleanDocument({ format: 'html', content: htmlBulletin({ head: ld }) });
    expect(r1.publishedAt).toBe('2023-12-28T16:00:00+07:00');
    expect(r1.publishedFrom).toBe('json-ld');
    const meta = '<meta property="article:published_time" content="2023-12-28T16:30:00+07:00">';
    const r2 = cleanDocument({ format: 'html', content: htmlBulletin({ head: meta }) });
    expect(r2.publishedAt).toBe('2023-12-28T16:30:00+07:00');
    expect(r2.publishedFrom).toBe('meta:article:published_time');
    const r3 = cleanDocument({ format: 'html', content: htmlBulletin({ dateLine: 'Cập nhật: Thứ năm, 28/12/2023 | 4:05:10 PM' }) });
    expect(r3.publishedAt).toBe('2023-12-28T16:05:10+07:00');
    expect(r3.publishedFrom).toBe('dateline');
    expect(r3.text).not.toContain('Cập nhật');
  });

  it.each([
    ['06/10/2023 20:16:24 Xem cỡ chữ Google', '2023-10-06T20:16:24+07:00'],
    ['  • Cập nhật: Thứ sáu, 23/6/2023 | 7:35:14 AM', '2023-06-23T07:35:14+07:00'],
    ['Thứ Năm, 15/10/2020, 16:21 (GMT+7)', '2020-10-15T16:21:00+07:00'],
    ['- 05:42, 10/09/2021', '2021-09-10T05:42:00+07:00'],
    ['Ngày đăng: 03/01/2018, 09:24 am', '2018-01-03T09:24:00+07:00'],
  ])('text date line "%s"', (line, iso) => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ dateLine: line }) });
    expect(r.publishedAt).toBe(iso);
    expect(r.publishedFrom).toBe('dateline');
    expect(r.text.startsWith(PARAS[0])).toBe(true);
  });

  it('takes the date by the headline, not the "today" date heading the page', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ header: ['Thứ Ba, 12/03/2024', 'Trang chủ'] }) });
    expect(r.publishedAt).toBe('2023-12-28T16:05:10+07:00');
  });

  it('reads a header date line that carries unknown widget words', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ dateLine: '28/12/2023 16:05:10 Xem cỡ chữ Bản dịch máy' }) });
    expect(r.publishedAt).toBe('2023-12-28T16:05:10+07:00');
    expect(r.text).not.toContain('Bản dịch');
  });

  it('falls back to the lead date, as a date only', () => {
    const content = [TITLE, '', 'Ngày 08/7/2024, Huyện ủy Trấn Yên tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.', '', PARAS[1], '', 'Ngọc Anh'].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.publishedAt).toBe('2024-07-08');
    expect(r.publishedFrom).toBe('lead');
  });

  it('keeps a date-only line inside the body as text', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ middle: ['15/01/2024'] }) });
    expect(r.publishedAt).toBe('2023-12-28T16:05:10+07:00');
    expect(r.text).toContain('15/01/2024');
  });
});

describe('title', () => {
  it('takes the headline, not the <title> with its site suffix', () => {
    const r = cleanDocument({ format: 'html', content: htmlBulletin() });
    expect(r.title).toBe(TITLE);
  });

  it('strips the site suffix when the page has no matching heading', () => {
    const html = `<html><head><title>${TITLE} | Cổng TTĐT huyện Trấn Yên</title></head><body><h1 class="logo">Cổng thông tin điện tử huyện Trấn Yên</h1><div>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(cleanDocument({ format: 'html', content: html }).title).toBe(TITLE);
  });

  it('prefers the h1 that matches og:title over a site-name h1', () => {
    const html = `<html><head><meta property="og:title" content="${TITLE}"></head><body><h1>Cổng thông tin điện tử huyện Trấn Yên</h1><div><h1 class="title">${TITLE}</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.title).toBe(TITLE);
    expect(r.text).not.toContain(TITLE);
  });

  it('is not a caption: the title line comes before the lead in text', () => {
    const content = ['Toàn cảnh Hội nghị', '', ...PARAS].join('\n');
    const r = cleanDocument({ format: 'text', content });
    expect(r.title).toBeNull();
    expect(r.captions).toEqual(['Toàn cảnh Hội nghị']);
  });
});

describe('bylines', () => {
  it.each([
    ['Thu Nga', ['Thu Nga']],
    ['THU NGA', ['Thu Nga']],
    ['Văn Tuấn (thực hiện)', ['Văn Tuấn']],
    ['Thu Nga - Hương Dịu', ['Thu Nga', 'Hương Dịu']],
    ['Bài, ảnh: NGUYỄN VĂN SƠN', ['Nguyễn Văn Sơn']],
    ['Tin và ảnh: Thế Anh', ['Thế Anh']],
    ['Lê Phương.', ['Lê Phương']],
    ['Minh Huyền - TTVH huyện Lục Yên', ['Minh Huyền']],
    ['Bài: Hương Dịu - Ảnh: Thu Hà', ['Hương Dịu']],
    ['Hồng Duyên (Trung tâm Văn hóa huyện Văn Yên)', ['Hồng Duyên']],
  ])('"%s" → %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each(['Ảnh: Bàn Thanh', 'Theo TTXVN', 'Nguồn: Báo Yên Bái', 'P.V: Trân trọng cảm ơn đồng chí!', 'Quang cảnh hội nghị', 'Phó Chủ tịch UBND tỉnh', 'UBND Tỉnh', 'Tăng cỡ chữ'])('"%s" is not a byline', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it('title-cases capitals only', () => {
    expect(titleCaseName('HOÀNG DUY CHINH')).toBe('Hoàng Duy Chinh');
    expect(titleCaseName('Hương Dịu')).toBe('Hương Dịu');
  });

  it('drops the photographer and the role in a text bulletin', () => {
    const r = cleanDocument({ format: 'text', content: textBulletin({ byline: 'NGỌC ANH (thực hiện)', trailer: ['Ảnh: Bàn Thanh', '', 'Tin cùng chuyên mục', 'Một tin khác của chuyên mục'] }) });
    expect(r.authors).toEqual(['Ngọc Anh']);
    expect(r.text).not.toContain('Bàn Thanh');
    expect(r.text).not.toContain('NGỌC ANH');
  });

  it('uses a JSON-LD Person, never an Organization', () => {
    const person = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Minh Hằng"}}</script>';
    expect(cleanDocument({ format: 'html', content: htmlBulletin({ head: person, byline: 'Ảnh: Trần Văn Bình' }) }).authors).toEqual(['Minh Hằng']);
    const org = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Báo Yên Bái"}}</script><meta name="author" content="Báo Yên Bái">';
    expect(cleanDocument({ format: 'html', content: htmlBulletin({ head: org }) }).authors).toEqual(['Ngọc Anh']);
  });
});
