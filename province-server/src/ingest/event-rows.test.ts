import { describe, expect, it } from 'vitest';
import { eventRow } from './event-rows';

describe('eventRow', () => {
  const base = { seq: 4, at: 1_000, day: '2026-11-30' } as const;

  it('takes the action, ticket and counter out of a ticket event, and the number out of a counter event', () => {
    const ticket = { ...base, type: 'ticket' as const, event: { action: 'called', ticket: { id: 't1', counter: 3 } } };
    expect(eventRow(ticket)).toEqual({ ...base, type: 'ticket', action: 'called', ticket_id: 't1', counter: 3, event: ticket.event });
    const counter = { ...base, type: 'counter' as const, event: { counter: { number: 2, state: 'open' } } };
    expect(eventRow(counter)).toMatchObject({ action: null, ticket_id: null, counter: 2 });
  });

  it('leaves a column empty when the event has the wrong JSON type there, never refusing the event', () => {
    const odd = { ...base, type: 'ticket' as const, event: { action: 7, ticket: { id: 12, counter: '3' } } };
    expect(eventRow(odd)).toMatchObject({ action: null, ticket_id: null, counter: null });
    expect(eventRow({ ...base, type: 'ticket', event: { ticket: [1, 2] } })).toMatchObject({ ticket_id: null, counter: null });
    expect(eventRow({ ...base, type: 'counter', event: { counter: { number: 2.5 } } })).toMatchObject({ counter: null });
    expect(eventRow({ ...base, type: 'counter', event: { counter: { number: 2 ** 40 } } })).toMatchObject({ counter: null });
    // Only ticket events fill the ticket's columns.
    expect(eventRow({ ...base, type: 'device', event: { action: 'x', ticket: { id: 't' } } })).toMatchObject({ action: null, ticket_id: null });
  });
});
