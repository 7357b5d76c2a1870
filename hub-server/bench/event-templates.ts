/**
 * Captures the events the hub broadcasts for one command of each kind the
 * fan-out uses, so the bare relay sends the same messages (same count, same
 * bytes) for the same commands.
 */
import type { HallEvent } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import type { EventTemplates } from './bare-relay';
import { sleep } from './stats';
import { command, commandId } from './sockets';

async function eventsOf(display: Socket, send: () => Promise<unknown>): Promise<HallEvent[]> {
  const seen: HallEvent[] = [];
  const on = (events: HallEvent[]) => seen.push(...events);
  display.on('hall:events', on);
  await send();
  await sleep(200); // the broadcast precedes the ack; this only lets the display's copy arrive
  display.off('hall:events', on);
  if (seen.length === 0) throw new Error('the hub broadcast nothing for a command');
  return seen;
}

/** Runs issue → call next → start serving → finish on a quiet hub with a signed-in counter. */
export async function captureTemplates(kiosk: Socket, counter: Socket, display: Socket, service: string): Promise<EventTemplates> {
  const ok = (r: { ok: boolean }) => {
    if (!r.ok) throw new Error(`template command failed: ${JSON.stringify(r)}`);
  };
  return {
    issued: await eventsOf(display, async () => ok(await command(kiosk, 'ticket:issue', { commandId: commandId(), service }))),
    called: await eventsOf(display, async () => ok(await command(counter, 'counter:call-next', { commandId: commandId() }))),
    serving: await eventsOf(display, async () => ok(await command(counter, 'counter:start-serving', { commandId: commandId() }))),
    finished: await eventsOf(display, async () => ok(await command(counter, 'counter:finish', { commandId: commandId(), outcome: 'guided' }))),
  };
}
