/**
 * Commands and the hall stream against a real hub: a command whose ack is
 * lost is sent again with the same commandId and returns the first result,
 * issuing nothing more; a forced gap in the event sequence brings a snapshot.
 */
import type { HallEvent, HallSnapshot } from '@luot/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub, TEST_TOKENS, testHallConfig } from '@luot/testing';
import { createHubClient, type HubClient } from '../src/index';
import { startAckDroppingProxy, type AckDroppingProxy } from './helpers/ack-dropping-proxy';
import { waitUntil } from './helpers/wait';

let hub: TestHub;
let proxy: AckDroppingProxy;
const clients: HubClient[] = [];

beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  proxy = await startAckDroppingProxy(hub.port);
});
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});
afterAll(async () => {
  await proxy?.close();
  await hub?.close();
});

function track<C extends HubClient>(client: C): C {
  clients.push(client);
  return client;
}

describe('commands', () => {
  it('a lost ack is retried with the same commandId: the first result, one ticket', async () => {
    const kiosk = track(createHubClient({ hubUrl: proxy.url, namespace: 'kiosk', token: TEST_TOKENS.kiosk, transports: ['websocket'] }));
    const snapshots: HallSnapshot[] = [];
    kiosk.onHall({ snapshot: (s) => snapshots.push(s) });
    await waitUntil(() => snapshots.length > 0, 'a snapshot');
    // The tickets are counted on a board's snapshot (a kiosk's carries loads, not tickets).
    const ticketsNow = async () => {
      const board = track(createHubClient({ hubUrl: hub.url, namespace: 'display', token: TEST_TOKENS.display }));
      const seen: HallSnapshot[] = [];
      board.onHall({ snapshot: (s) => seen.push(s) });
      await waitUntil(() => seen.length > 0, 'a snapshot');
      board.close();
      return seen[0]!.tickets;
    };
    const ticketsBefore = (await ticketsNow()).length;

    const dropped = proxy.dropNextAck('/kiosk');
    const attempts: number[] = [];
    const result = await kiosk.command('ticket:issue', { commandId: 'k-lost-ack-0001', service: 'DKKD', priority: 'none' }, {
      attemptTimeoutMs: 2_000,
      deadlineMs: 20_000,
      onAttempt: (n) => attempts.push(n),
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    // The ack that was lost carried the very ticket the retry returned.
    expect(await dropped).toContain(result.value.ticket.id);

    const tickets = await ticketsNow();
    expect(tickets.length).toBe(ticketsBefore + 1);
    expect(tickets.filter((t) => t.id === result.value.ticket.id)).toHaveLength(1);
  });

  it('adds a commandId, and resolves a refusal as the hub sent it', async () => {
    const kiosk = track(createHubClient({ hubUrl: hub.url, namespace: 'kiosk', token: TEST_TOKENS.kiosk }));
    const result = await kiosk.command('ticket:issue', { service: 'NO-SUCH', priority: 'none' });
    // The hub got past the payload's schema (a missing or bad commandId would be
    // invalid_payload on commandId) to the service lookup, and said so.
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'service' } });
  });

  it('a command with no hub resolves with hub_unreachable at its deadline, never throws', async () => {
    const kiosk = track(createHubClient({ hubUrl: 'http://127.0.0.1:1', namespace: 'kiosk', token: TEST_TOKENS.kiosk }));
    const result = await kiosk.command('ticket:issue', { service: 'DKKD', priority: 'none' }, { deadlineMs: 500 });
    expect(result).toMatchObject({ ok: false, error: { code: 'hub_unreachable' } });
  });
});

describe('the hall stream', () => {
  it('a gap in the sequence brings a fresh snapshot; events after it arrive in order', async () => {
    const board = track(createHubClient({ hubUrl: hub.url, namespace: 'display', token: TEST_TOKENS.display }));
    const snapshots: HallSnapshot[] = [];
    const events: HallEvent[] = [];
    const resyncs: string[] = [];
    board.onHall({ snapshot: (s) => snapshots.push(s), events: (es) => events.push(...es), resync: (r) => resyncs.push(r) });
    await waitUntil(() => snapshots.length > 0, 'a snapshot');
    const seq = snapshots[0]?.seq ?? 0;

    // An event from the future: everything between was missed.
    hub.hub.io.of('/display').emit('hall:events', [{ seq: seq + 5, at: Date.now(), type: 'message', message: 'from the future' }]);
    await waitUntil(() => snapshots.length >= 2, 'the resync snapshot');
    expect(events).toEqual([]);
    expect(resyncs).toEqual(['gap']);

    // A real event after the resync is handed on.
    const kiosk = track(createHubClient({ hubUrl: hub.url, namespace: 'kiosk', token: TEST_TOKENS.kiosk }));
    const issued = await kiosk.command('ticket:issue', { service: 'DATDAI', priority: 'none' });
    expect(issued.ok).toBe(true);
    await waitUntil(() => events.length > 0, 'the ticket event');
    expect(events[0]?.seq).toBe((snapshots[1]?.seq ?? 0) + 1);
  });

  it('no snapshot after connecting: the stall watchdog asks for one', async () => {
    // The hub's own snapshot on connect is swallowed for the next display socket.
    let swallow = true;
    hub.hub.io.of('/display').use((socket, next) => {
      const emit = socket.emit.bind(socket);
      socket.emit = ((event: string, ...args: unknown[]) => {
        if (swallow && event === 'hall:snapshot') {
          swallow = false;
          return true;
        }
        return (emit as (event: string, ...rest: unknown[]) => boolean)(event, ...args);
      }) as typeof socket.emit;
      next();
    });
    const board = track(createHubClient({ hubUrl: hub.url, namespace: 'display', token: TEST_TOKENS.display, policy: { snapshotWaitMs: 300 } }));
    const snapshots: HallSnapshot[] = [];
    board.onHall({ snapshot: (s) => snapshots.push(s) });
    await waitUntil(() => board.getStatus().state === 'online', 'online');
    await waitUntil(() => snapshots.length > 0, 'the snapshot the watchdog asked for', 5_000);
    expect(swallow).toBe(false);
  });
});
