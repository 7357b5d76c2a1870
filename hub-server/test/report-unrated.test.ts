/**
 * A rating question lost with the console (reload, closed window): the ticket
 * is finished but never rated. Once the hall's rating timeout has passed, the
 * day report counts it as "no answer", so no finished ticket is left out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CounterView, DayReport, TicketReceipt } from '@luot/protocol';
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

async function report(token: string): Promise<DayReport> {
  const r = await fetch(`${hub.url}/api/v1/reports/day`, { headers: { authorization: `Bearer ${token}` } });
  return (await r.json()) as DayReport;
}

describe('finished tickets never rated', () => {
  it('count as no answer once the rating timeout has passed, and only once', async () => {
    const kiosk = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    sockets.push(kiosk);
    await connected(kiosk);
    const officer = await login(hub.url, 'canbo01');
    const counter = createClient(hub.url, '/counter', officer.token);
    sockets.push(counter);
    await connected(counter);
    await command<CounterView>(counter, 'counter:sign-in', { commandId: cid(), counter: 1 });
    const issued: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const t = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
      if (!t.ok) throw new Error(t.error.message.en);
      issued.push(t.value.ticket.id);
      await command(counter, 'counter:call-next', { commandId: cid() });
      hub.clock.advance(60_000);
      await command(counter, 'counter:finish', { commandId: cid(), outcome: 'guided' });
    }
    // The first was answered "no answer" by the console; the second's question was lost just now.
    await command(counter, 'ticket:rate', { commandId: cid(), ticketId: issued[0], rating: null });
    const supervisor = await login(hub.url, 'giamsat');

    // Within the timeout (30 s by default) the console may still answer: not counted yet.
    hub.clock.advance(10_000);
    let body = await report(supervisor.token);
    expect(body.totals.ratings.noAnswer).toBe(1);
    expect(body.officers[0]?.ratings.noAnswer).toBe(1);

    hub.clock.advance(30_000);
    body = await report(supervisor.token);
    expect(body.totals.ratings).toMatchObject({ noAnswer: 2, satisfiedPercent: null });
    expect(body.counters[0]?.ratings.noAnswer).toBe(2);
    expect(body.departments.find((d) => d.department === 'KHDT')?.ratings.noAnswer).toBe(2);
  });
});
