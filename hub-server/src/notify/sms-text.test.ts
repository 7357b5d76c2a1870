import { describe, expect, it } from 'vitest';
import { smsSize, withoutDiacritics } from './sms-text';

describe('how a gateway counts an SMS', () => {
  it('counts plain text as GSM-7: 160 in one segment, 153 a part beyond', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
  });
  it('counts the extended signs twice', () => {
    expect(smsSize('[]').units).toBe(4);
  });
  it('counts Vietnamese with diacritics as UCS-2: 70 in one segment, 67 a part beyond', () => {
    expect(smsSize('ố'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSize('Số ' + 'a'.repeat(68)).segments).toBe(2);
    expect(smsSize('ố'.repeat(134)).segments).toBe(2);
    expect(smsSize('ố'.repeat(135)).segments).toBe(3);
  });
});

describe('Vietnamese without diacritics', () => {
  it('drops tones and vowel marks, and writes đ as d', () => {
    expect(withoutDiacritics('Hồ sơ đã có kết quả. Mời nhận tại Quầy số 3')).toBe('Ho so da co ket qua. Moi nhan tai Quay so 3');
    expect(withoutDiacritics('ĐĂNG KÝ KHAI SINH – Ưu tiên')).toBe('DANG KY KHAI SINH – Uu tien');
    expect(smsSize(withoutDiacritics('Nhắc lịch Đăng ký hộ kinh doanh')).encoding).toBe('gsm7');
  });
});
