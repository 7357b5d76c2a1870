/** Vietnamese wording of dossier times, in the hall's local time (UTC+7, no DST). */
import { HALL_UTC_OFFSET_MS } from '../core/clock';

const parts = (at: number) => {
  const d = new Date(at + HALL_UTC_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return { hh: two(d.getUTCHours()), mm: two(d.getUTCMinutes()), dd: two(d.getUTCDate()), MM: two(d.getUTCMonth() + 1), yyyy: String(d.getUTCFullYear()) };
};

/** `dd/MM/yyyy`. */
export function formatDateVi(at: number): string {
  const p = parts(at);
  return `${p.dd}/${p.MM}/${p.yyyy}`;
}

/** As form 01 writes it: `16 giờ 00 phút, ngày 27/11/2026`. */
export function formatDateTimeVi(at: number): string {
  const p = parts(at);
  return `${p.hh} giờ ${p.mm} phút, ngày ${p.dd}/${p.MM}/${p.yyyy}`;
}

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
