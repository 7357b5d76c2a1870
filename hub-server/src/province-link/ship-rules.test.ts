import { describe, expect, it } from 'vitest';
import { shippedDossierSchema } from '@luot/protocol';
import { retryDelay, toShipped, toShippedDossier } from './ship-rules';

describe('toShipped', () => {
  it('keeps the event whole but the officer\'s login name', () => {
    const event = {
      type: 'counter',
      at: 5,
      counter: { number: 3, officer: { id: 'u1', username: 'canbo01', name: 'Nguyễn Văn An' }, state: 'open' },
      loads: [],
    };
    const shipped = toShipped({ seq: 7, at: 5, day: '2026-11-23', type: 'counter', payload: JSON.stringify(event) });
    expect(shipped).toEqual({
      seq: 7,
      at: 5,
      day: '2026-11-23',
      type: 'counter',
      event: { ...event, counter: { ...event.counter, officer: { id: 'u1', name: 'Nguyễn Văn An' } } },
    });
  });

  it('leaves events without an officer as they are', () => {
    const event = { type: 'ticket', at: 1, action: 'issued', ticket: { id: 't1' }, loads: [] };
    expect(toShipped({ seq: 1, at: 1, day: '2026-11-23', type: 'ticket', payload: JSON.stringify(event) }).event).toEqual(event);
  });

  it("gives a ticket event its ticket's officer (id and display name), or null when no officer has had it", () => {
    const event = { type: 'ticket', at: 1, action: 'finished', ticket: { id: 't1' }, loads: [] };
    const row = { seq: 1, at: 1, day: '2026-11-23', type: 'ticket', payload: JSON.stringify(event) };
    expect(toShipped({ ...row, ticket_known: 1, officer_id: 'u1', officer_name: 'Nguyễn Văn An' }).event).toEqual({
      ...event,
      officer: { id: 'u1', name: 'Nguyễn Văn An' },
    });
    expect(toShipped({ ...row, ticket_known: 1, officer_id: null, officer_name: null }).event).toEqual({ ...event, officer: null });
    // A ticket the hall no longer has: the province counts it under "unknown officer" rather than a guess.
    expect(toShipped({ ...row, ticket_known: 0, officer_id: null, officer_name: null }).event).toEqual(event);
    expect(toShipped({ ...row, ticket_known: 1, officer_id: 'u9', officer_name: null }).event).toMatchObject({ officer: { id: 'u9', name: '?' } });
  });
});

describe('toShippedDossier', () => {
  const row = {
    id: 'd1',
    version: 42,
    service: 'DKKD',
    procedure_code: '1.001612',
    status: 'returned',
    // 23:30 on 27 November UTC is 06:30 on the 28th in the hall (UTC+7): days are the hall's.
    received_at: Date.parse('2026-11-27T23:30:00Z'),
    returned_at: Date.parse('2026-12-01T02:00:00Z'),
    timeliness: 'on_time',
    supplements: JSON.stringify([Date.parse('2026-11-29T18:00:00Z')]),
  };

  it("gives the hall's local days, the status and the procedure, and passes the wire's own schema", () => {
    const shipped = toShippedDossier(row);
    expect(shipped).toEqual({
      id: 'd1',
      version: 42,
      service: 'DKKD',
      procedure: '1.001612',
      status: 'returned',
      receivedDay: '2026-11-28',
      returnedDay: '2026-12-01',
      timeliness: 'on_time',
      supplementDays: ['2026-11-30'],
    });
    expect(shippedDossierSchema.safeParse(shipped).success).toBe(true);
  });

  it('sends no timeliness it does not know, and null days for what has not happened', () => {
    expect(toShippedDossier({ ...row, received_at: null, returned_at: null, timeliness: 'soon', supplements: '[]' })).toMatchObject({
      receivedDay: null,
      returnedDay: null,
      timeliness: null,
      supplementDays: [],
    });
  });
});

describe('retryDelay', () => {
  it('doubles from the minimum up to the maximum, within ±20%', () => {
    const policy = { minMs: 1000, maxMs: 8000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelay(n, policy, () => 0.5))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(retryDelay(1, policy, () => 0)).toBe(800);
    expect(retryDelay(1, policy, () => 1)).toBe(1200);
  });
});
