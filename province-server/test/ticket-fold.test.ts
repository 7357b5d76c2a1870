/** Folding the halls' ticket events into one final row per ticket, on a real PostgreSQL. */
import type { IngestBatch, ShippedEvent } from '@luot/protocol';
import { startTestPostgres, type TestPostgres } from '@luot/testing/postgres';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPool, createProvince, type Pool, type Province } from '../src/index';
import { periodReport } from '../src/reports/period-report';
import { createReportRepo } from '../src/reports/report-repo';
import { createTicketFold } from '../src/reports/ticket-fold';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(() => server.stop());

let pool: Pool;
let province: Province;
let url: string;
beforeEach(async () => {
  pool = createPool(await server.createDatabase());
  province = await createProvince({ pool, log: () => undefined, foldEveryMs: 0 });
  url = `http://127.0.0.1:${await province.listen(0, '127.0.0.1')}`;
});
afterEach(async () => {
  await province.close();
  await pool.end();
});

const T0 = Date.parse('2026-11-30T01:00:00Z');

function ticketEvent(seq: number, id: string, action: string, ticket: Record<string, unknown>): ShippedEvent {
  const at = T0 + seq * 1000;
  const view = { id, day: '2026-11-30', service: 'HT', state: 'waiting', counter: null, issuedAt: T0, calledAt: null, servingAt: null, finishedAt: null, rating: null, ...ticket };
  return { seq, at, day: '2026-11-30', type: 'ticket', event: { type: 'ticket', at, action, ticket: view, loads: [] } };
}

