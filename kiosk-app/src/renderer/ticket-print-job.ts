/**
 * The ticket's print job: built from the hub's receipt (pure: the print test
 * compares its output), then printed while the screen shows the ticket.
 */
import {
  fail,
  luotError,
  type DeviceApi,
  type HallSnapshot,
  type LocalizedText,
  type PrinterStatus,
  type Result,
  type TicketPrintJob,
  type TicketReceipt,
} from '@luot/protocol/plain';
import type { Route } from './navigation';

export const TICKET_GUIDANCE: LocalizedText = {
  vi: 'Vui lòng chờ gọi số trên màn hình',
  en: 'Please watch the screen for your number',
};

/** The public page a ticket's QR opens: the hall's public address, else the hub the kiosk talks to. */
export function trackUrlFor(snapshot: HallSnapshot | null, hubUrl: string, ticketId: string): string {
  const base = (snapshot?.hall.publicUrl?.trim() || hubUrl).replace(/\/+$/, '');
  return `${base}/t/${encodeURIComponent(ticketId)}`;
}

export function buildTicketPrintJob(snapshot: HallSnapshot | null, hubUrl: string, receipt: TicketReceipt): TicketPrintJob {
  const { ticket } = receipt;
  const service = snapshot?.services.find((s) => s.code === ticket.service);
  return {
    hallName: snapshot?.hall.name ?? { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Administrative Service Center' },
    serviceName: service?.name ?? { vi: ticket.service, en: ticket.service },
    code: ticket.code,
    priority: ticket.priority,
    issuedAt: ticket.issuedAt,
    peopleAhead: receipt.peopleAhead,
    estimatedWaitMinutes: receipt.estimatedWaitMinutes,
    trackUrl: trackUrlFor(snapshot, hubUrl, ticket.id),
    // The hall's own ticket wording (config hall.ticketFooter, set in the admin console) replaces the default line.
    guidance: snapshot?.hall.ticketFooter ? { vi: snapshot.hall.ticketFooter, en: '' } : TICKET_GUIDANCE,
    ...(snapshot?.hall.logo ? { logo: snapshot.hall.logo } : {}),
  };
}

interface PrintAndShow {
  devices: DeviceApi;
  job: TicketPrintJob;
  ticketId: string;
  /** The tap that asked for the ticket (hooks/use-visit-guard): stale once the kiosk went home. */
  tap: { stale(): boolean };
  reset: (route: Route) => void;
  checkPrinter: () => Promise<PrinterStatus>;
  /** The ticket carries a walk-in dossier registration. */
  registered?: boolean;
}

/**
 * Shows the ticket while it prints, then whether it printed. A failed print
 * asks the printer's state at once, so the hub hears "out of paper" now, not
 * at the next poll.
 */
export async function printAndShow({ devices, job, ticketId, tap, reset, checkPrinter, registered }: PrintAndShow): Promise<void> {
  const extra = registered ? { registered: true } : {};
  reset({ name: 'ticket', ticketId, job, print: 'printing', ...extra });
  const printed: Result<{ jobId: string }> = await devices
    .print({ kind: 'ticket', ticket: job })
    .catch((err: unknown) => fail(luotError('printer_error', { en: String(err), vi: String(err) })));
  if (tap.stale()) return;
  reset({ name: 'ticket', ticketId, job, print: printed.ok ? 'printed' : 'failed', ...extra });
  if (!printed.ok) void checkPrinter();
}
