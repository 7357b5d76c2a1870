/**
 * Returning results (issue 19): marking dossiers ready to collect (one, or a
 * batch of scanned receipts), the kiosk's "Nhận kết quả" ticket linked to its
 * dossier, and the supervisor's list of results waiting to be collected.
 * Nothing here carries personal data: codes, places and times only.
 */
import { z } from 'zod';
import { DOSSIER_TRACKING_CODE_PATTERN } from './codes';
import type { DossierStatus, ReturnMethod } from './dossier';
import { dossierRefSchema } from './dossier-schemas';
import { commandIdSchema } from './schemas';
import type { TicketReceipt } from './socket-events';

const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1).max(max));

/** The most receipts one batch marks: a pile of signed results scanned one after another. */
export const MARK_READY_BATCH_MAX = 200;

/**
 * Counter or supervisor: these dossiers' results are ready to collect, and
 * where (a counter or an area, and a short note). One dossier is a batch of
 * one; receipts scanned or codes pasted are a longer list. Without `place`,
 * the hall's return counters are named.
 */
export const markResultReadySchema = z.strictObject({
  commandId: commandIdSchema,
  dossiers: z.array(dossierRefSchema).min(1).max(MARK_READY_BATCH_MAX),
  place: text(120).optional(),
  note: text(300).optional(),
});
export type MarkResultReadyCommand = z.input<typeof markResultReadySchema>;

/** What happened to one code of a batch. */
export const MARK_READY_OUTCOMES = ['marked', 'already_ready', 'unknown', 'wrong_status'] as const;
export type MarkReadyOutcome = (typeof MARK_READY_OUTCOMES)[number];

export interface MarkReadyLine {
  /** The code as it was sent (receipt QR, pasted code or id). */
  ref: string;
  outcome: MarkReadyOutcome;
  /** The dossier's status after the batch; null for an unknown code. */
  status: DossierStatus | null;
}

/** The batch's answer, one line per code in the order sent. */
export interface MarkReadyAnswer {
  lines: MarkReadyLine[];
  marked: number;
}

/**
 * Kiosk: "Nhận kết quả" — the tracking code from the receipt (scanned from
 * its QR or typed). The plain dossier code is not enough, as for the lookup.
 */
export const returnTicketSchema = z.strictObject({
  commandId: commandIdSchema,
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(DOSSIER_TRACKING_CODE_PATTERN, 'code: the tracking code printed on the receipt, such as 000.00.06.H56-231027-0361-K7QX3M'),
});
export type ReturnTicketCommand = z.input<typeof returnTicketSchema>;

/** The kiosk's return-results ticket: what the slip prints, and the dossier it is linked to. */
export interface ReturnTicketReceipt extends TicketReceipt {
  dossierCode: string;
  /** Where the result waits, as marked. */
  collectPlace: string;
}

/** Supervisor: one result waiting to be collected. No personal data. */
export interface AwaitingReturn {
  dossierId: string;
  code: string;
  procedureName: string;
  readyAt: number;
  collectPlace: string;
  returnMethod: ReturnMethod;
  /** Whole minutes since it was marked ready, by the hub's clock. */
  waitingMinutes: number;
}

export const awaitingReturnSchema = z.strictObject({});
