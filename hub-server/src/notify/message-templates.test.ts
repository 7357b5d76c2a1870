import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS, type MessageKind, type MessageValues } from '@luot/protocol';
import { renderMessage } from './message-templates';
import { smsSize } from './sms-text';

const samples: { [K in MessageKind]: MessageValues[K] } = {
  booking_confirmed: { code: 'LH7K2Q', date: '08/12/2026', time: '09:30', service: 'Hộ tịch' },
  booking_reminder: { code: 'LH7K2Q', date: '08/12/2026', time: '09:30', service: 'Hộ tịch' },
  near_turn: { ticket: 'A015', position: '3' },
  result_ready: { dossier: 'H56.22-261207-0001', place: 'quầy 3' },
};

describe('messages to citizens', () => {
  it('says each kind in Vietnamese, in one UCS-2 segment with diacritics', () => {
    for (const kind of MESSAGE_KINDS) {
      const text = renderMessage(kind, samples[kind], { withoutDiacritics: false });
      expect(smsSize(text), `${kind}: ${text}`).toMatchObject({ encoding: 'ucs2', segments: 1 });
    }
    expect(renderMessage('near_turn', samples.near_turn, { withoutDiacritics: false })).toBe('Số A015: còn 2 người trước bạn, mời về gần quầy.');
    expect(renderMessage('near_turn', { ticket: 'A015', position: '1' }, { withoutDiacritics: false })).toBe('Số A015: bạn là người kế tiếp, mời về gần quầy.');
    expect(renderMessage('result_ready', samples.result_ready, { withoutDiacritics: false })).toBe('Hồ sơ H56.22-261207-0001 đã có kết quả. Mời nhận tại quầy 3.');
  });

  it('writes the no-diacritics variant in GSM-7, one segment', () => {
    for (const kind of MESSAGE_KINDS) {
      const text = renderMessage(kind, samples[kind], { withoutDiacritics: true });
      expect(smsSize(text), `${kind}: ${text}`).toMatchObject({ encoding: 'gsm7', segments: 1 });
    }
    expect(renderMessage('booking_confirmed', samples.booking_confirmed, { withoutDiacritics: true })).toBe('Da dat lich Ho tich 09:30 08/12/2026. Ma LH7K2Q');
  });

  it('shortens a long service name to keep one segment, never the code or the time', () => {
    const long = { ...samples.booking_reminder, service: 'Đăng ký thành lập hộ kinh doanh và cấp giấy chứng nhận' };
    const text = renderMessage('booking_reminder', long, { withoutDiacritics: false });
    expect(smsSize(text).segments).toBe(1);
    expect(text).toMatch(/^Nhắc lịch Đăng ký .+… 09:30 08\/12\/2026\. Mã LH7K2Q$/);
    const plain = renderMessage('booking_reminder', { ...long, service: long.service.repeat(4) }, { withoutDiacritics: true });
    expect(smsSize(plain)).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(plain).toMatch(/\.\.\. 09:30 08\/12\/2026\. Ma LH7K2Q$/);
  });
});
