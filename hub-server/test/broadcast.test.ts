/**
 * Kiosks get the hall's stream gathered into one message per moment; boards
 * get each commit at once. Both see every event, in order.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallEvent } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { connected, createClient } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';
import { KIOSK_GATHER_MS } from '../src/core/transport/broadcaster';

let hub: TestHub;
const sockets: Socket[] = [];
const kioskActor = { actor: 'device:kiosk-test', name: 'ticket:issue' };

beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

function listen(nsp: string, token: string) {
  const socket = createClient(hub.url, nsp, token);
  sockets.push(socket);
  const messages: { at: number; events: HallEvent[] }[] = [];
  socket.on('hall:events', (events: HallEvent[]) => messages.push({ at: performance.now(), events }));
  return { socket, messages };
}

describe('broadcasts', () => {
  it('reach boards commit by commit and kiosks gathered, every seq once and in order', async () => {
    const board = listen('/display', TEST_TOKENS.display);
    const kiosk = listen('/kiosk', TEST_TOKENS.kiosk);
    const from = (await connected(board.socket)).seq;
    await connected(kiosk.socket);

    // Five commits, one after another (each awaited, so each is its own commit).
    const started = performance.now();
    for (let i = 0; i < 5; i++) {
      const r = await hub.hub.services.tickets.issue({ ...kioskActor, commandId: `gather-${i}` }, { service: 'DKKD', priority: 'none', source: 'kiosk' });
      expect(r.ok).toBe(true);
    }
    const expected = Array.from({ length: 5 }, (_, i) => from + 1 + i);
    await expect.poll(() => kiosk.messages.flatMap((m) => m.events.map((e) => e.seq)).filter((seq) => seq > from), { timeout: 3000 }).toEqual(expected);
    await expect.poll(() => board.messages.flatMap((m) => m.events.map((e) => e.seq)), { timeout: 3000 }).toEqual(expected);

    expect(board.messages).toHaveLength(5);
    // The commits came faster than the gathering window: kiosks got fewer, larger messages…
    expect(kiosk.messages.length).toBeLessThan(5);
    // …and none of them waited much longer than the window.
    expect(kiosk.messages.at(-1)!.at - started).toBeLessThan(KIOSK_GATHER_MS + 2000);
  });

  it('tells kiosks what was committed before the hub closes', async () => {
    const kiosk = listen('/kiosk', TEST_TOKENS.kiosk);
    const from = (await connected(kiosk.socket)).seq;
    const r = await hub.hub.services.tickets.issue({ ...kioskActor, commandId: 'before-close' }, { service: 'DKKD', priority: 'none', source: 'kiosk' });
    expect(r.ok).toBe(true);
    await hub.hub.close();
    // (a kiosk may also be sent events its snapshot already held: it skips those as stale)
    await expect.poll(() => kiosk.messages.flatMap((m) => m.events.map((e) => e.seq)).filter((seq) => seq > from)).toEqual([from + 1]);
    await hub.restart();
  });
});
