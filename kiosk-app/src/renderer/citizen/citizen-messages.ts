/**
 * Citizen words, not parser words: what the kiosk says when something goes
 * wrong, in plain language that tells what happened and what to do. The
 * technical reason (which QR field, which hub check) goes to the log
 * (kiosk-log.ts), never on screen.
 */
import type { ErrorCode, IdCardWarningCode, LuotError } from '@luot/protocol/plain';
import type { MessageKey } from '../i18n/vi';

/** A refused ID-card QR whose text was read but one of the card's details was not (a date, the name, the sex). */
const CARD_DETAIL_FIELDS = new Set(['fullName', 'dateOfBirth', 'sex', 'issueDate', 'oldIdNumber']);

/** What to tell a citizen whose scan the ID-card parser refused. */
export function scanFailureKey(error: LuotError): MessageKey {
  return error.field !== undefined && CARD_DETAIL_FIELDS.has(error.field) ? 'scan.cardUnclear' : 'scan.notIdCard';
}

/** The plain sentence for each thing the parser asks the citizen to check. */
export const SCAN_WARNING_KEYS: Record<IdCardWarningCode, MessageKey> = {
  sex_as_number: 'scan.checkSex',
  extra_fields: 'scan.checkNewCard',
  layout_inferred: 'scan.checkEverything',
  address_missing: 'scan.typeAddress',
};

/**
 * Hub errors whose own words are for citizens: they say when to come back
 * ("Vui lòng quay lại lúc 13:30") or which choice is not offered. Any other
 * code is a fault a citizen can do nothing about: a plain sentence instead.
 */
const CITIZEN_WORDED: ReadonlySet<ErrorCode> = new Set([
  'service_closed',
  'outside_hours',
  'issuing_cut_off',
  'daily_cap_reached',
  'priority_not_allowed',
]);

const PLAIN_FOR: Partial<Record<ErrorCode, MessageKey>> = {
  hub_unreachable: 'problem.offline',
  too_many_attempts: 'problem.tooMany',
  not_found: 'problem.notFound',
};

export type CitizenText = { kind: 'hub'; error: LuotError } | { kind: 'plain'; key: MessageKey };

/** How the kiosk shows a hub error: the hub's words when they are meant for citizens, else a plain sentence. */
export function citizenErrorText(error: LuotError): CitizenText {
  if (CITIZEN_WORDED.has(error.code)) return { kind: 'hub', error };
  return { kind: 'plain', key: PLAIN_FOR[error.code] ?? 'problem.generic' };
}

/** The error codes whose hub wording reaches the screen (for the word check). */
export const HUB_WORDED_CODES: readonly ErrorCode[] = [...CITIZEN_WORDED];
