/**
 * The bench's clients. Everything that stands for an app (kiosks, officers,
 * boards) is @luot/hub-client, as in the hall: it reconnects, resyncs and
 * sends commands the same way. The bare relay, the floor the hub is measured
 * against, gets bare socket.io sockets.
 */
import { createHubClient, newCommandId, staffLogin, type HubClient } from '@luot/hub-client';
import type { HallEvent, HallSnapshot, NamespaceName, Result } from '@luot/protocol';
import { io as connect, type Socket } from 'socket.io-client';
import { BENCH_PASSWORD } from './bench-hall';

/** One attempt of up to 15 s: a figure must not hide a retry. */
const BENCH_COMMANDS = { deadlineMs: 15_000, attemptTimeoutMs: 15_000 };

export function openHubClient<N extends NamespaceName>(url: string, namespace: N, token: string): HubClient<N> {
  return createHubClient({ hubUrl: url, namespace, token, transports: ['websocket'], commandPrefix: 'bench', commands: BENCH_COMMANDS });
}

/** Resolves with the client's next snapshot (the one the hub sends on connect); rejects on a refusal. */
export function nextSnapshot(client: HubClient): Promise<HallSnapshot> {
  return new Promise((resolve, reject) => {
    const offHall = client.onHall({
      snapshot: (s) => {
        offHall();
        offStatus();
        resolve(s);
      },
    });
    const offStatus = client.onStatus((s) => {
      if (s.state !== 'refused') return;
      offHall();
      offStatus();
      reject(new Error(`refused: ${s.refusal?.code ?? '?'}`));
    });
  });
}

/** A bare socket for the relay (no reconnection: the floor is measured on a steady link). */
export function openBareSocket(url: string, nsp: string, auth: Record<string, unknown>): Socket {
  return connect(`${url}${nsp}`, { auth, transports: ['websocket'], forceNew: true, reconnection: false });
}

export const commandId = (): string => newCommandId('bench');

export async function login(url: string, username: string): Promise<string> {
  const r = await staffLogin(url, username, BENCH_PASSWORD);
  if (!r.ok) throw new Error(`login ${username}: ${r.error.code}`);
  return r.value.token;
}

export function closeAll(clients: Iterable<HubClient | Socket>): void {
  for (const c of clients) if ('close' in c) c.close();
}

/**
 * What the fan-out script needs of a client, so one script drives the hub
 * (through the apps' client) and the bare relay (which speaks the same event
 * names and payloads) alike.
 */
export interface FanoutLink {
  command(event: string, payload: Record<string, unknown>): Promise<Result<unknown>>;
  onEvents(listener: (events: HallEvent[]) => void): () => void;
}

/** The shared script names events as strings; the hub client's typed `send` is reached through this narrower view. */
interface UntypedSender {
  send(event: string, payload: unknown): Promise<Result<unknown>>;
}

export function hubFanoutLink(client: HubClient): FanoutLink {
  return {
    command: (event, payload) => (client as unknown as UntypedSender).send(event, payload),
    onEvents: (listener) => client.onHall({ events: listener }),
  };
}

export function bareFanoutLink(socket: Socket): FanoutLink {
  return {
    command: async (event, payload) => {
      try {
        return (await socket.timeout(BENCH_COMMANDS.attemptTimeoutMs).emitWithAck(event, payload)) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'hub_unreachable', message: { vi: '', en: 'no ack' } } };
      }
    },
    onEvents: (listener) => {
      socket.on('hall:events', listener);
      return () => socket.off('hall:events', listener);
    },
  };
}
