/**
 * Telling the citizen (issue 19) through a real hub and a local SMS gateway
 * that fails, times out, rate-limits and hangs on command: every message is
 * delivered exactly once in the end, across a restart mid-send; the phone is
 * sealed while kept, erased once sent, and never in the hall's events.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallSnapshot, OutboxToday, TicketReceipt, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import {
  cid,
  command,
  connected,
  fakeGatewaySender,
  login,
  officerAtCounter,
  socketSet,
  startFakeSmsGateway,
  startTestHub,
  TEST_TOKENS,
  testHallConfig,
  type FakeSmsGateway,
  type TestHub,
} from '@luot/testing';
import { queueMessage } from '../src/core/outbox/queue-message';

const PHONE = '0912345678';
let gateway: FakeSmsGateway;
let hub: TestHub;
let kiosk: Socket;
const sockets = socketSet();

async function start(nearTurnPosition = 2) {
  gateway = await startFakeSmsGateway();
  const config = testHallConfig({
    notifications: {
      sender: fakeGatewaySender(gateway),
      nearTurnPosition,
      retry: { firstSeconds: 2, maxSeconds: 60, maxAttempts: 12 },
    },
  });
  hub = await startTestHub({ config, serveApps: false, notifications: { env: { FAKE_SMS_KEY: gateway.apiKey }, pollMs: 10, random: () => 0 } });
  kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
}

const issue = async (phone?: string): Promise<TicketView> => {
  const r = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD', ...(phone ? { phone } : {}) });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.ticket;
};

/** Lets hall time pass (the back-off runs on the hub's clock) until `check` holds. */
async function passTimeUntil(check: () => boolean, what: string, stepMs = 1_000, realMs = 10_000): Promise<void> {
  const deadline = Date.now() + realMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    hub.clock.advance(stepMs);
    await new Promise((r) => setTimeout(r, 15));
  }
}

const outboxRows = () =>
  hub.db.prepare<[], { id: string; state: string; phone: string | null; attempts: number; template_values: string }>('SELECT id, state, phone, attempts, template_values FROM outbox').all();

/** Queues one "result ready" message straight into the outbox, as the returns feature does in its transaction. */
function queueResultReady(cause = 'dossier:d1:ready') {
  const ctx = hub.hub.services.ctx;
  return ctx.db.transaction(() => queueMessage(ctx, { now: hub.clock.now(), day: '2026-11-23' }, { kind: 'result_ready', to: PHONE, values: { dossier: 'H56-0001', place: 'quầy 3' }, cause }))();
}

