import { describe, expect, it } from 'vitest';
import { codesOf, formatWaited } from './return-batch';

describe('codesOf', () => {
  it('takes one code per scanned line or pasted separator, each once', () => {
    const text = 'http://hub/d/000.00.06.H56-261127-0001-K7QX3M\n000.00.06.H56-261127-0002-AAAAAA, 000.00.06.H56-261127-0003-BBBBBB;\n\n000.00.06.H56-261127-0002-AAAAAA ';
    expect(codesOf(text)).toEqual({
      codes: ['http://hub/d/000.00.06.H56-261127-0001-K7QX3M', '000.00.06.H56-261127-0002-AAAAAA', '000.00.06.H56-261127-0003-BBBBBB'],
      tooMany: false,
    });
    expect(codesOf('  \n ')).toEqual({ codes: [], tooMany: false });
  });

  it('keeps to the batch limit and says so', () => {
    const many = Array.from({ length: 205 }, (_, i) => `C${i}`).join('\n');
    const r = codesOf(many);
    expect(r.codes).toHaveLength(200);
    expect(r.tooMany).toBe(true);
  });
});

describe('formatWaited', () => {
  it('says minutes, hours and minutes, or days and hours', () => {
    expect(formatWaited(5, 'vi')).toBe('5 phút');
    expect(formatWaited(95, 'vi')).toBe('1 giờ 35 phút');
    expect(formatWaited(60 * 24 * 3 + 120, 'vi')).toBe('3 ngày 2 giờ');
    expect(formatWaited(95, 'en')).toBe('1 h 35 min');
  });
});
