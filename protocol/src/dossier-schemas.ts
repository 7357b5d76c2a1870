/**
 * Walk-in dossiers on the wire: the zod schemas of the commands the kiosk and
 * counter send, and the views the hub returns (full for staff, masked for the
 * public). Objects are strict, like every inbound payload.
 */
import { z } from 'zod';
import { DAY_PATTERN, DOSSIER_TRACKING_CODE_PATTERN, PROCEDURE_CODE_PATTERN } from './codes';
import { DOSSIER_STATUSES, DOSSIER_STATUS_LABELS, SEXES, type Channel, type DossierStatus, type ReturnMethod } from './dossier';
import type { LocalizedText } from './result';
import { commandIdSchema } from './schemas';
import { phoneSchema } from './phone';


// The phone rule moved to phone.ts (the kiosk's ticket command takes a phone too); re-exported here.
export { MOBILE_PHONE_PATTERN, phoneSchema } from './phone';

const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1).max(max));

/** A real calendar date `YYYY-MM-DD`. */
export const calendarDaySchema = z
  .string()
  .regex(DAY_PATTERN, 'a date YYYY-MM-DD')
  .refine((d) => {
    const date = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d;
  }, 'a date that exists on the calendar');

export const idNumberSchema = z.string().trim().regex(/^\d{12}$/, 'idNumber: the 12-digit ID card number');
export const procedureCodeSchema = z.string().trim().regex(PROCEDURE_CODE_PATTERN, 'procedure: a code such as 1.004227');
/** A registration or dossier: its id, or its code once received. */
export const dossierRefSchema = z.string().trim().min(1).max(64);

export const applicantSchema = z.strictObject({
  idNumber: idNumberSchema,
  name: text(100),
  dateOfBirth: calendarDaySchema,
  sex: z.enum(SEXES),
  address: text(300),
  phone: phoneSchema,
  email: z.email().max(254).optional(),
});
export type Applicant = z.output<typeof applicantSchema>;

const returnSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('counter') }),
  z.strictObject({ method: z.literal('post'), postalAddress: text(300) }),
]);
export type ReturnChoice = z.output<typeof returnSchema>;

/** Kiosk: register a walk-in dossier (status `registered`). */
export const registerDossierSchema = z.strictObject({
  commandId: commandIdSchema,
  procedure: procedureCodeSchema,
  applicant: applicantSchema,
  return: returnSchema,
});
export type RegisterDossierCommand = z.input<typeof registerDossierSchema>;

export const receivedDocumentSchema = z.strictObject({
  name: text(300),
  originals: z.number().int().min(0).max(99),
  copies: z.number().int().min(0).max(99),
});
export type ReceivedDocument = z.output<typeof receivedDocumentSchema>;

/** Counter: receive a registered dossier, with the officer's corrections. */
export const receiveDossierSchema = z.strictObject({
  commandId: commandIdSchema,
  dossier: dossierRefSchema,
  applicant: applicantSchema,
  return: returnSchema.optional(),
  documents: z.array(receivedDocumentSchema).min(1).max(50),
});
export type ReceiveDossierCommand = z.input<typeof receiveDossierSchema>;

const reasonSchema = text(500);

/** Counter: refuse a registered dossier (form 03). */
export const refuseDossierSchema = z.strictObject({ commandId: commandIdSchema, dossier: dossierRefSchema, reason: reasonSchema });
export type RefuseDossierCommand = z.input<typeof refuseDossierSchema>;

/** Counter: ask for a supplement (form 02): why, and what to bring. */
export const requestSupplementSchema = z.strictObject({
  commandId: commandIdSchema,
  dossier: dossierRefSchema,
  reason: reasonSchema,
  items: z.array(text(300)).min(1).max(30),
});
export type RequestSupplementCommand = z.input<typeof requestSupplementSchema>;

/** Counter / supervisor: move a dossier to another status. */
export const setDossierStatusSchema = z.strictObject({
  commandId: commandIdSchema,
  dossier: dossierRefSchema,
  status: z.enum(DOSSIER_STATUSES),
  note: text(500).optional(),
});
export type SetDossierStatusCommand = z.input<typeof setDossierStatusSchema>;

