// Small bulletins for the cleaner's unit tests, as text and as HTML, with room for boilerplate.
import { foldForCompare } from '../../src/normalize/text.js';

/** The headline of the test bulletin. */
export const TITLE = 'Huyện Trấn Yên tổng kết công tác xây dựng Đảng năm 2023';
/** Its paragraphs (own writing), lead first. */
export const PARAS: readonly string[] = [
  'Chiều 28/12, Ban Thường vụ Huyện ủy Trấn Yên tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Lê Văn Hòa - Bí thư Huyện ủy chủ trì Hội nghị.',
  'Năm 2023, Đảng bộ huyện đã kết nạp 186 đảng viên mới, đạt 103% kế hoạch; 97,6% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên theo Hướng dẫn số 25-HD/TU của Ban Thường vụ Tỉnh ủy.',
  'Công tác kiểm tra, giám sát được tăng cường, tập trung vào những lĩnh vực dễ phát sinh sai phạm như quản lý đất đai, đầu tư xây dựng và tài chính ngân sách.',
  'Hội nghị đã biểu quyết thông qua chương trình công tác năm 2024.',
];
/** The byline line. */
export const BYLINE = 'Ngọc Anh';

/** A text bulletin: header lines, title, date line, paragraphs, byline, trailer lines. */
export function textBulletin(opts: { header?: string[]; dateLine?: string; middle?: string[]; trailer?: string[]; byline?: string } = {}): string {
  const lines: string[] = [...(opts.header ?? []), '', TITLE, '', opts.dateLine ?? '28/12/2023 16:05:10', PARAS[0], ''];
  PARAS.slice(1).forEach((p, i) => {
    lines.push(p, '');
    if (i === 0 && opts.middle) lines.push(...opts.middle, '');
  });
  lines.push(opts.byline ?? BYLINE, ...(opts.trailer ?? []));
  return lines.join('\n');
}

/** An HTML bulletin: furniture before and after, the article in neutral markup. */
export function htmlBulletin(opts: { head?: string; before?: string; inside?: string; after?: string; dateLine?: string; byline?: string } = {}): string {
  const paras = PARAS.map((p) => `<p>${p}</p>`);
  if (opts.inside) paras.splice(2, 0, opts.inside);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE} - Cổng thông tin điện tử huyện Trấn Yên</title>${opts.head ?? ''}</head>
<body><div class="page">${opts.before ?? ''}
<div class="khung-giua"><h1>${TITLE}</h1><div class="ngay">${opts.dateLine ?? '28/12/2023 16:05:10'}</div>
<div class="khung-bai">${paras.join('\n')}<p>${opts.byline ?? BYLINE}</p></div></div>
${opts.after ?? ''}</div></body></html>`;
}

/** Folds like the scorer: case, NFC, white space, tone placement. */
export function fold(s: string): string {
  return foldForCompare(s);
}
