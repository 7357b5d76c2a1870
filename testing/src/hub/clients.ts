/** Real socket.io clients for tests, and small helpers to await events and acks. */
import { io as connect, type Socket } from 'socket.io-client';
import type { HallDigest, HallEvent, HallSnapshot, LoginResponse, Result } from '@luot/protocol';
import { TEST_PASSWORD } from './test-hall';

export function createClient(url: string, nsp: string, token: string | undefined): Socket {
  return connect(`${url}${nsp}`, { auth: token ? { token } : {}, transports: ['websocket'], forceNew: true, reconnection: false });
}

/** Connects and resolves with the first snapshot, or rejects with the connect error. */
export function connected(socket: Socket): Promise<HallSnapshot> {
  return new Promise((resolve, reject) => {
    socket.once('hall:snapshot', resolve);
    socket.once('connect_error', reject);
  });
}

/** Emits a command and resolves with its ack. */
export function command<T>(socket: Socket, event: string, payload: unknown): Promise<Result<T>> {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<Result<T>>;
}

/** The first thing `pick` finds in the messages named `event` on `socket`, or a rejection naming `what` after `timeoutMs`. */
function firstFound<M, T>(socket: Socket, event: string, pick: (message: M) => T | undefined, what: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on);
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const on = (message: M) => {
      const found = pick(message);
      if (found === undefined) return;
      clearTimeout(timer);
      socket.off(event, on);
      resolve(found);
    };
    socket.on(event, on);
  });
}

/** A kiosk's first `hall:digest` matching `predicate` (kiosks get digests of the stream, not its events). */
export function nextDigest(socket: Socket, predicate: (d: HallDigest) => boolean = () => true, timeoutMs = 5000): Promise<HallDigest> {
  return firstFound(socket, 'hall:digest', (d: HallDigest) => (predicate(d) ? d : undefined), 'a hall digest', timeoutMs);
}

/** The first hall event matching `predicate`, from whichever `hall:events` message carries it. */
export function nextEvent(socket: Socket, predicate: (e: HallEvent) => boolean = () => true, timeoutMs = 5000): Promise<HallEvent> {
  return firstFound(socket, 'hall:events', (events: HallEvent[]) => events.find(predicate), 'a hall event', timeoutMs);
}

export async function login(url: string, username: string, password = TEST_PASSWORD): Promise<LoginResponse> {
  const r = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login ${username} failed: ${r.status} ${await r.text()}`);
  return (await r.json()) as LoginResponse;
}

let n = 0;
/** A fresh commandId. */
export const cid = (): string => `cmd-${Date.now().toString(36)}-${(n++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Sockets a test opens and closes together: `open` connects one and keeps it,
 * `closeAll` (in afterEach) disconnects every one.
 * @example const sockets = socketSet(); const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
 */
export function socketSet() {
  const open: Socket[] = [];
  return {
    open(url: string, nsp: string, token: string | undefined): Socket {
      const s = createClient(url, nsp, token);
      open.push(s);
      return s;
    },
    closeAll(): void {
      for (const s of open.splice(0)) s.disconnect();
    },
  };
}

/** An officer signed in on the hub and at a counter; resolves with the counter socket. */
export async function officerAtCounter(sockets: ReturnType<typeof socketSet>, url: string, username: string, counter: number): Promise<Socket> {
  const { token } = await login(url, username);
  const s = sockets.open(url, '/counter', token);
  await connected(s);
  const signedIn = await command(s, 'counter:sign-in', { commandId: cid(), counter });
  if (!signedIn.ok) throw new Error(`${username} could not sign in at counter ${counter}: ${signedIn.error.code}`);
  return s;
}

/**
 * A JSON call to a hub's /api/v1 as whoever holds `token` (null: nobody), for
 * tests that read the answer's status and body themselves.
 * @example expect((await apiCall(hub.url, 'GET', '/users', officer.token)).status).toBe(403);
 */
export function apiCall(url: string, method: string, path: string, token: string | null, body?: unknown): Promise<Response> {
  return fetch(`${url}/api/v1${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Resolves with the reason once the socket is cut (`'io server disconnect'` when the hub ends it). */
export function disconnected(socket: Socket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', resolve));
}
