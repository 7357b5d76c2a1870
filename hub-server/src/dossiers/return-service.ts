/**
 * Returning results (issue 19): marking results ready to collect (a batch of
 * one or many, one transaction), the kiosk's return-results ticket linked to
 * its dossier, and the list of results waiting. The runner's stored results
 * (the idempotency records) hold codes, places and tickets only — nothing
 * personal — and no hall event is emitted but the ticket's, which carries
 * only the dossier's id.
 */
import {
  fail,
  luotError,
  ok,
  type AwaitingReturn,
  type MarkReadyAnswer,
  type MarkReadyLine,
  type Result,
  type ReturnTicketReceipt,
} from '@luot/protocol';
import type { CommandContext } from '../core/command-runner';
import type { CounterContext } from '../counters/counter-context';
import type { TicketService } from '../queue/ticket-service';
import { createDossierRepo, type DossierRecord } from './dossier-repo';
import { notFound, type DossierQueries } from './dossier-queries';
import { collectPlaceOf, findProcedure } from './dossier-views';
import { checkReturnTicket, markReadyOutcome, waitingMinutes } from './return-rules';
import { messagePlaceOf, queueResultReady } from './result-ready-message';

/** One code of a batch as the gateway resolved it: the dossier's id, or null when unknown (or not the staff's to open). */
export interface MarkReadyTarget {
  ref: string;
  dossierId: string | null;
}

export interface MarkReadyRequest {
  targets: MarkReadyTarget[];
  place?: string | undefined;
  note?: string | undefined;
}

export type ReturnService = ReturnType<typeof createReturnService>;

export function createReturnService(ctx: CounterContext, tickets: TicketService, queries: Pick<DossierQueries, 'locate'>) {
  const { catalog, run } = ctx;
  const repo = createDossierRepo(ctx.db, ctx.personal);

  const collectPlace = () => collectPlaceOf(catalog);
  const readyFields = (now: number, place?: string, note?: string) => ({
    readyAt: now,
    collectPlace: place ?? collectPlace(),
    collectNote: note ?? null,
  });

  /**
   * Counter or supervisor: mark results ready, with where. One transaction:
   * unknown codes, results already ready and dossiers in another status are
   * answered line by line and change nothing; the others are marked, and
 * each citizen with a mobile number gets "your result is ready" queued in
 * the same transaction.
   */
  function markReady(cmd: CommandContext, req: MarkReadyRequest): Promise<Result<MarkReadyAnswer>> {
    return run(cmd, (tx) => {
      const lines: MarkReadyLine[] = [];
      // A receipt scanned twice in one batch is marked once, then "already ready".
      for (const { ref, dossierId } of req.targets) {
        const d = dossierId === null ? undefined : repo.get(dossierId);
        if (!d) {
          lines.push({ ref, outcome: 'unknown', status: null });
          continue;
        }
        const outcome = markReadyOutcome(d.status, d.code !== null);
        if (outcome === 'marked') {
          repo.save({ ...d, ...readyFields(tx.now, req.place, req.note), status: 'result_ready', updatedAt: tx.now });
          queueResultReady(ctx, tx, d, messagePlaceOf(catalog, req.place));
          repo.addHistory({ dossierId: d.id, at: tx.now, actor: cmd.actor, action: cmd.name, fromStatus: d.status, toStatus: 'result_ready', note: req.note ?? null });
        }
        lines.push({ ref, outcome, status: outcome === 'marked' ? 'result_ready' : d.status });
      }
      return ok({ lines, marked: lines.filter((l) => l.outcome === 'marked').length });
    });
  }

  /**
   * Kiosk, "Nhận kết quả": the tracking code from the receipt → a ticket of
   * the hall's return service carrying the dossier, so the counter that calls
   * it sees the dossier. Refused, with the status and the due date, while
   * the result is not ready; a second scan while a ticket waits is refused
   * with that ticket's number.
   */
  function returnTicket(cmd: CommandContext, code: string): Promise<Result<ReturnTicketReceipt>> {
    return run(cmd, (tx) => {
      const found = queries.locate(code);
      if (!found?.keyPresented) return notFound('code');
      const d = found.record;
      const service = catalog.config.returns?.service;
      if (!service) {
        return fail(
          luotError('not_found', {
            vi: 'Trung tâm chưa cấu hình quầy trả kết quả. Vui lòng hỏi cán bộ hướng dẫn.',
            en: 'This hall has no return-results service configured. Please ask the staff.',
          }, 'service'),
        );
      }
      const allowed = checkReturnTicket({ status: d.status, returnMethod: d.returnMethod, appointmentAt: d.appointmentAt, returnedAt: d.returnedAt });
      if (!allowed.ok) return allowed;
      const live = ctx.tickets.liveOfDossier(tx.day, d.id);
      if (live) {
        return fail(
          luotError('conflict', {
            vi: `Hồ sơ này đã có số thứ tự ${live.code}. Vui lòng chờ gọi số.`,
            en: `This dossier already has ticket ${live.code}. Please wait to be called.`,
          }),
        );
      }
      const issued = tickets.issueIn(tx, cmd.actor, { service, priority: 'none', source: 'kiosk', dossierId: d.id });
      if (!issued.ok) return issued;
      return ok({ ...issued.value, dossierCode: d.code ?? '', collectPlace: d.collectPlace ?? collectPlace() });
    });
  }

  const toAwaiting = (d: DossierRecord, now: number): AwaitingReturn => {
    const readyAt = d.readyAt ?? d.updatedAt;
    return {
      dossierId: d.id,
      code: d.code ?? '',
      procedureName: findProcedure(catalog, d.procedureCode)?.name ?? d.procedureCode,
      readyAt,
      collectPlace: d.collectPlace ?? collectPlace(),
      returnMethod: d.returnMethod,
      waitingMinutes: waitingMinutes(readyAt, now),
    };
  };

  /** Supervisor: results waiting to be collected, oldest first. */
  function awaiting(): AwaitingReturn[] {
    const now = ctx.clock.now();
    return repo.awaitingReturn().map((d) => toAwaiting(d, now));
  }

  return { markReady, returnTicket, awaiting };
}
