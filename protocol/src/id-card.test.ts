import { describe, expect, it } from 'vitest';
import { parseIdCardQr, type IdCardData } from './id-card';
import type { Result } from './result';

const NOW = Date.UTC(2025, 5, 1, 3, 0); // 2025-06-01 10:00 in Vietnam
const STANDARD = '046201000152||Võ Việt Dũng|30072001|Nam|Thôn 1, Xã A, Huyện B, Tỉnh C|10072021';

function parsed(text: string): IdCardData {
  const r = parseIdCardQr(text, { now: NOW });
  if (!r.ok) throw new Error(`expected ok, got ${r.error.message.en}`);
  return r.value;
}
function refused(r: Result<IdCardData>) {
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.code).toBe('invalid_payload');
  expect(r.error.message.vi).toMatch(/^Mã QR không phải của căn cước công dân: /);
  expect(r.error.message.en).toMatch(/^Not a citizen ID card QR code: /);
  return r.error;
}
const parse = (text: string) => parseIdCardQr(text, { now: NOW });

describe('parseIdCardQr: the 7-field chip card', () => {
  it('reads every field of the example in DOMAIN.md', () => {
    expect(parsed(STANDARD)).toEqual({
      idNumber: '046201000152',
      oldIdNumber: null,
      fullName: 'Võ Việt Dũng',
      dateOfBirth: '2001-07-30',
      sex: 'male',
      address: 'Thôn 1, Xã A, Huyện B, Tỉnh C',
      issueDate: '2021-07-10',
      warnings: [],
    });
  });

  it('keeps the old 9-digit CMND when present, and reads Nữ as female', () => {
    const d = parsed('001190012345|012345678|Nguyễn Thị Lan|01021990|Nữ|Số 5, phố Huế, Hà Nội|15042021');
    expect(d.oldIdNumber).toBe('012345678');
    expect(d.sex).toBe('female');
    expect(d.dateOfBirth).toBe('1990-02-01');
  });

  it('strips the Enter a keyboard-mode scanner adds (CR, LF, CRLF)', () => {
    for (const end of ['\r', '\n', '\r\n', '\n\n']) expect(parsed(STANDARD + end).idNumber).toBe('046201000152');
  });

  it('normalises the name and address to NFC and collapses spaces', () => {
    const decomposed = STANDARD.replace('Võ Việt', 'Võ  Việt').normalize('NFD');
    expect(decomposed).not.toBe(STANDARD);
    const d = parsed(decomposed);
    expect(d.fullName).toBe('Võ Việt Dũng'.normalize('NFC'));
    expect(d.fullName).toHaveLength(12);
    expect(d.address).toBe('Thôn 1, Xã A, Huyện B, Tỉnh C');
  });

  it('accepts "Nu" from scanners that drop diacritics, without a warning', () => {
    const d = parsed(STANDARD.replace('|Nam|', '|NU|'));
    expect(d.sex).toBe('female');
    expect(d.warnings).toEqual([]);
  });

  it('reads sex 1 as male and 2 as female, with a warning to confirm', () => {
    const male = parsed(STANDARD.replace('|Nam|', '|1|'));
    expect(male.sex).toBe('male');
    expect(male.warnings.map((w) => w.code)).toEqual(['sex_as_number']);
    expect(male.warnings[0]?.field).toBe('sex');
    expect(parsed(STANDARD.replace('|Nam|', '|2|')).sex).toBe('female');
  });
});

