import { describe, expect, it } from 'vitest';
import {
  maskName,
  markDossierReturnedSchema,
  receiveDossierSchema,
  refuseDossierSchema,
  registerDossierSchema,
  requestSupplementSchema,
  setDossierStatusSchema,
  toPublicDossierStatus,
  type DossierView,
} from './dossier-schemas';
import { parsePayload } from './zod-errors';

const applicant = {
  idNumber: '046201000152',
  name: 'Võ Việt Dũng',
  dateOfBirth: '2001-07-30',
  sex: 'male',
  address: 'Thôn 1, Xã A, Huyện B, Tỉnh C',
  phone: '0912 345 678',
};
const register = { commandId: 'cmd-00000001', procedure: '1.004227', applicant, return: { method: 'counter' } };

describe('registerDossierSchema', () => {
  it('accepts a complete registration and normalises the phone', () => {
    const r = registerDossierSchema.parse(register);
    expect(r.applicant.phone).toBe('0912345678');
    expect(r.return).toEqual({ method: 'counter' });
  });

  it('accepts +84 and 84 phone forms and returns the 0 form', () => {
    for (const phone of ['+84912345678', '84 912 345 678', '091.234.5678', '0387-654-321']) {
      const r = registerDossierSchema.parse({ ...register, applicant: { ...applicant, phone } });
      expect(r.applicant.phone).toMatch(/^0[35789]\d{8}$/);
    }
  });

  it('refuses landlines, short numbers and old 11-digit mobiles', () => {
    for (const phone of ['02438251234', '091234567', '01234567890', 'abc']) {
      expect(registerDossierSchema.safeParse({ ...register, applicant: { ...applicant, phone } }).success).toBe(false);
    }
  });

  it('refuses a post return without a postal address, accepts it with one', () => {
    expect(registerDossierSchema.safeParse({ ...register, return: { method: 'post' } }).success).toBe(false);
    const r = registerDossierSchema.parse({ ...register, return: { method: 'post', postalAddress: ' Số 5,  phố Huế ' } });
    expect(r.return).toEqual({ method: 'post', postalAddress: 'Số 5, phố Huế' });
  });

  it('refuses unknown fields (strict objects)', () => {
    expect(registerDossierSchema.safeParse({ ...register, extra: 1 }).success).toBe(false);
    expect(registerDossierSchema.safeParse({ ...register, applicant: { ...applicant, ethnicity: 'Kinh' } }).success).toBe(false);
  });

  it('names the field at fault in the typed error', () => {
    const r = parsePayload(registerDossierSchema, { ...register, applicant: { ...applicant, idNumber: '12345' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_payload');
      expect(r.error.field).toBe('applicant.idNumber');
    }
  });

  it('refuses impossible birth dates, bad procedure codes and overlong names', () => {
    const bad = [
      { ...register, applicant: { ...applicant, dateOfBirth: '2001-02-30' } },
      { ...register, procedure: '1004227' },
      { ...register, applicant: { ...applicant, name: 'A'.repeat(101) } },
      { ...register, applicant: { ...applicant, name: '   ' } },
      { ...register, applicant: { ...applicant, email: 'not-an-email' } },
      { ...register, commandId: 'short' },
    ];
    for (const payload of bad) expect(registerDossierSchema.safeParse(payload).success).toBe(false);
  });

  it('normalises the name to NFC', () => {
    const r = registerDossierSchema.parse({ ...register, applicant: { ...applicant, name: 'Võ Việt Dũng'.normalize('NFD') } });
    expect(r.applicant.name).toBe('Võ Việt Dũng'.normalize('NFC'));
  });
});

describe('counter commands', () => {
  it('receive: needs at least one document with counts', () => {
    const ok = { commandId: 'cmd-00000002', dossier: 'reg-1', applicant, documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }] };
    expect(receiveDossierSchema.safeParse(ok).success).toBe(true);
    expect(receiveDossierSchema.safeParse({ ...ok, documents: [] }).success).toBe(false);
    expect(receiveDossierSchema.safeParse({ ...ok, documents: [{ name: 'Tờ khai', originals: -1, copies: 0 }] }).success).toBe(false);
  });

  it('refuse and supplement: need a reason; supplement needs items', () => {
    expect(refuseDossierSchema.safeParse({ commandId: 'cmd-00000003', dossier: 'reg-1', reason: '' }).success).toBe(false);
    expect(refuseDossierSchema.safeParse({ commandId: 'cmd-00000003', dossier: 'reg-1', reason: 'Sai thủ tục' }).success).toBe(true);
    const sup = { commandId: 'cmd-00000004', dossier: 'X-250601-0001', reason: 'Thiếu giấy tờ', items: ['Bản sao sổ đỏ'] };
    expect(requestSupplementSchema.safeParse(sup).success).toBe(true);
    expect(requestSupplementSchema.safeParse({ ...sup, items: [] }).success).toBe(false);
  });

  it('set status: only the protocol statuses', () => {
    const base = { commandId: 'cmd-00000005', dossier: 'd-1' };
    expect(setDossierStatusSchema.safeParse({ ...base, status: 'processing', note: 'Chuyển phòng' }).success).toBe(true);
    expect(setDossierStatusSchema.safeParse({ ...base, status: 'lost' }).success).toBe(false);
    expect(markDossierReturnedSchema.safeParse(base).success).toBe(true);
  });
});

