import { describe, expect, it } from 'vitest';
import { deleteLast, typeKey, typeKeys } from './text-entry';

const name = { telex: true, capitalize: 'words' } as const;

describe('on-screen keyboard text entry', () => {
  it('composes Telex word by word; a space starts a new word', () => {
    expect(typeKeys('Nguyeenx', { telex: true })).toBe('Nguyễn');
    expect(typeKeys('nguyeenx vawn aan', name)).toBe('Nguyễn Văn Ân');
    expect(typeKeys('traanf thij hoaf', name)).toBe('Trần Thị Hoà');
    expect(typeKeys('traanf thij hofa', { ...name, toneStyle: 'classic' })).toBe('Trần Thị Hòa');
    expect(typeKeys('ddoongs dda', name)).toBe('Đống Đa');
  });

  it('ends a word at digits and punctuation (addresses)', () => {
    expect(typeKeys('thoon 1, xax phuwowcs sown', name)).toBe('Thôn 1, Xã Phước Sơn');
    // A letter right after a comma starts a word too.
    expect(typeKeys('a,ddi', { telex: true })).toBe('a,đi');
  });

  it('without Telex types letters as they are', () => {
    expect(typeKeys('dat dai', { telex: false })).toBe('dat dai');
  });

  it('keeps single spaces and no leading space', () => {
    expect(typeKeys('  an  binh', { telex: true })).toBe('an binh');
  });

  it('refuses keys past the maximum length', () => {
    expect(typeKey('abc', 'd', { telex: false, maxLength: 3 })).toBe('abc');
    expect(typeKey('ab', 'c', { telex: false, maxLength: 3 })).toBe('abc');
  });

  it('deletes whole letters', () => {
    expect(deleteLast('Nguyễn')).toBe('Nguyễ');
    expect(deleteLast('')).toBe('');
  });
});
