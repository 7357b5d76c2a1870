import { describe, expect, it } from 'vitest';
import { formatFormTime, formatTicketTime, formatWait } from './vietnamese-format';

// 23/11/2026 09:05 in Hà Nội = 02:05 UTC; it is a Monday.
const AT = Date.UTC(2026, 10, 23, 2, 5);

describe('Vietnamese date formats', () => {
  it('formats the ticket time with the weekday', () => {
    expect(formatTicketTime(AT)).toBe('09:05 — Thứ Hai, 23/11/2026');
  });
  it('formats form 01 times', () => {
    expect(formatFormTime(AT)).toBe('09 giờ 05 phút, ngày 23/11/2026');
  });
  it('uses the hall day, not UTC, near midnight', () => {
    expect(formatTicketTime(Date.UTC(2026, 10, 22, 17, 30))).toBe('00:30 — Thứ Hai, 23/11/2026');
  });
  it('formats waits', () => {
    expect(formatWait(null)).toBe('chưa ước tính được');
    expect(formatWait(25)).toBe('khoảng 25 phút');
    expect(formatWait(70)).toBe('khoảng 1 giờ 10 phút');
  });
});
