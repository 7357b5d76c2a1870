/**
 * Snapshots: size and build time with 1,000 waiting tickets over 20
 * services, and how long 200 clients take to be resynced after a restart.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { HubClient } from '@luot/hub-client';
import type { HallSnapshot } from '@luot/protocol';
import { systemClock } from '../src/core/clock';
import { loadHallConfig } from '../src/core/config/load-hall-config';
import { openDatabase } from '../src/core/db/open';
import { createHub } from '../src/hub';
import { createLogger } from '../src/core/logger';
import { SERVICES } from './bench-hall';
import type { HubProcess } from './hub-process';
import { median, round, sleep } from './stats';
import { nextSnapshot } from './sockets';

/** Issues `count` tickets round-robin over the services, 10 kiosks at a time. */
export async function fillQueue(kiosks: readonly HubClient<'kiosk'>[], count: number): Promise<number> {
  let next = 0;
  let errors = 0;
  await Promise.all(
    kiosks.map(async (k) => {
      for (let i = next++; i < count; i = next++) {
        const r = await k.command('ticket:issue', { service: SERVICES[i % SERVICES.length]! });
        if (!r.ok) errors++;
      }
    }),
  );
  return errors;
}

/** Asks the hub for a snapshot as an app does (the client's resync request): bytes of the JSON and the round trip. */
export async function snapshotOverSocket(client: HubClient, times = 20): Promise<{ bytes: number; waiting: number; roundTripMs: number }> {
  const trips: number[] = [];
  let last: HallSnapshot | undefined;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    const next = nextSnapshot(client);
    client.requestSnapshot();
    last = await next;
    trips.push(performance.now() - start);
  }
  return { bytes: Buffer.byteLength(JSON.stringify(last)), waiting: last!.tickets.filter((t) => t.state === 'waiting').length, roundTripMs: round(median(trips)) };
}

/**
 * The hub's own snapshot builder timed in this process, on an online backup
 * of the running hub's database (the hub process keeps its file to itself),
 * opened with the hub's personal-data key (it seals dossiers' personal fields).
 */
export async function snapshotBuildMs(dataDir: string, configPath: string, times = 50): Promise<number> {
  const copy = join(dataDir, '..', 'snapshot-copy.sqlite');
  const source = new Database(join(dataDir, 'luot.sqlite'), { readonly: true });
  await source.backup(copy);
  source.close();
  const db = openDatabase(copy);
  const hub = await createHub({ db, clock: systemClock, config: loadHallConfig(configPath), logger: createLogger('silent'), serveApps: false, demo: true, keyFile: join(dataDir, 'luot.key') });
  const builds: number[] = [];
  for (let i = 0; i < times + 5; i++) {
    const start = performance.now();
    JSON.stringify(hub.services.snapshot.build()); // socket.io serializes it the same way
    if (i >= 5) builds.push(performance.now() - start);
  }
  await hub.close();
  db.close();
  return round(median(builds));
}

export interface ResyncResult {
  clients: number;
  /** From the new hub listening to the last client holding a fresh snapshot. */
  afterUpMs: number;
  /** From SIGTERM to the old hub to the last client resynced. */
  afterDownMs: number;
  /** How long the hub was down (stop + start of the process). */
  downMs: number;
}

export async function resyncAfterRestart(hub: HubProcess, clients: readonly HubClient[]): Promise<ResyncResult> {
  const resyncedAt = new Map<HubClient, number>();
  let downAt = Number.POSITIVE_INFINITY;
  const listeners = clients.map((c) =>
    c.onHall({
      snapshot: () => {
        if (performance.now() > downAt && !resyncedAt.has(c)) resyncedAt.set(c, performance.now());
      },
    }),
  );
  downAt = performance.now();
  const restarted = hub.restart();
  const { upAt } = await restarted;
  const deadline = performance.now() + 60_000;
  while (resyncedAt.size < clients.length && performance.now() < deadline) await sleep(20);
  for (const off of listeners) off();
  if (resyncedAt.size < clients.length) throw new Error(`only ${resyncedAt.size} of ${clients.length} clients resynced in 60 s`);
  const last = Math.max(...resyncedAt.values());
  return { clients: clients.length, afterUpMs: round(last - upAt), afterDownMs: round(last - downAt), downMs: round(upAt - downAt) };
}
