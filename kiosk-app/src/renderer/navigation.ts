/** The kiosk's screens as data: the App keeps a stack of them for "Quay lại". */
import type { LuotError, PrinterStatus, PriorityClass, TicketPrintJob } from '@luot/protocol/plain';

export type PrintState = 'printing' | 'printed' | 'failed' | 'skipped';

export type Route =
  | { name: 'welcome' }
  | { name: 'services'; department: string }
  | { name: 'service'; service: string }
  | { name: 'procedure'; code: string }
  | { name: 'search'; query: string; purpose?: 'dossier' }
  | { name: 'priority'; service: string }
  // "Nhận tin nhắn khi sắp đến lượt?" (issue 19): the digits stay in the screen's state, never in a route.
  | { name: 'phone-offer'; service: string; priority: PriorityClass }
  // `phone`: the number the citizen gave on the phone offer, kept for the retry of this one tap.
  | { name: 'printer-problem'; service: string; priority: PriorityClass; printer: PrinterStatus; phone?: string }
  | { name: 'issuing'; service: string }
  | { name: 'ticket'; ticketId: string; job: TicketPrintJob; print: PrintState; registered?: boolean }
  | { name: 'issue-error'; service: string; priority: PriorityClass; error: LuotError; retryCommandId: string | null; screenOnly: boolean; phone?: string }
  // "Nộp hồ sơ": choose the procedure, see its papers, identify, confirm. The form's data is not in the route (see App's draft).
  | { name: 'dossier-start' }
  | { name: 'dossier-department'; department: string }
  | { name: 'dossier-checklist'; procedure: string }
  | { name: 'dossier-form'; procedure: string }
  | { name: 'dossier-confirm'; procedure: string }
  | { name: 'dossier-registering'; procedure: string }
  | { name: 'dossier-error'; procedure: string; error: LuotError; retryCommandId: string | null }
  // "Tra cứu hồ sơ".
  | { name: 'lookup' }
  // "Nhận kết quả": scan the receipt for a return-results ticket linked to the dossier.
  | { name: 'collect' }
  // "Có lịch hẹn": check a booking in by its QR or code.
  | { name: 'check-in' };

export type RouteName = Route['name'];

/** Screens where the idle timer runs and goes home. Welcome is home already; issuing and ticket end by themselves. */
export const IDLE_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>([
  'services',
  'service',
  'procedure',
  'search',
  'priority',
  'phone-offer',
  'printer-problem',
  'issue-error',
  'dossier-start',
  'dossier-department',
  'dossier-checklist',
  'dossier-error',
  'lookup',
  'collect',
  'check-in',
]);

/**
 * Screens where the citizen types personal data: the idle timer runs longer
 * there (a form takes time to fill, and a slow reader must not lose it), and
 * still warns before going home.
 */
export const FORM_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>(['dossier-form', 'dossier-confirm']);

/**
 * How the idle timer runs on a screen: `screen` and `form` warn, then go
 * home; `language` is the welcome screen left in another language than the
 * kiosk's own: it quietly goes back to it (the next citizen must not find
 * English because the last one walked away); `none` leaves the screen alone.
 */
export type IdleKind = 'none' | 'screen' | 'form' | 'language';

export function idleKindFor(route: RouteName, inStartLanguage: boolean): IdleKind {
  if (FORM_ROUTES.has(route)) return 'form';
  if (IDLE_ROUTES.has(route)) return 'screen';
  if (route === 'welcome' && !inStartLanguage) return 'language';
  return 'none';
}
