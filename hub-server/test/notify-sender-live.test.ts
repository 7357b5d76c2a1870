/**
 * The message sender changed from the console, live (issues 17 and 19): the
 * next message goes through the new sender without a restart, the
 * supervisor's panel names it at once, and a sender whose credential
 * variable is not set on this hub is refused naming the field, writing nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigChangeOutcome, CurrentConfig, LoginResponse, SenderHealth } from '@luot/protocol';
import { apiCall, fakeGatewaySender, login, startFakeSmsGateway, startTestHub, testHallConfig, type FakeSmsGateway, type TestHub } from '@luot/testing';
import { queueMessage } from '../src/core/outbox/queue-message';

const PHONE = '0912345678';
let gateway: FakeSmsGateway;
let hub: TestHub;
let admin: LoginResponse;

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const r = await apiCall(hub.url, method, path, admin.token, body);
  return { status: r.status, json: (await r.json()) as T };
}

const notificationsNow = async () => (await api<CurrentConfig>('GET', '/config')).json.config['notifications'] as Record<string, unknown>;
const senderPanel = async () => (await api<{ sender: { kind: string }; health: SenderHealth }>('GET', '/notifications')).json;
const revisionCount = async () => (await api<{ total: number }>('GET', '/config/revisions')).json.total;

function queueResultReady(cause: string) {
  const ctx = hub.hub.services.ctx;
  return ctx.db.transaction(() =>
    queueMessage(ctx, { now: hub.clock.now(), day: '2026-11-23' }, { kind: 'result_ready', to: PHONE, values: { dossier: 'H56-0001', place: 'quầy 3' }, cause }),
  )();
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

const outboxStates = () => hub.db.prepare<[], { state: string; sender: string | null }>('SELECT state, sender FROM outbox ORDER BY queued_at').all();

beforeEach(async () => {
  gateway = await startFakeSmsGateway();
  // The hall starts on the log-only sender; the gateway's key is set on this hub.
  hub = await startTestHub({ config: testHallConfig(), serveApps: false, notifications: { env: { FAKE_SMS_KEY: gateway.apiKey }, pollMs: 10, random: () => 0 } });
  admin = await login(hub.url, 'admin');
});
afterEach(async () => {
  await hub.close();
  await gateway.close();
});

describe('the message sender, changed live', () => {
  it('sends the next message through the new gateway without a restart, and the panel names it at once', async () => {
    expect((await senderPanel()).sender.kind).toBe('log');
    queueResultReady('dossier:d1:ready');
    await until(() => outboxStates()[0]?.state === 'sent', 'the first message, through the log sender');
    expect(gateway.delivered).toHaveLength(0);

    const notifications = { ...(await notificationsNow()), sender: fakeGatewaySender(gateway) };
    const changed = await api<ConfigChangeOutcome>('POST', '/config/changes', { reason: 'Gửi tin nhắn qua cổng SMS', sections: { notifications } });
    expect(changed.status).toBe(200);
    expect(changed.json.written).toBe(true);
    const panel = await senderPanel();
    expect(panel.sender.kind).toBe('http_sms');

    queueResultReady('dossier:d2:ready');
    await until(() => gateway.delivered.length === 1, 'the second message, through the gateway');
    expect(gateway.inbox(PHONE)).toHaveLength(1);
    await until(() => outboxStates()[1]?.state === 'sent', 'the outbox to settle');
    expect(outboxStates().map((r) => r.sender)).toEqual(['log', 'http_sms']);
    expect((await senderPanel()).health).toMatchObject({ sender: 'http_sms', status: 'ok' });
  });

  it('refuses a sender whose credential variable is not set on this hub, naming the field, and writes nothing', async () => {
    const before = await revisionCount();
    const sender = { ...fakeGatewaySender(gateway), headers: { 'x-api-key': '${env:LUOT_NOT_SET_KEY}' } };
    const notifications = { ...(await notificationsNow()), sender };
    const dry = await api<ConfigChangeOutcome>('POST', '/config/changes', { reason: 'Thử cổng SMS', dryRun: true, sections: { notifications } });
    expect(dry.json.problems).toEqual([
      expect.objectContaining({ code: 'invalid_config', path: 'notifications.sender.headers.x-api-key', message: expect.objectContaining({ vi: expect.stringContaining('LUOT_NOT_SET_KEY') }) }),
    ]);

    const r = await api<{ error: { code: string; field?: string } }>('POST', '/config/changes', { reason: 'Thử cổng SMS', sections: { notifications } });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'invalid_config' });
    expect(await revisionCount()).toBe(before);
    expect((await senderPanel()).sender.kind).toBe('log');
  });
});
