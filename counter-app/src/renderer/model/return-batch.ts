/**
 * The supervisor's "results ready" batch (issue 19): the codes a scanner or
 * a paste put in the box, and how long a result has waited, in words.
 */
import { MARK_READY_BATCH_MAX } from '@luot/protocol';

/**
 * One code per line, as a USB scanner types each receipt's QR followed by
 * Enter; commas and semicolons from a pasted list also separate. Codes (and
 * the QR's address) hold no spaces, so spaces separate too. A code given
 * twice is sent once; the hub takes at most MARK_READY_BATCH_MAX.
 */
export function codesOf(text: string): { codes: string[]; tooMany: boolean } {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) if (part !== '') seen.add(part);
  const codes = [...seen];
  return { codes: codes.slice(0, MARK_READY_BATCH_MAX), tooMany: codes.length > MARK_READY_BATCH_MAX };
}

/** `95` → `1 giờ 35 phút` (vi) / `1 h 35 min` (en); under an hour, minutes only; days from 24 h. */
export function formatWaited(minutes: number, language: 'vi' | 'en'): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const words = language === 'vi' ? { d: 'ngày', h: 'giờ', m: 'phút' } : { d: 'd', h: 'h', m: 'min' };
  if (days > 0) return `${days} ${words.d} ${hours} ${words.h}`;
  if (hours > 0) return `${hours} ${words.h} ${mins} ${words.m}`;
  return `${mins} ${words.m}`;
}
