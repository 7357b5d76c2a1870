/**
 * The hall the weak-hardware bench shows: 20 counters, each with an officer
 * signed in and a citizen called (so a board shows 20 counters and the recent
 * calls), and enough tickets waiting for every call the bench makes.
 */
import { join } from 'node:path';
import { displayToken, kioskToken, officerName, writeBenchHall } from './bench-hall';
import { startHubProcess, type HubProcess } from './hub-process';
import { fillQueue } from './snapshot-bench';
import { closeAll, login, nextSnapshot, openHubClient } from './sockets';
import type { WeakHardwareSetup } from './weak-hardware-bench';

export const WEAK_HALL_COUNTERS = 20;

export async function openWeakHardwareHall(dir: string, calls: number, touches: number): Promise<{ hub: HubProcess; setup: WeakHardwareSetup; close: () => Promise<void> }> {
  const hub = await startHubProcess({ dataDir: join(dir, 'weak-data'), configPath: writeBenchHall(join(dir), { counters: WEAK_HALL_COUNTERS }) });
  const tokens = await Promise.all(Array.from({ length: WEAK_HALL_COUNTERS }, (_, i) => login(hub.url, officerName(i))));
  const counters = tokens.map((t) => openHubClient(hub.url, 'counter', t));
  const kiosk = openHubClient(hub.url, 'kiosk', kioskToken(1));
  await Promise.all([...counters, kiosk].map(nextSnapshot));
  const signIns = await Promise.all(counters.map((c, i) => c.command('counter:sign-in', { counter: i + 1 })));
  if (signIns.some((r) => !r.ok)) throw new Error(`weak hardware: sign-in refused: ${JSON.stringify(signIns.find((r) => !r.ok))}`);
  // Every call of both screens, plus a margin: a counter serves two of the twenty services.
  const refused = await fillQueue([kiosk], 2 * calls + 3 * WEAK_HALL_COUNTERS + 200);
  if (refused) throw new Error(`weak hardware: ${refused} tickets refused`);
  for (const c of counters) {
    const r = await c.command('counter:call-next', {});
    if (!r.ok || !r.value) throw new Error(`weak hardware: first call failed: ${JSON.stringify(r)}`);
  }
  const setup: WeakHardwareSetup = { url: hub.url, displayToken: displayToken(50), kioskToken: kioskToken(2), department: 'KHDT', counters, calls, touches };
  return {
    hub,
    setup,
    close: async () => {
      closeAll([...counters, kiosk]);
      await hub.stop();
    },
  };
}
