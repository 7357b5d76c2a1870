/**
 * Ticket issue through the hub's own command path: 10 kiosk clients issue
 * concurrently, each waiting for its ack (the ticket is committed — state,
 * event row, idempotency record — and broadcast before the ack).
 */
import { KIOSK_COUNT, SERVICES, kioskToken } from './bench-hall';
import { closeAll, nextSnapshot, openHubClient } from './sockets';

export interface IssueRun {
  ticketsPerSec: number;
  tickets: number;
  errors: number;
}

export interface IssueKiosks {
  /** Each kiosk issues `perKiosk` tickets, one after another, all kiosks at once. */
  run(perKiosk: number): Promise<IssueRun>;
  close(): void;
}

export async function openIssueKiosks(url: string, warmUpPerKiosk = 50): Promise<IssueKiosks> {
  const kiosks = Array.from({ length: KIOSK_COUNT }, (_, i) => openHubClient(url, 'kiosk', kioskToken(i)));
  await Promise.all(kiosks.map(nextSnapshot));
  let k = 0;
  const burst = async (perKiosk: number): Promise<number> => {
    let errors = 0;
    await Promise.all(
      kiosks.map(async (kiosk) => {
        for (let i = 0; i < perKiosk; i++) {
          const r = await kiosk.command('ticket:issue', { service: SERVICES[k++ % SERVICES.length]! });
          if (!r.ok) errors++;
        }
      }),
    );
    return errors;
  };
  // Warm-up: prepared statements, JIT, socket buffers, the WAL file's first growth.
  await burst(warmUpPerKiosk);
  return {
    async run(perKiosk) {
      const start = performance.now();
      const errors = await burst(perKiosk);
      const seconds = (performance.now() - start) / 1000;
      const tickets = perKiosk * kiosks.length;
      return { ticketsPerSec: (tickets - errors) / seconds, tickets, errors };
    },
    close: () => closeAll(kiosks),
  };
}
