/**
 * Returning results (issue 19), pure: what marking a dossier ready does to
 * it (a batch answers per code), whether the kiosk may give a return ticket
 * for it and, if not, the refusal the citizen reads, and where a result
 * waits when the marking names no place.
 */
import { DOSSIER_STATUS_LABELS, fail, luotError, ok, type DossierStatus, type MarkReadyOutcome, type Result } from '@luot/protocol';
import { checkTransition } from './dossier-rules';
import { formatDateTimeVi, formatDateVi } from './dossier-format';

/** One dossier of a mark-ready batch: marked now, already ready (nothing changes), or in a status that cannot become ready. */
export function markReadyOutcome(status: DossierStatus, coded: boolean): Exclude<MarkReadyOutcome, 'unknown'> {
  if (status === 'result_ready') return 'already_ready';
  return checkTransition(status, 'result_ready', 'mark_ready', coded).ok ? 'marked' : 'wrong_status';
}

export interface ReturnTicketFacts {
  status: DossierStatus;
  returnMethod: 'counter' | 'post';
  appointmentAt: number | null;
  returnedAt: number | null;
}

/**
 * The kiosk gives a return-results ticket only for a result waiting at the
 * counter. Otherwise the refusal says the status and, while it is still
 * being worked on, when it is due, so the citizen knows when to come back.
 */
export function checkReturnTicket(f: ReturnTicketFacts): Result<null> {
  const label = DOSSIER_STATUS_LABELS[f.status];
  if (f.status === 'result_ready') {
    if (f.returnMethod === 'counter') return ok(null);
    return fail(
      luotError('invalid_state', {
        vi: 'Kết quả của hồ sơ này được gửi qua dịch vụ bưu chính, không nhận tại quầy.',
        en: 'The result of this dossier is sent by post, not collected at a counter.',
      }),
    );
  }
  if (f.status === 'returned') {
    const at = f.returnedAt === null ? '' : ` lúc ${formatDateTimeVi(f.returnedAt)}`;
    const atEn = f.returnedAt === null ? '' : ` on ${formatDateVi(f.returnedAt)}`;
    return fail(
      luotError('invalid_state', { vi: `Kết quả của hồ sơ này đã được trả${at}.`, en: `The result of this dossier was already handed over${atEn}.` }),
    );
  }
  const due =
    f.appointmentAt === null
      ? { vi: '', en: '' }
      : { vi: ` Ngày hẹn trả kết quả: ${formatDateVi(f.appointmentAt)}.`, en: ` The result is due on ${formatDateVi(f.appointmentAt)}.` };
  return fail(
    luotError('invalid_state', {
      vi: `Kết quả chưa sẵn sàng: hồ sơ đang ở trạng thái "${label.vi}".${due.vi}`,
      en: `The result is not ready yet: the dossier is "${label.en}".${due.en}`,
    }),
  );
}

export interface ReturnCounter {
  number: number;
  name: string;
  area: string;
}

/**
 * Where a result waits when the marking names no place: the hall's
 * configured place, else the counters that serve the return service.
 */
export function defaultCollectPlace(configured: string | undefined, counters: readonly ReturnCounter[]): string {
  if (configured) return configured;
  if (counters.length === 0) return 'Bộ phận trả kết quả';
  return counters.map((c) => `${c.name} (${c.area})`).join('; ');
}

/**
 * The place as a text message says it, short enough for one SMS segment:
 * the hall's configured place, else the return counters' numbers ("quầy 5, 10").
 */
export function shortCollectPlace(configured: string | undefined, counters: readonly ReturnCounter[]): string {
  if (configured) return configured;
  if (counters.length === 0) return 'bộ phận trả kết quả';
  return `quầy ${counters.map((c) => c.number).join(', ')}`;
}

/** Whole minutes a result has waited, never negative (a clock stepped back). */
export const waitingMinutes = (readyAt: number, now: number): number => Math.max(0, Math.floor((now - readyAt) / 60_000));
