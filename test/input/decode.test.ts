import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, canonicalCharset, declaredCharset, decodeBytes } from '../../src/input/decode.js';
import { sniffProblem } from '../../src/input/sniff.js';
import { PASSAGE, encode1258, encodeTcvn3, encodeViscii, readAsCp1252 } from './legacy-bytes.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const nfc = (s: string): string => s.normalize('NFC');
const page = (charsetTag: string, body: string): string =>
  `<!DOCTYPE html>\n<html lang="vi">\n<head>\n${charsetTag}\n<title>Hội nghị giao ban</title>\n</head>\n<body>\n<div class="content">\n${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n')}\n</div>\n</body>\n</html>\n`;

describe('decodeBytes: UTF-8 and byte-order marks', () => {
  it('takes valid UTF-8 without a declaration as utf-8', () => {
    const d = decodeBytes(utf8(PASSAGE));
    expect(d.text).toBe(PASSAGE);
    expect(d.encoding).toEqual({ name: 'utf-8', reason: 'utf8-valid' });
    expect(d.warnings).toEqual([]);
  });

  it('strips a UTF-8 BOM and says so', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PASSAGE)]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe(PASSAGE);
    expect(d.encoding).toEqual({ name: 'utf-8', reason: 'bom' });
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PASSAGE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dl = decodeBytes(le);
    expect(dl.text).toBe(PASSAGE);
    expect(dl.encoding).toEqual({ name: 'utf-16le', reason: 'bom' });
    const db = decodeBytes(be);
    expect(db.text).toBe(PASSAGE);
    expect(db.encoding).toEqual({ name: 'utf-16be', reason: 'bom' });
  });

  it('keeps NFD text as it is (NFC is the pipeline’s job) and calls it utf-8', () => {
    const d = decodeBytes(utf8(PASSAGE.normalize('NFD')));
    expect(d.encoding.name).toBe('utf-8');
    expect(d.encoding.reason).toBe('utf8-valid');
    expect(nfc(d.text)).toBe(PASSAGE);
  });

  it('decodes UTF-8 cut inside a multi-byte sequence, drops the stub and warns', () => {
    const full = utf8('Đồng chí Phó Chủ tịch phát biểu chỉ đạo hội nghị');
    const cut = full.subarray(0, full.length - 2); // "ộ" is 3 bytes: keep its first byte only
    const d = decodeBytes(cut);
    expect(d.encoding.name).toBe('utf-8');
    expect(d.text).toBe('Đồng chí Phó Chủ tịch phát biểu chỉ đạo hội ngh');
    expect(d.warnings.join(' ')).toMatch(/truncated/);
  });

  it('replaces a few damaged bytes in a long UTF-8 text and warns', () => {
    const good = Buffer.from(PASSAGE.repeat(5));
    const bytes = Buffer.concat([good.subarray(0, 200), Buffer.from([0xff]), good.subarray(200)]);
    const d = decodeBytes(bytes);
    expect(d.encoding.name).toBe('utf-8');
    expect(d.text).toContain('\ufffd');
    expect(d.warnings.join(' ')).toMatch(/invalid UTF-8/);
  });
});

