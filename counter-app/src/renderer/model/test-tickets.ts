/** Builds TicketViews for the unit tests (only the fields a test cares about change). */
import type { TicketView } from '@luot/protocol';

let serial = 0;

export function ticket(overrides: Partial<TicketView> = {}): TicketView {
  serial += 1;
  return {
    id: `t${serial}`,
    day: '2025-03-03',
    service: 'A',
    number: serial,
    code: `A${String(serial).padStart(3, '0')}`,
    priority: 'none',
    source: 'kiosk',
    state: 'waiting',
    issuedAt: 1_000,
    queuedAt: 1_000,
    calledAt: null,
    servingAt: null,
    finishedAt: null,
    counter: null,
    recallCount: 0,
    targetCounter: null,
    outcome: null,
    rating: null,
    dossierId: null,
    ...overrides,
  };
}
