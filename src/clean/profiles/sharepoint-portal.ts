// SharePoint "PublishingPortal" portals (backan.gov.vn and many provinces on the same platform):
// web-part titles such as "PublishingPortal - Block_BanTin_Toolbar" leak into the page text.
import { checkProfile, type PortalProfile } from './types.js';

/** Provincial portals on the SharePoint PublishingPortal platform. */
export const sharepointPortal: PortalProfile = checkProfile({
  id: 'sharepoint-portal',
  name: 'SharePoint PublishingPortal (backan.gov.vn and others)',
  example: 'fixtures/backan-sharepoint-conference',
  hosts: [/(?:^|\.)backan\.gov\.vn$/],
  // Web-part titles in the text export (seeds 001, 004); SharePoint markers in the HTML.
  signatures: [/PublishingPortal/, /Block_BanTin_/, /"Microsoft SharePoint"/, /ms-rtestate-field/],
  // Asset paths other templates copy: a page shows several of them before it is taken for SharePoint.
  weakSignatures: [/_layouts\/15\//, /\/Style%20Library\//, /_catalogs\/masterpage\//, /_spPageContextInfo/, /__REQUESTDIGEST/, /ms-webpart-zone/],
  content: ['div.banTin-noiDung', 'div.ms-rtestate-field'],
  title: ['h1.banTin-tieuDe', 'div.banTin-tieuDe'],
  date: ['span.banTin-ngay', 'div.banTin-ngay'],
  lead: ['div.banTin-tomTat', 'p.banTin-tomTat'],
  author: ['div.banTin-tacGia', 'p.banTin-tacGia'],
  drop: ['span.ms-webpart-titletext', 'h2.ms-webpart-titlearea', 'div.ms-webpart-chrome-title', 'div.banTin-toolbar'],
  rules: [],
});
