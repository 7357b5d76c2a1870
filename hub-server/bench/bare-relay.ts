/**
 * The floor for call fan-out: a minimal socket.io server that relays the same
 * messages among the same clients, with no store and no rules. A counter's
 * command is acked and its event (a copy of the hub's own event of that
 * kind, so the bytes on the wire match) goes to every socket of the staff
 * and board namespaces, and kiosks get it as the hub sends it them: gathered
 * for 100 ms into one digest (the hub's own KioskDigest). Runs as its own
 * process, like the hub.
 *
 * As a script: LUOT_BENCH_TEMPLATES=<events.json> tsx bench/bare-relay.ts
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Server, type Socket } from 'socket.io';
import type { HallEvent } from '@luot/protocol';
import { KIOSK_GATHER_MS } from '../src/core/transport/broadcaster';
import { KioskDigest } from '../src/core/transport/kiosk-digest';
import { startScript, stopChild } from './hub-process';

/** The events the hub broadcast for one command of each kind, captured in the same run. */
export type EventTemplates = Record<'issued' | 'called' | 'serving' | 'finished', HallEvent[]>;

/** The namespaces that get every event; kiosks get digests. */
const EVENT_NAMESPACES = ['/counter', '/display', '/admin'];

function serve(templates: EventTemplates): void {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  let seq = 0;
  /** Stamps a copy of the template with a fresh seq and this counter's number. */
  const stamp = (t: HallEvent, counter: number | null): HallEvent => {
    const base = { seq: ++seq, at: Date.now() };
    if (t.type === 'ticket') return { ...t, ...base, ticket: { ...t.ticket, counter }, ...(t.call && counter !== null ? { call: { ...t.call, counter } } : {}) };
    if (t.type === 'counter' && counter !== null) return { ...t, ...base, counter: { ...t.counter, number: counter } };
    return { ...t, ...base };
  };
  const forKiosks = new KioskDigest();
  let kioskTimer: NodeJS.Timeout | null = null;
  const relay = (kind: keyof EventTemplates, counter: number | null): HallEvent[] => {
    const events = templates[kind].map((t) => stamp(t, counter));
    for (const nsp of EVENT_NAMESPACES) io.of(nsp).emit('hall:events', events);
    forKiosks.add(events);
    kioskTimer ??= setTimeout(() => {
      kioskTimer = null;
      io.of('/kiosk').emit('hall:digest', forKiosks.take());
    }, KIOSK_GATHER_MS);
    return events;
  };
  const bind = (socket: Socket, event: string, kind: keyof EventTemplates) =>
    socket.on(event, (_payload: unknown, ack: unknown) => {
      const counter = typeof socket.handshake.auth.counter === 'number' ? socket.handshake.auth.counter : null;
      const ticket = relay(kind, counter).find((e) => e.type === 'ticket');
      if (typeof ack === 'function') ack({ ok: true, value: ticket?.type === 'ticket' ? ticket.ticket : null });
    });
  io.of('/kiosk').on('connection', (s) => bind(s, 'ticket:issue', 'issued'));
  io.of('/display');
  io.of('/counter').on('connection', (s) => {
    bind(s, 'counter:call-next', 'called');
    bind(s, 'counter:start-serving', 'serving');
    bind(s, 'counter:finish', 'finished');
  });
  http.listen(0, '127.0.0.1', () => {
    const address = http.address();
    console.log(`bare relay listening on ${typeof address === 'object' && address ? address.port : 0}`);
  });
  process.on('SIGTERM', () => io.close(() => process.exit(0)));
}

export async function startBareRelay(templatesPath: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const { child, match } = await startScript(fileURLToPath(import.meta.url), { LUOT_BENCH_TEMPLATES: templatesPath }, /bare relay listening on (\d+)/);
  return { url: `http://127.0.0.1:${match[1]}`, pid: child.pid!, stop: () => stopChild(child) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  serve(JSON.parse(readFileSync(process.env.LUOT_BENCH_TEMPLATES!, 'utf8')) as EventTemplates);
}