describe('decodeBytes: declarations', () => {
  it('honours <meta charset="windows-1258"> on windows-1258 bytes', () => {
    const html = page('<meta charset="windows-1258">', PASSAGE);
    const d = decodeBytes(encode1258(html));
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'meta' });
    expect(nfc(d.text)).toBe(html);
  });

  it('honours http-equiv Content-Type with a VISCII charset', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=VISCII">', PASSAGE);
    const d = decodeBytes(encodeViscii(html));
    expect(d.encoding).toEqual({ name: 'viscii', reason: 'meta' });
    expect(d.text).toBe(html);
  });

  it('reads an XML declaration', () => {
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="windows-1258"?>\n<html>'))).toBe('windows-1258');
  });

  it('puts the HTTP header before the meta', () => {
    const html = page('<meta charset="utf-8">', PASSAGE);
    const d = decodeBytes(encode1258(html), { httpCharset: 'text/html; charset=windows-1258' });
    expect(d.encoding.name).toBe('windows-1258');
    expect(d.encoding.reason).toBe('http-header');
    expect(nfc(d.text)).toBe(html);
  });

  it('accepts a bare label as httpCharset', () => {
    const d = decodeBytes(encodeTcvn3(PASSAGE), { httpCharset: 'TCVN3' });
    expect(d.encoding).toEqual({ name: 'tcvn3', reason: 'http-header' });
    expect(d.text).toBe(PASSAGE);
  });

  it('overrides a meta that says utf-8 when the bytes are windows-1258', () => {
    const html = page('<meta charset="utf-8">', PASSAGE);
    const d = decodeBytes(encode1258(html));
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'legacy-sniff', declared: 'utf-8' });
    expect(nfc(d.text)).toBe(html);
    expect(d.warnings.join(' ')).toMatch(/declares utf-8/);
  });

  it('overrides a header that says windows-1258 when the bytes are UTF-8', () => {
    const d = decodeBytes(utf8(PASSAGE), { httpCharset: 'text/html; charset=windows-1258' });
    expect(d.encoding).toEqual({ name: 'utf-8', reason: 'utf8-valid', declared: 'windows-1258' });
    expect(d.text).toBe(PASSAGE);
    expect(d.warnings.join(' ')).toMatch(/windows-1258/);
  });

  it('scores candidates when a VISCII page says iso-8859-1', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', PASSAGE);
    const d = decodeBytes(encodeViscii(html));
    expect(d.encoding).toEqual({ name: 'viscii', reason: 'legacy-sniff', declared: 'iso-8859-1' });
    expect(d.text).toBe(html);
  });

  it('scores candidates when a TCVN3 page says windows-1252', () => {
    const html = page('<meta charset="windows-1252">', PASSAGE);
    const d = decodeBytes(encodeTcvn3(html));
    expect(d.encoding).toEqual({ name: 'tcvn3', reason: 'legacy-sniff', declared: 'windows-1252' });
    expect(d.text).toBe(html);
  });

  it('overrides a windows-1258 meta on a font-era TCVN3 page', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', PASSAGE);
    const d = decodeBytes(encodeTcvn3(html));
    expect(d.encoding).toEqual({ name: 'tcvn3', reason: 'legacy-sniff', declared: 'windows-1258' });
    expect(d.text).toBe(html);
  });

  it('honours a legacy meta on a page that spells every letter as an entity', () => {
    const html = page('<meta charset="windows-1258">', 'Đảng bộ tỉnh: &#272;&#7843;ng b&#7897; t&#7881;nh');
    const ascii = Buffer.from(html.replace('Đảng bộ tỉnh', 'Dang bo tinh').replace('Hội nghị', 'Hoi nghi'), 'latin1');
    expect(decodeBytes(ascii).encoding).toEqual({ name: 'windows-1258', reason: 'meta' });
  });

  it('keeps an iso-8859-1 declaration on a western page', () => {
    const text = 'Le café du marché a ouvert à Hà Nội: prix réduits, qualité garantie, thé et pâtisseries.';
    const bytes = iconv.encode(page('<meta charset="iso-8859-1">', text.replace('Hà Nội', 'Paris')), 'latin1');
    const d = decodeBytes(bytes);
    expect(d.encoding).toEqual({ name: 'windows-1252', reason: 'meta' });
    expect(d.text).toContain('Le café du marché a ouvert à Paris');
  });

  it('reads a meta that says utf-16 on single-byte-clean bytes as utf-8, as browsers do', () => {
    const html = page('<meta charset="utf-16">', PASSAGE);
    expect(decodeBytes(utf8(html)).encoding).toEqual({ name: 'utf-8', reason: 'meta' });
  });

  it('ignores a Content-Type header without a charset', () => {
    const d = decodeBytes(encode1258(PASSAGE), { httpCharset: 'text/html' });
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'legacy-sniff' });
  });

  it('falls back to windows-1252 when a page says utf-8 but holds western single-byte text', () => {
    const html = page('<meta charset="utf-8">', 'Qualité garantie: café, thé et pâtisseries du marché.');
    const d = decodeBytes(iconv.encode(html, 'windows-1252'));
    expect(d.encoding).toEqual({ name: 'windows-1252', reason: 'legacy-sniff', declared: 'utf-8' });
    expect(d.text).toContain('Qualité garantie: café, thé et pâtisseries du marché.');
  });

  it('ignores an unknown declared charset with a warning and sniffs', () => {
    const html = page('<meta charset="x-no-such-thing">', PASSAGE);
    const d = decodeBytes(encode1258(html));
    expect(d.encoding.name).toBe('windows-1258');
    expect(d.encoding.reason).toBe('legacy-sniff');
    expect(d.warnings.join(' ')).toMatch(/x-no-such-thing/);
  });
});

