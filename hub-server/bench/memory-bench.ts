/** The hub's resident memory: idle, and with 200 connected clients (officers at counters, kiosks, boards). */
import type { Socket } from 'socket.io-client';
import { KIOSK_COUNT, displayToken, kioskToken } from './bench-hall';
import type { HubProcess } from './hub-process';
import { sleep } from './stats';
import { firstSnapshot, openClient } from './sockets';

export const MB = 1024 * 1024;

/** RSS after the hub has settled (start-up garbage collected, timers idle). */
export async function settledRss(hub: HubProcess, settleMs = 3000): Promise<number> {
  await sleep(settleMs);
  return hub.rss();
}

export interface HallClients {
  counters: Socket[];
  kiosks: Socket[];
  displays: Socket[];
  all: Socket[];
}

/** One socket per officer token (counter i + 1), all kiosks, and `displays` boards; each reconnects like the apps. */
export async function connectHallClients(url: string, officerTokens: readonly string[], displays: number, firstDisplay = 0, kioskCount = KIOSK_COUNT): Promise<HallClients> {
  const counters = officerTokens.map((t) => openClient(url, '/counter', t, { reconnect: true }));
  const kiosks = Array.from({ length: kioskCount }, (_, i) => openClient(url, '/kiosk', kioskToken(i), { reconnect: true }));
  const boards = Array.from({ length: displays }, (_, i) => openClient(url, '/display', displayToken(firstDisplay + i), { reconnect: true }));
  const all = [...counters, ...kiosks, ...boards];
  await Promise.all(all.map(firstSnapshot));
  return { counters, kiosks, displays: boards, all };
}
