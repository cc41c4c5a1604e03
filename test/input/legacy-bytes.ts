// Builders of real legacy-encoded byte fixtures for the decoder tests.
import iconv from 'iconv-lite';

// Tone marks as combining characters (grave, acute, tilde, hook above, dot below).
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * windows-1258 bytes the way Windows writes them: a precomposed byte where the code page has
 * one (à, É, Ô, ơ ...), otherwise the base letter followed by a combining tone byte.
 * iconv-lite cannot encode precomposed toned letters it lacks (it writes "?").
 */
export function encode1258(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = iconv.encode(ch, 'windows-1258');
    if (iconv.decode(direct, 'windows-1258') === ch) {
      parts.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tones = nfd.match(TONES)?.join('') ?? '';
    const base = nfd.replace(TONES, '').normalize('NFC');
    parts.push(iconv.encode(base + tones, 'windows-1258'));
  }
  return Buffer.concat(parts);
}

/** TCVN3 (ABC) bytes. */
export function encodeTcvn3(text: string): Buffer {
  return iconv.encode(text.normalize('NFC'), 'tcvn');
}

/** VISCII bytes. */
export function encodeViscii(text: string): Buffer {
  return iconv.encode(text.normalize('NFC'), 'viscii');
}

/** What a Windows program shows when it reads `bytes` as cp1252: undefined bytes become C1 controls. */
export function readAsCp1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** A bulletin passage of our own writing used across the decoder tests (NFC). */
export const PASSAGE = [
  'Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2024.',
  'Dự hội nghị có đồng chí Nguyễn Thị Hồng - Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố.',
  'Theo báo cáo, tốc độ tăng trưởng kinh tế của tỉnh đạt 6,2%; tỷ lệ hộ nghèo giảm còn 8,5%. Đảng bộ tỉnh đã lãnh đạo thực hiện Nghị quyết số 15-NQ/TU ngày 20/12/2023 của Tỉnh ủy.',
  'Phát biểu kết luận, đồng chí Phó Chủ tịch đề nghị các ngành tập trung tháo gỡ khó khăn, đẩy nhanh tiến độ giải ngân vốn đầu tư công trong năm.',
].join('\n\n');

/** A deterministic pseudo-random byte string (xorshift32), for "random bytes" cases. */
export function pseudoRandomBytes(n: number, seed = 2463534242): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