describe('parseIdCardQr: variants by shape', () => {
  it('reads the 6-field variant with no old-ID field at all', () => {
    const d = parsed('046201000152|Võ Việt Dũng|30072001|Nam|Thôn 1, Xã A|10072021');
    expect(d).toMatchObject({ oldIdNumber: null, fullName: 'Võ Việt Dũng', dateOfBirth: '2001-07-30', address: 'Thôn 1, Xã A', issueDate: '2021-07-10' });
    expect(d.warnings).toEqual([]);
  });

  it('reads the first 7 fields of a longer QR and warns that extra fields were ignored', () => {
    const d = parsed(`${STANDARD}|10072036|Kinh|Không`);
    expect(d.fullName).toBe('Võ Việt Dũng');
    expect(d.issueDate).toBe('2021-07-10');
    expect(d.warnings.map((w) => w.code)).toEqual(['extra_fields']);
    expect(d.warnings[0]?.message.vi).toContain('10 trường');
  });

  it('infers an unknown longer layout by shape and says so', () => {
    // A made-up Thẻ căn cước layout: ID, name, DOB, sex, nationality code, address, issue date, expiry.
    const d = parsed('046201000152|Võ Việt Dũng|30072001|Nam|VNM|Thôn 1, Xã A|01082024|30072041');
    expect(d.fullName).toBe('Võ Việt Dũng');
    expect(d.dateOfBirth).toBe('2001-07-30');
    expect(d.sex).toBe('male');
    expect(d.address).toBe('Thôn 1, Xã A');
    expect(d.issueDate).toBe('2024-08-01');
    expect(d.warnings.map((w) => w.code)).toContain('layout_inferred');
  });

  it('warns when the address is empty instead of refusing the card', () => {
    const d = parsed('046201000152||Võ Việt Dũng|30072001|Nam||10072021');
    expect(d.address).toBe('');
    expect(d.warnings.map((w) => w.code)).toEqual(['address_missing']);
  });
});

describe('parseIdCardQr: refusals say exactly why', () => {
  it('refuses an ID that is not 12 digits', () => {
    const e = refused(parse('04620100015||Võ Việt Dũng|30072001|Nam|Thôn 1|10072021'));
    expect(e.message.vi).toBe('Mã QR không phải của căn cước công dân: trường 1 phải là 12 chữ số');
    expect(e.field).toBe('idNumber');
  });

  it('refuses text that is not an ID card QR (a URL, too few fields, empty)', () => {
    expect(refused(parse('https://example.vn/x')).message.en).toContain('1 fields');
    expect(refused(parse('046201000152|Võ Việt Dũng|Nam')).message.vi).toContain('có 3 trường');
    expect(refused(parse('\r\n')).message.vi).toContain('không có dữ liệu');
  });

  it('refuses a date of birth that does not exist', () => {
    const e = refused(parse(STANDARD.replace('30072001', '30022001')));
    expect(e.message.vi).toContain('trường 4 (ngày sinh) không phải ngày có thật: 30022001');
    expect(e.field).toBe('dateOfBirth');
  });

  it('refuses a date that is not 8 digits', () => {
    expect(refused(parse(STANDARD.replace('30072001', '30/07/2001'))).message.en).toContain('field 4 (date of birth) must be a date ddmmyyyy');
  });

  it('refuses dates in the future (Vietnam time)', () => {
    const e = refused(parse(STANDARD.replace('10072021', '02062025')));
    expect(e.message.vi).toContain('trường 7 (ngày cấp) là ngày trong tương lai');
    // 2025-06-01 is "today" in Vietnam even though it is still 2025-05-31 late evening UTC.
    const lateUtc = Date.UTC(2025, 4, 31, 20, 0);
    expect(parseIdCardQr(STANDARD.replace('10072021', '01062025'), { now: lateUtc }).ok).toBe(true);
  });

  it('refuses an issue date before the birth date', () => {
    expect(refused(parse(STANDARD.replace('10072021', '10072000'))).message.en).toContain('before the date of birth');
  });

  it('refuses an unknown sex token, quoting it', () => {
    expect(refused(parse(STANDARD.replace('|Nam|', '|X|'))).message.vi).toContain('trường 5 (giới tính) phải là Nam hoặc Nữ, nhận được "X"');
  });

  it('refuses an old ID that is neither empty nor 9 digits', () => {
    expect(refused(parse(STANDARD.replace('||', '|12345|'))).field).toBe('oldIdNumber');
  });

  it('refuses a name with digits', () => {
    expect(refused(parse(STANDARD.replace('Võ Việt Dũng', '12345'))).field).toBe('fullName');
  });

  it('refuses multi-line and oversized input', () => {
    expect(refused(parse(`${STANDARD}\n${STANDARD}`)).message.en).toContain('more than one line');
    expect(refused(parse('1'.repeat(5000))).message.en).toContain('longer than');
  });

  it('refuses a long QR whose layout cannot be recognised', () => {
    expect(refused(parse('046201000152|a|b|c|d|e|f|g')).message.en).toContain('not recognised');
  });
});
