/**
 * Which status a dossier may move to, and by which command. Pure.
 *
 * Reception decides first: a `registered` dossier is received, refused, or
 * sent home with a supplement request (form 02) — no code is given then, and
 * the citizen registers again when they come back. Once received (coded), the
 * dossier moves through processing to result ready and is returned; it may
 * also wait for a supplement or a fee, be withdrawn, or be stopped.
 */
import { DOSSIER_STATUS_LABELS, fail, luotError, ok, type DossierStatus, type Result } from '@luot/protocol';

/** The commands that change a dossier's status. */
export type DossierTransition = 'receive' | 'refuse' | 'request_supplement' | 'set_status' | 'mark_ready' | 'mark_returned';

/** Statuses that only their own command reaches (they need data `set_status` does not carry). */
const DEDICATED: Partial<Record<DossierStatus, { transition: DossierTransition; command: string }>> = {
  registered: { transition: 'set_status', command: 'dossier:register' },
  received: { transition: 'receive', command: 'dossier:receive' },
  refused: { transition: 'refuse', command: 'dossier:refuse' },
  supplement_requested: { transition: 'request_supplement', command: 'dossier:request-supplement' },
  returned: { transition: 'mark_returned', command: 'dossier:mark-returned' },
};

/** Allowed moves: from → to. Statuses not listed as a key are final. */
const MOVES: Partial<Record<DossierStatus, readonly DossierStatus[]>> = {
  registered: ['received', 'refused', 'supplement_requested', 'withdrawn'],
  received: ['processing', 'supplement_requested', 'fee_due', 'withdrawn', 'stopped', 'result_ready'],
  processing: ['supplement_requested', 'fee_due', 'withdrawn', 'stopped', 'result_ready'],
  supplement_requested: ['processing', 'withdrawn', 'stopped'],
  fee_due: ['processing', 'result_ready', 'withdrawn', 'stopped'],
  // A result found wrong before it is handed over goes back to processing.
  result_ready: ['returned', 'processing'],
};

/** Statuses only a received (coded) dossier can have. */
const NEEDS_CODE: readonly DossierStatus[] = ['processing', 'fee_due', 'stopped', 'result_ready', 'returned'];

export const FINAL_DOSSIER_STATUSES: readonly DossierStatus[] = ['refused', 'withdrawn', 'stopped', 'returned'];

const label = (s: DossierStatus) => DOSSIER_STATUS_LABELS[s];

/**
 * Checks a move. `coded` says whether the dossier has been received (has a
 * code): an uncoded dossier sent home for a supplement cannot go on to processing.
 * @example checkTransition('registered', 'received', 'receive', false) // ok(null)
 */
export function checkTransition(from: DossierStatus, to: DossierStatus, via: DossierTransition, coded: boolean): Result<null> {
  const dedicated = DEDICATED[to];
  if (dedicated && dedicated.transition !== via) {
    return fail(
      luotError(
        'invalid_payload',
        {
          vi: `Trạng thái "${label(to).vi}" được đặt bằng lệnh ${dedicated.command}.`,
          en: `The status "${label(to).en}" is set with ${dedicated.command}.`,
        },
        'status',
      ),
    );
  }
  const allowed = MOVES[from] ?? [];
  if (!allowed.includes(to) || (NEEDS_CODE.includes(to) && !coded)) {
    return fail(
      luotError('invalid_state', {
        vi: `Hồ sơ đang ở trạng thái "${label(from).vi}", không thể chuyển sang "${label(to).vi}".`,
        en: `The dossier is "${label(from).en}"; it cannot become "${label(to).en}".`,
      }),
    );
  }
  return ok(null);
}
