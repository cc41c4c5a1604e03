// Portal profiles: data with an example fixture, chosen by host or by page signature.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isEl, parseHtml, type El } from '../../src/clean/dom.js';
import { PROFILES, chooseProfile } from '../../src/clean/index.js';
import { checkProfile, matchesSelector, type PortalProfile } from '../../src/clean/profiles/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function firstElement(html: string): El {
  const el = parseHtml(html).children.find(isEl);
  if (!el) throw new Error('no element');
  return el;
}

describe('profiles', () => {
  it('have distinct ids and an example fixture that exists', () => {
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
    for (const p of PROFILES) {
      const dir = `${ROOT}${p.example}/`;
      expect(existsSync(`${dir}meta.json`), p.example).toBe(true);
      const meta = JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) as { portal: string };
      expect(meta.portal).toBe(p.id);
    }
  });

  it.each([
    ['https://yenbai.gov.vn/tin-tuc/chi-tiet?id=1', 'yenbai-gov'],
    ['https://www.backan.gov.vn/Pages/chi-tiet.aspx', 'sharepoint-portal'],
    ['https://tuyenquang.gov.vn/tin-tuc/1.html', 'tuyenquang-gov'],
    ['https://baoyenbai.com.vn/12/1234/x.aspx', 'provincial-newspaper'],
  ])('are chosen by host: %s → %s', (url, id) => {
    expect(chooseProfile('<html></html>', 'html', url)?.id).toBe(id);
  });

  it('are chosen by signature when the host says nothing', () => {
    expect(chooseProfile('Welcome to Yen Bai Portal\n  • English', 'text', null)?.id).toBe('yenbai-gov');
    expect(chooseProfile('PublishingPortal - Block_BanTin_Toolbar\n\n31/05/2023', 'text', null)?.id).toBe('sharepoint-portal');
    expect(chooseProfile('<html><head><meta name="GENERATOR" content="Microsoft SharePoint" /></head></html>', 'html', 'https://thainguyen.gov.vn/x')?.id).toBe('sharepoint-portal');
    expect(chooseProfile('Tiêu đề\n\n  • Cập nhật: Thứ sáu, 23/6/2023 | 7:35:14 AM\n', 'text', null)?.id).toBe('provincial-newspaper');
    expect(chooseProfile('<html><head><meta property="og:site_name" content="vnexpress.net"></head></html>', 'html', 'https://vnexpress.net/a.html')).toBeNull();
    expect(chooseProfile('Một bản tin không có dấu hiệu cổng nào.', 'text', 'not a url')).toBeNull();
  });

  it('refuse malformed data', () => {
    const base: PortalProfile = { id: 'x', name: 'x', example: 'fixtures/x', hosts: [/x/], signatures: [], content: [], title: [], date: [], lead: [], author: [], drop: [], rules: [] };
    expect(() => checkProfile({ ...base, hosts: [] })).toThrow(/no hosts/);
    expect(() => checkProfile({ ...base, content: ['div > p'] })).toThrow(/bad profile selector/);
    expect(checkProfile(base)).toBe(base);
  });
});

describe('matchesSelector', () => {
  const el = firstElement('<div class="banTin-noiDung ms-rtestate-field" id="ctl00_body" itemprop="articleBody"></div>');
  it.each([
    ['div', true],
    ['.ms-rtestate-field', true],
    ['div.banTin-noiDung', true],
    ['div.bantin-noidung.ms-rtestate-field', true],
    ['#ctl00_body', true],
    ['div[itemprop=articleBody]', true],
    ['span.ms-rtestate-field', false],
    ['div.other', false],
    ['#other', false],
  ])('%s → %s', (sel, ok) => {
    expect(matchesSelector(el, sel)).toBe(ok);
  });
});
