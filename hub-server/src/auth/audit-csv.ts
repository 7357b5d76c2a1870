/**
 * The audit log as CSV for an admin (issue 15): RFC 4180 (CRLF rows, fields
 * quoted when they hold a comma, quote or line break, quotes doubled), with a
 * UTF-8 byte-order mark so Excel shows the Vietnamese right. A field that
 * starts like a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`:
 * usernames tried at a failed sign-in come from anyone on the LAN, and must
 * never run as a formula in the admin's spreadsheet. Pure.
 */
import type { AuditEntryView } from '@luot/protocol';

const BOM = '\uFEFF';
const HEADER = ['Thời điểm (giờ Việt Nam)', 'Người thực hiện', 'Hành động', 'Đối tượng', 'Địa chỉ', 'Chi tiết'];

// Made at the first export, not when the module loads: a time-zone formatter
// pulls ~6 MB of ICU's tables into the hub's resident memory at start.
let hallTime: Intl.DateTimeFormat | undefined;
const hallTimeFormat = (): Intl.DateTimeFormat => (hallTime ??= new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
}));

/** `2026-11-23 09:00:05`, in the hall's time zone (sv-SE writes ISO-like dates). */
export const formatHallTimestamp = (ms: number): string => hallTimeFormat().format(new Date(ms));

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;

export function auditCsv(entries: readonly AuditEntryView[]): string {
  return (
    BOM +
    row(HEADER) +
    entries
      .map((e) =>
        row([formatHallTimestamp(e.at), e.actor, e.action, e.subject ?? '', e.address ?? '', e.detail === null ? '' : JSON.stringify(e.detail)]),
      )
      .join('')
  );
}
