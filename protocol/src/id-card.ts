/**
 * Parser for the QR code of the chip ID card (căn cước công dân gắn chip):
 * `<12-digit ID>|<old 9-digit CMND or empty>|<full name>|<DOB ddmmyyyy>|<Nam/Nữ>|<address>|<issue date ddmmyyyy>`.
 *
 * Tolerant by shape, never by guess: known variants are accepted silently,
 * anything the parser had to infer comes back in `warnings` for the citizen
 * to confirm on screen. Pure: no I/O; the clock is a parameter.
 */
import { luotError } from './error-codes';
import { fail, ok, type LocalizedText, type LuotError, type Result } from './result';
import type { Sex } from './dossier';

export interface IdCardData {
  /** The 12-digit personal ID number (số định danh cá nhân). */
  idNumber: string;
  /** The old 9-digit ID (CMND), when the card carries one. */
  oldIdNumber: string | null;
  /** NFC-normalised, single-spaced. */
  fullName: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string;
  sex: Sex;
  /** Permanent address, NFC-normalised; empty when the QR had none (see warnings). */
  address: string;
  /** `YYYY-MM-DD`, or null when the layout had no recognisable issue date (see warnings). */
  issueDate: string | null;
  /** What the citizen should check before the form is used. Empty for a standard card. */
  warnings: IdCardWarning[];
}

export const ID_CARD_WARNING_CODES = ['sex_as_number', 'extra_fields', 'layout_inferred', 'address_missing'] as const;
export type IdCardWarningCode = (typeof ID_CARD_WARNING_CODES)[number];

export interface IdCardWarning {
  code: IdCardWarningCode;
  message: LocalizedText;
  /** The IdCardData field to check. */
  field?: keyof IdCardData;
}

export interface ParseIdCardOptions {
  /** Epoch ms used to refuse dates in the future; defaults to the current time. */
  now?: number;
}

/** A QR longer than this is not an ID card (the standard one is ~150 characters). */
export const MAX_ID_CARD_QR_LENGTH = 2000;

const ID_NUMBER = /^\d{12}$/;
const OLD_ID_NUMBER = /^\d{9}$/;
const DATE8 = /^\d{8}$/;
const HAS_LETTER = /\p{L}/u;
/** Vietnam has used UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

type Fields = string[];
type Step<T> = { ok: true; value: T } | { ok: false; error: LuotError };

function refuse(vi: string, en: string, field?: string) {
  return luotError(
    'invalid_payload',
    { vi: `Mã QR không phải của căn cước công dân: ${vi}`, en: `Not a citizen ID card QR code: ${en}` },
    field,
  );
}

const tidy = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function localToday(now: number): string {
  return new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** `ddmmyyyy` → `YYYY-MM-DD`, refusing dates that do not exist or lie in the future. */
function parseDate(raw: string, position: number, what: LocalizedText, today: string, field: string): Step<string> {
  const n = position + 1;
  if (!DATE8.test(raw)) {
    return { ok: false, error: refuse(`trường ${n} (${what.vi}) phải là ngày dạng ddmmyyyy`, `field ${n} (${what.en}) must be a date ddmmyyyy`, field) };
  }
  const iso = `${raw.slice(4, 8)}-${raw.slice(2, 4)}-${raw.slice(0, 2)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso || iso < '1900-01-01') {
    return { ok: false, error: refuse(`trường ${n} (${what.vi}) không phải ngày có thật: ${raw}`, `field ${n} (${what.en}) is not a real date: ${raw}`, field) };
  }
  if (iso > today) {
    return { ok: false, error: refuse(`trường ${n} (${what.vi}) là ngày trong tương lai: ${raw}`, `field ${n} (${what.en}) is in the future: ${raw}`, field) };
  }
  return { ok: true, value: iso };
}

/**
 * "Nam"/"Nữ" as printed on the card; scanners that drop diacritics give "Nu".
 * Some cards give 1/2 instead. We read 1 = Nam (male), 2 = Nữ (female): that is
 * the convention of the national QR platform (Bộ TT&TT, "giới tính: 0 chưa có
 * thông tin, 1 nam, 2 nữ") and of Vietnamese health-insurance data. It is NOT
 * confirmed by any published spec of the CCCD QR itself, so a numeric sex
 * always comes back with a `sex_as_number` warning for the citizen to confirm.
 */
function parseSex(raw: string, position: number): Step<{ sex: Sex; numeric: boolean }> {
  const v = tidy(raw).toLowerCase();
  if (v === 'nam') return { ok: true, value: { sex: 'male', numeric: false } };
  if (v === 'nữ' || v === 'nu') return { ok: true, value: { sex: 'female', numeric: false } };
  if (v === '1') return { ok: true, value: { sex: 'male', numeric: true } };
  if (v === '2') return { ok: true, value: { sex: 'female', numeric: true } };
  const n = position + 1;
  return { ok: false, error: refuse(`trường ${n} (giới tính) phải là Nam hoặc Nữ, nhận được "${raw}"`, `field ${n} (sex) must be Nam or Nữ, got "${raw}"`, 'sex') };
}

function parseName(raw: string, position: number): Step<string> {
  const name = tidy(raw);
  const n = position + 1;
  if (!HAS_LETTER.test(name) || /\d/.test(name)) {
    return { ok: false, error: refuse(`trường ${n} (họ và tên) không phải là tên người`, `field ${n} (full name) is not a person's name`, 'fullName') };
  }
  if (name.length > 100) {
    return { ok: false, error: refuse(`trường ${n} (họ và tên) dài quá 100 ký tự`, `field ${n} (full name) is longer than 100 characters`, 'fullName') };
  }
  return { ok: true, value: name };
}

