/**
 * Ticket issue through the hub's own command path: 10 kiosk sockets issue
 * concurrently, each waiting for its ack (the ticket is committed — state,
 * event row, idempotency record — and broadcast before the ack).
 */
import type { TicketReceipt } from '@luot/protocol';
import { KIOSK_COUNT, SERVICES, kioskToken } from './bench-hall';
import { closeAll, command, commandId, firstSnapshot, openClient } from './sockets';

export interface IssueResult {
  ticketsPerSec: number;
  tickets: number;
  errors: number;
}

export async function hubIssueRate(url: string, perKiosk: number): Promise<IssueResult> {
  const kiosks = Array.from({ length: KIOSK_COUNT }, (_, i) => openClient(url, '/kiosk', kioskToken(i)));
  await Promise.all(kiosks.map(firstSnapshot));
  let errors = 0;
  let k = 0;
  const issue = async (kiosk: (typeof kiosks)[number]) => {
    const r = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: commandId(), service: SERVICES[k++ % SERVICES.length]! });
    if (!r.ok) errors++;
  };
  // Warm-up: prepared statements, JIT, socket buffers.
  await Promise.all(kiosks.map(async (s) => { for (let i = 0; i < 10; i++) await issue(s); }));
  errors = 0;
  const start = performance.now();
  await Promise.all(kiosks.map(async (s) => { for (let i = 0; i < perKiosk; i++) await issue(s); }));
  const seconds = (performance.now() - start) / 1000;
  closeAll(kiosks);
  const tickets = perKiosk * kiosks.length;
  return { ticketsPerSec: (tickets - errors) / seconds, tickets, errors };
}
