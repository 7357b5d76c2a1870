/**
 * A TCP proxy between a client and the hub that can lose one acknowledgement:
 * when armed, the first server-to-client chunk holding an ack of the given
 * namespace (socket.io packet `43/<nsp>,`) is not passed on and the link is
 * cut, as a hub restart or a dropped Wi-Fi would. Server frames of a
 * WebSocket are unmasked, so the ack's text can be seen; clients must use the
 * websocket transport.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface AckDroppingProxy {
  url: string;
  /** Drop the next ack of this namespace ('/kiosk'); resolves with the dropped text. */
  dropNextAck(nsp: string): Promise<string>;
  close(): Promise<void>;
}

export async function startAckDroppingProxy(hubPort: number): Promise<AckDroppingProxy> {
  let armed: { marker: string; resolve: (text: string) => void } | null = null;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(hubPort, '127.0.0.1');
    open.add(client).add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => open.delete(client));
    upstream.on('close', () => open.delete(upstream));
    client.on('error', cut);
    upstream.on('error', cut);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      const text = chunk.toString('latin1');
      if (armed && text.includes(armed.marker)) {
        armed.resolve(chunk.toString('utf8'));
        armed = null;
        cut();
        return;
      }
      client.write(chunk);
    });
    client.on('end', cut);
    upstream.on('end', cut);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    dropNextAck: (nsp) => new Promise((resolve) => (armed = { marker: `43${nsp},`, resolve })),
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
