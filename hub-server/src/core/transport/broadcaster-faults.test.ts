import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAMESPACES, type HallEvent } from '@luot/protocol';
import { createBroadcaster } from './broadcaster';
import type { HubServer } from './namespaces';

afterEach(() => vi.useRealTimers());

describe("the kiosks' gathered broadcast", () => {
  it('reports a failure in its timer instead of throwing out of it', async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    // Only the kiosk namespace fails, and only when its gathered events are sent.
    const io = {
      of: (name: string) => {
        if (name === NAMESPACES.kiosk) throw new Error('kiosk namespace gone');
        return { sockets: { size: 1 }, emit: () => void sent.push(name) };
      },
    } as unknown as HubServer;
    const errors: unknown[] = [];
    const broadcaster = createBroadcaster(io, 50, (e) => errors.push(e));
    const event = { type: 'message', at: 0, message: 'x', seq: 1 } as unknown as HallEvent;
    broadcaster.broadcast([event]);
    expect(sent).toEqual([NAMESPACES.counter, NAMESPACES.admin, NAMESPACES.display]);
    await vi.advanceTimersByTimeAsync(100);
    expect(errors.map((e) => (e as Error).message)).toEqual(['kiosk namespace gone']);
  });
});
