import { describe, expect, it } from 'vitest';
import type { Applicant } from '@luot/protocol';
import { applicantToForm, changedFields, displayDateToIso, formToApplicant, isoToDisplayDate } from './applicant-form';

const APPLICANT: Applicant = {
  idNumber: '001089012345',
  name: 'Nguyễn Thị Thanh Hà',
  dateOfBirth: '1989-04-12',
  sex: 'female',
  address: 'Số 12 ngõ 34 phố Kim Mã, phường Kim Mã, quận Ba Đình, Hà Nội',
  phone: '0987654321',
};

describe('applicant form', () => {
  it('round-trips the registration, with the officer’s corrections normalised', () => {
    const form = { ...applicantToForm(APPLICANT), name: ' Nguyễn  Thị Thanh  Hằng ', phone: '+84 987 654 322' };
    expect(changedFields(APPLICANT, form)).toEqual(['name', 'phone']);
    expect(formToApplicant(form)).toEqual({
      ok: true,
      applicant: { ...APPLICANT, name: 'Nguyễn Thị Thanh Hằng', phone: '0987654322' },
    });
  });

  it('names every field the hub would refuse', () => {
    const form = {
      ...applicantToForm(APPLICANT),
      name: '  ',
      idNumber: '12345',
      dateOfBirth: '1989-02-30',
      email: 'x@',
    };
    expect(formToApplicant(form)).toEqual({ ok: false, fields: ['name', 'idNumber', 'dateOfBirth', 'email'] });
  });

  it('leaves out an empty e-mail', () => {
    const r = formToApplicant({ ...applicantToForm(APPLICANT), email: '  ' });
    expect(r.ok && 'email' in r.applicant).toBe(false);
  });

  it('shows and reads dates as dd/MM/yyyy', () => {
    expect(applicantToForm(APPLICANT).dateOfBirth).toBe('12/04/1989');
    expect(isoToDisplayDate('2001-07-30')).toBe('30/07/2001');
    expect(displayDateToIso('3/7/2001')).toBe('2001-07-03');
    expect(displayDateToIso(' 03.07.2001 ')).toBe('2001-07-03');
    expect(displayDateToIso('2001-07-03')).toBe('2001-07-03');
    expect(displayDateToIso('07/2001')).toBe('07/2001');
    const typed = formToApplicant({ ...applicantToForm(APPLICANT), dateOfBirth: '2/5/1990' });
    expect(typed.ok && typed.applicant.dateOfBirth).toBe('1990-05-02');
  });
});