/** Positions of each datum in the fields; null when the layout has none. */
interface Layout {
  oldId: number | null;
  name: number;
  dob: number;
  sex: number;
  address: number | null;
  issue: number | null;
}

const SEVEN_FIELDS: Layout = { oldId: 1, name: 2, dob: 3, sex: 4, address: 5, issue: 6 };
/** Some issuers and readers drop the old-ID field entirely. */
const SIX_FIELDS: Layout = { oldId: null, name: 1, dob: 2, sex: 3, address: 4, issue: 5 };

const isSexToken = (s: string) => ['nam', 'nữ', 'nu', '1', '2'].includes(tidy(s).toLowerCase());
const looksLikeDate = (s: string) => DATE8.test(s);

/** Does a layout fit these fields by shape (dates are 8 digits, sex is a sex token)? */
function fits(fields: Fields, l: Layout): boolean {
  const at = (i: number | null) => (i === null ? '' : (fields[i] ?? ''));
  return (
    (l.oldId === null || at(l.oldId) === '' || OLD_ID_NUMBER.test(at(l.oldId))) &&
    HAS_LETTER.test(at(l.name)) &&
    looksLikeDate(at(l.dob)) &&
    isSexToken(at(l.sex)) &&
    (l.issue === null || looksLikeDate(at(l.issue)))
  );
}

/**
 * For the newer Thẻ căn cước whose field order is not confirmed: find the
 * name (first field with letters), then the first 8-digit date after it, the
 * sex after that; after the sex, the address is the longest field with
 * letters (short ones are codes such as a nationality) and the issue date the
 * first 8-digit field. Returns null when name, birth date or sex is missing.
 */
function inferLayout(fields: Fields): Layout | null {
  const find = (from: number, test: (s: string) => boolean) => {
    for (let i = from; i < fields.length; i++) if (test(fields[i] ?? '')) return i;
    return null;
  };
  const name = find(1, (s) => HAS_LETTER.test(s) && !isSexToken(s));
  if (name === null) return null;
  const dob = find(name + 1, looksLikeDate);
  if (dob === null) return null;
  const sex = find(dob + 1, isSexToken);
  if (sex === null) return null;
  let address: number | null = null;
  for (let i = sex + 1; i < fields.length; i++) {
    const f = fields[i] ?? '';
    if (HAS_LETTER.test(f) && (address === null || f.length > (fields[address] ?? '').length)) address = i;
  }
  const issue = find(sex + 1, looksLikeDate);
  const oldId = find(1, (s) => OLD_ID_NUMBER.test(s));
  return { oldId: oldId !== null && oldId < name ? oldId : null, name, dob, sex, address, issue };
}

function warning(code: IdCardWarningCode, vi: string, en: string, field?: keyof IdCardData): IdCardWarning {
  return field === undefined ? { code, message: { vi, en } } : { code, message: { vi, en }, field };
}

/**
 * Parses the text a QR scanner produced from a chip ID card.
 * @example parseIdCardQr('046201000152||Võ Việt Dũng|30072001|Nam|Thôn 1, Xã A|10072021\r\n')
 *   // { ok: true, value: { idNumber: '046201000152', oldIdNumber: null, fullName: 'Võ Việt Dũng', dateOfBirth: '2001-07-30', … } }
 */