async function supervisorGet<T>(path: string): Promise<T> {
  const { token } = await login(hub.url, 'giamsat');
  const res = await fetch(`${hub.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

beforeEach(() => start());
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
  await gateway.close();
});

describe('"you are N-th in line"', () => {
  it('is sent once, when the line moves so the ticket is N-th; the phone stays sealed until then and is erased after', async () => {
    await issue();
    await issue();
    const mine = await issue('0912 345 678');
    const sealed = hub.db.prepare<[string], { notify_phone: string | null }>('SELECT notify_phone FROM tickets WHERE id = ?').get(mine.id)!.notify_phone;
    expect(sealed).toMatch(/^p1\./);
    expect(outboxRows()).toHaveLength(0);

    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
    expect(await command(counter, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true });
    await passTimeUntil(() => gateway.delivered.length === 1, 'the near-turn message');
    expect(gateway.inbox(PHONE)).toEqual([`Số ${mine.code}: còn 1 người trước bạn, mời về gần quầy.`]);

    await command(counter, 'counter:finish', { commandId: cid(), outcome: 'info_only' });
    await command(counter, 'counter:call-next', { commandId: cid() });
    await passTimeUntil(() => outboxRows().every((r) => r.state === 'sent'), 'the outbox to settle');
    expect(gateway.inbox(PHONE)).toHaveLength(1);
    expect(hub.db.prepare<[string], { notify_phone: string | null }>('SELECT notify_phone FROM tickets WHERE id = ?').get(mine.id)!.notify_phone).toBeNull();
    expect(outboxRows()).toMatchObject([{ state: 'sent', phone: null, template_values: '{}' }]);
    const events = hub.db.prepare<[], { payload: string }>('SELECT payload FROM events').all().map((e) => e.payload).join('\n');
    expect(events).not.toContain(PHONE);
    expect(events).not.toContain('0912 345 678');
  });

  it('a ticket that leaves the line before its turn nears (called out of order) loses its phone unsent', async () => {
    await issue();
    await issue();
    const mine = await issue(PHONE);
    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
    expect(await command(counter, 'counter:call-number', { commandId: cid(), code: mine.code })).toMatchObject({ ok: true });
    expect(hub.db.prepare<[string], { notify_phone: string | null }>('SELECT notify_phone FROM tickets WHERE id = ?').get(mine.id)).toEqual({ notify_phone: null });
    expect(outboxRows()).toHaveLength(0);
  });

  it('refuses a phone that is not a Vietnamese mobile number and issues nothing', async () => {
    const r = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD', phone: '12345' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'phone' } });
    expect(hub.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
  });
});

describe('the outbox against a gateway that misbehaves', () => {
  it('fails, times out and rate-limits: delivered exactly once in the end, and the supervisor sees it fail then recover', async () => {
    const admin = sockets.open(hub.url, '/admin', (await login(hub.url, 'giamsat')).token);
    const snapshot = await connected(admin);
    expect(snapshot.sender).toMatchObject({ sender: 'http_sms', status: 'idle' });
    gateway.plan('fail', 'timeout', { rateLimit: 30 }, 'refuse');
    queueResultReady();

    await passTimeUntil(() => gateway.requests.length >= 1 && outboxRows()[0]!.state === 'queued', 'the first failure');
    const failing = await supervisorGet<OutboxToday>('/notifications/outbox');
    expect(failing).toMatchObject({ queued: 0, failing: 1, sent: 0, sender: { status: 'down', lastError: 'HTTP 500' } });
    const seen = await command<HallSnapshot>(admin, 'hall:snapshot', {});
    expect(seen.ok && seen.value.sender).toMatchObject({ status: 'down' });

    await passTimeUntil(() => gateway.requests.length >= 3, 'the time-out and the 429', 1_000, 15_000);
    const afterLimit = hub.clock.now();
    // Retry-After: 30 s — nothing is tried before it.
    await passTimeUntil(() => gateway.requests.length >= 4, 'the try after Retry-After', 1_000, 15_000);
    expect(hub.clock.now() - afterLimit).toBeGreaterThanOrEqual(29_000);
    await passTimeUntil(() => outboxRows()[0]!.state === 'sent', 'the delivery', 2_000, 15_000);
    expect(gateway.requests.map((r) => r.behaviour)).toEqual(['fail', 'timeout', { rateLimit: 30 }, 'refuse', 'ok']);
    expect(gateway.inbox(PHONE)).toEqual(['Hồ sơ H56-0001 đã có kết quả. Mời nhận tại quầy 3.']);
    expect(outboxRows()).toMatchObject([{ state: 'sent', attempts: 5, phone: null }]);
    expect(await supervisorGet<OutboxToday>('/notifications/outbox')).toMatchObject({ queued: 0, failing: 0, sent: 1, sender: { status: 'ok' } });
  });

  it('queues the same event once: a retried cause is not a second message', async () => {
    expect(queueResultReady().queued).toBe(true);
    expect(queueResultReady().queued).toBe(false);
    await passTimeUntil(() => outboxRows()[0]!.state === 'sent', 'the delivery');
    expect(gateway.delivered).toHaveLength(1);
  });

  it('across a restart mid-send: sent again at start, with the same key, so the phone gets it once', async () => {
    gateway.plan('accept-then-hang');
    queueResultReady();
    await passTimeUntil(() => gateway.requests.length === 1, 'the send that hangs');
    expect(outboxRows()[0]!.state).toBe('sending');
    await hub.restart();
    await passTimeUntil(() => outboxRows()[0]!.state === 'sent', 'the delivery after the restart');
    expect(gateway.requests).toHaveLength(2);
    expect(gateway.requests[0]!.key).toBe(gateway.requests[1]!.key);
    expect(gateway.inbox(PHONE)).toHaveLength(1);
  });

  it('gives up after the last attempt and erases the phone', async () => {
    gateway.plan(...Array.from({ length: 12 }, () => 'fail' as const));
    queueResultReady();
    await passTimeUntil(() => outboxRows()[0]!.state === 'failed', 'giving up', 60_000, 20_000);
    expect(outboxRows()).toMatchObject([{ state: 'failed', attempts: 12, phone: null }]);
    expect(gateway.delivered).toHaveLength(0);
  });
});

describe('the retention job', () => {
  it('erases phones a crash left behind: on a ticket out of the line, of a past day, and on a message already sent', async () => {
    const waiting = await issue(PHONE);
    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
    await command(counter, 'counter:call-next', { commandId: cid() });
    await passTimeUntil(() => outboxRows()[0]?.state === 'sent', 'the message');
    // As if the hub had died between steps: the phones are back where they should no longer be.
    hub.db.prepare('UPDATE tickets SET notify_phone = ? WHERE id = ?').run('p1.left.over', waiting.id);
    hub.db.prepare("UPDATE outbox SET phone = 'p1.left.over'").run();
    const past = await issue();
    hub.db.prepare("UPDATE tickets SET notify_phone = 'p1.left.over', day = '2026-11-20' WHERE id = ?").run(past.id);
    const done = await hub.hub.retention.run();
    expect(done).toMatchObject({ notifyPhones: 3, failures: [] });
    expect(hub.db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE notify_phone IS NOT NULL').get()).toEqual({ n: 0 });
    expect(outboxRows()).toMatchObject([{ state: 'sent', phone: null }]);
  });
});

describe('the sender settings', () => {
  it('shows the supervisor the sender and its health, never its credentials', async () => {
    const settings = await supervisorGet<Record<string, unknown>>('/notifications');
    expect(settings).toMatchObject({ sender: { kind: 'http_sms', headerNames: ['x-api-key'], idempotencyHeader: 'Idempotency-Key' }, nearTurnPosition: 2, health: { status: 'idle' } });
    expect(JSON.stringify(settings)).not.toContain(gateway.apiKey);
    expect(JSON.stringify(settings)).not.toContain('env:FAKE_SMS_KEY');
  });
});
