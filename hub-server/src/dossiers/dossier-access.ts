/**
 * The gate in front of every read or change of a citizen's dossier by staff:
 * finds it, checks the least-privilege rule (dossier-access-rules.ts) and
 * writes each read of personal data to the audit log (who, what, when, from
 * where). HTTP routes and socket gateways both go through it.
 */
import { fail, luotError, ok, type DossierStatus, type DossierView, type Principal, type Result } from '@luot/protocol';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import type { CounterReads } from '../counters/counter-repo';
import type { TicketReads } from '../queue/ticket-repo';
import { mayListDossiers, mayOpenDossier } from './dossier-access-rules';
import type { DossierRecord } from './dossier-repo';
import type { DossierQueries } from './dossier-queries';
import { notFound } from './dossier-queries';

type Staff = Extract<Principal, { kind: 'staff' }>;

/** What personal data was read: a dossier's view, its receipt print job, a printable slip or notice, the day's list. */
export type PersonalDataUse = 'dossier' | 'receipt' | 'receipt-slip' | 'notice' | 'list';

export const NOT_YOUR_DOSSIER = luotError(
  'forbidden',
  {
    vi: 'Bạn chỉ xem được hồ sơ của công dân đang được phục vụ tại quầy mình, hồ sơ mình đã xử lý, hoặc khi công dân xuất trình giấy tiếp nhận.',
    en: 'You may open only the dossier of the citizen served at your counter, dossiers you handled, or one whose receipt the citizen shows.',
  },
  'dossier',
);

export const LIST_FOR_SUPERVISORS = luotError(
  'forbidden',
  { vi: 'Danh sách hồ sơ trong ngày chỉ dành cho giám sát và quản trị.', en: 'The day’s dossier list is for supervisors and admins.' },
  'day',
);

export interface DossierAccessDeps {
  counters: Pick<CounterReads, 'ofOfficer'>;
  tickets: Pick<TicketReads, 'get'>;
  queries: Pick<DossierQueries, 'locate' | 'history' | 'list'>;
  audit: Pick<AuditLog, 'append'>;
  clock: Clock;
}

export type DossierAccess = ReturnType<typeof createDossierAccess>;

export function createDossierAccess(deps: DossierAccessDeps) {
  const { counters, tickets, queries, audit, clock } = deps;

  /** The dossier `ref` names (id, code or tracking code), if this staff member may open it. */
  function check(staff: Staff, ref: string): Result<DossierRecord> {
    const found = queries.locate(ref);
    if (!found) return notFound();
    const { record, keyPresented } = found;
    const servingTicketId = counters.ofOfficer(staff.userId)?.currentTicketId ?? null;
    const allowed = mayOpenDossier({
      role: staff.role,
      userId: staff.userId,
      actor: `user:${staff.username}`,
      servingTicketId,
      servingTicketDossierId: servingTicketId ? (tickets.get(servingTicketId)?.dossierId ?? null) : null,
      dossierId: record.id,
      dossier: { ticketId: record.ticketId, officerId: record.officerId },
      ticketOfficerId: record.ticketId ? (tickets.get(record.ticketId)?.officerId ?? null) : null,
      historyActors: queries.history(record.id).map((h) => h.actor),
      keyPresented,
    });
    return allowed ? ok(record) : fail(NOT_YOUR_DOSSIER);
  }

  function record(staff: Staff, use: PersonalDataUse, subject: string, address: string | null, detail: Record<string, unknown>): void {
    audit.append({ at: clock.now(), actor: `user:${staff.username}`, action: 'personal-data-read', subject, address, detail: { use, ...detail } });
  }

  /** `check`, then the read goes to the audit log. `address`: the client's, when the hub knows it (HTTP). */
  function read(staff: Staff, ref: string, use: PersonalDataUse, address: string | null): Result<DossierRecord> {
    const d = check(staff, ref);
    if (d.ok) record(staff, use, d.value.code ?? d.value.id, address, { dossierId: d.value.id });
    return d;
  }

  /** The day's list with personal details, for supervisors and admins; audited with how many it showed. */
  function list(staff: Staff, day: string, status: DossierStatus | undefined, address: string | null): Result<DossierView[]> {
    if (!mayListDossiers(staff.role)) return fail(LIST_FOR_SUPERVISORS);
    const rows = queries.list(day, status);
    record(staff, 'list', day, address, { count: rows.length, ...(status ? { status } : {}) });
    return ok(rows);
  }

  return { check, read, list };
}
