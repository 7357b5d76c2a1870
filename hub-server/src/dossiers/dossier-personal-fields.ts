/**
 * Which columns of `dossiers` hold personal data, and how they are sealed and
 * opened (core/personal-data/field-cipher.ts): each value with the column and
 * the dossier's id as associated data. The applicant's sex stays in clear —
 * the table's CHECK allows only `male`/`female`, and without the name, ID
 * number, birth date and address it identifies no one. An erased value is
 * the empty string (NOT NULL columns) or null.
 */
import type { FieldCipher } from '../core/personal-data/field-cipher';

export const PERSONAL_COLUMNS = [
  'applicant_id_number',
  'applicant_name',
  'applicant_birth_date',
  'applicant_address',
  'applicant_phone',
  'applicant_email',
  'postal_address',
] as const;

export type PersonalColumn = (typeof PERSONAL_COLUMNS)[number];
export type PersonalValues = Record<PersonalColumn, string | null>;

const place = (column: PersonalColumn, rowId: string) => ({ table: 'dossiers', column, rowId });

/** Seals each non-empty value for the row `rowId`. */
export function sealPersonal(values: PersonalValues, rowId: string, cipher: FieldCipher): PersonalValues {
  const out = { ...values };
  for (const column of PERSONAL_COLUMNS) {
    const v = values[column];
    out[column] = v === null || v === '' ? v : cipher.seal(v, place(column, rowId));
  }
  return out;
}

/** Opens a row's values; rows from before sealing (`sealed` false) are returned as they are. */
export function openPersonal(
  values: PersonalValues,
  rowId: string,
  sealed: boolean,
  cipher: FieldCipher,
): PersonalValues {
  if (!sealed) return values;
  const out = { ...values };
  for (const column of PERSONAL_COLUMNS) {
    const v = values[column];
    out[column] = v === null || v === '' ? v : cipher.open(v, place(column, rowId));
  }
  return out;
}
