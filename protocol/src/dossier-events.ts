/**
 * Command tables for walk-in dossiers, per namespace. `socket-events.ts`
 * folds these tables into each namespace's table. None of these is broadcast:
 * a dossier's personal data only ever travels in the ack to the staff or
 * kiosk that asked. Counters learn of a new registration from the ordinary
 * `hall:events` of its ticket, whose `dossierId` is set.
 */
import { z } from 'zod';
import type { ReceiptPrintJob } from './devices';
import { DOSSIER_STATUSES } from './dossier';
import { ack, command, type ClientToServerOf, type CommandTable } from './command-table';
import {
  calendarDaySchema,
  dossierLookupSchema,
  dossierRefSchema,
  markDossierReturnedSchema,
  receiveDossierSchema,
  refuseDossierSchema,
  registerDossierSchema,
  requestSupplementSchema,
  setDossierStatusSchema,
  type DossierView,
  type PublicDossierStatus,
} from './dossier-schemas';
import type { TicketReceipt } from './socket-events';
import {
  awaitingReturnSchema,
  markResultReadySchema,
  returnTicketSchema,
  type AwaitingReturn,
  type MarkReadyAnswer,
  type ReturnTicketReceipt,
} from './dossier-return';

/** What the kiosk gets back for a registration: the ticket to print, and the dossier it carries. */
export interface DossierRegistrationReceipt extends TicketReceipt {
  dossierId: string;
}

/**
 * Staff: one dossier by id or code; without `dossier`, the one carried by the
 * ticket currently at the officer's counter.
 */
export const getDossierSchema = z.strictObject({ dossier: dossierRefSchema.optional() });
export type GetDossierRequest = z.input<typeof getDossierSchema>;

/** Supervisor: the dossiers registered or received on a day (default today). */
export const listDossiersSchema = z.strictObject({
  day: calendarDaySchema.optional(),
  status: z.enum(DOSSIER_STATUSES).optional(),
});
export type ListDossiersRequest = z.input<typeof listDossiersSchema>;

/** Staff: the receipt slip of a received dossier, ready for the device API's `print`. */
export const dossierReceiptSchema = z.strictObject({ dossier: dossierRefSchema });
export type DossierReceiptRequest = z.input<typeof dossierReceiptSchema>;

/** The kiosk's dossier commands. */
export const kioskDossierCommands = {
  'dossier:register': command(registerDossierSchema, ack<DossierRegistrationReceipt>(), 'Register a walk-in dossier; the ack carries the ticket to print.'),
  'dossier:lookup': command(dossierLookupSchema, ack<PublicDossierStatus>(), '"Tra cứu hồ sơ": the public status of a dossier by its code.'),
  'dossier:return-ticket': command(returnTicketSchema, ack<ReturnTicketReceipt>(), '"Nhận kết quả": a return-results ticket linked to the dossier whose result is ready.'),
} satisfies CommandTable;
export type KioskDossierClientToServer = ClientToServerOf<typeof kioskDossierCommands>;

/** Counter namespace; every command needs the officer signed in at a counter. */
export const counterDossierCommands = {
  'dossier:get': command(getDossierSchema, ack<DossierView>(), 'One dossier by id or code, or the one the current ticket carries.'),
  'dossier:receive': command(receiveDossierSchema, ack<DossierView>(), 'Receive a dossier: applicant, return method and documents checked.'),
  'dossier:refuse': command(refuseDossierSchema, ack<DossierView>(), 'Refuse a dossier with a reason (form 03).'),
  'dossier:request-supplement': command(requestSupplementSchema, ack<DossierView>(), 'Ask for missing items (form 02); the dossier keeps its code.'),
  'dossier:set-status': command(setDossierStatusSchema, ack<DossierView>(), 'Move a received dossier along its processing statuses.'),
  'dossier:mark-returned': command(markDossierReturnedSchema, ack<DossierView>(), 'Record that the result was handed back.'),
  'dossier:mark-ready': command(markResultReadySchema, ack<MarkReadyAnswer>(), 'Mark results ready to collect (one, or a batch of scanned receipts), with where.'),
  'dossier:receipt': command(dossierReceiptSchema, ack<ReceiptPrintJob>(), 'The receipt slip of a received dossier, ready to print.'),
} satisfies CommandTable;
export type CounterDossierClientToServer = ClientToServerOf<typeof counterDossierCommands>;

/** Admin namespace: supervisors and admins. */
export const adminDossierCommands = {
  'dossier:get': command(getDossierSchema, ack<DossierView>(), 'One dossier by id or code.'),
  'dossier:list': command(listDossiersSchema, ack<DossierView[]>(), 'The dossiers registered or received on a day (default today).'),
  'dossier:set-status': command(setDossierStatusSchema, ack<DossierView>(), 'Move a received dossier along its processing statuses.'),
  'dossier:request-supplement': command(
    requestSupplementSchema,
    ack<DossierView>(),
    'A received dossier found incomplete later: it keeps its code and waits for the items (form 02).',
  ),
  'dossier:mark-ready': command(markResultReadySchema, ack<MarkReadyAnswer>(), 'Mark results ready to collect (one, or a batch of scanned receipts), with where.'),
  'dossier:awaiting-return': command(awaitingReturnSchema, ack<AwaitingReturn[]>(), 'Results waiting to be collected, oldest first, with how long.'),
} satisfies CommandTable;
export type AdminDossierClientToServer = ClientToServerOf<typeof adminDossierCommands>;
