/** The ingest route on a real PostgreSQL: each event stored once, the ack contiguous, bad batches refused whole. */
import type { IngestBatch, ShippedEvent } from '@luot/protocol';
import { startTestPostgres, type TestPostgres } from '@luot/testing/postgres';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPool, createProvince, migrate, MigrationError, type Pool, type Province } from '../src/index';
import { migrations } from '../src/db/migrations/index';
import { exactInDoubles } from '../src/ingest/copy-rows';
import { recordContract } from './helpers/contract';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(() => server.stop());

let pool: Pool;
let province: Province;
let url: string;
let contract: ReturnType<typeof recordContract>;
beforeEach(async () => {
  pool = createPool(await server.createDatabase());
  province = await createProvince({ pool, log: () => undefined });
  contract = recordContract(province.app);
  url = `http://127.0.0.1:${await province.listen(0, '127.0.0.1')}`;
});
afterEach(async () => {
  await province.close();
  await pool.end();
  contract.assertClean();
});

const NOV_30 = Date.parse('2026-11-30T16:30:00Z');

function event(seq: number, at = NOV_30 + seq * 1000): ShippedEvent {
  return {
    seq,
    at,
    day: '2026-11-30',
    type: 'ticket',
    event: { type: 'ticket', at, action: 'issued', ticket: { id: `t${seq}`, counter: null }, loads: [] },
  };
}

function batch(after: number, through: number, events = Array.from({ length: through - after }, (_, i) => event(after + i + 1))): IngestBatch {
  return { after, through, events, backlog: 0, sentAt: NOV_30 };
}

