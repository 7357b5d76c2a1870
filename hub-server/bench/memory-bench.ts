/** The hub's resident memory: idle, and with 200 connected clients (officers at counters, kiosks, boards). */
import type { HubClient } from '@luot/hub-client';
import { KIOSK_COUNT, displayToken, kioskToken } from './bench-hall';
import type { HubProcess } from './hub-process';
import { sleep } from './stats';
import { nextSnapshot, openHubClient } from './sockets';

export const MB = 1024 * 1024;

/** RSS after the hub has settled (start-up garbage collected, timers idle). */
export async function settledRss(hub: HubProcess, settleMs = 3000): Promise<number> {
  await sleep(settleMs);
  return hub.rss();
}

export interface HallClients {
  counters: HubClient<'counter'>[];
  kiosks: HubClient<'kiosk'>[];
  displays: HubClient<'display'>[];
  all: HubClient[];
}

/** One client per officer token (counter i + 1), all kiosks, and `displays` boards; the apps' client, so each reconnects like the apps. */
export async function connectHallClients(url: string, officerTokens: readonly string[], displays: number, firstDisplay = 0, kioskCount = KIOSK_COUNT): Promise<HallClients> {
  const counters = officerTokens.map((t) => openHubClient(url, 'counter', t));
  const kiosks = Array.from({ length: kioskCount }, (_, i) => openHubClient(url, 'kiosk', kioskToken(i)));
  const boards = Array.from({ length: displays }, (_, i) => openHubClient(url, 'display', displayToken(firstDisplay + i)));
  const all: HubClient[] = [...counters, ...kiosks, ...boards];
  await Promise.all(all.map(nextSnapshot));
  return { counters, kiosks, displays: boards, all };
}
