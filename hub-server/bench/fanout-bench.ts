/**
 * Call fan-out: counters call next on a fixed schedule while kiosks issue in
 * the background; a call is done when EVERY display has the `called` event
 * for that counter. Runs the same against the hub (through the apps' client)
 * and the bare relay (bare sockets): both speak the same event names and
 * payloads.
 */
import type { HallEvent } from '@luot/protocol';
import { SERVICES } from './bench-hall';
import { sleep, summarize, type LatencySummary } from './stats';
import { commandId, type FanoutLink } from './sockets';

export interface FanoutClients {
  /** counters[i] is signed in at counter number i + 1. */
  counters: FanoutLink[];
  displays: FanoutLink[];
  kiosks: FanoutLink[];
}

export interface FanoutOptions {
  calls: number;
  callsPerSec: number;
  ticketsPerSec: number;
}

export interface FanoutResult {
  latencyMs: LatencySummary;
  calls: number;
  failedCalls: number;
  backgroundTickets: number;
  backgroundErrors: number;
  seconds: number;
}

interface Pending {
  start: number;
  seen: number;
  done: () => void;
}

export async function runFanout(clients: FanoutClients, options: FanoutOptions): Promise<FanoutResult> {
  const pending = new Map<number, Pending>();
  const onEvents = (events: HallEvent[]) => {
    for (const e of events) {
      if (e.type !== 'ticket' || e.action !== 'called' || e.ticket.counter === null) continue;
      const p = pending.get(e.ticket.counter);
      if (p && ++p.seen === clients.displays.length) p.done();
    }
  };
  const offEvents = clients.displays.map((d) => d.onEvents(onEvents));

  // Background arrivals: ~ticketsPerSec, round-robin over kiosks and services.
  let arriving = true;
  let backgroundTickets = 0;
  let backgroundErrors = 0;
  const arrivals = (async () => {
    const every = 1000 / options.ticketsPerSec;
    const begin = performance.now();
    for (let i = 0; arriving; i++) {
      const kiosk = clients.kiosks[i % clients.kiosks.length]!;
      void kiosk.command('ticket:issue', { commandId: commandId(), service: SERVICES[i % SERVICES.length]! }).then(
        (r) => (r.ok ? backgroundTickets++ : backgroundErrors++),
        () => backgroundErrors++,
      );
      await sleep(Math.max(0, begin + (i + 1) * every - performance.now()));
    }
  })();

  const latencies: number[] = [];
  let failedCalls = 0;
  const holding = new Set<number>();
  const finishing: Promise<unknown>[] = [];
  /** One call: the counter frees itself first if it still holds a ticket, then calls next (timed). */
  const callAt = async (index: number) => {
    const counter = clients.counters[index]!;
    const number = index + 1;
    if (holding.has(number)) {
      failedCalls++; // the previous ticket was not finished yet: the schedule is too tight
      return;
    }
    let done!: () => void;
    const allDisplays = new Promise<void>((r) => (done = r));
    const p: Pending = { start: performance.now(), seen: 0, done };
    pending.set(number, p);
    const ack = await counter.command('counter:call-next', { commandId: commandId() });
    if (!ack.ok || ack.value === null) {
      pending.delete(number);
      failedCalls++;
      return;
    }
    const seen = await Promise.race([allDisplays.then(() => true), sleep(15_000).then(() => false)]);
    if (!seen) {
      pending.delete(number);
      failedCalls++; // a display never got the call
      return;
    }
    latencies.push(performance.now() - p.start);
    pending.delete(number);
    holding.add(number);
    // Serve and finish in the background, as an officer would, so the next call at this counter is allowed.
    finishing.push(
      (async () => {
        await counter.command('counter:start-serving', { commandId: commandId() });
        await counter.command('counter:finish', { commandId: commandId(), outcome: 'guided' });
        holding.delete(number);
      })().catch(() => undefined), // a lost finish shows up as a refused next call at this counter
    );
  };

  const start = performance.now();
  const every = 1000 / options.callsPerSec;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < options.calls; i++) {
    inFlight.push(callAt(i % clients.counters.length));
    await sleep(Math.max(0, start + (i + 1) * every - performance.now()));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  arriving = false;
  await arrivals;
  await Promise.all(finishing);
  for (const off of offEvents) off();
  return { latencyMs: summarize(latencies), calls: latencies.length, failedCalls, backgroundTickets, backgroundErrors, seconds };
}
