// Forms from the third evaluation set of portals nobody tuned for: full sentences after stray
// blank lines, "Tin, ảnh:" credits under the date line, author boxes after the article body,
// prose list items. All inputs are own writing.
import { describe, expect, it } from 'vitest';
import { chooseProfile, cleanDocument } from '../../src/clean/index.js';

const text = (lines: string[]) => cleanDocument({ format: 'text', content: lines.join('\n') });
const html = (content: string) => cleanDocument({ format: 'html', content });

const HEAD = 'Huyện Bảo Yên khắc phục hậu quả mưa lũ sau bão số 3';
const LEAD = 'Ngày 12/9/2024, đoàn công tác của tỉnh do đồng chí Hoàng Văn Minh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra công tác khắc phục hậu quả mưa lũ tại huyện Bảo Yên.';
const MID = 'Theo báo cáo của huyện, mưa lũ đã làm 126 nhà dân bị hư hỏng, hơn 300 ha lúa và hoa màu bị ngập úng, nhiều tuyến đường liên xã bị sạt lở nghiêm trọng, gây chia cắt cục bộ.';

describe('a full sentence is prose, not a caption', () => {
  it('keeps a short "Đại biểu ..." paragraph with a colon and figures', () => {
    const para = 'Đại biểu cũng thảo luận về kết quả phát triển kinh tế - xã hội 9 tháng: tăng trưởng ước đạt 7,2%, thu ngân sách đạt 61,5% dự toán.';
    const r = text([HEAD, '14/09/2024 09:12', LEAD, '', MID, '', para, '', 'Minh Đức']);
    expect(r.text).toContain(para);
    expect(r.captions).not.toContain(para);
  });

  it('keeps a last paragraph after two blank lines', () => {
    const para = 'Đồng chí đề nghị huyện rà soát thiệt hại, hỗ trợ kịp thời giống cây trồng để bà con sớm khôi phục sản xuất.';
    const r = text([HEAD, '14/09/2024 09:12', LEAD, '', MID, '', '', para, '', 'Minh Đức']);
    expect(r.text.endsWith(para)).toBe(true);
    expect(r.captions).toEqual([]);
  });

  it('keeps a "Cùng đi có ..." sentence with a colon after two blank lines', () => {
    const para = 'Cùng đi có đồng chí Lương Thị Hoa, Bí thư Huyện ủy Bảo Yên và lãnh đạo các sở: Nông nghiệp và Phát triển nông thôn, Giao thông vận tải, Tài chính.';
    const r = text([HEAD, '14/09/2024 09:12', LEAD, '', '', para, '', MID, '', 'Minh Đức']);
    expect(r.text).toContain(para);
  });

  it('still takes a short unclosed photo line after two blank lines as a caption', () => {
    const cap = 'Đồng chí Hoàng Văn Minh kiểm tra điểm sạt lở tại xã Xuân Hòa';
    const r = text([HEAD, '14/09/2024 09:12', LEAD, '', '', cap, '', '', MID, '', 'Minh Đức']);
    expect(r.captions).toContain(cap);
    expect(r.text).not.toContain(cap);
  });
});

describe('a credit line under the date line', () => {
  it.each(['Tin, ảnh: Lan Phương', 'Bài, ảnh: Lan Phương', 'Tin và ảnh: Lan Phương'])('"%s" is the byline, never the title', (credit) => {
    const r = text([HEAD, '- 09:12, 14/09/2024', 'Facebook Zalo Gửi email In bài', credit, '', LEAD, '', MID]);
    expect(r.title).toBe(HEAD);
    expect(r.authors).toEqual(['Lan Phương']);
    expect(r.text).not.toContain('Lan Phương');
  });
});

describe('an author box after the article body (HTML)', () => {
  const page = (footer: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${HEAD} - Cổng thông tin điện tử tỉnh</title></head>
<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
<div class="news-detail"><h1 class="news-title">${HEAD}</h1><div class="news-date">14/09/2024 09:12</div>
<div class="news-content"><p>${LEAD}</p><p>${MID}</p></div>
${footer}</div><div class="footer">Bản quyền thuộc về UBND tỉnh</div></body></html>`;

  it('reads <div class="author"> in the footer after the content', () => {
    const r = html(page('<div class="news-footer"><span class="views">4.118 lượt xem</span><div class="author">Hải Yến</div></div>'));
    expect(r.authors).toEqual(['Hải Yến']);
    expect(r.text).toContain(MID);
  });

  it('reads it when it comes before the counter', () => {
    const r = html(page('<div class="news-footer"><div class="tacgia">Thanh Chi</div><span class="views">Lượt xem: 1.052</span></div>'));
    expect(r.authors).toEqual(['Thanh Chi']);
  });
});

describe('prose list items inside the article (HTML)', () => {
  it('keeps <li> items without digits', () => {
    const item = 'Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa.';
    const item2 = 'Đẩy mạnh ứng dụng khoa học, công nghệ vào sản xuất, chế biến nông sản.';
    const r = html(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${HEAD}</title></head><body>
<div class="news-detail"><h1>${HEAD}</h1><div class="news-date">14/09/2024 09:12</div>
<div class="news-content"><p>${LEAD}</p><p>${MID}</p><p>Thời gian tới, huyện tập trung các nhiệm vụ trọng tâm sau:</p>
<ul><li>${item}</li><li>${item2}</li></ul><p>Minh Đức</p></div></div></body></html>`);
    expect(r.text).toContain(item);
    expect(r.text).toContain(item2);
  });

  it('keeps a list wrapped in a <div> between the paragraphs, and the byline after it', () => {
    const item = 'Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa.';
    const item2 = 'Tăng cường xúc tiến thương mại, quảng bá sản phẩm OCOP của huyện';
    const r = html(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${HEAD}</title></head><body>
<div class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></div><h1>${HEAD}</h1>
<div class="content"><p>${LEAD}</p><p>${MID}</p><div><p>Thời gian tới, huyện tập trung các nhiệm vụ sau:</p><ul><li>${item}</li><li>${item2}</li></ul></div>
<p>Minh Đức</p></div><div class="footer">Bản quyền thuộc về UBND huyện</div></body></html>`);
    expect(r.text).toContain(item);
    expect(r.text).toContain(item2);
    expect(r.authors).toEqual(['Minh Đức']);
  });
});

describe('portal signatures need strong evidence', () => {
  const assets = '<link rel="stylesheet" href="/_layouts/15/1033/styles/Themable/corev15.css"><link rel="stylesheet" href="/Style%20Library/css/site.css">';
  it('a newspaper page with stray SharePoint asset paths is the newspaper', () => {
    const head = `<meta property="og:site_name" content="Báo Lào Cai">${assets}<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEAD}"}</script>`;
    expect(chooseProfile(`<html><head>${head}</head><body></body></html>`, 'html')?.id).toBe('provincial-newspaper');
  });
  it('asset paths alone make no SharePoint portal', () => {
    expect(chooseProfile(`<html><head>${assets}</head><body><div class="news-content"></div></body></html>`, 'html')).toBeNull();
  });
  it('a web-part title or the generator still does', () => {
    expect(chooseProfile(`<html><head><meta name="GENERATOR" content="Microsoft SharePoint">${assets}</head></html>`, 'html')?.id).toBe('sharepoint-portal');
    expect(chooseProfile('PublishingPortal - Block_BanTin_Toolbar\nTin tức', 'text')?.id).toBe('sharepoint-portal');
  });
});