async function send(token: string, body: unknown) {
  const res = await fetch(`${url}/api/v1/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { acked?: number; error?: { code: string; message: { vi: string; en: string } } } };
}

const count = async (sql = 'SELECT count(*)::int AS n FROM events') => (await pool.query<{ n: number }>(sql)).rows[0]?.n;

describe('ingest', () => {
  it('stores a batch once and acknowledges its end; a resend changes nothing', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    expect(await send(token, batch(0, 3))).toEqual({ status: 200, body: { acked: 3 } });
    expect(await send(token, batch(0, 3))).toEqual({ status: 200, body: { acked: 3 } });
    expect(await send(token, batch(2, 5))).toEqual({ status: 200, body: { acked: 5 } });
    expect(await count()).toBe(5);
    const { rows } = await pool.query<{ seq: number; ticket_id: string; action: string }>('SELECT seq, ticket_id, action FROM events ORDER BY seq');
    expect(rows.map((r) => [r.seq, r.ticket_id, r.action])).toEqual([1, 2, 3, 4, 5].map((s) => [s, `t${s}`, 'issued']));
  });

  it('does not acknowledge past a gap: a batch that starts after what it holds leaves the ack where it was', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    await send(token, batch(0, 2));
    expect((await send(token, batch(4, 6))).body).toEqual({ acked: 2 });
    // The hub resends from the ack; the stored rows of the early batch are not duplicated.
    expect((await send(token, batch(2, 6))).body).toEqual({ acked: 6 });
    expect(await count()).toBe(6);
  });

  it('acknowledges a stretch with no events (gaps in the hub\'s numbering do not stall the link)', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    expect((await send(token, batch(0, 4, [event(1), event(4)]))).body).toEqual({ acked: 4 });
    expect((await send(token, { after: 4, through: 9, events: [], backlog: 0, sentAt: NOV_30 })).body).toEqual({ acked: 9 });
  });

  it('keeps halls apart: the same seq from two halls is two events', async () => {
    const a = await province.halls.enrol('hall-a', 'Trung tâm A');
    const b = await province.halls.enrol('hall-b', 'Trung tâm B');
    await send(a.token, batch(0, 3));
    await send(b.token, batch(0, 3));
    expect(await count()).toBe(6);
  });

  it('puts events in monthly partitions by their time, whatever the hall\'s clock says', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const skewed = [event(1, Date.parse('2026-11-30T23:59:59Z')), event(2, Date.parse('2026-12-01T00:00:01Z')), event(3, Date.parse('1999-01-01T00:00:00Z'))];
    expect((await send(token, batch(0, 3, skewed))).body).toEqual({ acked: 3 });
    const { rows } = await pool.query<{ name: string; n: number }>(
      `SELECT tableoid::regclass::text AS name, count(*)::int AS n FROM events GROUP BY 1 ORDER BY 1`,
    );
    expect(rows).toEqual([
      { name: 'events_1999_01', n: 1 },
      { name: 'events_2026_11', n: 1 },
      { name: 'events_2026_12', n: 1 },
    ]);
  });

  it("stores a batch past everything stored by COPY and its resend by INSERT on the same rows, whatever the event's time", async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const odd = [Date.parse('1999-01-01T00:00:00.001Z'), Date.parse('2026-11-30T23:59:59.999Z'), 2_147_483_647_999, 9_000_000_000_001];
    const events = odd.map((at, i) => event(i + 1, at));
    // 1..3 by COPY (times exact in doubles), 4 by INSERT (a time in the 2250s); each resend by INSERT … ON CONFLICT.
    expect((await send(token, batch(0, 3, events.slice(0, 3)))).body).toEqual({ acked: 3 });
    expect((await send(token, batch(3, 4, events.slice(3)))).body).toEqual({ acked: 4 });
    expect((await send(token, batch(0, 4, events))).body).toEqual({ acked: 4 });
    expect((await send(token, batch(1, 3, events.slice(1, 3)))).body).toEqual({ acked: 4 });
    const { rows } = await pool.query<{ seq: number; ms: string }>("SELECT seq, (extract(epoch FROM at) * 1000)::bigint::text AS ms FROM events ORDER BY seq");
    expect(rows).toEqual(odd.map((at, i) => ({ seq: i + 1, ms: String(at) })));
  });

  it('stores a batch by INSERT when its COPY meets a row written around ingest, once', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    await send(token, batch(0, 1));
    // Event 3 written by hand: the hall's stored_seq (1) does not know of it, so the next batch tries COPY first.
    await pool.query(`INSERT INTO events (hall_id, seq, at, day, type, event) SELECT hall_id, 3, at + interval '2 seconds', day, type, event FROM events`);
    expect((await send(token, batch(1, 4))).body).toEqual({ acked: 4 });
    expect(await count()).toBe(4);
    expect((await pool.query<{ stored_seq: number }>('SELECT stored_seq FROM hall_links')).rows).toEqual([{ stored_seq: 4 }]);
  });

  it("agrees with PostgreSQL on which times to_timestamp(at / 1000.0) holds to the millisecond (the COPY path's condition)", async () => {
    // Milliseconds around the eras the check must get right; PostgreSQL's own answer against exactInDoubles.
    const starts = [0, Date.parse('2026-01-01T00:00:00Z'), 2_147_483_000_000, 4_102_444_800_000, 9_000_000_000_000];
    for (const start of starts) {
      const { rows } = await pool.query<{ at: string; exact: boolean }>(
        `SELECT g::text AS at, to_timestamp(g / 1000.0) = timestamptz 'epoch' + g * interval '1 millisecond' AS exact
         FROM generate_series($1::bigint, $1::bigint + 20000) AS g`,
        [start],
      );
      // Whenever Node takes a time as exact, PostgreSQL does too (the other way round only costs the bulk path).
      expect(rows.filter((r) => exactInDoubles(Number(r.at)) && !r.exact)).toEqual([]);
    }
  });

  it("stores an event's own \"__proto__\" key as data", async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const body = JSON.stringify(batch(0, 1)).replace('"action":', '"__proto__":{"polluted":true},"action":');
    expect(await send(token, body)).toEqual({ status: 200, body: { acked: 1 } });
    const { rows } = await pool.query<{ proto: unknown; action: string }>("SELECT event->'__proto__' AS proto, action FROM events");
    expect(rows).toEqual([{ proto: { polluted: true }, action: 'issued' }]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses unknown and revoked tokens', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    expect((await send('hall_nope', batch(0, 1))).status).toBe(401);
    await province.halls.revoke('hall-a');
    const refused = await send(token, batch(0, 1));
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe('unauthenticated');
    expect(await count()).toBe(0);
  });

  it('refuses a bad batch whole with a typed error, writing nothing', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const outOfOrder = batch(0, 3, [event(1), event(3), event(2)]);
    const refused = await send(token, outOfOrder);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.code).toBe('invalid_payload');
    expect(refused.body.error?.message.vi).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/);
    expect((await send(token, { ...batch(0, 1), extra: true })).status).toBe(400);
    expect((await send(token, '{"after": 0,')).status).toBe(400);
    // A "__proto__" key is a key like any other: refused where the batch allows none, never a prototype.
    expect((await send(token, JSON.stringify(batch(0, 1)).replace('{', '{"__proto__":{"after":9},'))).status).toBe(400);
    expect(({} as { after?: number }).after).toBeUndefined();
    expect(await count()).toBe(0);
  });

  it('refuses an oversized body with payload_too_large', async () => {
    const { token } = await province.halls.enrol('hall-a', 'Trung tâm A');
    const huge = batch(0, 1, [{ ...event(1), event: { pad: 'x'.repeat(3 * 1024 * 1024) } }]);
    const refused = await send(token, huge);
    expect(refused.status).toBe(413);
    expect(refused.body.error?.code).toBe('payload_too_large');
  });
});

describe('migrations', () => {
  it('are applied once and refuse a database from a newer server', async () => {
    expect(await migrate(pool)).toBe(migrations.at(-1)!.version);
    expect(await count('SELECT count(*)::int AS n FROM schema_migrations')).toBe(migrations.length);
    await pool.query(`INSERT INTO schema_migrations (version, name) VALUES (990, '0990-from-the-future')`);
    await expect(migrate(pool)).rejects.toThrow(MigrationError);
  });
});
