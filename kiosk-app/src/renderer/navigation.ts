/** The kiosk's screens as data: the App keeps a stack of them for "Quay lại". */
import type { LuotError, PrinterStatus, PriorityClass, TicketPrintJob } from '@luot/protocol';

export type PrintState = 'printing' | 'printed' | 'failed' | 'skipped';

export type Route =
  | { name: 'welcome' }
  | { name: 'services'; department: string }
  | { name: 'service'; service: string }
  | { name: 'procedure'; code: string }
  | { name: 'search'; query: string }
  | { name: 'priority'; service: string }
  | { name: 'printer-problem'; service: string; priority: PriorityClass; printer: PrinterStatus }
  | { name: 'issuing'; service: string }
  | { name: 'ticket'; ticketId: string; job: TicketPrintJob; print: PrintState }
  | { name: 'issue-error'; service: string; priority: PriorityClass; error: LuotError; retryCommandId: string | null; screenOnly: boolean };

export type RouteName = Route['name'];

/** Screens where the idle timer runs. Welcome is home already; issuing and ticket end by themselves. */
export const IDLE_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>([
  'services',
  'service',
  'procedure',
  'search',
  'priority',
  'printer-problem',
  'issue-error',
]);
