/**
 * The registration's applicant as editable text fields, checked with the
 * protocol's own `applicantSchema` so the counter refuses exactly what the
 * hub would, and names the field. Pure.
 */
import { applicantSchema, type Applicant, type Sex } from '@luot/protocol';

export const APPLICANT_FIELDS = ['name', 'idNumber', 'dateOfBirth', 'sex', 'address', 'phone', 'email'] as const;
export type ApplicantField = (typeof APPLICANT_FIELDS)[number];

export interface ApplicantForm {
  name: string;
  idNumber: string;
  dateOfBirth: string;
  sex: Sex;
  address: string;
  phone: string;
  email: string;
}

/**
 * Dates are typed and shown as `dd/MM/yyyy`, the way the ID card and every
 * Vietnamese form write them (a browser date field follows the PC's locale and
 * may show 04/12/1989 for 12 April).
 */
export function isoToDisplayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `d/M/yyyy` (also with `.` or `-`) → `yyyy-MM-dd`; anything else is returned as typed, for the schema to refuse. */
export function displayDateToIso(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text.trim();
}

export function applicantToForm(applicant: Applicant): ApplicantForm {
  return { ...applicant, dateOfBirth: isoToDisplayDate(applicant.dateOfBirth), email: applicant.email ?? '' };
}

/** The applicant `dossier:receive` carries, or the fields that are not right. */
export function formToApplicant(
  form: ApplicantForm,
): { ok: true; applicant: Applicant } | { ok: false; fields: ApplicantField[] } {
  const { email, ...typed } = form;
  const rest = { ...typed, dateOfBirth: displayDateToIso(typed.dateOfBirth) };
  // An empty e-mail is no e-mail: the key is left out, not sent empty.
  const parsed = applicantSchema.safeParse(email.trim() === '' ? rest : { ...rest, email: email.trim() });
  if (parsed.success) return { ok: true, applicant: parsed.data };
  const fields = new Set<ApplicantField>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (APPLICANT_FIELDS as readonly string[]).includes(field))
      fields.add(field as ApplicantField);
  }
  return { ok: false, fields: APPLICANT_FIELDS.filter((f) => fields.has(f)) };
}

/** Which fields the officer changed from the registration (shown as "đã sửa"). */
export function changedFields(before: Applicant, form: ApplicantForm): ApplicantField[] {
  const original = applicantToForm(before);
  return APPLICANT_FIELDS.filter((f) => original[f].trim() !== form[f].trim());
}