describe('maskName', () => {
  it('keeps each word initial and two stars, whatever the word length', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N** V** A**');
    expect(maskName('Võ Thị Ngọc Ánh')).toBe('V** T** N** Á**');
  });

  it('keeps Vietnamese initials (Đ, Ư) in NFC and upper-cases them', () => {
    expect(maskName('đặng ưng')).toBe('Đ** Ư**');
    expect(maskName('Đỗ Hùng'.normalize('NFD'))).toBe('Đ** H**');
  });

  it('handles extra spaces and empty names', () => {
    expect(maskName('  Lê   Lợi ')).toBe('L** L**');
    expect(maskName('   ')).toBe('***');
  });
});

describe('toPublicDossierStatus', () => {
  const view: DossierView = {
    id: 'd-1',
    code: '000.00.06.H56-250601-0001',
    trackingCode: '000.00.06.H56-250601-0001-K7QX3M',
    status: 'processing',
    channel: 'in_person',
    procedure: { code: '1.004227', name: 'Cấp giấy phép xây dựng' },
    applicant: { ...applicant, sex: 'male', phone: '0912345678' },
    returnMethod: 'counter',
    postalAddress: null,
    documents: [],
    registeredAt: 1,
    receivedAt: 2,
    appointmentAt: 3,
    returnedAt: null,
    timeliness: null,
    reason: null,
    supplementItems: [],
    ticketId: null,
    officer: null,
    updatedAt: 4,
    personalDataErasedAt: null,
    readyAt: null,
    collectPlace: null,
    collectNote: null,
    returnedBy: null,
  };

  it('shows code, procedure, status, appointment and a masked name — nothing personal', () => {
    const p = toPublicDossierStatus(view);
    expect(p).toEqual({
      code: '000.00.06.H56-250601-0001',
      procedureName: 'Cấp giấy phép xây dựng',
      status: 'processing',
      statusLabel: { vi: 'Đang xử lý', en: 'Processing' },
      appointmentAt: 3,
      maskedName: 'V** V** D**',
    });
    const json = JSON.stringify(p);
    for (const secret of ['046201000152', '2001-07-30', 'Thôn 1', '0912345678', 'Dũng']) expect(json).not.toContain(secret);
  });

  it('says where a ready result waits, and when it was handed over — never the note or the officer', () => {
    const ready = { ...view, status: 'result_ready' as const, readyAt: 10, collectPlace: 'Quầy 5 (Tầng 1)', collectNote: 'Mang CCCD gốc', returnedBy: null };
    expect(toPublicDossierStatus(ready)).toMatchObject({ collect: { readyAt: 10, place: 'Quầy 5 (Tầng 1)' } });
    expect(JSON.stringify(toPublicDossierStatus(ready))).not.toContain('Mang CCCD');
    const returned = { ...ready, status: 'returned' as const, returnedAt: 20, returnedBy: { id: 'u1', name: 'Nguyễn Văn An' } };
    const p = toPublicDossierStatus(returned);
    expect(p).toMatchObject({ returnedAt: 20 });
    expect(p).not.toHaveProperty('collect');
    expect(JSON.stringify(p)).not.toContain('Nguyễn Văn An');
  });

  it('has no public status before the dossier has a code', () => {
    expect(toPublicDossierStatus({ ...view, code: null })).toBeNull();
  });
});