export function parseIdCardQr(text: string, options: ParseIdCardOptions = {}): Result<IdCardData> {
  const today = localToday(options.now ?? Date.now());
  if (text.length > MAX_ID_CARD_QR_LENGTH) {
    return fail(refuse(`dữ liệu dài quá ${MAX_ID_CARD_QR_LENGTH} ký tự`, `the data is longer than ${MAX_ID_CARD_QR_LENGTH} characters`));
  }
  // Keyboard-mode scanners end with Enter (CR, LF or both); some add a BOM.
  const line = text.replace(/^\uFEFF/, '').replace(/[\r\n]+$/, '').trim();
  if (line === '') return fail(refuse('không có dữ liệu', 'it is empty'));
  if (/[\r\n]/.test(line)) return fail(refuse('dữ liệu có nhiều dòng', 'it has more than one line'));
  const fields = line.split('|').map((f) => f.trim());
  if (fields.length < 6) {
    return fail(refuse(`có ${fields.length} trường, cần 7 trường ngăn cách bởi "|"`, `it has ${fields.length} fields; 7 separated by "|" are expected`));
  }
  if (!ID_NUMBER.test(fields[0] ?? '')) return fail(refuse('trường 1 phải là 12 chữ số', 'field 1 must be 12 digits', 'idNumber'));

  const warnings: IdCardWarning[] = [];
  let layout: Layout;
  if (fields.length === 7) layout = SEVEN_FIELDS;
  else if (fields.length === 6) layout = SIX_FIELDS;
  else if (fits(fields, SEVEN_FIELDS)) {
    layout = SEVEN_FIELDS;
    warnings.push(
      warning(
        'extra_fields',
        `Mã QR có ${fields.length} trường (thẻ căn cước mẫu mới?): chỉ đọc 7 trường đầu, vui lòng kiểm tra lại thông tin.`,
        `The QR has ${fields.length} fields (a newer card?): only the first 7 were read; please check the details.`,
      ),
    );
  } else {
    const inferred = inferLayout(fields);
    if (!inferred) {
      return fail(refuse(`không nhận ra bố cục ${fields.length} trường (cần họ tên, ngày sinh, giới tính)`, `the ${fields.length}-field layout is not recognised (name, birth date and sex are needed)`));
    }
    layout = inferred;
    warnings.push(
      warning(
        'layout_inferred',
        'Mã QR có bố cục chưa biết: thông tin được đoán theo dạng dữ liệu, vui lòng kiểm tra kỹ từng mục.',
        'Unknown QR layout: the details were inferred from their shape; please check each one.',
      ),
    );
  }

  const oldRaw = layout.oldId === null ? '' : (fields[layout.oldId] ?? '');
  if (oldRaw !== '' && !OLD_ID_NUMBER.test(oldRaw)) {
    return fail(refuse('trường 2 (số CMND cũ) phải trống hoặc là 9 chữ số', 'field 2 (old ID number) must be empty or 9 digits', 'oldIdNumber'));
  }
  const name = parseName(fields[layout.name] ?? '', layout.name);
  if (!name.ok) return fail(name.error);
  const dob = parseDate(fields[layout.dob] ?? '', layout.dob, { vi: 'ngày sinh', en: 'date of birth' }, today, 'dateOfBirth');
  if (!dob.ok) return fail(dob.error);
  const sex = parseSex(fields[layout.sex] ?? '', layout.sex);
  if (!sex.ok) return fail(sex.error);
  if (sex.value.numeric) {
    warnings.push(
      warning(
        'sex_as_number',
        'Giới tính trên mã QR ghi bằng số (1 = Nam, 2 = Nữ): vui lòng xác nhận.',
        'The QR gives sex as a number (1 = male, 2 = female): please confirm.',
        'sex',
      ),
    );
  }
  let issueDate: string | null = null;
  if (layout.issue !== null) {
    const issue = parseDate(fields[layout.issue] ?? '', layout.issue, { vi: 'ngày cấp', en: 'issue date' }, today, 'issueDate');
    if (!issue.ok) return fail(issue.error);
    if (issue.value < dob.value) {
      const n = layout.issue + 1;
      return fail(refuse(`trường ${n} (ngày cấp) trước ngày sinh`, `field ${n} (issue date) is before the date of birth`, 'issueDate'));
    }
    issueDate = issue.value;
  }
  const address = layout.address === null ? '' : tidy(fields[layout.address] ?? '');
  if (address === '') {
    warnings.push(
      warning('address_missing', 'Mã QR không có nơi thường trú: vui lòng nhập địa chỉ.', 'The QR has no permanent address: please type it.', 'address'),
    );
  }
  return ok({
    idNumber: fields[0] as string,
    oldIdNumber: oldRaw === '' ? null : oldRaw,
    fullName: name.value,
    dateOfBirth: dob.value,
    sex: sex.value.sex,
    address,
    issueDate,
    warnings,
  });
}
