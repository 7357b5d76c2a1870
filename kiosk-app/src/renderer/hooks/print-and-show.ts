import { fail, luotError, type DeviceApi, type PrinterStatus, type Result, type TicketPrintJob } from '@luot/protocol';
import type { Route } from '../navigation';
import type { Tap } from './use-visit-guard';

interface PrintAndShow {
  devices: DeviceApi;
  job: TicketPrintJob;
  ticketId: string;
  tap: Tap;
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
