/**
 * Opening hours are read per ticket from windows kept per hours object
 * (queue/hours-rules.ts): a live config change (issue 17) must still take
 * effect at once, in the same day, on a hub that has already issued.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigChangeOutcome, CurrentConfig, LoginResponse, TicketReceipt } from '@luot/protocol';
import { apiCall, cid, command, connected, login, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
let admin: LoginResponse;
const sockets = socketSet();

async function changeHours(hours: unknown): Promise<void> {
  const r = await apiCall(hub.url, 'POST', '/config/changes', admin.token, { reason: 'Đổi giờ làm việc', sections: { hours } });
  expect(r.status).toBe(200);
  expect(((await r.json()) as ConfigChangeOutcome).written).toBe(true);
}

beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  admin = await login(hub.url, 'admin');
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

describe('a live change of opening hours', () => {
  it('closes and reopens issuing at once, the same morning', async () => {
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const issue = () => command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect((await issue()).ok).toBe(true); // Monday 09:00, the morning session

    const current = (await (await apiCall(hub.url, 'GET', '/config', admin.token)).json()) as CurrentConfig;
    const hours = (current.config as { hours: Record<string, unknown> }).hours;
    await changeHours({ ...hours, sessions: [{ name: 'morning', start: '10:00', end: '11:30' }, { name: 'afternoon', start: '13:30', end: '17:00' }] });
    const refused = await issue();
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('outside_hours');
      expect(refused.error.message.vi).toContain('10:00 hôm nay');
    }

    await changeHours(hours);
    expect((await issue()).ok).toBe(true);
  });
});
