/**
 * Reading dossiers: staff views, the day's list, the public lookup and the
 * receipt. Given read-only stores, so a lookup cannot write.
 */
import {
  dossierLookupSchema,
  fail,
  luotError,
  ok,
  parsePayload,
  type DossierStatus,
  type DossierView,
  type PublicDossierStatus,
  type ReceiptPrintJob,
  type Result,
} from '@luot/protocol';
import type { UserReads } from '../auth/user-repo';
import type { HallCatalog } from '../core/hall-catalog';
import type { TicketReads } from '../queue/ticket-repo';
import type { DossierReads, DossierRecord } from './dossier-repo';
import { toDossierView, toPublicStatus, toReceiptPrintJob } from './dossier-views';

export const notFound = (field = 'dossier') =>
  fail<never>(luotError('not_found', { vi: 'Không tìm thấy hồ sơ này.', en: 'No such dossier.' }, field));

export interface DossierQueriesContext {
  catalog: HallCatalog;
  users: UserReads;
  tickets: TicketReads;
  dossiers: DossierReads;
}

export type DossierQueries = ReturnType<typeof createDossierQueries>;

export function createDossierQueries(ctx: DossierQueriesContext) {
  const { catalog, users, dossiers: repo } = ctx;
  const view = (d: DossierRecord) => toDossierView(d, catalog, users);

  /** By id, or by code once received. */
  const find = (ref: string): DossierRecord | undefined => repo.get(ref) ?? repo.getByCode(ref.trim().toUpperCase());

  /** Staff: one dossier by id or code. */
  function get(ref: string): Result<DossierView> {
    const d = find(ref);
    return d ? ok(view(d)) : notFound();
  }

  /** Staff: the dossier a ticket carries. */
  function ofTicket(ticketId: string): Result<DossierView> {
    const t = ctx.tickets.get(ticketId);
    const d = t?.dossierId ? repo.get(t.dossierId) : undefined;
    if (!d) {
      return fail(luotError('not_found', { vi: 'Số thứ tự này không kèm hồ sơ đăng ký.', en: 'This ticket carries no dossier registration.' }, 'dossier'));
    }
    return ok(view(d));
  }

  /** Supervisor: the dossiers registered or received on a day. */
  function list(day: string, status?: DossierStatus): DossierView[] {
    return repo
      .ofDay(day)
      .filter((d) => status === undefined || d.status === status)
      .map(view);
  }

  /** Public: by code, masked name only. */
  function lookup(code: unknown): Result<PublicDossierStatus> {
    const parsed = parsePayload(dossierLookupSchema, { code });
    if (!parsed.ok) return parsed;
    const d = repo.getByCode(parsed.value.code);
    if (!d) return notFound('code');
    return toPublicStatus(view(d));
  }

  function receipt(ref: string): Result<ReceiptPrintJob> {
    const d = find(ref);
    return d ? toReceiptPrintJob(view(d), catalog) : notFound();
  }

  return { find, get, ofTicket, list, lookup, receipt, history: repo.history };
}
