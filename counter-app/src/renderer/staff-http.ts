/**
 * The hub's HTTP endpoints the staff screens read with their Bearer token:
 * the procedure catalogue, the day report, the backups' state, and the
 * printable dossier pages.
 * The token goes in the Authorization header only, never in a URL (URLs end
 * up in logs and print headers).
 */
import { API_BASE, type BookingDay, isLuotError, luotError, outboxTodaySchema, type OutboxToday, type AuditPage, type BackupStatus, type DayReport, type PeriodReport, type ProcedureView, type Result, type TicketBooking } from '@luot/protocol';

async function get(path: string, token: string | null): Promise<Result<Response>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    });
  } catch {
    return { ok: false, error: luotError('hub_unreachable') };
  }
  if (response.ok) return { ok: true, value: response };
  const body: unknown = await response.json().catch(() => null);
  const error =
    typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
  return {
    ok: false,
    error: isLuotError(error) ? error : luotError(response.status === 401 ? 'unauthenticated' : 'internal'),
  };
}

/** `GET /api/v1/tickets/{id}/booking`: the booking behind an appointment ticket, with the citizen's note (staff). */
export async function fetchTicketBooking(ticketId: string, token: string | null): Promise<Result<TicketBooking>> {
  const r = await get(`/tickets/${encodeURIComponent(ticketId)}/booking`, token);
  return r.ok ? { ok: true, value: (await r.value.json()) as TicketBooking } : r;
}

/** `GET /api/v1/bookings?day=`: a day's bookings, arrivals and no-shows (supervisor). */
export async function fetchBookingDay(token: string | null, day: string): Promise<Result<BookingDay>> {
  const r = await get(`/bookings?day=${encodeURIComponent(day)}`, token);
  return r.ok ? { ok: true, value: (await r.value.json()) as BookingDay } : r;
}

/** Public hall info (`GET /api/v1/hall`), used to list counters before signing in. */
export async function fetchPublicHall(): Promise<unknown> {
  try {
    const response = await fetch(`${API_BASE}/hall`);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/** `GET /api/v1/procedures`: the catalogue (public). */
export async function fetchProcedures(): Promise<Result<ProcedureView[]>> {
  const r = await get('/procedures', null);
  if (!r.ok) return r;
  const body: unknown = await r.value.json().catch(() => null);
  return Array.isArray(body)
    ? { ok: true, value: body as ProcedureView[] }
    : { ok: false, error: luotError('internal') };
}

/** `GET /api/v1/reports/day?day=…`: the day's figures (any staff token). */
export async function fetchDayReport(token: string, day: string): Promise<Result<DayReport>> {
  const r = await get(`/reports/day?day=${encodeURIComponent(day)}`, token);
  if (!r.ok) return r;
  const body: unknown = await r.value.json().catch(() => null);
  return typeof body === 'object' && body !== null && 'officers' in body
    ? { ok: true, value: body as DayReport }
    : { ok: false, error: luotError('internal') };
}

/** `GET /api/v1/backups`: the hall's backups and their state (supervisors and admins). */
/** Today's messages to citizens and the sender's health (`GET /api/v1/notifications/outbox`). */
export async function fetchOutboxToday(token: string): Promise<Result<OutboxToday>> {
  const r = await get('/notifications/outbox', token);
  if (!r.ok) return r;
  const parsed = outboxTodaySchema.safeParse(await r.value.json().catch(() => null));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: luotError('internal') };
}

export async function fetchBackupStatus(token: string): Promise<Result<BackupStatus>> {
  const r = await get('/backups', token);
  if (!r.ok) return r;
  const body: unknown = await r.value.json().catch(() => null);
  return typeof body === 'object' && body !== null && 'backups' in body && 'stale' in body
    ? { ok: true, value: body as BackupStatus }
    : { ok: false, error: luotError('internal') };
}

export type PrintablePage = 'receipt' | 'notice';
export type Paper = 'a5' | 'a4';

/** The printable receipt slip (form 01) or refusal / supplement notice as HTML. */
export async function fetchPrintablePage(
  token: string,
  dossierId: string,
  page: PrintablePage,
  paper: Paper,
): Promise<Result<string>> {
  const r = await get(`/dossiers/${encodeURIComponent(dossierId)}/${page}.html?paper=${paper}`, token);
  if (!r.ok) return r;
  return { ok: true, value: await r.value.text() };
}

/** `GET /api/v1/audit?…`: the audit log, newest first (admin token only). */
export async function fetchAuditLog(token: string, query: string): Promise<Result<AuditPage>> {
  const r = await get(`/audit${query === '' ? '' : `?${query}`}`, token);
  if (!r.ok) return r;
  const body: unknown = await r.value.json().catch(() => null);
  return typeof body === 'object' && body !== null && 'entries' in body
    ? { ok: true, value: body as AuditPage }
    : { ok: false, error: luotError('internal') };
}

/** `GET /api/v1/audit.csv?…` as a file: fetched with the token in the header, then handed to the browser as a blob. */
export async function fetchAuditCsv(token: string, query: string): Promise<Result<{ blob: Blob; fileName: string }>> {
  const r = await get(`/audit.csv${query === '' ? '' : `?${query}`}`, token);
  if (!r.ok) return r;
  const disposition = r.value.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'nhat-ky-kiem-tra.csv';
  return { ok: true, value: { blob: await r.value.blob(), fileName } };
}

/** `GET /api/v1/reports?…`: any period's figures (supervisors and admins); `query` from model/period-query. */
export async function fetchPeriodReport(token: string, query: string): Promise<Result<PeriodReport>> {
  const r = await get(`/reports?${query}`, token);
  if (!r.ok) return r;
  const body: unknown = await r.value.json().catch(() => null);
  return typeof body === 'object' && body !== null && 'breakdowns' in body && 'previous' in body
    ? { ok: true, value: body as PeriodReport }
    : { ok: false, error: luotError('internal') };
}

/** `GET /api/v1/reports.xlsx?…` as a file, fetched with the token in the header like the audit CSV. */
export async function fetchPeriodReportXlsx(token: string, query: string): Promise<Result<{ blob: Blob; fileName: string }>> {
  const r = await get(`/reports.xlsx?${query}`, token);
  if (!r.ok) return r;
  const disposition = r.value.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'bao-cao.xlsx';
  return { ok: true, value: { blob: await r.value.blob(), fileName } };
}