describe('decodeBytes: legacy sniffing without a declaration', () => {
  it('recognises windows-1258', () => {
    const d = decodeBytes(encode1258(PASSAGE));
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'legacy-sniff' });
    expect(nfc(d.text)).toBe(PASSAGE);
  });

  it('recognises TCVN3 (ABC)', () => {
    const d = decodeBytes(encodeTcvn3(PASSAGE));
    expect(d.encoding).toEqual({ name: 'tcvn3', reason: 'legacy-sniff' });
    expect(d.text).toBe(PASSAGE);
  });

  it('recognises VISCII', () => {
    const d = decodeBytes(encodeViscii(PASSAGE));
    expect(d.encoding).toEqual({ name: 'viscii', reason: 'legacy-sniff' });
    expect(d.text).toBe(PASSAGE);
  });

  it('recognises a short legacy line', () => {
    expect(nfc(decodeBytes(encode1258('Uỷ ban nhân dân tỉnh Yên Bái')).text)).toBe('Uỷ ban nhân dân tỉnh Yên Bái');
    expect(decodeBytes(encodeTcvn3('Đảng bộ huyện Văn Chấn')).text).toBe('Đảng bộ huyện Văn Chấn');
    expect(decodeBytes(encodeViscii('Nguyễn Thị Hồng phát biểu')).text).toBe('Nguyễn Thị Hồng phát biểu');
  });

  it('recognises all-capital headings, whose TCVN3 and VISCII bytes sit among control codes', () => {
    const caps = 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ SÁU THÁNG ĐẦU NĂM CỦA ỦY BAN NHÂN DÂN HUYỆN; ĐẢNG BỘ TỈNH LÃNH ĐẠO THỰC HIỆN NGHỊ QUYẾT';
    for (const [enc, name] of [[encodeTcvn3, 'tcvn3'], [encodeViscii, 'viscii']] as const) {
      const bytes = enc(caps);
      expect(sniffProblem(bytes)).toBeNull();
      const d = decodeBytes(bytes);
      expect(d.encoding.name).toBe(name);
      expect(d.text).toBe(caps);
    }
  });

  it('decodes a UTF-8 template around an article pasted in windows-1258, line by line', () => {
    const [top, bottom] = page('<meta charset="utf-8">', '@@').split('@@');
    const bytes = Buffer.concat([utf8(`${top}<nav>Trang chủ | Tin tức | Liên hệ</nav>\n`), encode1258(PASSAGE), utf8(`${bottom}<footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh</footer>\n`)]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'legacy-sniff', declared: 'utf-8' });
    const text = nfc(d.text);
    expect(text).toContain('<title>Hội nghị giao ban</title>');
    expect(text).toContain('Trang chủ | Tin tức | Liên hệ');
    expect(text).toContain(PASSAGE);
    expect(text).toContain('Bản quyền thuộc Cổng thông tin điện tử tỉnh');
    expect(d.warnings.join(' ')).toMatch(/mixed encodings/);
  });

  it('finds one windows-1258 paragraph in a long UTF-8 page', () => {
    const clean = `<p>${PASSAGE}</p>\n`.repeat(40);
    const bytes = Buffer.concat([utf8(clean), encode1258('<p>Đảng bộ tỉnh lãnh đạo thực hiện thắng lợi nhiệm vụ năm 2024.</p>\n'), utf8(clean)]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'legacy-sniff' });
    expect(nfc(d.text)).toBe(`${clean}<p>Đảng bộ tỉnh lãnh đạo thực hiện thắng lợi nhiệm vụ năm 2024.</p>\n${clean}`);
  });

  it('falls back to windows-1252 for western single-byte text', () => {
    const d = decodeBytes(iconv.encode('Qualité garantie, café et thé: 5 € la tasse.', 'windows-1252'));
    expect(d.text).toBe('Qualité garantie, café et thé: 5 € la tasse.');
    expect(d.encoding.reason).toBe('legacy-sniff');
  });
});

