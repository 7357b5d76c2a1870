/**
 * The load an issued ticket carries says whether the service still issues
 * after it. The issue path works it out from the checks it made before the
 * ticket (queue/load-service.ts, `issuingAfterOne`) instead of checking again:
 * it must still turn false on the ticket that reaches a daily or session cap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { HallEvent, HallSnapshot, TicketReceipt } from '@luot/protocol';
import { cid, command, connected, nextEvent, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets = socketSet();
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

/** Issues one ticket and returns the `issuing` flag of the load its event carried to a board. */
async function issuingAfterIssue(service: string): Promise<boolean> {
  const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  const display = sockets.open(hub.url, '/display', TEST_TOKENS.display);
  await Promise.all([connected(kiosk), connected(display)]);
  const event = nextEvent(display, (e: HallEvent) => e.type === 'ticket' && e.action === 'issued');
  const r = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service });
  expect(r.ok).toBe(true);
  const e = await event;
  if (e.type !== 'ticket') throw new Error('not a ticket event');
  expect(e.loads).toHaveLength(1);
  // The same answer as the service's load read afresh afterwards.
  const snap = await command<HallSnapshot>(display, 'hall:snapshot', {});
  expect(snap.ok && snap.value.loads.find((l) => l.service === service)?.issuing).toBe(e.loads[0]!.issuing);
  sockets.closeAll();
  return e.loads[0]!.issuing;
}

describe('the load an issued ticket carries', () => {
  it('turns not issuing on the ticket that reaches the daily cap', async () => {
    const base = testHallConfig();
    hub = await startTestHub({ config: testHallConfig({ services: base.services.map((s) => (s.code === 'DKKD' ? { ...s, dailyCap: 2 } : s)) }), serveApps: false });
    expect(await issuingAfterIssue('DKKD')).toBe(true);
    expect(await issuingAfterIssue('DKKD')).toBe(false);
  });

  it('turns not issuing on the ticket that reaches the session cap', async () => {
    const base = testHallConfig();
    hub = await startTestHub({ config: testHallConfig({ services: base.services.map((s) => (s.code === 'DATDAI' ? { ...s, sessionCap: 2 } : s)) }), serveApps: false });
    expect(await issuingAfterIssue('DATDAI')).toBe(true);
    expect(await issuingAfterIssue('DATDAI')).toBe(false);
  });
});
