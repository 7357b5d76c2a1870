/**
 * The shapes a dossier leaves the hub in: the full staff view, the public
 * status (masked name only), and the receipt slip (form 01) for the printer.
 */
import {
  fail,
  luotError,
  ok,
  toPublicDossierStatus,
  trackingCodeOf,
  type DossierView,
  type PublicDossierStatus,
  type ReceiptPrintJob,
  type Result,
} from '@luot/protocol';
import type { HallConfig, ProcedureConfig } from '../core/config/hall-config-schema';
import type { HallCatalog } from '../core/hall-catalog';
import type { UserReads } from '../auth/user-repo';
import type { DossierRecord } from './dossier-repo';
import type { WorkingCalendar } from './due-date-rules';
import { defaultCollectPlace } from './return-rules';

export function findProcedure(catalog: HallCatalog, code: string): ProcedureConfig | undefined {
  return catalog.config.procedures.find((p) => p.code === code);
}

/**
 * The calendar processing time runs on: the hall's `processing` calendar, not
 * its ticket-issuing hours (a hall may receive on Saturday morning without
 * processing on Saturday, and a simulated hall issues around the clock).
 */
export function workingCalendarOf(config: HallConfig): WorkingCalendar {
  return {
    sessions: config.processing.sessions.map((s) => ({ start: s.start, end: s.end })),
    workingWeekdays: config.processing.weekdays,
    holidays: config.processing.holidays,
    makeUpDays: config.processing.makeUpDays,
  };
}

export function toDossierView(d: DossierRecord, catalog: HallCatalog, users: UserReads): DossierView {
  const procedure = findProcedure(catalog, d.procedureCode);
  const officer = d.officerId ? users.get(d.officerId) : undefined;
  const returnedBy = d.returnedBy ? users.get(d.returnedBy) : undefined;
  return {
    id: d.id,
    code: d.code,
    trackingCode: d.code === null ? null : trackingCodeOf(d.code, d.checkKey),
    status: d.status,
    channel: d.channel,
    procedure: { code: d.procedureCode, name: procedure?.name ?? d.procedureCode },
    applicant: d.applicant,
    returnMethod: d.returnMethod,
    postalAddress: d.postalAddress,
    documents: d.documents,
    registeredAt: d.registeredAt,
    receivedAt: d.receivedAt,
    appointmentAt: d.appointmentAt,
    returnedAt: d.returnedAt,
    timeliness: d.timeliness,
    reason: d.reason,
    supplementItems: d.supplementItems,
    ticketId: d.ticketId,
    officer: officer ? { id: officer.id, name: officer.name } : null,
    updatedAt: d.updatedAt,
    personalDataErasedAt: d.personalErasedAt,
    readyAt: d.readyAt,
    collectPlace: d.collectPlace,
    collectNote: d.collectNote,
    returnedBy: returnedBy ? { id: returnedBy.id, name: returnedBy.name } : null,
  };
}

/** The public status, or not_found for a dossier that has no code yet (it cannot be looked up). */
export function toPublicStatus(view: DossierView): Result<PublicDossierStatus> {
  const status = toPublicDossierStatus(view);
  return status ? ok(status) : fail(luotError('not_found'));
}

export const trackUrlOf = (catalog: HallCatalog, code: string) =>
  `${catalog.info.publicUrl.replace(/\/+$/, '')}/d/${encodeURIComponent(code)}`;

/** Where a result marked ready waits when the marking names no place (issue 19). */
export function collectPlaceOf(catalog: HallCatalog): string {
  const returns = catalog.config.returns;
  const counters = returns ? catalog.countersServing(returns.service) : [];
  return defaultCollectPlace(returns?.place, counters.map((c) => ({ number: c.number, name: c.name.vi, area: c.area })));
}

/** Where the citizen collects the result, as the slip says it. */
export function returnPlaceOf(view: DossierView, catalog: HallCatalog): string {
  if (view.returnMethod === 'post') return `Gửi qua dịch vụ bưu chính đến: ${view.postalAddress ?? ''}`;
  return `Bộ phận Một cửa — ${catalog.info.name.vi}, ${catalog.info.address}`;
}

/** The receipt slip of a received dossier; a dossier without a code has no slip. */
export function toReceiptPrintJob(view: DossierView, catalog: HallCatalog): Result<ReceiptPrintJob> {
  if (view.code === null || view.trackingCode === null || view.receivedAt === null || view.appointmentAt === null) {
    return fail(
      luotError('invalid_state', {
        vi: 'Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận.',
        en: 'The dossier has not been received, so it has no receipt slip.',
      }),
    );
  }
  const procedure = findProcedure(catalog, view.procedure.code);
  return ok({
    hallName: catalog.info.name,
    dossierCode: view.code,
    trackingCode: view.trackingCode,
    trackUrl: trackUrlOf(catalog, view.trackingCode),
    applicant: { name: view.applicant.name, idNumber: view.applicant.idNumber, address: view.applicant.address, phone: view.applicant.phone },
    procedure: view.procedure,
    documents: view.documents,
    processingTime: procedure?.processingTime.inPerson ?? '',
    receivedAt: view.receivedAt,
    appointmentAt: view.appointmentAt,
    returnPlace: returnPlaceOf(view, catalog),
    officerName: view.officer?.name ?? '',
  });
}
