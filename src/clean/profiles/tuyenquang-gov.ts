// tuyenquang.gov.vn: the provincial portal. Articles often show no time; the lead carries the
// date ("Ngày 08/7/2024, ..."); "Tin cùng chuyên mục" follows the byline and photographer.
import { checkProfile, type PortalProfile } from './types.js';

/** tuyenquang.gov.vn and portals built on the same template. */
export const tuyenquangGov: PortalProfile = checkProfile({
  id: 'tuyenquang-gov',
  name: 'Cổng thông tin điện tử tỉnh Tuyên Quang',
  example: 'fixtures/tuyenquang-gov-conference',
  hosts: [/(?:^|\.)tuyenquang\.gov\.vn$/],
  signatures: [/Cổng thông tin điện tử tỉnh Tuyên Quang/, /tuyenquang\.gov\.vn/],
  content: ['div.article-content'],
  title: ['h1.article-title'],
  date: ['div.article-date', 'span.article-date'],
  lead: ['div.article-sapo'],
  author: ['div.article-author'],
  drop: ['div.article-tools', 'div.same-category'],
  rules: [],
});
