/**
 * Commands on walk-in dossiers, each one transaction through the command
 * runner. Personal data stays in the `dossiers` rows: the runner's stored
 * result (the idempotency record) is only `{ dossierId }`, and the full view
 * is read after the commit for the ack. No hall event is emitted except the
 * ticket a registration issues, which carries only the dossier's id.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  fail,
  luotError,
  ok,
  type Applicant,
  type DossierRegistrationReceipt,
  type DossierStatus,
  type DossierView,
  type ReceivedDocument,
  type Result,
  type ReturnChoice,
} from '@luot/protocol';
import type { CommandContext, Tx } from '../core/command-runner';
import type { CounterContext } from '../counters/counter-context';
import type { TicketService } from '../queue/ticket-service';
import { newCheckKey } from '../core/check-key';
import { nextDossierCode } from './dossier-code';
import { createDossierRepo, type DossierRecord } from './dossier-repo';
import { checkTransition, type DossierTransition } from './dossier-rules';
import { computeAppointment, classifyReturn } from './due-date-rules';
import { createDossierQueries, notFound } from './dossier-queries';
import { collectPlaceOf, findProcedure, toDossierView, workingCalendarOf } from './dossier-views';
import { messagePlaceOf, queueResultReady } from './result-ready-message';

export interface RegisterRequest {
  procedure: string;
  applicant: Applicant;
  return: ReturnChoice;
}

export interface ReceiveRequest {
  dossier: string;
  applicant: Applicant;
  return?: ReturnChoice | undefined;
  documents: ReceivedDocument[];
}

export type DossierService = ReturnType<typeof createDossierService>;

export function createDossierService(ctx: CounterContext, tickets: TicketService) {
  const { catalog, run, users } = ctx;
  const repo = createDossierRepo(ctx.db, ctx.personal);
  // Read at each use: a config change (a make-up day, a holiday) applies live.
  const calendar = () => workingCalendarOf(catalog.config);
  const view = (d: DossierRecord) => toDossierView(d, catalog, users);
  const queries = createDossierQueries({ catalog, users, tickets: ctx.tickets, dossiers: repo });
  const { find } = queries;

  /** Kiosk: a `registered` dossier and, in the same transaction, the ticket that carries it. */
  function register(cmd: CommandContext, req: RegisterRequest): Promise<Result<DossierRegistrationReceipt>> {
    return run(cmd, (tx) => {
      const procedure = findProcedure(catalog, req.procedure);
      if (!procedure) {
        return fail(luotError('not_found', { vi: `Không có thủ tục ${req.procedure}.`, en: `No procedure ${req.procedure}.` }, 'procedure'));
      }
      const department = catalog.config.departments.find((d) => d.code === procedure.department);
      if (!department) return fail(luotError('not_found', undefined, 'procedure'));
      const id = uuidv7();
      const issued = tickets.issueIn(tx, cmd.actor, { service: procedure.service, priority: 'none', source: 'kiosk', dossierId: id });
      if (!issued.ok) return issued;
      repo.insert({
        id,
        code: null,
        agencyCode: department.agencyCode,
        day: null,
        sequence: null,
        procedureCode: procedure.code,
        service: procedure.service,
        ticketId: issued.value.ticket.id,
        status: 'registered',
        channel: 'in_person',
        applicant: req.applicant,
        returnMethod: req.return.method,
        postalAddress: req.return.method === 'post' ? req.return.postalAddress : null,
        documents: [],
        supplementItems: [],
        registeredAt: tx.now,
        registeredDay: tx.day,
        receivedAt: null,
        appointmentAt: null,
        returnedAt: null,
        timeliness: null,
        officerId: null,
        reason: null,
        updatedAt: tx.now,
        checkKey: newCheckKey(),
        personalErasedAt: null,
        readyAt: null,
        collectPlace: null,
        collectNote: null,
        returnedBy: null,
      });
      repo.addHistory({ dossierId: id, at: tx.now, actor: cmd.actor, action: cmd.name, fromStatus: null, toStatus: 'registered', note: null });
      return ok({ ...issued.value, dossierId: id });
    });
  }

  /**
   * Runs a status change: find → check the move → the caller's change → save
   * with a history row. Acks the full view, read after the commit.
   */
  async function change(
    cmd: CommandContext,
    ref: string,
    to: DossierStatus,
    via: DossierTransition,
    note: string | null,
    apply: (d: DossierRecord, tx: Tx) => Result<DossierRecord>,
  ): Promise<Result<DossierView>> {
    const result = await run<{ dossierId: string }>(cmd, (tx) => {
      const d = find(ref);
      if (!d) return notFound();
      const allowed = checkTransition(d.status, to, via, d.code !== null);
      if (!allowed.ok) return allowed;
      const next = apply(d, tx);
      if (!next.ok) return next;
      repo.save({ ...next.value, status: to, updatedAt: tx.now });
      repo.addHistory({ dossierId: d.id, at: tx.now, actor: cmd.actor, action: cmd.name, fromStatus: d.status, toStatus: to, note });
      return ok({ dossierId: d.id });
    });
    if (!result.ok) return result;
    const d = repo.get(result.value.dossierId);
    return d ? ok(view(d)) : notFound();
  }

  /** Counter: receive with the officer's corrections; assigns the code and the appointment. */
  function receive(cmd: CommandContext, officerId: string, req: ReceiveRequest): Promise<Result<DossierView>> {
    return change(cmd, req.dossier, 'received', 'receive', null, (d, tx) => {
      const procedure = findProcedure(catalog, d.procedureCode);
      if (!procedure) {
        return fail(luotError('not_found', { vi: `Thủ tục ${d.procedureCode} không còn trong danh mục.`, en: `The procedure ${d.procedureCode} is no longer in the catalogue.` }, 'procedure'));
      }
      const next = nextDossierCode({ agencyCode: d.agencyCode, day: tx.day, lastSequence: repo.lastSequence(d.agencyCode, tx.day) });
      if (!next.ok) return next;
      // A same-day procedure (0 days) is due the moment it is received.
      const appointment = procedure.processingDays > 0 ? computeAppointment(tx.now, { days: procedure.processingDays }, calendar()) : ok(tx.now);
      if (!appointment.ok) return appointment;
      repo.saveSequence(d.agencyCode, tx.day, next.value.sequence);
      const ret = req.return ?? (d.returnMethod === 'post' ? { method: 'post' as const, postalAddress: d.postalAddress ?? '' } : { method: 'counter' as const });
      return ok({
        ...d,
        code: next.value.code,
        day: tx.day,
        sequence: next.value.sequence,
        applicant: req.applicant,
        returnMethod: ret.method,
        postalAddress: ret.method === 'post' ? ret.postalAddress : null,
        documents: req.documents,
        receivedAt: tx.now,
        appointmentAt: appointment.value,
        officerId,
        reason: null,
      });
    });
  }

  /** Counter: refuse a registered dossier (form 03), with the reason. */
  function refuse(cmd: CommandContext, officerId: string, ref: string, reason: string): Promise<Result<DossierView>> {
    return change(cmd, ref, 'refused', 'refuse', reason, (d) => ok({ ...d, officerId, reason }));
  }

  /** Counter: ask for a supplement (form 02): why, and what to bring. */
  function requestSupplement(cmd: CommandContext, officerId: string, ref: string, reason: string, items: string[]): Promise<Result<DossierView>> {
    return change(cmd, ref, 'supplement_requested', 'request_supplement', reason, (d) => ok({ ...d, officerId: d.officerId ?? officerId, reason, supplementItems: items }));
  }

  /**
   * Counter or supervisor: processing, fee due, result ready, withdrawn,
   * stopped. A result marked ready here waits at the hall's default place
   * (`dossier:mark-ready` names one); one sent back to processing no longer waits.
   */
  function setStatus(cmd: CommandContext, ref: string, status: DossierStatus, note: string | null): Promise<Result<DossierView>> {
    return change(cmd, ref, status, 'set_status', note, (d, tx) => {
      if (status === 'result_ready') {
        queueResultReady(ctx, tx, d, messagePlaceOf(catalog, undefined));
        return ok({ ...d, reason: note, readyAt: tx.now, collectPlace: collectPlaceOf(catalog), collectNote: null });
      }
      return ok({ ...d, reason: note, readyAt: null, collectPlace: null, collectNote: null });
    });
  }

  /** "Đã trả kết quả": the citizen collected the result from `officerId`; early / on time / late by calendar date. */
  function markReturned(cmd: CommandContext, ref: string, note: string | null, officerId: string | null = null): Promise<Result<DossierView>> {
    return change(cmd, ref, 'returned', 'mark_returned', note, (d, tx) =>
      ok({
        ...d,
        returnedAt: tx.now,
        returnedBy: officerId,
        timeliness: d.appointmentAt === null ? null : classifyReturn(d.appointmentAt, tx.now),
        reason: note,
      }),
    );
  }

  return { register, receive, refuse, requestSupplement, setStatus, markReturned, ...queries };
}
