// Provincial party newspapers in the style of baoyenbai.com.vn: "YênBái - " credit before the
// lead, "Cập nhật: Thứ sáu, 23/6/2023 | 7:35:14 AM" date line, audio reader, tags, comments.
import { checkProfile, type PortalProfile } from './types.js';

/** baoyenbai.com.vn-style provincial newspapers. */
export const provincialNewspaper: PortalProfile = checkProfile({
  id: 'provincial-newspaper',
  name: 'Provincial newspaper (baoyenbai.com.vn style)',
  example: 'fixtures/baoyenbai-newspaper-interview',
  hosts: [/(?:^|\.)baoyenbai\.com\.vn$/, /(?:^|\.)baotuyenquang\.com\.vn$/, /(?:^|\.)baobackan\.(?:com\.vn|org\.vn|vn)$/],
  // og:site_name "Báo ..."; the slogan; the text export's "Cập nhật: Thứ sáu, 23/6/2023 | 7:35:14 AM" (seed 002).
  signatures: [
    /og:site_name" content="Báo |content="Báo [^"<>]{2,40}" property="og:site_name"/,
    /Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh/,
    /Cập nhật: (?:Thứ [\p{L}\d]{1,4}|Chủ nhật), \d{1,2}\/\d{1,2}\/\d{4} \| \d{1,2}:\d{2}:\d{2} [AP]M/u,
  ],
  content: ['div.detail-body'],
  title: ['h1.detail-title'],
  date: ['div.detail-time', 'span.detail-time'],
  lead: ['div.detail-sapo', 'h2.detail-sapo'],
  author: ['p.detail-author', 'div.detail-author'],
  drop: ['div.detail-audio', 'div.detail-tags', 'div.detail-share'],
  rules: [],
});
