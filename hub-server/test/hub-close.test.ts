/**
 * A hub restart never waits on a client: a half-sent HTTP request, an idle
 * keep-alive link or a websocket whose peer never answers the close
 * handshake are all cut at once.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub | undefined;

afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

function openLink(port: number, firstBytes: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(firstBytes);
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

const closedBy = (socket: Socket) => new Promise<void>((resolve) => socket.once('close', () => resolve()));

describe('closing the hub', () => {
  it('cuts half-sent requests, keep-alive links and silent websockets instead of waiting for them', async () => {
    hub = await startTestHub({ serveApps: false });
    // Headers never finished: Node would wait for its 60 s headers timeout.
    const halfSent = await openLink(hub.port, 'GET /healthz HTTP/1.1\r\nHost: hall\r\n');
    // A websocket upgrade by a peer that then goes silent (ignores the close frame).
    const silentWs = await openLink(
      hub.port,
      'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: hall\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    await new Promise<void>((resolve) => silentWs.once('data', () => resolve())); // 101 Switching Protocols
    silentWs.pause();
    const keepAlive = await fetch(`${hub.url}/healthz`, { headers: { connection: 'keep-alive' } });
    expect(keepAlive.status).toBe(200);

    const started = Date.now();
    const cut = Promise.all([closedBy(halfSent), closedBy(silentWs)]);
    await hub.close();
    await cut;
    hub = undefined;
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 20_000);

  it('restarts on the same port and serves again right away', async () => {
    hub = await startTestHub({ serveApps: false });
    const stuck = await openLink(
      hub.port,
      'POST /api/v1/tickets HTTP/1.1\r\nHost: hall\r\nContent-Length: 100\r\n\r\n{',
    );
    const cut = closedBy(stuck);
    await hub.restart();
    await cut;
    const r = await fetch(`${hub.url}/healthz`);
    expect(r.status).toBe(200);
  }, 20_000);
});
