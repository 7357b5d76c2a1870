/**
 * zod schemas for what the device API receives from a renderer or a page:
 * print jobs and sign text. The Electron IPC handlers and the local device
 * agent both validate with these, so a bad job is refused the same way on
 * either transport.
 */
import { z } from 'zod';
import { DOSSIER_CODE_PATTERN, DOSSIER_TRACKING_CODE_PATTERN, TICKET_CODE_PATTERN } from './codes';
import type { PrintJob } from './devices';
import { PRIORITY_CLASSES } from './queue';

const text = (max: number) => z.string().max(max);
const localizedTextSchema = z.strictObject({ vi: text(200), en: text(200) });
const epochMsSchema = z.number().int().min(0);
const urlSchema = z.string().min(1).max(500).regex(/^https?:\/\//, 'an http(s) URL');

/** A hall logo's data URL: 64 KB of base64 text, about 48 KB of image (the hall config's own limit). */
export const HALL_LOGO_MAX_CHARS = 65_536;
export const hallLogoSchema = z
  .string()
  .max(HALL_LOGO_MAX_CHARS, `at most ${HALL_LOGO_MAX_CHARS} characters (a logo of about 48 KB)`)
  .regex(/^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/]+=*$/, 'a PNG or SVG data URL (data:image/png;base64,…)');

/** A print job may carry the hall's logo: the device agent takes print bodies up to this, other bodies up to MAX_PAYLOAD_BYTES. */
export const PRINT_JOB_MAX_BYTES = 160 * 1024;

export const ticketPrintJobSchema = z.strictObject({
  hallName: localizedTextSchema,
  serviceName: localizedTextSchema,
  code: z.string().regex(TICKET_CODE_PATTERN, 'a ticket code such as A015'),
  priority: z.enum(PRIORITY_CLASSES),
  issuedAt: epochMsSchema,
  peopleAhead: z.number().int().min(0).max(100_000),
  estimatedWaitMinutes: z.number().int().min(0).max(100_000).nullable(),
  trackUrl: urlSchema,
  guidance: localizedTextSchema.optional(),
  registrationNote: text(200).optional(),
  logo: hallLogoSchema.optional(),
});

export const receiptPrintJobSchema = z.strictObject({
  hallName: localizedTextSchema,
  dossierCode: z.string().regex(DOSSIER_CODE_PATTERN, 'a dossier code such as 000.00.06.H56-231027-0361'),
  trackingCode: z.string().regex(DOSSIER_TRACKING_CODE_PATTERN, 'a tracking code such as 000.00.06.H56-231027-0361-K7QX3M'),
  trackUrl: urlSchema,
  applicant: z.strictObject({ name: text(200), idNumber: text(20), address: text(300), phone: text(20) }),
  procedure: z.strictObject({ code: text(40), name: text(500) }),
  documents: z
    .array(z.strictObject({ name: text(300), originals: z.number().int().min(0).max(99), copies: z.number().int().min(0).max(99) }))
    .max(50),
  // As long as the catalogue allows (hall config: 200), e.g. "Không quá 03 ngày làm việc (không tính thời gian …)".
  processingTime: text(300),
  receivedAt: epochMsSchema,
  appointmentAt: epochMsSchema,
  returnPlace: text(300),
  officerName: text(200),
});

export const printJobSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ticket'), ticket: ticketPrintJobSchema }),
  z.strictObject({ kind: z.literal('receipt'), receipt: receiptPrintJobSchema }),
]);

// The schema must produce exactly the PrintJob the printers take.
const _printJobMatches: z.ZodType<PrintJob> = printJobSchema;
void _printJobMatches;

/** What an LED counter sign can show: a ticket code, digits, a dash; empty blanks it. */
export const signTextSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9 .-]{0,8}$/, 'at most 8 characters A–Z, 0–9, space, dot or dash');

export const signRequestSchema = z.strictObject({ text: signTextSchema });
export type SignRequest = z.input<typeof signRequestSchema>;
