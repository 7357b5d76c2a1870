/**
 * The admin's audit log filter form → the query of `GET /api/v1/audit` and
 * `/audit.csv`. Days are the hall's local days (Asia/Ho_Chi_Minh, UTC+7 all
 * year): "from" starts at its midnight, "to" includes the whole day. Pure.
 */
import { AUDIT_ACTIONS, type AuditAction } from '@luot/protocol';

export interface AuditFilterForm {
  who: string;
  /** '' for every action. */
  action: AuditAction | '';
  /** `YYYY-MM-DD` or ''. */
  fromDay: string;
  toDay: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = { who: '', action: '', fromDay: '', toDay: '' };

const DAY_MS = 24 * 60 * 60 * 1000;
const hallMidnight = (day: string): number => Date.parse(`${day}T00:00:00+07:00`);

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);

/** @example auditQuery({ who: 'canbo01', action: '', fromDay: '2026-11-23', toDay: '2026-11-23' }) // 'who=canbo01&from=…&to=…' */
export function auditQuery(form: AuditFilterForm): string {
  const q = new URLSearchParams();
  if (form.who.trim() !== '') q.set('who', form.who.trim());
  if (form.action !== '') q.set('action', form.action);
  if (form.fromDay !== '' && !Number.isNaN(hallMidnight(form.fromDay))) q.set('from', String(hallMidnight(form.fromDay)));
  if (form.toDay !== '' && !Number.isNaN(hallMidnight(form.toDay))) q.set('to', String(hallMidnight(form.toDay) + DAY_MS));
  return q.toString();
}