describe('decodeBytes: mojibake repair', () => {
  const cases: Array<[string, string, (s: string) => Uint8Array]> = [
    ['TCVN3 read as cp1252', 'tcvn3', encodeTcvn3],
    ['VISCII read as cp1252', 'viscii', encodeViscii],
    ['UTF-8 read as cp1252 (double-encoded)', 'utf-8', (s) => utf8(s)],
  ];
  for (const [label, via, enc] of cases) {
    it(`repairs ${label}`, () => {
      const mojibake = readAsCp1252(enc(PASSAGE));
      const d = decodeBytes(utf8(mojibake));
      expect(d.encoding).toEqual({ name: via, reason: 'mojibake-repair' });
      expect(d.text).toBe(PASSAGE);
      expect(d.warnings.join(' ')).toMatch(/repaired mojibake/);
    });
  }

  it('repairs the signatures of the reference table', () => {
    expect(decodeBytes(utf8('Uû ban nh©n d©n tØnh')).text).toBe('Uỷ ban nhân dân tỉnh');
    expect(decodeBytes(utf8('§¶ng Céng s¶n ViÖt Nam')).text).toBe('Đảng Cộng sản Việt Nam');
    expect(decodeBytes(utf8('NguyÔn ThÞ Hång')).text).toBe('Nguyễn Thị Hồng');
    expect(decodeBytes(utf8('UÖ ban nhân dân tïnh Yên Bái')).text).toBe('Uỷ ban nhân dân tỉnh Yên Bái');
    expect(decodeBytes(utf8('Uá»· ban nhÃ¢n dÃ¢n tá»‰nh')).text).toBe('Uỷ ban nhân dân tỉnh');
  });

  it('repairs TCVN3 capitals that cp1252 turned into C1 controls', () => {
    const title = 'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH';
    const mojibake = readAsCp1252(encodeTcvn3(`${title}\n\n${PASSAGE}`));
    expect(mojibake).toMatch(/[\u0080-\u009f]/);
    const d = decodeBytes(utf8(mojibake));
    expect(d.text).toBe(`${title}\n\n${PASSAGE}`);
  });

  it('repairs windows-1258 read as cp1252', () => {
    const d = decodeBytes(utf8(readAsCp1252(encode1258(PASSAGE))));
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'mojibake-repair' });
    expect(nfc(d.text)).toBe(PASSAGE);
  });

  it('repairs what it can of a double-encoding through a strict cp1252 decoder, and warns', () => {
    const strict = iconv.decode(Buffer.from(PASSAGE), 'windows-1252'); // undefined bytes became U+FFFD
    expect(strict).toContain('\ufffd');
    const d = decodeBytes(utf8(strict));
    expect(d.encoding.reason).toBe('mojibake-repair');
    expect(d.text).toContain('Ủy ban nhân dân tỉnh tổ chức hội nghị');
    expect(d.warnings.join(' ')).toMatch(/could not be recovered/);
  });

  it('recovers "Đ" from a double-encoding whose 0x90 became U+FFFD', () => {
    const d = decodeBytes(utf8('Ä\ufffdáº£ng bá»™ tá»‰nh YÃªn BÃ¡i'));
    expect(d.text).toBe('Đảng bộ tỉnh Yên Bái');
  });

  it('repairs mojibake inside a proper UTF-8 page and leaves the template alone', () => {
    const body = readAsCp1252(encodeTcvn3(PASSAGE));
    const html = page('<meta charset="utf-8">', body).replace('<body>', '<body>\n<nav>Trang chủ | Tin tức | Liên hệ</nav>');
    const d = decodeBytes(utf8(html));
    expect(d.encoding.reason).toBe('mojibake-repair');
    expect(d.text).toContain('Trang chủ | Tin tức | Liên hệ');
    expect(d.text).toContain('<title>Hội nghị giao ban</title>');
    for (const p of PASSAGE.split('\n\n')) expect(d.text).toContain(`<p>${p}</p>`);
  });

  it('repairs one mojibake passage at the end of a 5 MB proper page', () => {
    const clean = `<p>${PASSAGE}</p>\n`.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(PASSAGE)));
    const tail = readAsCp1252(encodeTcvn3('Đảng bộ tỉnh lãnh đạo thực hiện thắng lợi nhiệm vụ năm 2024.'));
    const d = decodeBytes(utf8(`${clean}<p>${tail}</p>`));
    expect(d.encoding.reason).toBe('mojibake-repair');
    expect(d.text.endsWith('<p>Đảng bộ tỉnh lãnh đạo thực hiện thắng lợi nhiệm vụ năm 2024.</p>')).toBe(true);
    expect(d.text.length).toBe(clean.length + 7 + 'Đảng bộ tỉnh lãnh đạo thực hiện thắng lợi nhiệm vụ năm 2024.'.length);
  });

  it('leaves proper text with a © and U+00D0 "Ð" alone', () => {
    const text = `${PASSAGE}\n\nÐảng bộ tỉnh — © 2024 Cổng thông tin điện tử tỉnh. Ðịa chỉ: số 2, đường Hòa Bình.`;
    const d = decodeBytes(utf8(text));
    expect(d.encoding).toEqual({ name: 'utf-8', reason: 'utf8-valid' });
    expect(d.text).toBe(text);
  });

  it('leaves lone symbols between spaces alone, however many', () => {
    const text = `${PASSAGE}\n\n© 2024 Cổng thông tin ± 5 ° C\n© 2024 Báo điện tử\n© 2024 Đài Phát thanh ¶ § ¤`;
    expect(decodeBytes(utf8(text)).text).toBe(text);
  });

  it('leaves western text with Latin-1 letters alone', () => {
    const text = 'Müller und Söhne GmbH — Straße 5, Köln; Ångström, façade, naïve, São Paulo.';
    expect(decodeBytes(utf8(text)).text).toBe(text);
  });
});

