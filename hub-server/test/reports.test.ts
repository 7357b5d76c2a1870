import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CounterView, DayReport, TicketReceipt, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

const report = async (token: string, query = '') => {
  const r = await fetch(`${hub.url}/api/v1/reports/day${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, body: (await r.json()) as DayReport };
};

describe('the day report', () => {
  it('counts served tickets, times and ratings per officer, counter and department', async () => {
    const kiosk = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    sockets.push(kiosk);
    await connected(kiosk);
    const officer = await login(hub.url, 'canbo01');
    const counter = createClient(hub.url, '/counter', officer.token);
    sockets.push(counter);
    await connected(counter);
    await command<CounterView>(counter, 'counter:sign-in', { commandId: cid(), counter: 1 });
    const ratings = [5, 3, null];
    for (const rating of ratings) {
      const t = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
      expect(t.ok).toBe(true);
      hub.clock.advance(2 * 60_000);
      await command<TicketView>(counter, 'counter:call-next', { commandId: cid() });
      await command(counter, 'counter:start-serving', { commandId: cid() });
      hub.clock.advance(6 * 60_000);
      await command(counter, 'counter:finish', { commandId: cid(), outcome: 'guided' });
      if (t.ok) await command(counter, 'ticket:rate', { commandId: cid(), ticketId: t.value.ticket.id, rating });
    }
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });

    const supervisor = await login(hub.url, 'giamsat');
    const { status, body } = await report(supervisor.token);
    expect(status).toBe(200);
    expect(body.day).toBe('2026-11-23');
    expect(body.totals).toMatchObject({ issued: 4, served: 3, waiting: 1, averageServiceMinutes: 6, averageWaitMinutes: 2 });
    expect(body.services.find((s) => s.service === 'DKKD')).toMatchObject({ issued: 3, served: 3 });
    expect(body.counters).toEqual([{ counter: 1, served: 3, averageServiceMinutes: 6, ratings: { votes: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 1 }, noAnswer: 1, satisfiedPercent: 100 } }]);
    expect(body.officers).toMatchObject([{ username: 'canbo01', name: 'Nguyễn Văn An', served: 3 }]);
    expect(body.departments.find((d) => d.department === 'KHDT')).toMatchObject({ served: 3 });
  });

  it('is for staff only and checks the day', async () => {
    expect((await report(TEST_TOKENS.display)).status).toBe(403);
    const supervisor = await login(hub.url, 'giamsat');
    const bad = await report(supervisor.token, '?day=23-11-2026');
    expect(bad.status).toBe(400);
    expect((await report(supervisor.token, '?day=2026-11-22')).body.totals.issued).toBe(0);
  });
});
