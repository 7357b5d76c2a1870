/**
 * Kiosks get the hall's stream gathered into one digest per moment (the
 * span's seqs and the loads it left); boards get each commit's events at
 * once. Both cover every seq, in order.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallDigest, HallEvent } from '@luot/protocol';
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

function listenAsKiosk() {
  const socket = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  sockets.push(socket);
  const digests: { at: number; digest: HallDigest }[] = [];
  const events: HallEvent[] = [];
  socket.on('hall:digest', (digest: HallDigest) => digests.push({ at: performance.now(), digest }));
  socket.on('hall:events', (e: HallEvent[]) => events.push(...e));
  return { socket, digests, events };
}

/** Every seq the digests covered, in the order told. */
const coveredSeqs = (digests: { digest: HallDigest }[], after: number) =>
  digests.flatMap(({ digest }) => Array.from({ length: digest.to - digest.from + 1 }, (_, i) => digest.from + i)).filter((seq) => seq > after);

describe('broadcasts', () => {
  it('reach boards commit by commit and kiosks gathered, every seq once and in order', async () => {
    const board = listen('/display', TEST_TOKENS.display);
    const kiosk = listenAsKiosk();
    const from = (await connected(board.socket)).seq;
    await connected(kiosk.socket);

    // Five commits, one after another (each awaited, so each is its own commit).
    const started = performance.now();
    for (let i = 0; i < 5; i++) {
      const r = await hub.hub.services.tickets.issue({ ...kioskActor, commandId: `gather-${i}` }, { service: 'DKKD', priority: 'none', source: 'kiosk' });
      expect(r.ok).toBe(true);
    }
    const expected = Array.from({ length: 5 }, (_, i) => from + 1 + i);
    await expect.poll(() => coveredSeqs(kiosk.digests, from), { timeout: 3000 }).toEqual(expected);
    await expect.poll(() => board.messages.flatMap((m) => m.events.map((e) => e.seq)), { timeout: 3000 }).toEqual(expected);

    expect(board.messages).toHaveLength(5);
    // The commits came faster than the gathering window: kiosks got fewer digests…
    expect(kiosk.digests.length).toBeLessThan(5);
    // …and none of them waited much longer than the window.
    expect(kiosk.digests.at(-1)!.at - started).toBeLessThan(KIOSK_GATHER_MS + 2000);
    // A digest tells the load the five tickets left, as the board's last event did; a kiosk gets no ticket views.
    const boardLast = board.messages.at(-1)!.events.at(-1)!;
    expect(boardLast.type === 'ticket' && boardLast.loads).toEqual([expect.objectContaining({ service: 'DKKD' })]);
    expect(kiosk.digests.at(-1)!.digest.loads).toEqual(boardLast.type === 'ticket' ? boardLast.loads : []);
    expect(kiosk.events).toEqual([]);
  });

  it('tells kiosks what was committed before the hub closes', async () => {
    const kiosk = listenAsKiosk();
    const from = (await connected(kiosk.socket)).seq;
    const r = await hub.hub.services.tickets.issue({ ...kioskActor, commandId: 'before-close' }, { service: 'DKKD', priority: 'none', source: 'kiosk' });
    expect(r.ok).toBe(true);
    await hub.hub.close();
    // (a kiosk may also be sent a span its snapshot already held: it skips it as stale)
    await expect.poll(() => coveredSeqs(kiosk.digests, from)).toEqual([from + 1]);
    await hub.restart();
  });
});