describe('decodeBytes: forced encodings', () => {
  it('uses the forced encoding over a BOM, a declaration and the bytes', () => {
    const d = decodeBytes(encodeTcvn3(page('<meta charset="utf-8">', PASSAGE)), { forced: 'TCVN3' });
    expect(d.encoding).toEqual({ name: 'tcvn3', reason: 'forced' });
    expect(d.text).toContain(PASSAGE.split('\n\n')[0]);
  });

  it('accepts iconv-lite names and aliases', () => {
    expect(decodeBytes(encode1258('Đảng bộ'), { forced: 'cp1258' }).encoding.name).toBe('windows-1258');
    expect(decodeBytes(encodeTcvn3('Đảng bộ'), { forced: 'tcvn' }).text).toBe('Đảng bộ');
    expect(decodeBytes(Buffer.from('abc'), { forced: 'shift_jis' }).encoding.name).toBe('shift_jis');
  });

  it('decodes windows-1258 bytes wrongly when told to, as asked', () => {
    const d = decodeBytes(encode1258('Việt Nam'), { forced: 'windows-1252' });
    expect(d.encoding).toEqual({ name: 'windows-1252', reason: 'forced' });
    expect(d.text).not.toBe('Việt Nam');
  });

  it('throws DecodeError naming an unknown forced encoding', () => {
    expect(() => decodeBytes(utf8(PASSAGE), { forced: 'klingon-8' })).toThrow(DecodeError);
    try {
      decodeBytes(utf8(PASSAGE), { forced: 'klingon-8' });
    } catch (e) {
      expect((e as DecodeError).code).toBe('EDECODE');
      expect((e as DecodeError).message).toContain('klingon-8');
    }
  });

  it('warns when forced UTF-8 meets invalid bytes', () => {
    const d = decodeBytes(encode1258(PASSAGE), { forced: 'utf-8' });
    expect(d.warnings.join(' ')).toMatch(/invalid/);
  });
});

describe('canonicalCharset', () => {
  it('maps labels to bantin names', () => {
    expect(canonicalCharset('UTF8')).toBe('utf-8');
    expect(canonicalCharset('ISO-8859-1')).toBe('windows-1252');
    expect(canonicalCharset('x-viet-tcvn')).toBe('tcvn3');
    expect(canonicalCharset('CP1258')).toBe('windows-1258');
    expect(canonicalCharset('nope-1')).toBeNull();
  });
});

describe('decodeBytes: large inputs', () => {
  it('decodes a 50 MB UTF-8 page', () => {
    const chunk = `<p>${PASSAGE}</p>\n`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${chunk.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(chunk)))}</body></html>`;
    const bytes = Buffer.from(html);
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const d = decodeBytes(bytes);
    expect(d.encoding).toEqual({ name: 'utf-8', reason: 'meta' });
    expect(d.text.length).toBe(html.length);
  });

  it('decodes an 8 MB windows-1258 page whose text starts after 100 KB of script', () => {
    const head = encode1258(`<html><head><script>var x = "${'a'.repeat(100 * 1024)}";</script></head><body>`);
    const chunk = encode1258(`<p>${PASSAGE}</p>\n`);
    const parts = [head, ...Array<Buffer>(Math.ceil((8 * 1024 * 1024) / chunk.length)).fill(chunk), Buffer.from('</body></html>')];
    const d = decodeBytes(Buffer.concat(parts));
    expect(d.encoding).toEqual({ name: 'windows-1258', reason: 'legacy-sniff' });
    expect(nfc(d.text.slice(-3000))).toContain(`${PASSAGE.split('\n\n')[3]}</p>\n</body></html>`);
  });
});
