/** The ingest bench's events: a hall's busy day as the hub ships it, and its batches as the hub sends them. */
import type { IngestBatch, ShippedEvent } from '@luot/protocol';

export const BATCH = 200;
const DAY_START = Date.parse('2026-11-23T00:30:00Z');

export function benchEvent(hall: number, seq: number): ShippedEvent {
  const at = DAY_START + seq * 15_000;
  const ticket = {
    id: `h${hall}-t${Math.ceil(seq / 5)}`,
    day: '2026-11-23',
    service: 'DKKD',
    number: Math.ceil(seq / 5),
    code: `A${String(Math.ceil(seq / 5)).padStart(3, '0')}`,
    priority: 'normal',
    source: 'kiosk',
    state: ['waiting', 'called', 'serving', 'done', 'done'][seq % 5],
    issuedAt: at - 60_000,
    queuedAt: at - 60_000,
    calledAt: at,
    servingAt: at,
    finishedAt: null,
    counter: 1 + (seq % 8),
    recallCount: 0,
    targetCounter: null,
    outcome: null,
    rating: null,
    dossierId: null,
  };
  const action = ['issued', 'called', 'serving', 'finished', 'rated'][seq % 5]!;
  return { seq, at, day: '2026-11-23', type: 'ticket', event: { type: 'ticket', at, action, ticket, loads: [{ service: 'DKKD', waiting: 12, estimatedWaitMinutes: 18 }] } };
}

/** A hall's `events` events as the hub's batches, serialised (the halls do that on their own machines). */
export function hallBodies(hall: number, events: number): string[] {
  const bodies: string[] = [];
  for (let after = 0; after < events; after += BATCH) {
    const through = Math.min(events, after + BATCH);
    const batch: IngestBatch = { after, through, events: Array.from({ length: through - after }, (_, k) => benchEvent(hall, after + k + 1)), backlog: events - through, sentAt: Date.now() };
    bodies.push(JSON.stringify(batch));
  }
  return bodies;
}
