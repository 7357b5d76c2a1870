/**
 * Keeps the counter's ledger of today's tickets across a page reload (the
 * snapshot has only live tickets, so finished ones would otherwise be lost).
 * One key per counter and day; older days are dropped.
 */
import type { TicketView } from '@luot/protocol';

const PREFIX = 'luot.ledger.';
const keyOf = (counter: number, day: string) => `${PREFIX}${counter}.${day}`;

export function loadLedger(counter: number, day: string): TicketView[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(counter, day)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as TicketView[]) : [];
  } catch {
    return [];
  }
}

export function saveLedger(counter: number, day: string, tickets: TicketView[]): void {
  const key = keyOf(counter, day);
  for (let i = localStorage.length - 1; i >= 0; i -= 1) {
    const k = localStorage.key(i);
    if (k !== null && k.startsWith(`${PREFIX}${counter}.`) && k !== key) localStorage.removeItem(k);
  }
  localStorage.setItem(key, JSON.stringify(tickets));
}
