// Odd inputs: empty, binary-looking, deep nesting, large pages, inputs built to make regexes backtrack.
// The cleaner returns a value with a warning instead of throwing; the test timeout bounds run time.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { sniffFormat } from '../../src/input/sniff.js';
import { PARAS, TITLE, htmlBulletin, textBulletin } from './helpers.js';

describe('sniffFormat on cleaner inputs', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', true],
    ['  <html lang="vi"><head><title>x</title></head></html>', true],
    ['<div class="noi-dung"><p>Đoạn một.</p><p>Đoạn hai.</p></div>', true],
    ['<!-- saved from url=(0042)https://yenbai.gov.vn/ -->\n<html>', true],
  ])('HTML: %s', (s, v) => {
    expect(sniffFormat(s) === 'html').toBe(v);
  });

  it('is false for text bulletins, even ones that mention a tag', () => {
    expect(sniffFormat(textBulletin())).toBe('text');
    expect(sniffFormat(`${PARAS.join('\n\n')}\nMã nhúng: <br> hoặc <p> tùy trình soạn thảo.`)).toBe('text');
    expect(sniffFormat('')).toBe('text');
  });
});

describe('odd input', () => {
  it.each([
    ['empty', ''],
    ['white space', '   \n\n  \t '],
  ])('%s → empty text and a warning', (_n, content) => {
    for (const format of ['html', 'text'] as const) {
      const r = cleanDocument({ format, content });
      expect(r.text).toBe('');
      expect(r.warnings.length).toBeGreaterThan(0);
    }
  });

  it('survives markup without an article and text without a title', () => {
    const r = cleanDocument({ format: 'html', content: '<html><body><nav><a href="/">Trang chủ</a></nav></body></html>' });
    expect(r.text).toBe('');
    expect(r.warnings).toContain('no article text found');
    const t = cleanDocument({ format: 'text', content: PARAS[1] });
    expect(t.text).toBe(PARAS[1]);
    expect(t.title).toBeNull();
  });

  it('handles unclosed tags nested 20 000 deep (no recursion)', () => {
    const html = htmlBulletin({ inside: '<div><font>'.repeat(20_000) + 'Đoạn lồng sâu.' });
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.title).toBe(TITLE);
    expect(r.text).toContain(PARAS[0]);
  });

  it('handles 5 MB of digits, slashes, capitals and dashes in both formats', () => {
    const noise = '1/2-3/4-AB/CD-'.repeat(360_000) + ' 12:34:56 ' + '9'.repeat(200_000);
    const lines = `${TITLE}\n\n${noise}\n\n${PARAS.join('\n\n')}`;
    const r = cleanDocument({ format: 'text', content: lines });
    expect(r.text).toContain(PARAS[2]);
    const h = cleanDocument({ format: 'html', content: htmlBulletin({ inside: `<p>${noise}</p>` }) });
    expect(h.text).toContain(PARAS[2]);
  });

  it('cleans a 6 MB page of repeated sidebars', () => {
    const sidebar = `<div class="box-news"><h3>Tin đọc nhiều</h3><ul>${'<li><a href="/x">Một tin đọc nhiều trong tuần của cổng</a> <span class="date">(01/02/2024)</span></li>'.repeat(40)}</ul></div>`;
    const html = htmlBulletin({ after: sidebar.repeat(1_500) });
    expect(html.length).toBeGreaterThan(5_000_000);
    const r = cleanDocument({ format: 'html', content: html });
    expect(r.text.split('\n\n')).toEqual([...PARAS]);
    expect(r.publishedAt).toBe('2023-12-28T16:05:10+07:00');
  });
});
