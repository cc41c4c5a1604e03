// HTML reaches the cleaner as decoded: it normalizes the text it reads, not the whole page.
// Whatever the page's spacing, line ends, invisible characters and composition, the result must
// be the one of the page normalized whole.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { decodeBytes } from '../../src/input/decode.js';
import { normalizeText } from '../../src/normalize/text.js';
import { htmlBulletin } from './helpers.js';

/** The same page as a careless server would send it: NFD, CRLF, tabs, NBSP and ZWSP in the text. */
function roughen(html: string): string {
  // Text between tags only: markup keeps its plain spaces, as servers send it.
  const text = (s: string): string =>
    s.replace(/(\p{L}) (\p{L})/gu, (_m, a: string, b: string) => `${a}\u00a0${b}`).replace(/Hội nghị/g, 'Hội\u200b nghị');
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : text(part)))
    .join('')
    .normalize('NFD')
    .replace(/\n/g, '\r\n')
    .replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2));
}

describe('HTML normalized as read', () => {
  it('gives the record of the page normalized whole, on a rough copy of a bulletin', () => {
    const page = roughen(htmlBulletin({ before: '<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></div>' }));
    const asRead = cleanDocument({ format: 'html', content: page, url: null });
    const whole = cleanDocument({ format: 'html', content: normalizeText(page), url: null });
    expect(asRead).toEqual(whole);
    expect(asRead.text).toContain('Hội nghị tổng kết');
    expect(asRead.text).not.toMatch(/[\u200b\u00a0\r\t]/);
    expect(asRead.text).toBe(asRead.text.normalize('NFC'));
  });

  it('gives the record of the page normalized whole, on rough copies of every HTML fixture', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures');
    let n = 0;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'input.html');
      if (!existsSync(file)) continue;
      const decoded = decodeBytes(readFileSync(file)).text;
      if (!/<p[\s>]/i.test(decoded)) continue;
      for (const page of [decoded, roughen(decoded)]) {
        const asRead = cleanDocument({ format: 'html', content: page, url: null });
        const whole = cleanDocument({ format: 'html', content: normalizeText(page), url: null });
        expect(asRead, slug).toEqual(whole);
      }
      n++;
    }
    expect(n).toBeGreaterThan(40);
  });
});
