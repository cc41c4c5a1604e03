// yenbai.gov.vn: the provincial portal (ASP.NET). Date line with seconds, "Xem cỡ chữ" toolbar,
// view counter and weather widget beside the byline.
import { checkProfile, type PortalProfile } from './types.js';

/** yenbai.gov.vn and portals built on the same template. */
export const yenbaiGov: PortalProfile = checkProfile({
  id: 'yenbai-gov',
  name: 'Cổng thông tin điện tử tỉnh Yên Bái',
  example: 'fixtures/yenbai-gov-meeting',
  hosts: [/(?:^|\.)yenbai\.gov\.vn$/],
  // "Welcome to Yen Bai Portal" heads both the page and its text export (seed 000).
  signatures: [/Welcome to Yen Bai Portal/, /Cổng thông tin điện tử tỉnh Yên Bái/],
  content: ['div.news-content'],
  title: ['h1.news-title'],
  date: ['div.news-date', 'span.news-date'],
  lead: [],
  author: ['div.news-author', 'p.news-author'],
  drop: ['div.news-tools', 'div.weather-box', 'div.news-views'],
  rules: [],
});