async function send(token: string, batch: IngestBatch): Promise<number> {
  const res = await fetch(`${url}/api/v1/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(batch),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { acked: number }).acked;
}

const finals = async () =>
  (await pool.query<{ ticket_id: string; seq: number; state: string; counter: number | null; rating: number | null; rated: boolean }>(
    'SELECT ticket_id, seq, state, counter, rating, rated FROM ticket_finals ORDER BY ticket_id',
  )).rows;

describe('the ticket fold', () => {
  it("keeps each ticket's latest view by sequence, remembers a rating answer, and leaves a malformed view out", async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const events = [
      ticketEvent(1, 't1', 'issued', {}),
      ticketEvent(2, 't1', 'called', { state: 'called', counter: 3, calledAt: T0 + 60_000 }),
      ticketEvent(3, 't2', 'issued', { day: '2026-02-30' }),
      ticketEvent(4, 't1', 'finished', { state: 'done', counter: 3, calledAt: T0 + 60_000, servingAt: T0 + 60_000, finishedAt: T0 + 300_000 }),
      ticketEvent(5, 't1', 'rated', { state: 'done', counter: 3, calledAt: T0 + 60_000, servingAt: T0 + 60_000, finishedAt: T0 + 300_000, rating: null }),
      ticketEvent(6, 't3', 'issued', {}),
    ];
    expect(await send(token, { after: 0, through: 6, events, backlog: 0, sentAt: T0 })).toBe(6);
    const logged: string[] = [];
    const fold = createTicketFold(pool, (m) => logged.push(m));
    expect(await fold.run()).toEqual({ tickets: 2, malformed: 1 });
    expect(await finals()).toEqual([
      { ticket_id: 't1', seq: 5, state: 'done', counter: 3, rating: null, rated: true },
      { ticket_id: 't3', seq: 6, state: 'waiting', counter: null, rating: null, rated: false },
    ]);
    expect(logged).toEqual(['hall hall-a: 1 malformed ticket views left out of the reports']);

    // A later view moves the row forward; the answer recorded earlier is not forgotten.
    await send(token, { after: 6, through: 7, events: [ticketEvent(7, 't1', 'rated', { state: 'done', counter: 3, rating: 3, calledAt: T0 + 60_000, servingAt: T0 + 60_000, finishedAt: T0 + 300_000 })], backlog: 0, sentAt: T0 });
    expect(await fold.run()).toEqual({ tickets: 1, malformed: 0 });
    expect((await finals())[0]).toEqual({ ticket_id: 't1', seq: 7, state: 'done', counter: 3, rating: 3, rated: true });
  });

  it('never folds past what the hall has acknowledged, and calls made during a run are folded after it', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    await send(token, { after: 0, through: 1, events: [ticketEvent(1, 't1', 'issued', {})], backlog: 0, sentAt: T0 });
    // Events 3..4 arrive before 2: stored, but not acknowledged, so not folded.
    expect(await send(token, { after: 2, through: 4, events: [ticketEvent(3, 't3', 'issued', {}), ticketEvent(4, 't4', 'issued', {})], backlog: 0, sentAt: T0 })).toBe(1);
    const fold = createTicketFold(pool);
    await fold.run();
    expect((await finals()).map((r) => r.ticket_id)).toEqual(['t1']);
    expect((await pool.query('SELECT folded_seq FROM hall_folds')).rows).toEqual([{ folded_seq: 1 }]);

    const first = fold.run();
    // Acknowledged while the first run may already have read the halls: a second call must still see it.
    expect(await send(token, { after: 1, through: 4, events: [ticketEvent(2, 't2', 'issued', {}), ticketEvent(3, 't3', 'issued', {}), ticketEvent(4, 't4', 'issued', {})], backlog: 0, sentAt: T0 })).toBe(4);
    const second = fold.run();
    await Promise.all([first, second]);
    expect((await finals()).map((r) => r.ticket_id)).toEqual(['t1', 't2', 't3', 't4']);
    expect((await pool.query('SELECT folded_seq FROM hall_folds')).rows).toEqual([{ folded_seq: 4 }]);
  });
});

describe('the day groups', () => {
  it('count a served ticket without a vote as "no answer" only once the rating time has run out, as the hall does', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const finishedAt = T0 + 300_000;
    const done = { state: 'done', counter: 2, calledAt: T0 + 60_000, servingAt: T0 + 60_000, finishedAt };
    await send(token, {
      after: 0,
      through: 3,
      events: [ticketEvent(1, 't1', 'finished', done), ticketEvent(2, 't2', 'rated', { ...done, rating: 5 }), ticketEvent(3, 't3', 'rated', done)],
      backlog: 0,
      sentAt: T0,
    });
    const deps = { reports: createReportRepo(pool), fold: createTicketFold(pool) };
    // No config received: the default 30 s rating time. t3's console recorded "no answer"; t1 is still open for 30 s.
    const before = await periodReport(deps, '2026-11-30', '2026-11-30', null, finishedAt + 10_000);
    expect(before.halls[0]!.totals.ratings).toMatchObject({ votes: { '5': 1 }, noAnswer: 1 });
    const after = await periodReport(deps, '2026-11-30', '2026-11-30', null, finishedAt + 31_000);
    expect(after.halls[0]!.totals.ratings).toMatchObject({ votes: { '5': 1 }, noAnswer: 2 });
    expect(after.halls[0]!.counters).toEqual([{ counter: 2, served: 3, averageServiceMinutes: 4 }]);
  });

  it('move a ticket between groups when a later view changes its service (a transfer)', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const deps = { reports: createReportRepo(pool), fold: createTicketFold(pool) };
    await send(token, { after: 0, through: 1, events: [ticketEvent(1, 't1', 'issued', {})], backlog: 0, sentAt: T0 });
    expect((await periodReport(deps, '2026-11-30', '2026-11-30', null, T0)).halls[0]!.services.map((s) => [s.service, s.issued])).toEqual([['HT', 1]]);
    await send(token, { after: 1, through: 2, events: [ticketEvent(2, 't1', 'transferred', { service: 'DD' })], backlog: 0, sentAt: T0 });
    expect((await periodReport(deps, '2026-11-30', '2026-11-30', null, T0)).halls[0]!.services.map((s) => [s.service, s.issued])).toEqual([['DD', 1]]);
  });

  it("break a hall down per officer: the officer of each ticket's latest event, its latest name, and older hubs' tickets as unknown", async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const deps = { reports: createReportRepo(pool), fold: createTicketFold(pool) };
    const finishedAt = T0 + 300_000;
    const done = { state: 'done', counter: 2, calledAt: T0 + 60_000, servingAt: T0 + 60_000, finishedAt };
    const withOfficer = (e: ShippedEvent, officer: unknown): ShippedEvent => ({ ...e, event: { ...e.event, officer } });
    const an = { id: 'u-an', name: 'Nguyễn Văn An' };
    const binh = { id: 'u-binh', name: 'Trần Thị Bình' };
    await send(token, {
      after: 0,
      through: 8,
      events: [
        // t1: called by Bình, then served and rated by An (the ticket's officer is the one of its latest event).
        withOfficer(ticketEvent(1, 't1', 'called', { state: 'called', counter: 2, calledAt: T0 + 60_000 }), binh),
        withOfficer(ticketEvent(2, 't1', 'rated', { ...done, rating: 5 }), an),
        withOfficer(ticketEvent(3, 't2', 'rated', { ...done, servingAt: T0 + 120_000, rating: 1 }), binh),
        // t3: an older hub's event, no officer field: "unknown officer".
        ticketEvent(4, 't3', 'finished', done),
        // t4: never called, no officer had it: in no officer's line.
        withOfficer(ticketEvent(5, 't4', 'issued', {}), null),
        // t5: a malformed officer is not trusted: unknown, not dropped.
        withOfficer(ticketEvent(6, 't5', 'rated', { ...done, rating: 4 }), { id: 42 }),
        // An's name changed in the hall: the latest event's name wins.
        withOfficer(ticketEvent(7, 't6', 'rated', { ...done, rating: 3 }), { ...an, name: 'Nguyễn Văn Ân' }),
        ticketEvent(8, 't7', 'issued', {}),
      ],
      backlog: 0,
      sentAt: T0,
    });
    const report = await periodReport(deps, '2026-11-30', '2026-11-30', null, finishedAt + 60_000);
    const tally = (votes: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>, noAnswer: number, satisfiedPercent: number | null) => ({
      votes: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, ...votes },
      noAnswer,
      satisfiedPercent,
    });
    expect(report.halls[0]!.officers).toEqual([
      { officerId: 'u-an', name: 'Nguyễn Văn Ân', served: 2, averageServiceMinutes: 4, ratings: tally({ '5': 1, '3': 1 }, 0, 100) },
      { officerId: 'u-binh', name: 'Trần Thị Bình', served: 1, averageServiceMinutes: 3, ratings: tally({ '1': 1 }, 0, 0) },
      { officerId: '?', name: null, served: 2, averageServiceMinutes: 4, ratings: tally({ '4': 1 }, 1, 100) },
    ]);
    // The officers' lines add up to the hall's served tickets: every served ticket is in exactly one line.
    expect(report.halls[0]!.officers.reduce((n, o) => n + o.served, 0)).toBe(report.halls[0]!.totals.served);
  });
});
