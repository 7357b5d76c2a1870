/**
 * Captures the events the hub broadcasts for one command of each kind the
 * fan-out uses, so the bare relay sends the same messages (same count, same
 * bytes) for the same commands.
 */
import type { HubClient } from '@luot/hub-client';
import type { HallEvent } from '@luot/protocol';
import type { EventTemplates } from './bare-relay';
import { sleep } from './stats';

async function eventsOf(display: HubClient<'display'>, send: () => Promise<unknown>): Promise<HallEvent[]> {
  const seen: HallEvent[] = [];
  const off = display.onHall({ events: (events) => seen.push(...events) });
  await send();
  await sleep(200); // the broadcast precedes the ack; this only lets the display's copy arrive
  off();
  if (seen.length === 0) throw new Error('the hub broadcast nothing for a command');
  return seen;
}

/** Runs issue → call next → start serving → finish on a quiet hub with a signed-in counter. */
export async function captureTemplates(kiosk: HubClient<'kiosk'>, counter: HubClient<'counter'>, display: HubClient<'display'>, service: string): Promise<EventTemplates> {
  const ok = (r: { ok: boolean }) => {
    if (!r.ok) throw new Error(`template command failed: ${JSON.stringify(r)}`);
  };
  return {
    issued: await eventsOf(display, async () => ok(await kiosk.command('ticket:issue', { service }))),
    called: await eventsOf(display, async () => ok(await counter.command('counter:call-next', {}))),
    serving: await eventsOf(display, async () => ok(await counter.command('counter:start-serving', {}))),
    finished: await eventsOf(display, async () => ok(await counter.command('counter:finish', { outcome: 'guided' }))),
  };
}
