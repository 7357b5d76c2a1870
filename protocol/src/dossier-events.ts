/**
 * socket.io events for walk-in dossiers, per namespace. `socket-events.ts`
 * folds these maps into each namespace's map. None of these is broadcast:
 * a dossier's personal data only ever travels in the ack to the staff or
 * kiosk that asked. Counters learn of a new registration from the ordinary
 * `hall:events` of its ticket, whose `dossierId` is set.
 */
import { z } from 'zod';
import type { ReceiptPrintJob } from './devices';
import { DOSSIER_STATUSES } from './dossier';
import {
  calendarDaySchema,
  dossierRefSchema,
  type DossierLookupRequest,
  type DossierView,
  type MarkDossierReturnedCommand,
  type PublicDossierStatus,
  type ReceiveDossierCommand,
  type RefuseDossierCommand,
  type RegisterDossierCommand,
  type RequestSupplementCommand,
  type SetDossierStatusCommand,
} from './dossier-schemas';
import type { Ack, TicketReceipt } from './socket-events';

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

export interface KioskDossierClientToServer {
  'dossier:register': (payload: RegisterDossierCommand, ack: Ack<DossierRegistrationReceipt>) => void;
  /** "Tra cứu hồ sơ": the public status only. */
  'dossier:lookup': (payload: DossierLookupRequest, ack: Ack<PublicDossierStatus>) => void;
}

/** Counter namespace; every command needs the officer signed in at a counter. */
export interface CounterDossierClientToServer {
  'dossier:get': (payload: GetDossierRequest, ack: Ack<DossierView>) => void;
  'dossier:receive': (payload: ReceiveDossierCommand, ack: Ack<DossierView>) => void;
  'dossier:refuse': (payload: RefuseDossierCommand, ack: Ack<DossierView>) => void;
  'dossier:request-supplement': (payload: RequestSupplementCommand, ack: Ack<DossierView>) => void;
  'dossier:set-status': (payload: SetDossierStatusCommand, ack: Ack<DossierView>) => void;
  'dossier:mark-returned': (payload: MarkDossierReturnedCommand, ack: Ack<DossierView>) => void;
  'dossier:receipt': (payload: DossierReceiptRequest, ack: Ack<ReceiptPrintJob>) => void;
}

export interface AdminDossierClientToServer {
  'dossier:get': (payload: GetDossierRequest, ack: Ack<DossierView>) => void;
  'dossier:list': (payload: ListDossiersRequest, ack: Ack<DossierView[]>) => void;
  'dossier:set-status': (payload: SetDossierStatusCommand, ack: Ack<DossierView>) => void;
  /** A received dossier found incomplete later: it keeps its code and waits for the items (form 02). */
  'dossier:request-supplement': (payload: RequestSupplementCommand, ack: Ack<DossierView>) => void;
}