/** "Trả kết quả" counter: the citizen collected the result. */
export const markDossierReturnedSchema = z.strictObject({
  commandId: commandIdSchema,
  dossier: dossierRefSchema,
  note: text(500).optional(),
});
export type MarkDossierReturnedCommand = z.input<typeof markDossierReturnedSchema>;

/**
 * Public lookup by the tracking code printed on the receipt (typed, or read
 * from its QR): the dossier code and its check key. The plain code alone is
 * refused, so the daily sequence cannot be walked.
 */
export const dossierLookupSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(DOSSIER_TRACKING_CODE_PATTERN, 'code: the tracking code printed on the receipt, such as 000.00.06.H56-231027-0361-K7QX3M'),
});
export type DossierLookupRequest = z.input<typeof dossierLookupSchema>;

export const RETURN_TIMELINESS = ['early', 'on_time', 'late'] as const;
export type ReturnTimeliness = (typeof RETURN_TIMELINESS)[number];

/** A dossier as staff see it: everything, including personal data. Never sent to public clients. */
export interface DossierView {
  id: string;
  /** Null while only registered. */
  code: string | null;
  /** The code with its check key, as the receipt prints it for the public lookup; null while only registered. */
  trackingCode: string | null;
  status: DossierStatus;
  channel: Channel;
  procedure: { code: string; name: string };
  applicant: Applicant;
  returnMethod: ReturnMethod;
  postalAddress: string | null;
  documents: ReceivedDocument[];
  registeredAt: number;
  receivedAt: number | null;
  appointmentAt: number | null;
  returnedAt: number | null;
  timeliness: ReturnTimeliness | null;
  /** The last refusal / supplement reason or status note. */
  reason: string | null;
  supplementItems: string[];
  ticketId: string | null;
  officer: { id: string; name: string } | null;
  updatedAt: number;
  /**
   * When the hall's retention policy erased the applicant's personal data
   * (then `applicant`'s ID number, name, birth date, address and phone are
   * empty and the email is gone); null while it is kept.
   */
  personalDataErasedAt: number | null;
  /** When the result was marked ready to collect, and where; null before. */
  readyAt: number | null;
  collectPlace: string | null;
  collectNote: string | null;
  /** The officer who handed the result over; null until returned. */
  returnedBy: { id: string; name: string } | null;
}

/**
 * What anyone may see by dossier code: no ID number, birth date, address or
 * phone, and only a masked name (see `maskName`).
 */
export interface PublicDossierStatus {
  code: string;
  procedureName: string;
  status: DossierStatus;
  statusLabel: LocalizedText;
  appointmentAt: number | null;
  maskedName: string;
  /** Only while the result waits to be collected: since when, and where. */
  collect?: { readyAt: number; place: string };
  /** Only once the result was handed over. */
  returnedAt?: number;
}

/**
 * The name as the public lookup shows it: each word's first letter and two
 * stars, "Nguyễn Văn An" → "N** V** A**". Chosen over "Nguyễn V. A." because
 * that shows the whole family name, and over one star per letter because that
 * leaks each word's length; initials are enough for a citizen who holds the
 * code to recognise their dossier.
 */
export function maskName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return '***';
  return words.map((w) => `${Array.from(w)[0]?.toLocaleUpperCase('vi') ?? ''}**`).join(' ');
}

/** The public view of a dossier: picks the allowed fields, so nothing personal can slip through. */
export function toPublicDossierStatus(view: DossierView): PublicDossierStatus | null {
  if (view.code === null) return null;
  return {
    code: view.code,
    procedureName: view.procedure.name,
    status: view.status,
    statusLabel: DOSSIER_STATUS_LABELS[view.status],
    appointmentAt: view.appointmentAt,
    maskedName: maskName(view.applicant.name),
    ...(view.status === 'result_ready' && view.readyAt !== null && view.collectPlace !== null
      ? { collect: { readyAt: view.readyAt, place: view.collectPlace } }
      : {}),
    ...(view.status === 'returned' && view.returnedAt !== null ? { returnedAt: view.returnedAt } : {}),
  };
}
