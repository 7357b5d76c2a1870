import { describe, expect, it } from 'vitest';
import { checkReturnTicket, defaultCollectPlace, markReadyOutcome, shortCollectPlace, waitingMinutes } from './return-rules';
import { dossierRefOfScan } from './typed-code';

const at = (iso: string) => Date.parse(iso);

describe('markReadyOutcome', () => {
  it('marks a received, processing or fee-due dossier', () => {
    expect(markReadyOutcome('received', true)).toBe('marked');
    expect(markReadyOutcome('processing', true)).toBe('marked');
    expect(markReadyOutcome('fee_due', true)).toBe('marked');
  });

  it('leaves a result already ready as it is', () => {
    expect(markReadyOutcome('result_ready', true)).toBe('already_ready');
  });

  it('refuses a dossier that never was received or is closed', () => {
    expect(markReadyOutcome('registered', false)).toBe('wrong_status');
    expect(markReadyOutcome('supplement_requested', true)).toBe('wrong_status');
    expect(markReadyOutcome('returned', true)).toBe('wrong_status');
    expect(markReadyOutcome('refused', false)).toBe('wrong_status');
  });
});

describe('checkReturnTicket', () => {
  const base = { returnMethod: 'counter' as const, appointmentAt: at('2026-12-01T16:00:00+07:00'), returnedAt: null };

  it('gives a ticket for a result waiting at the counter', () => {
    expect(checkReturnTicket({ ...base, status: 'result_ready' })).toEqual({ ok: true, value: null });
  });

  it('says the status and the due date while the result is not ready', () => {
    expect(checkReturnTicket({ ...base, status: 'processing' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_state',
        message: {
          vi: 'Kết quả chưa sẵn sàng: hồ sơ đang ở trạng thái "Đang xử lý". Ngày hẹn trả kết quả: 01/12/2026.',
          en: 'The result is not ready yet: the dossier is "Processing". The result is due on 01/12/2026.',
        },
      },
    });
  });

  it('says when a result was already handed over', () => {
    const r = checkReturnTicket({ ...base, status: 'returned', returnedAt: at('2026-11-30T10:05:00+07:00') });
    expect(r).toMatchObject({ ok: false, error: { message: { vi: 'Kết quả của hồ sơ này đã được trả lúc 10 giờ 05 phút, ngày 30/11/2026.' } } });
  });

  it('sends no one to a counter for a result that goes by post', () => {
    expect(checkReturnTicket({ ...base, returnMethod: 'post', status: 'result_ready' })).toMatchObject({
      ok: false,
      error: { message: { vi: 'Kết quả của hồ sơ này được gửi qua dịch vụ bưu chính, không nhận tại quầy.' } },
    });
  });
});

describe('defaultCollectPlace', () => {
  it("prefers the hall's place, then names the return counters", () => {
    expect(defaultCollectPlace('Bàn trả kết quả, tầng 1', [])).toBe('Bàn trả kết quả, tầng 1');
    expect(defaultCollectPlace(undefined, [{ number: 5, name: 'Quầy 5', area: 'Tầng 1' }])).toBe('Quầy 5 (Tầng 1)');
    expect(defaultCollectPlace(undefined, [])).toBe('Bộ phận trả kết quả');
  });
});

describe('shortCollectPlace', () => {
  it('keeps a text message short: the return counters by number', () => {
    const counters = [
      { number: 5, name: 'Quầy 5 — Trả kết quả', area: 'Tầng 1' },
      { number: 10, name: 'Quầy 10 — Lao động, Y tế, Khoa học', area: 'Tầng 2' },
    ];
    expect(shortCollectPlace(undefined, counters)).toBe('quầy 5, 10');
    expect(shortCollectPlace('Bàn trả kết quả', counters)).toBe('Bàn trả kết quả');
    expect(shortCollectPlace(undefined, [])).toBe('bộ phận trả kết quả');
  });
});

describe('waitingMinutes', () => {
  it('counts whole minutes and never goes negative', () => {
    expect(waitingMinutes(0, 59_999)).toBe(0);
    expect(waitingMinutes(0, 125 * 60_000)).toBe(125);
    expect(waitingMinutes(60_000, 0)).toBe(0);
  });
});

describe('dossierRefOfScan', () => {
  it("reads the receipt QR's address, a typed code, and leaves an id alone", () => {
    const tracking = '000.00.06.H56-231027-0361-K7QX3M';
    expect(dossierRefOfScan(`https://hcc.example.vn/d/${encodeURIComponent(tracking)}`)).toBe(tracking);
    expect(dossierRefOfScan(' 000.00.06.h56 – 231027 – 0361-k7qx3m ')).toBe(tracking);
    expect(dossierRefOfScan('000.00.06.H56-231027-0361')).toBe('000.00.06.H56-231027-0361');
    expect(dossierRefOfScan('0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b')).toBe('0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b');
  });
});
