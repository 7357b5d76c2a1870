/**
 * The hub's link to the province against a small stand-in province (a plain
 * HTTP server that keeps what it gets and can go away): the real province on
 * PostgreSQL is tested with three hubs in province-server/test.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestBatch, ProvinceLinkHealth } from '@luot/protocol';
import { cid, command, connected, officerAtCounter, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

interface StandIn {
  url: string;
  batches: IngestBatch[];
  /** seq → how many times it arrived. */
  received: Map<number, number>;
  /** Answer 503 to everything while set. */
  down: boolean;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

/** `holds`: what a restarted stand-in already stored (its acknowledgement survives it, like the real one's). */
async function standInProvince(token: string, port = 0, holds = 0): Promise<StandIn> {
  const state: Omit<StandIn, 'url' | 'close'> = { batches: [], received: new Map(), down: false };
  let acked = holds;
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (state.down) return res.writeHead(503).end('{}');
      if (req.headers.authorization !== `Bearer ${token}`) return res.writeHead(401).end('{}');
      const batch = JSON.parse(body) as IngestBatch;
      state.batches.push(batch);
      for (const e of batch.events) state.received.set(e.seq, (state.received.get(e.seq) ?? 0) + 1);
      if (batch.after <= acked) acked = Math.max(acked, batch.through);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ acked }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    ...state,
    get batches() {
      return state.batches;
    },
    get received() {
      return state.received;
    },
    get down() {
      return state.down;
    },
    set down(v: boolean) {
      state.down = v;
    },
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const TOKEN = 'hall_test-token';
const FAST = { idleMs: 30, retry: { minMs: 30, maxMs: 120 }, batchSize: 5 };

let province: StandIn;
let hub: TestHub;
const sockets = socketSet();
beforeEach(async () => {
  province = await standInProvince(TOKEN);
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
  await province.close();
});

/** Polls an async check every 25 ms until it holds. */
async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const health = async () => ((await (await fetch(`${hub.url}/healthz`)).json()) as { seq: number; province?: ProvinceLinkHealth });

async function issue(n: number): Promise<void> {
  const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  for (let i = 0; i < n; i++) {
    const r = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(r.ok).toBe(true);
  }
}

/** Every seq from 1 to the hub's last arrived, each as often as `times` allows. */
function receivedAll(last: number): number[] {
  return Array.from({ length: last }, (_, i) => i + 1).filter((seq) => !province.received.has(seq));
}

describe('the link to the province', () => {
  it('ships every event oldest first in small batches and reports a current link', async () => {
    hub = await startTestHub({ config: testHallConfig(), serveApps: false, province: { url: province.url, token: TOKEN, ...FAST } });
    await issue(12);
    const { seq } = await health();
    await eventually(() => receivedAll(seq).length === 0, 'every event at the province');
    expect([...province.received.values()].every((n) => n === 1)).toBe(true);
    // Oldest first, each batch right after the last acknowledged one, never more than the batch size.
    let cursor = 0;
    for (const b of province.batches) {
      expect(b.after).toBe(cursor);
      expect(b.events.length).toBeLessThanOrEqual(5);
      cursor = b.through;
    }
    await eventually(async () => (await health()).province?.backlog === 0, 'no backlog');
    expect((await health()).province).toMatchObject({ backlog: 0, lastError: null, alert: false, lastSuccessAt: hub.clock.now() });
  });

  it('tells the province a quiet hall is alive with an empty batch now and then', async () => {
    hub = await startTestHub({ config: testHallConfig(), serveApps: false, province: { url: province.url, token: TOKEN, ...FAST, heartbeatMs: 150 } });
    await issue(1);
    await eventually(async () => (await health()).province?.backlog === 0, 'no backlog');
    const { seq } = await health();
    const before = province.batches.length;
    await eventually(() => province.batches.length >= before + 2, 'two heartbeats');
    expect(province.batches.slice(before).every((b) => b.events.length === 0 && b.after === seq && b.through === seq)).toBe(true);
  });

  it('keeps the hall working while the province is down, then catches up with nothing lost or twice', async () => {
    province.down = true;
    hub = await startTestHub({ config: testHallConfig(), serveApps: false, province: { url: province.url, token: TOKEN, ...FAST, alertBacklog: 10 } });
    await issue(8);
    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
    for (let i = 0; i < 4; i++) {
      expect(await command(counter, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true });
      expect(await command(counter, 'counter:start-serving', { commandId: cid() })).toMatchObject({ ok: true });
      expect(await command(counter, 'counter:finish', { commandId: cid(), outcome: 'guided' })).toMatchObject({ ok: true });
    }
    await eventually(async () => (await health()).province?.lastError != null, 'a failure recorded');
    const down = await health();
    expect(down.province).toMatchObject({ backlog: down.seq, lastSuccessAt: null, alert: true });
    expect(down.province?.lastError).toContain('503');
    expect(province.received.size).toBe(0);

    province.down = false;
    await eventually(async () => (await health()).province?.backlog === 0, 'the backlog sent', 10_000);
    expect(receivedAll(down.seq)).toEqual([]);
    expect(province.received.size).toBe(down.seq);
    expect((await health()).province).toMatchObject({ lastError: null, alert: false });
  });

  it('resumes from its cursor after a restart, and backs off from a closed port', async () => {
    hub = await startTestHub({ config: testHallConfig(), serveApps: false, province: { url: province.url, token: TOKEN, ...FAST } });
    await issue(6);
    await eventually(async () => (await health()).province?.backlog === 0, 'no backlog');
    const shippedBefore = province.batches.length;
    const cursor = province.batches.at(-1)!.through;

    // The province's port closes: nothing listens there.
    const closedUrl = province.url;
    await province.close();
    await issue(4);
    await eventually(async () => ((await health()).province?.lastError ?? '') !== '', 'a failure recorded');
    await hub.restart();
    province = await standInProvince(TOKEN, Number(new URL(closedUrl).port), cursor);
    const { seq } = await health();
    await eventually(async () => (await health()).province?.backlog === 0, 'the backlog sent', 10_000);
    expect(shippedBefore).toBeGreaterThan(0);
    // The new province was only sent what the first had not acknowledged.
    expect(province.batches[0]!.after).toBe(cursor);
    expect([...province.received.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: seq - cursor }, (_, i) => cursor + i + 1));
  });
});
