/**
 * Reading dossiers: staff views, the day's list, the public lookup and the
 * receipt. Given read-only stores, so a lookup cannot write.
 */
import { timingSafeEqual } from 'node:crypto';
import {
  dossierLookupSchema,
  fail,
  luotError,
  ok,
  parsePayload,
  splitTrackingCode,
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

/** Compares check keys in constant time (an empty key, from no migration, never matches). */
function sameKey(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

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

  /**
   * By id, by code once received, or by the tracking code from the receipt
   * (code and check key; a wrong key finds nothing). `keyPresented`: the
   * caller showed the key, so holds the citizen's receipt.
   */
  const locate = (ref: string): { record: DossierRecord; keyPresented: boolean } | undefined => {
    const byId = repo.get(ref);
    if (byId) return { record: byId, keyPresented: false };
    const typed = ref.trim().toUpperCase();
    const tracking = splitTrackingCode(typed);
    if (!tracking) {
      const byCode = repo.getByCode(typed);
      return byCode ? { record: byCode, keyPresented: false } : undefined;
    }
    const d = repo.getByCode(tracking.code);
    return d && sameKey(d.checkKey, tracking.key) ? { record: d, keyPresented: true } : undefined;
  };
  const find = (ref: string): DossierRecord | undefined => locate(ref)?.record;

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

  /** Public: by tracking code (code and check key), masked name only; a right code with a wrong key is as unknown as any. */
  function lookup(code: unknown): Result<PublicDossierStatus> {
    const parsed = parsePayload(dossierLookupSchema, { code });
    if (!parsed.ok) return parsed;
    const tracking = splitTrackingCode(parsed.value.code);
    const d = tracking ? repo.getByCode(tracking.code) : undefined;
    if (!d || !tracking || !sameKey(d.checkKey, tracking.key)) return notFound('code');
    return toPublicStatus(view(d));
  }

  function receipt(ref: string): Result<ReceiptPrintJob> {
    const d = find(ref);
    return d ? toReceiptPrintJob(view(d), catalog) : notFound();
  }

  return { locate, find, get, ofTicket, list, lookup, receipt, history: repo.history };
}
