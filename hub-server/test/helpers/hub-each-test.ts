/**
 * A fresh test hub for every test (the test hall, no web apps), its sockets
 * closed and the hub stopped after each; for files whose tests each change
 * accounts or devices and must not see each other's changes.
 *
 * @example
 * const each = hubEachTest();
 * it('…', async () => { expect((await each.call('GET', '/users', null)).status).toBe(401); });
 */
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach } from 'vitest';
import type { HallConfig } from '@luot/hub-server';
import { apiCall, socketSet, startTestHub, testHallConfig, type TestHub } from '@luot/testing';

export function hubEachTest() {
  let hub: TestHub | undefined;
  const sockets = socketSet();
  const kept: Socket[] = [];
  const start = async (config: HallConfig) => {
    hub = await startTestHub({ config, serveApps: false });
    return hub;
  };
  beforeEach(async () => {
    await start(testHallConfig());
  });
  afterEach(async () => {
    sockets.closeAll();
    for (const s of kept.splice(0)) s.disconnect();
    await hub?.close();
    hub = undefined;
  });
  const started = (): TestHub => {
    if (!hub) throw new Error('the hub starts in beforeEach');
    return hub;
  };
  return {
    get hub() {
      return started();
    },
    /** A JSON call to this test's hub's /api/v1 (token null: nobody). */
    call: (method: string, path: string, token: string | null, body?: unknown) => apiCall(started().url, method, path, token, body),
    /** A socket on this test's hub, closed after the test. */
    open: (nsp: string, token: string): Socket => sockets.open(started().url, nsp, token),
    /** A socket the test connected its own way, closed after the test too. */
    keep: (socket: Socket): Socket => {
      kept.push(socket);
      return socket;
    },
    /** Stops this test's hub and starts another on `config` (a hall set up differently). */
    restart: async (config: HallConfig): Promise<TestHub> => {
      await started().close();
      return start(config);
    },
  };
}
