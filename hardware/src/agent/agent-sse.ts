/** Server-Sent Events for device events: one stream per page, a heartbeat so proxies and sleeps are noticed. */
import type { ServerResponse } from 'node:http';
import type { DeviceEvent } from '@luot/protocol';

export interface SseHub {
  add(res: ServerResponse, first?: DeviceEvent): void;
  send(event: DeviceEvent): void;
  readonly size: number;
  closeAll(): void;
}

export function createSseHub(heartbeatMs = 15_000): SseHub {
  const clients = new Set<ServerResponse>();
  const write = (res: ServerResponse, event: DeviceEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': ping\n\n');
  }, heartbeatMs);
  heartbeat.unref?.();

  return {
    add(res, first) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      // EventSource reconnects by itself; 2 s keeps a restarted agent's gap short.
      res.write('retry: 2000\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
      if (first) write(res, first);
    },
    send(event) {
      for (const res of clients) write(res, event);
    },
    get size() {
      return clients.size;
    },
    closeAll() {
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
