/** Real socket.io clients for the bench: connect, await a snapshot, send acked commands, log officers in. */
import { io as connect, type Socket } from 'socket.io-client';
import type { HallSnapshot, LoginResponse, Result } from '@luot/protocol';
import { BENCH_PASSWORD } from './bench-hall';

export interface ClientOptions {
  /** Reconnect like the hall's apps do (the board: 500 ms, growing to 5 s). */
  reconnect?: boolean;
  auth?: Record<string, unknown>;
}

export function openClient(url: string, nsp: string, token: string, options: ClientOptions = {}): Socket {
  return connect(`${url}${nsp}`, {
    auth: options.auth ?? { token },
    transports: ['websocket'],
    forceNew: true,
    reconnection: options.reconnect ?? false,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}

/** Resolves with the first snapshot the hub sends on connect. */
export function firstSnapshot(socket: Socket): Promise<HallSnapshot> {
  return new Promise((resolve, reject) => {
    socket.once('hall:snapshot', resolve);
    socket.once('connect_error', reject);
  });
}

export async function command<T>(socket: Socket, event: string, payload: unknown, timeoutMs = 15_000): Promise<Result<T>> {
  return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Result<T>;
}

let n = 0;
export const commandId = (): string => `bench-${process.pid}-${(n++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export async function login(url: string, username: string): Promise<string> {
  const r = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!r.ok) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as LoginResponse).token;
}

export function closeAll(sockets: Iterable<Socket>): void {
  for (const s of sockets) s.disconnect();
}
