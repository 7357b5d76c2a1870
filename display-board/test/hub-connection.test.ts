/**
 * The board's hub link against a real hub (@luot/hub-client in Node, no
 * browser): snapshot on connect, snapshot on request, a refused token, and
 * disconnect / reconnect around a hub restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '@luot/testing';
import type { BoardInput } from '../src/board/board-model';
import { connectToHub, type HubConnection } from '../src/app/board-store';
import type { LuotError } from '@luot/protocol';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ serveApps: false });
});
afterAll(async () => {
  await hub?.close();
});

function recorder() {
  const inputs: BoardInput[] = [];
  const refusals: Array<LuotError | null> = [];
  const waitFor = async (pred: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`timed out; inputs: ${inputs.map((i) => i.type).join(',')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { inputs, refusals, waitFor, types: () => inputs.map((i) => i.type) };
}

describe('connectToHub', () => {
  let conn: HubConnection | undefined;

  it('gets a snapshot on connect and another on request', async () => {
    const r = recorder();
    conn = connectToHub({ hubUrl: hub.url, token: 'demo-display-token-1', onInput: (i) => r.inputs.push(i), onRefused: (e) => r.refusals.push(e) });
    await r.waitFor(() => r.types().includes('snapshot'));
    expect(r.types().slice(0, 2)).toEqual(['connected', 'snapshot']);
    const first = r.inputs[1];
    expect(first?.type === 'snapshot' && first.snapshot.hall.name.vi).toMatch(/Trung tâm/);

    conn.requestSnapshot();
    await r.waitFor(() => r.types().filter((t) => t === 'snapshot').length === 2);

    // The hub goes away and comes back: the link says so and gets a fresh snapshot by itself.
    await hub.restart();
    await r.waitFor(() => r.types().includes('disconnected'));
    await r.waitFor(() => r.types().lastIndexOf('snapshot') > r.types().lastIndexOf('connected') && r.types().lastIndexOf('connected') > r.types().indexOf('disconnected'), 20_000);
    expect(r.refusals.every((e) => e === null)).toBe(true);
    conn.close();
  }, 60_000);

  it('reports a refused token as a typed error', async () => {
    const r = recorder();
    conn = connectToHub({ hubUrl: hub.url, token: 'wrong-token', onInput: (i) => r.inputs.push(i), onRefused: (e) => r.refusals.push(e) });
    await r.waitFor(() => r.refusals.length > 0);
    expect(r.refusals[0]).toMatchObject({ code: 'unauthenticated', message: { vi: expect.any(String), en: expect.any(String) } });
    expect(r.types()).not.toContain('snapshot');
    conn.close();
  });
});
