/**
 * The walk-in dossier form as data: what the citizen typed or scanned, the
 * checks before "Xác nhận", and the `dossier:register` command it becomes.
 * Pure (the clock is a parameter), so every rule is unit tested. It holds
 * personal data: the App keeps one draft per visit and drops it at home.
 */
import type { IdCardData, IdCardWarning, RegisterDossierCommand, Sex } from '@luot/protocol/plain';
// The kiosk's one schema: only this module of the protocol's zod schemas is evaluated.
import { MOBILE_PHONE_PATTERN, phoneSchema } from '@luot/protocol/phone';
import type { MessageKey } from '../i18n/vi';

export type ReturnMethodChoice = 'counter' | 'post';

export interface DossierForm {
  idNumber: string;
  name: string;
  /** Up to 8 digits `ddmmyyyy`, as typed on the keypad (shown as dd/mm/yyyy). */
  birthDigits: string;
  sex: Sex | null;
  address: string;
  phone: string;
  returnMethod: ReturnMethodChoice;
  postalAddress: string;
  /** Set after a good scan of the ID card: what the citizen should check. */
  scan: { warnings: IdCardWarning[] } | null;
}

export type DossierField = 'idNumber' | 'name' | 'birthDigits' | 'sex' | 'address' | 'phone' | 'postalAddress';

/** The fields in screen order; the keyboard moves through them. */
export const FIELD_ORDER: readonly DossierField[] = ['idNumber', 'name', 'birthDigits', 'sex', 'address', 'phone', 'postalAddress'];

export const EMPTY_FORM: DossierForm = {
  idNumber: '',
  name: '',
  birthDigits: '',
  sex: null,
  address: '',
  phone: '',
  returnMethod: 'counter',
  postalAddress: '',
  scan: null,
};

/** Longest text each field takes (the hub's limits, or the number's length). */
export const FIELD_MAX_LENGTH: Record<Exclude<DossierField, 'sex'>, number> = {
  idNumber: 12,
  name: 100,
  birthDigits: 8,
  address: 300,
  phone: 10,
  postalAddress: 300,
};

/**
 * Puts a scanned ID card into the form. The card wins for what it carries;
 * the phone and the return choice stay as typed, and a card without an
 * address keeps the one typed.
 */
export function fillFromIdCard(form: DossierForm, card: IdCardData): DossierForm {
  const [y, m, d] = card.dateOfBirth.split('-');
  return {
    ...form,
    idNumber: card.idNumber,
    name: card.fullName,
    birthDigits: `${d ?? ''}${m ?? ''}${y ?? ''}`,
    sex: card.sex,
    address: card.address === '' ? form.address : card.address,
    scan: { warnings: card.warnings },
  };
}

/** "3007200" → "30/07/200": the slashes appear as the digits come. */
export function formatBirthDigits(digits: string): string {
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)].filter((p) => p !== '').join('/');
}

/** "0912345678" → "0912 345 678", easier to check at a glance. */
export function formatPhone(phone: string): string {
  return phone.length > 4 ? `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`.trim() : phone;
}

export type FormErrors = Partial<Record<DossierField, MessageKey>>;

export interface ValidDossier {
  applicant: RegisterDossierCommand['applicant'];
  return: RegisterDossierCommand['return'];
}

export type FormCheck = { ok: true; value: ValidDossier } | { ok: false; errors: FormErrors };

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** `ddmmyyyy` → `YYYY-MM-DD` when the date exists, is not in the future (Vietnam time) and not before 1900. */
export function birthDateFromDigits(digits: string, now: number): string | null {
  if (!/^\d{8}$/.test(digits)) return null;
  const iso = `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  const today = new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  return iso < '1900-01-01' || iso > today ? null : iso;
}

const tidy = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Checks every field; the errors name the message to show under each field. */
export function checkDossierForm(form: DossierForm, now: number): FormCheck {
  const errors: FormErrors = {};
  if (!/^\d{12}$/.test(form.idNumber)) errors.idNumber = 'dossier.error.idNumber';
  const name = tidy(form.name);
  if (!/\p{L}/u.test(name) || /\d/.test(name)) errors.name = 'dossier.error.name';
  const dateOfBirth = birthDateFromDigits(form.birthDigits, now);
  if (!dateOfBirth) errors.birthDigits = 'dossier.error.birthDate';
  if (!form.sex) errors.sex = 'dossier.error.sex';
  const address = tidy(form.address);
  if (address === '') errors.address = 'dossier.error.address';
  const phone = phoneSchema.safeParse(form.phone);
  if (!phone.success || !MOBILE_PHONE_PATTERN.test(phone.data)) errors.phone = 'dossier.error.phone';
  const postalAddress = tidy(form.postalAddress);
  if (form.returnMethod === 'post' && postalAddress === '') errors.postalAddress = 'dossier.error.postalAddress';

  if (Object.keys(errors).length > 0 || !dateOfBirth || !form.sex || !phone.success) return { ok: false, errors };
  return {
    ok: true,
    value: {
      applicant: { idNumber: form.idNumber, name, dateOfBirth, sex: form.sex, address, phone: phone.data },
      return: form.returnMethod === 'post' ? { method: 'post', postalAddress } : { method: 'counter' },
    },
  };
}

export function toRegisterCommand(commandId: string, procedure: string, valid: ValidDossier): RegisterDossierCommand {
  return { commandId, procedure, applicant: valid.applicant, return: valid.return };
}

/**
 * The reason part of the ID-card parser's refusal ("Mã QR không phải của căn
 * cước công dân: trường 1 phải là 12 chữ số" → "trường 1 phải là 12 chữ số"),
 * for the kiosk's log line; the screen says what to do instead (citizen/citizen-messages.ts).
 */
export function scanFailureReason(message: string): string {
  const reason = message.replace(/^[^:]*\bQR\b[^:]*:\s*/u, '').trim();
  return reason === '' ? message : reason;
}
