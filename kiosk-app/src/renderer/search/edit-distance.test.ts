import { describe, expect, it } from 'vitest';
import { isNearMiss, typingDistance } from './edit-distance';

describe('typingDistance', () => {
  it.each([
    ['khai', 'khai', 0],
    ['kahi', 'khai', 1], // swapped
    ['khi', 'khai', 1], // missing
    ['khaai', 'khai', 1], // doubled
    ['khoi', 'khai', 1], // wrong
    ['chnugnhan', 'chungnhan', 1],
    ['chnugnhna', 'chungnhan', 2],
    ['abc', 'xyz', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(typingDistance(a, b, 3)).toBe(d);
  });

  it('stops early past the limit', () => {
    expect(typingDistance('abcdefgh', 'zzzzzzzz', 1)).toBe(2);
    expect(typingDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('isNearMiss', () => {
  it('forgives one slip in a short word and two in a long one', () => {
    expect(isNearMiss('sinnh', 'sinh')).toBe(true);
    expect(isNearMiss('doanhnghep', 'doanhnghiep')).toBe(true);
    expect(isNearMiss('dnah', 'danh')).toBe(true);
  });

  it('takes a near miss of the start of a long word', () => {
    expect(isNearMiss('chnug', 'chungnhan')).toBe(true);
  });

  it('forgives nothing in words under three letters, nor a wrong first letter', () => {
    expect(isNearMiss('xe', 'xa')).toBe(false);
    expect(isNearMiss('dta', 'dat')).toBe(true);
    expect(isNearMiss('sih', 'sinh')).toBe(true);
    // Nor guesses a longer word from three letters.
    expect(isNearMiss('sih', 'sinhvien')).toBe(false);
    expect(isNearMiss('oanh', 'doanh')).toBe(false);
    expect(isNearMiss('hkai', 'khai')).toBe(true);
  });
});
