import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { looksVietnamese, scoreVietnamese, sniffFormat, sniffProblem } from '../../src/input/sniff.js';
import { PASSAGE, encode1258, encodeTcvn3, encodeViscii, pseudoRandomBytes } from './legacy-bytes.js';

/** A minimal stored ZIP archive holding one file, as a real zip tool writes the header. */
function zipOf(name: string, content: string): Buffer {
  const data = deflateRawSync(Buffer.from(content));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(Buffer.byteLength(content), 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), data]);
}

const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');

describe('sniffProblem', () => {
  it('accepts UTF-8, legacy and UTF-16 text', () => {
    expect(sniffProblem(Buffer.from(PASSAGE))).toBeNull();
    expect(sniffProblem(encode1258(PASSAGE))).toBeNull();
    expect(sniffProblem(encodeTcvn3(PASSAGE))).toBeNull();
    expect(sniffProblem(encodeViscii(PASSAGE))).toBeNull();
    expect(sniffProblem(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PASSAGE, 'utf16le')]))).toBeNull();
  });

  it('accepts TCVN3 capitals, which live among the control bytes', () => {
    const caps = encodeTcvn3('HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ MƯỜI LĂM\n\n' + PASSAGE);
    expect(caps.some((b) => b > 0 && b < 0x20 && b !== 0x0a)).toBe(true);
    expect(sniffProblem(caps)).toBeNull();
  });

  it('calls zero bytes EEMPTY', () => {
    expect(sniffProblem(new Uint8Array(0))?.code).toBe('EEMPTY');
  });

  it('calls white space only EEMPTY, in UTF-8 (NBSP, BOM) and UTF-16', () => {
    expect(sniffProblem(Buffer.from('  \r\n\t\n   \n'))?.code).toBe('EEMPTY');
    expect(sniffProblem(Buffer.from('\ufeff \u00a0\n\u3000\n'))?.code).toBe('EEMPTY');
    expect(sniffProblem(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' \r\n \n', 'utf16le')]))?.code).toBe('EEMPTY');
    expect(sniffProblem(Buffer.from('\n\n   .\n'))).toBeNull();
  });

  it('recognises a PNG image', () => {
    const p = sniffProblem(Buffer.concat([PNG_HEAD, pseudoRandomBytes(300)]));
    expect(p?.code).toBe('EBINARY');
    expect(p?.message).toMatch(/PNG/);
  });

  it('recognises a PDF', () => {
    const p = sniffProblem(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'));
    expect(p?.code).toBe('EBINARY');
    expect(p?.message).toMatch(/PDF/);
  });

  it('recognises a zip archive (and so DOCX), gzip and an old Office document', () => {
    expect(sniffProblem(zipOf('word/document.xml', `<w:document>${PASSAGE}</w:document>`))?.message).toMatch(/ZIP/);
    expect(sniffProblem(gzipSync(Buffer.from(PASSAGE)))?.message).toMatch(/gzip/);
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect(sniffProblem(ole)?.message).toMatch(/Office/);
  });

  it('rejects text with NUL bytes', () => {
    const p = sniffProblem(Buffer.from(`Báo cáo\u0000\u0000\u0000 tổng hợp\u0000 ${PASSAGE}`));
    expect(p?.code).toBe('EBINARY');
    expect(p?.message).toMatch(/NUL/);
  });

  it('rejects random bytes', () => {
    for (const seed of [1, 7, 42, 2024, 99991]) {
      const bytes = pseudoRandomBytes(400, seed).map((b) => (b === 0 ? 1 : b)); // no NUL: the other rules must catch it
      expect(sniffProblem(bytes)?.code, `seed ${seed}`).toBe('EBINARY');
    }
  });

  it('rejects a high share of control bytes', () => {
    const bytes = Buffer.from('ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh\u0007\u0008'.repeat(20));
    expect(sniffProblem(bytes)?.message).toMatch(/control/);
  });

  it('does not mistake text that starts like a signature word', () => {
    expect(sniffProblem(Buffer.from('PK là viết tắt của "phòng khám". ' + PASSAGE))).toBeNull();
    expect(sniffProblem(Buffer.from('GIF động được chia sẻ trên mạng. ' + PASSAGE))).toBeNull(); // no "GIF8"
  });
});

describe('sniffFormat', () => {
  it('sees a doctype, <html>, <head> or <body> at the start', () => {
    expect(sniffFormat('<!DOCTYPE html>\n<html><head><title>Tin</title></head><body><p>Tin</p></body></html>')).toBe('html');
    expect(sniffFormat('\ufeff  <html lang="vi">\n<body>Tin trong tỉnh</body></html>')).toBe('html');
    expect(sniffFormat('<!-- saved from url=(0040)https://yenbai.gov.vn/ -->\n<html>')).toBe('html');
    expect(sniffFormat('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html>')).toBe('html');
    expect(sniffFormat('<head><meta charset="utf-8"></head>')).toBe('html');
  });

  it('sees an HTML fragment by its tag density', () => {
    const frag = PASSAGE.split('\n\n')
      .map((p) => `<div class="item">\n<p style="text-align: justify;">${p}</p>\n</div>`)
      .join('\n');
    expect(sniffFormat(frag)).toBe('html');
  });

  it('sees a page whose doctype comes after junk', () => {
    expect(sniffFormat(`Saved page\n\n<!DOCTYPE html>\n<html>\n<head></head>\n<body><p>${PASSAGE}</p></body></html>`)).toBe('html');
  });

  it('calls a plain bulletin text, even when it mentions a tag or two', () => {
    expect(sniffFormat(PASSAGE)).toBe('text');
    expect(sniffFormat(`Tin trong tỉnh >> Chính trị\n\n${PASSAGE}\n\nGhi chú: dùng thẻ <p> hoặc <br> khi đăng bài.`)).toBe('text');
    expect(sniffFormat('Tỷ lệ < 5% và > 2% ở các xã <vùng cao>.')).toBe('text');
  });
});

describe('scoreVietnamese', () => {
  it('prefers the right decoding of the same bytes', () => {
    const right = scoreVietnamese(PASSAGE);
    const wrong = scoreVietnamese(new TextDecoder('windows-1252').decode(encodeTcvn3(PASSAGE)));
    expect(looksVietnamese(right)).toBe(true);
    expect(looksVietnamese(wrong)).toBe(false);
    expect(right.value).toBeGreaterThan(wrong.value);
    expect(right.hits).toBeGreaterThan(10);
  });

  it('reads half-decomposed windows-1258 output the same as NFC', () => {
    expect(scoreVietnamese(PASSAGE.normalize('NFD')).value).toBe(scoreVietnamese(PASSAGE).value);
  });

  it('does not call western text Vietnamese', () => {
    expect(looksVietnamese(scoreVietnamese('Müller und Söhne, Straße 5, Köln; Ångström, façade, naïve.'))).toBe(false);
  });
});
