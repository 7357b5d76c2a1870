/**
 * Kiosks and display boards never receive staff usernames (issue 15): not in
 * the snapshot on connect, not in the snapshot on request, not in the event
 * stream (boards) or its digest (kiosks). Counters and supervisors still get them.
 * And a kiosk's snapshot carries no tickets or calls: it shows loads only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { HallEvent, HallSnapshot } from '@luot/protocol';
import { cid, command, connected, createClient, login, nextDigest, nextEvent, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

async function open(nsp: string, token: string): Promise<{ socket: Socket; welcome: HallSnapshot }> {
  const socket = createClient(hub.url, nsp, token);
  sockets.push(socket);
  return { socket, welcome: await connected(socket) };
}

const counterEvent = (e: HallEvent) => e.type === 'counter' && e.counter.number === 1 && e.counter.officer !== null;

describe('staff usernames', () => {
  it('reach counters and supervisors, never kiosks or display boards', async () => {
    const officer = await login(hub.url, 'canbo01');
    const supervisor = await login(hub.url, 'giamsat');
    const kiosk = await open('/kiosk', TEST_TOKENS.kiosk);
    const board = await open('/display', TEST_TOKENS.display);
    const admin = await open('/admin', supervisor.token);
    const counter = await open('/counter', officer.token);

    const seen = [board, admin].map(({ socket }) => nextEvent(socket, counterEvent));
    const kioskDigest = nextDigest(kiosk.socket);
    expect(await command(counter.socket, 'counter:sign-in', { commandId: cid(), counter: 1 })).toMatchObject({ ok: true });
    const [boardEvent, adminEvent] = await Promise.all(seen);

    // Supervisors: the event carries the officer's username.
    expect(adminEvent).toMatchObject({ counter: { officer: { username: 'canbo01', name: 'Nguyễn Văn An' } } });
    // Boards: the officer's name, not the username.
    expect(boardEvent).toMatchObject({ counter: { officer: { name: 'Nguyễn Văn An' } } });
    expect(JSON.stringify(boardEvent)).not.toContain('canbo01');
    // Kiosks: the sign-in's seq and the loads it left, no officer at all.
    const digest = await kioskDigest;
    expect(digest.to).toBe(boardEvent!.seq);
    expect(JSON.stringify(digest)).not.toMatch(/canbo01|Nguyễn Văn An/);

    // Snapshots, on request and on a new connection.
    for (const socket of [kiosk.socket, board.socket]) {
      const snap = await command<HallSnapshot>(socket, 'hall:snapshot', {});
      expect(snap.ok && snap.value.counters.find((c) => c.number === 1)?.officer).toEqual({ id: officer.user.id, name: 'Nguyễn Văn An' });
      expect(JSON.stringify(snap)).not.toContain('canbo01');
    }
    // Kiosks show loads only: their snapshot has no tickets or calls to go stale (boards and staff have them).
    const issued = await command(kiosk.socket, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(issued.ok).toBe(true);
    const [kioskSnap, boardSnap] = await Promise.all([kiosk.socket, board.socket].map((s) => command<HallSnapshot>(s, 'hall:snapshot', {})));
    expect(kioskSnap!.ok && kioskSnap!.value).toMatchObject({ tickets: [], recentCalls: [], loads: expect.arrayContaining([expect.objectContaining({ service: 'DKKD', waiting: 1 })]) });
    expect(boardSnap!.ok && boardSnap!.value.tickets).toHaveLength(1);
    for (const [nsp, token] of [['/kiosk', TEST_TOKENS.kiosk2], ['/display', TEST_TOKENS.display]] as const) {
      const { welcome } = await open(nsp, token);
      expect(welcome.counters.find((c) => c.number === 1)?.officer?.name).toBe('Nguyễn Văn An');
      expect(JSON.stringify(welcome)).not.toContain('canbo01');
      expect(welcome.tickets).toHaveLength(nsp === '/kiosk' ? 0 : 1);
    }
    for (const socket of [counter.socket, admin.socket]) {
      const snap = await command<HallSnapshot>(socket, 'hall:snapshot', {});
      expect(snap.ok && snap.value.counters.find((c) => c.number === 1)?.officer?.username).toBe('canbo01');
    }
  });
});
