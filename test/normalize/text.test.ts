import { describe, expect, it } from 'vitest';
import { collapseSpaces, foldForCompare, normalizeText } from '../../src/normalize/text.js';

describe('collapseSpaces', () => {
  it('turns every run of any white space into one plain space and leaves single spaces alone', () => {
    expect(collapseSpaces('Hội  nghị\tBan\u00a0Chấp hành\n\nTỉnh ủy')).toBe('Hội nghị Ban Chấp hành Tỉnh ủy');
    expect(collapseSpaces(' a \u2003 b ')).toBe(' a b ');
    expect(collapseSpaces('không đổi gì')).toBe('không đổi gì');
    expect(collapseSpaces('')).toBe('');
  });

  it('agrees with /\\s+/g on every white-space character, alone and in runs', () => {
    const ws = [...' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
    for (const a of ws) {
      for (const b of ['', ...ws]) {
        const s = `x${a}${b}y${a}`;
        expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
      }
    }
  });
});

describe('foldForCompare', () => {
  it('folds case, tone placement and white space', () => {
    expect(foldForCompare('  Uỷ ban  nhân dân\nHoà Bình ')).toBe(foldForCompare('ỦY BAN NHÂN DÂN HÒA BÌNH'));
    expect(foldForCompare('Hoá  học')).toBe('hóa học');
  });
});

describe('normalizeText', () => {
  it('returns text that needs nothing as the same string', () => {
    const s = 'Đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh.\nDòng hai.';
    expect(normalizeText(s)).toBe(s);
  });

  it('composes, folds eth, unifies line ends and drops invisible characters', () => {
    expect(normalizeText('Ðảng\r\nHo\u0300a\u200b\u00a0bình')).toBe('Đảng\nHòa bình');
  });
});
