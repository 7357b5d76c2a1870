import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVietnamese, encodeViscii, encodeWpc1258 } from './index';

const HALL = 'Trung tâm Phục vụ hành chính công';
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
const only = (e: { runs: { table: number; bytes: Buffer }[] }) => {
  expect(e.runs).toHaveLength(1);
  return [...e.runs[0]!.bytes];
};

describe('Vietnamese code pages, byte for byte against the published tables', () => {
  it('TCVN-3 (VN3): â=A9 ụ=F4 à=B5 í=DD ô=AB, all in the lowercase table', () => {
    const encoded = encodeTcvn3(HALL);
    expect(encoded.runs[0]!.table).toBe(0);
    expect(only(encoded)).toEqual([
      ...ascii('Trung t'), 0xa9, ...ascii('m Ph'), 0xf4, ...ascii('c v'), 0xf4,
      ...ascii(' h'), 0xb5, ...ascii('nh ch'), 0xdd, ...ascii('nh c'), 0xab, ...ascii('ng'),
    ]);
    expect(encoded.substituted).toEqual([]);
  });

  it('WPC1258: precomposed where the table has it, base + combining tone mark otherwise', () => {
    // â=E2 à=E0 í=ED ô=F4 are in the table; ụ is u + U+0323 (F2).
    expect(only(encodeWpc1258(HALL))).toEqual([
      ...ascii('Trung t'), 0xe2, ...ascii('m Ph'), 0x75, 0xf2, ...ascii('c v'), 0x75, 0xf2,
      ...ascii(' h'), 0xe0, ...ascii('nh ch'), 0xed, ...ascii('nh c'), 0xf4, ...ascii('ng'),
    ]);
  });

  it('VISCII: â=E2 ụ=F8 à=E0 í=ED ô=F4', () => {
    expect(only(encodeViscii(HALL))).toEqual([
      ...ascii('Trung t'), 0xe2, ...ascii('m Ph'), 0xf8, ...ascii('c v'), 0xf8,
      ...ascii(' h'), 0xe0, ...ascii('nh ch'), 0xed, ...ascii('nh c'), 0xf4, ...ascii('ng'),
    ]);
  });

  it('hard letters ễ ậ ờ ữ in each code page', () => {
    expect(only(encodeTcvn3('ễậờữ'))).toEqual([0xd4, 0xcb, 0xea, 0xf7]);
    expect(only(encodeViscii('ễậờữ'))).toEqual([0xad, 0xa7, 0xb6, 0xe6]);
    // ễ = ê + tilde, ậ = â + dot below, ờ = ơ + grave, ữ = ư + tilde
    expect(only(encodeWpc1258('ễậờữ'))).toEqual([0xea, 0xde, 0xe2, 0xf2, 0xf5, 0xcc, 0xfd, 0xde]);
  });

  it('decomposed (NFD) input encodes the same as precomposed', () => {
    for (const cp of ['tcvn3', 'wpc1258', 'viscii'] as const) {
      expect(encodeVietnamese(HALL.normalize('NFD'), cp)).toEqual(encodeVietnamese(HALL, cp));
    }
  });

  it('TCVN-3 prints uppercase letters with tones from the uppercase table at the lowercase byte', () => {
    const encoded = encodeTcvn3('PHỤC VỤ Đ');
    expect(encoded.runs.map((r) => r.table)).toEqual([0, 1, 0]);
    expect([...encoded.runs[1]!.bytes]).toEqual([0xf4, 0x43, 0x20, 0x56, 0xf4, 0x20]);
    expect([...encoded.runs[2]!.bytes]).toEqual([0xa7]);
  });

  it('VISCII letters on control bytes and unknown characters fall back instead of sending commands', () => {
    const encoded = encodeViscii('Ẫ✓');
    expect(only(encoded)).toEqual([0xc2, 0x3f]); // Ẫ → Â, ✓ → ?
    expect(encoded.substituted).toEqual(['Ẫ', '✓']);
    expect(only(encodeWpc1258('Ỹ'))).toEqual([0x59, 0xde]);
  });
});
