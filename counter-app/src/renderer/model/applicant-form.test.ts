import { describe, expect, it } from 'vitest';
import type { Applicant } from '@luot/protocol';
import { applicantToForm, changedFields, formToApplicant } from './applicant-form';

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
});
