/**
 * Three real hubs and one province on a real PostgreSQL: the link is cut,
 * every hall keeps issuing and serving, the link comes back, and every count
 * matches exactly — nothing lost, nothing twice. The province also dies
 * between storing a batch and answering it, and a hub restarts with a backlog.
 */
import type { IngestBatch, ProvinceLinkHealth } from '@luot/protocol';
import { cid, command, connected, officerAtCounter, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';
import { startTestPostgres, type TestPostgres } from '@luot/testing/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, createProvince, PROVINCE_OPENAPI_PATH, type Pool, type Province } from '../src/index';
import { recordContract } from './helpers/contract';
import { createContractRecorder } from '@luot/testing';

let server: TestPostgres;
let pool: Pool;
let province: Province | null = null;
let port = 0;
/** Every batch the province was sent: the hall and where the batch started. */
const seen: { hall: string; after: number }[] = [];
let dieAfterStoring: (() => void) | null = null;
const contract = createContractRecorder(PROVINCE_OPENAPI_PATH);

async function startProvince(): Promise<void> {
  const p = await createProvince({ pool, log: () => undefined });
  recordContract(p.app, contract);
  p.app.addHook('preHandler', async (req) => {
    const hall = await p.halls.byToken((req.headers.authorization ?? '').replace('Bearer ', ''));
    if (hall && req.body) seen.push({ hall: hall.id, after: (req.body as IngestBatch).after });
  });
  // Dies after the batch is committed and before the hub hears the answer: the hub must resend it.
  p.app.addHook('onSend', async (req) => {
    if (dieAfterStoring && req.url.startsWith('/api/v1/ingest')) {
      const die = dieAfterStoring;
      dieAfterStoring = null;
      req.raw.socket.destroy();
      die();
    }
  });
  port = await p.listen(port, '127.0.0.1');
  province = p;
}

async function stopProvince(): Promise<void> {
  await province?.close();
  province = null;
}

const HALLS = ['hall-a', 'hall-b', 'hall-c'] as const;
const hubs: TestHub[] = [];
const sockets = socketSet();

beforeAll(async () => {
  server = await startTestPostgres();
  pool = createPool(await server.createDatabase());
  await startProvince();
  for (const id of HALLS) {
    const { token } = await province!.halls.enrol(id, `Trung tâm ${id}`);
    hubs.push(
      await startTestHub({
        config: testHallConfig(),
        serveApps: false,
        province: { url: `http://127.0.0.1:${port}`, token, idleMs: 50, retry: { minMs: 50, maxMs: 200 }, batchSize: 7 },
      }),
    );
  }
});

afterAll(async () => {
  sockets.closeAll();
  for (const hub of hubs) await hub.close();
  await stopProvince();
  await pool?.end();
  await server?.stop();
  contract.assertClean();
});

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const linkOf = async (hub: TestHub) => ((await (await fetch(`${hub.url}/healthz`)).json()) as { province: ProvinceLinkHealth }).province;
const allCurrent = async () => (await Promise.all(hubs.map(linkOf))).every((l) => l.backlog === 0);

/** Issues `issued` tickets and serves `served` of them at counter 1 of each hall. */
async function workEveryHall(issued: number, served: number): Promise<void> {
  await Promise.all(
    hubs.map(async (hub) => {
      const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
      await connected(kiosk);
      for (let i = 0; i < issued; i++) expect(await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' })).toMatchObject({ ok: true });
      const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
      for (let i = 0; i < served; i++) {
        expect(await command(counter, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true });
        expect(await command(counter, 'counter:start-serving', { commandId: cid() })).toMatchObject({ ok: true });
        expect(await command(counter, 'counter:finish', { commandId: cid(), outcome: 'guided' })).toMatchObject({ ok: true });
      }
      expect(await command(counter, 'counter:sign-out', { commandId: cid() })).toMatchObject({ ok: true });
    }),
  );
  sockets.closeAll();
}

type Counts = Record<string, number>;

function hubCounts(hub: TestHub): Counts {
  const rows = hub.db.prepare("SELECT type || ':' || coalesce(action, '') AS k, COUNT(*) AS n FROM events GROUP BY 1").all() as { k: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

async function provinceCounts(hall: string): Promise<Counts> {
  const { rows } = await pool.query<{ k: string; n: number }>(
    "SELECT type || ':' || coalesce(action, '') AS k, count(*)::int AS n FROM events WHERE hall_id = $1 GROUP BY 1",
    [hall],
  );
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

async function expectSameEverywhere(): Promise<void> {
  for (const [i, hall] of HALLS.entries()) {
    const hub = hubs[i]!;
    const hubSeqs = (hub.db.prepare('SELECT seq FROM events ORDER BY seq').pluck().all() as number[]);
    const { rows } = await pool.query<{ seq: number }>('SELECT seq FROM events WHERE hall_id = $1 ORDER BY seq', [hall]);
    expect(rows.map((r) => r.seq)).toEqual(hubSeqs);
    expect(await provinceCounts(hall)).toEqual(hubCounts(hub));
    const { rows: link } = await pool.query<{ acked_seq: number }>('SELECT acked_seq FROM hall_links WHERE hall_id = $1', [hall]);
    expect(link[0]?.acked_seq).toBe(hubSeqs.at(-1));
  }
}

describe('three halls and one province', () => {
  it('ship everything while the link is up', async () => {
    await workEveryHall(5, 2);
    await eventually(allCurrent, 'every hall current');
    await expectSameEverywhere();
  });

  it('ship no staff login, account or device token: events and config revisions carry only what reports need', async () => {
    const { rows: events } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM events WHERE event::text LIKE '%username%' OR event::text LIKE '%canbo01%'",
    );
    expect(events[0]?.n).toBe(0);
    const { rows: configs } = await pool.query<{ hall_id: string; keys: string[] }>(
      'SELECT hall_id, array(SELECT jsonb_object_keys(config) ORDER BY 1) AS keys FROM config_revisions ORDER BY hall_id',
    );
    expect(configs).toEqual(HALLS.map((hall) => ({ hall_id: hall, keys: ['counters', 'departments', 'hall', 'hours', 'queue', 'services'] })));
    const { rows: secrets } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM config_revisions WHERE config::text LIKE '%${TEST_TOKENS.kiosk}%' OR config::text LIKE '%password%'`,
    );
    expect(secrets[0]?.n).toBe(0);
  });

  it('keep working while the province is away, resume from their cursors, and lose nothing', async () => {
    await stopProvince();
    const cursorOfC = (await pool.query<{ acked_seq: number }>("SELECT acked_seq FROM hall_links WHERE hall_id = 'hall-c'")).rows[0]!.acked_seq;
    const started = Date.now();
    await workEveryHall(6, 3);
    // The halls never waited for the province: 27 commands each, well under the province's request timeout.
    expect(Date.now() - started).toBeLessThan(10_000);
    await eventually(async () => (await Promise.all(hubs.map(linkOf))).every((l) => l.lastError !== null && l.backlog > 0), 'every hall seeing the link down');

    // Hall C restarts with its backlog on disk.
    await hubs[2]!.restart();
    seen.length = 0;
    await startProvince();
    await eventually(allCurrent, 'every hall caught up');
    await expectSameEverywhere();
    expect(seen.find((b) => b.hall === 'hall-c')?.after).toBe(cursorOfC);
  });

  it('store a batch once when the province dies between storing it and answering', async () => {
    const died = new Promise<void>((resolve) => {
      dieAfterStoring = () => {
        void stopProvince().then(resolve);
      };
    });
    await workEveryHall(4, 1);
    await died;
    await startProvince();
    await eventually(allCurrent, 'every hall caught up again');
    await expectSameEverywhere();
  });
});
