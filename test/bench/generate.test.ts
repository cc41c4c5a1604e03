// The benchmark corpus generator: deterministic from its seed, pages in the 60-250 KB band,
// and each page really carries the article body it reports as truth.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM JavaScript without type declarations (bench/ is not compiled)
import { generatePages, loadTemplates, findSlots, MIN_BYTES, MAX_BYTES, FAMILIES } from '../../bench/generate.js';

interface Page {
  name: string;
  family: string;
  template: string;
  html: string;
  title: string;
  body: string;
}

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const templates = loadTemplates(fixturesDir);
const pages = (seed: number, n = 12): Page[] => [...generatePages({ pages: n, seed, templates })] as Page[];

describe('bench corpus generator', () => {
  it('writes the same pages and truths for the same seed', () => {
    const a = pages(7);
    const b = pages(7);
    expect(b.map((p) => p.html)).toEqual(a.map((p) => p.html));
    expect(b.map((p) => p.body)).toEqual(a.map((p) => p.body));
  });

  it('writes different pages for a different seed', () => {
    const a = pages(7);
    const c = pages(8);
    expect(c.map((p) => p.body)).not.toEqual(a.map((p) => p.body));
  });

  it('keeps every page between 60 and 250 KB and cycles through the four families', () => {
    const ps = pages(3, 16);
    for (const p of ps) {
      const size = Buffer.byteLength(p.html);
      expect(size, p.name).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(size, p.name).toBeLessThanOrEqual(MAX_BYTES);
    }
    expect(new Set(ps.map((p) => p.family))).toEqual(new Set(FAMILIES));
  });

  it('puts the truth body into the page: every paragraph appears in the HTML', () => {
    // Tags out, entities back, white space collapsed: table rows read as "cell cell cell".
    const visible = (html: string) =>
      html
        .replace(/<[^>]*>/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
    for (const p of pages(11, 8)) {
      const paras = p.body.split('\n\n');
      expect(paras.length).toBeGreaterThan(1);
      const text = visible(p.html);
      for (const para of paras) expect(text.includes(para), `${p.name}: ${para.slice(0, 60)}`).toBe(true);
      expect(p.html).toContain('<script');
      expect(p.html).toMatch(/<(ul|ol)[\s>]/);
    }
  });

  it('finds the article container of a page, not the sidebar', () => {
    const prose = 'Sáng 6/10, đồng chí Nguyễn Văn An - Phó Chủ tịch UBND tỉnh đã kiểm tra tiến độ thực hiện kế hoạch năm. ';
    const side = `<div class="side"><div class="box"><h3>Tin mới</h3><ul>${'<li><a href="/x">Tin tức trong tỉnh và các huyện thành phố</a></li>'.repeat(40)}</ul></div></div>`;
    const html = `<html><head><title>Tiêu đề - Cổng</title></head><body>${side}<h1>Tiêu đề</h1><div class="content"><p>${prose}</p><p>${prose}${prose}</p><p>${prose}${prose}</p><p>${prose}</p></div></body></html>`;
    const slots = findSlots(html);
    expect(slots).not.toBeNull();
    expect(html.slice(slots.body.start, slots.body.end)).toMatch(/^<p>Sáng 6\/10/);
    expect(html.slice(slots.h1.start, slots.h1.end)).toBe('Tiêu đề');
  });
});
