import { describe, expect, it } from 'vitest';
import { parseIdCardQr } from '@luot/protocol/plain';
import { EMPTY_FORM, birthDateFromDigits, checkDossierForm, fillFromIdCard, formatBirthDigits, formatPhone, scanFailureReason, toRegisterCommand, type DossierForm } from './dossier-form';

/** Friday 27 November 2026, 15:50 in the hall. */
const NOW = Date.parse('2026-11-27T15:50:00+07:00');
const QR = '046201000152||Võ Việt Dũng|30072001|Nam|Thôn Đông Hòa 7, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định|10072021';

const card = (text: string) => {
  const r = parseIdCardQr(text, { now: NOW });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

const filled: DossierForm = { ...fillFromIdCard(EMPTY_FORM, card(QR)), phone: '0912345678' };

describe('dossier form', () => {
  it('fills from a scanned ID card and keeps what the card does not carry', () => {
    const typed = { ...EMPTY_FORM, phone: '0912345678', returnMethod: 'post' as const, postalAddress: 'Số 1 Hùng Vương' };
    const form = fillFromIdCard(typed, card(QR));
    expect(form).toMatchObject({
      idNumber: '046201000152',
      name: 'Võ Việt Dũng',
      birthDigits: '30072001',
      sex: 'male',
      address: 'Thôn Đông Hòa 7, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định',
      phone: '0912345678',
      returnMethod: 'post',
      postalAddress: 'Số 1 Hùng Vương',
      scan: { warnings: [] },
    });
  });

  it('keeps a typed address when the card has none, and carries the warnings', () => {
    const typed = { ...EMPTY_FORM, address: 'Thôn 1, Xã A' };
    const form = fillFromIdCard(typed, card('046201000152||Võ Việt Dũng|30072001|2||10072021'));
    expect(form.address).toBe('Thôn 1, Xã A');
    expect(form.sex).toBe('female');
    expect(form.scan?.warnings.map((w) => w.code)).toEqual(['sex_as_number', 'address_missing']);
  });

  it('becomes the register command for a complete form', () => {
    const check = checkDossierForm({ ...filled, phone: '0912 345 678' }, NOW);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(toRegisterCommand('k-1', '1.115728', check.value)).toEqual({
      commandId: 'k-1',
      procedure: '1.115728',
      applicant: {
        idNumber: '046201000152',
        name: 'Võ Việt Dũng',
        dateOfBirth: '2001-07-30',
        sex: 'male',
        address: 'Thôn Đông Hòa 7, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định',
        phone: '0912345678',
      },
      return: { method: 'counter' },
    });
  });

  it('names every missing or wrong field', () => {
    const check = checkDossierForm({ ...EMPTY_FORM, idNumber: '12345', name: 'An 2', birthDigits: '31022001', phone: '0123', returnMethod: 'post' }, NOW);
    expect(check).toEqual({
      ok: false,
      errors: {
        idNumber: 'dossier.error.idNumber',
        name: 'dossier.error.name',
        birthDigits: 'dossier.error.birthDate',
        sex: 'dossier.error.sex',
        address: 'dossier.error.address',
        phone: 'dossier.error.phone',
        postalAddress: 'dossier.error.postalAddress',
      },
    });
  });

  it('sends the postal address when the result goes by post, tidied', () => {
    const check = checkDossierForm({ ...filled, returnMethod: 'post', postalAddress: '  Số 1   Hùng Vương ' }, NOW);
    expect(check.ok && check.value.return).toEqual({ method: 'post', postalAddress: 'Số 1 Hùng Vương' });
  });

  it('accepts real past birth dates only', () => {
    expect(birthDateFromDigits('30072001', NOW)).toBe('2001-07-30');
    expect(birthDateFromDigits('29022000', NOW)).toBe('2000-02-29');
    expect(birthDateFromDigits('29022001', NOW)).toBeNull();
    expect(birthDateFromDigits('01011899', NOW)).toBeNull();
    expect(birthDateFromDigits('28112026', NOW)).toBeNull(); // tomorrow in Vietnam
    expect(birthDateFromDigits('3007200', NOW)).toBeNull();
  });

  it('shows dates and phone numbers as people read them', () => {
    expect(formatBirthDigits('3')).toBe('3');
    expect(formatBirthDigits('3007')).toBe('30/07');
    expect(formatBirthDigits('300720')).toBe('30/07/20');
    expect(formatBirthDigits('30072001')).toBe('30/07/2001');
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('0912')).toBe('0912');
  });
});

describe('scan failure reason', () => {
  it("keeps the parser's reason and drops its heading", () => {
    const refused = parseIdCardQr('12345|Võ Việt Dũng|30072001|Nam|Thôn 1|10072021', { now: NOW });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(scanFailureReason(refused.error.message.vi)).toBe('trường 1 phải là 12 chữ số');
    expect(scanFailureReason(refused.error.message.en)).toBe('field 1 must be 12 digits');
    expect(scanFailureReason('Lỗi lạ')).toBe('Lỗi lạ');
  });
});
