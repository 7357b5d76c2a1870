/**
 * Everything the renderer says to the hub: HTTP login, the typed socket.io
 * namespaces, commands with an ack timeout, and keeping a HallStore in sync.
 * The hub is on the same origin (it serves this app), so URLs are relative.
 */
import { io, type Socket } from 'socket.io-client';
import {
  API_BASE,
  NAMESPACES,
  luotError,
  type AdminClientToServer,
  type CounterClientToServer,
  type HallServerToClient,
  type LoginResponse,
  type LuotError,
  type Result,
} from '@luot/protocol';
import { type HallStore } from './model/hall-store';

export type CounterSocket = Socket<HallServerToClient, CounterClientToServer>;
export type AdminSocket = Socket<HallServerToClient, AdminClientToServer>;

/** How long a command waits for the hub's ack before it is reported as unreachable. */
export const COMMAND_TIMEOUT_MS = 10_000;

function isLuotError(value: unknown): value is LuotError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: unknown };
  return typeof v.code === 'string' && typeof v.message === 'object' && v.message !== null;
}

/** `POST /api/v1/auth/login`. Network failures become `hub_unreachable`. */
export async function login(username: string, password: string): Promise<Result<LoginResponse>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return { ok: false, error: luotError('hub_unreachable') };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && typeof body === 'object' && body !== null && 'token' in body) {
    return { ok: true, value: body as LoginResponse };
  }
  const error =
    typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
  return {
    ok: false,
    error: isLuotError(error) ? error : luotError(response.status === 401 ? 'bad_credentials' : 'internal'),
  };
}

/** Public hall info (`GET /api/v1/hall`), used to list counters before signing in. */
export async function fetchPublicHall(): Promise<unknown> {
  try {
    const response = await fetch(`${API_BASE}/hall`);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

const socketOptions = (token: string) => ({
  auth: { token },
  // Reconnect forever with a capped backoff: a counter PC stays on all day.
  reconnectionDelayMax: 5_000,
  autoConnect: false,
});

export function createCounterSocket(token: string): CounterSocket {
  return io(NAMESPACES.counter, socketOptions(token));
}

export function createAdminSocket(token: string): AdminSocket {
  return io(NAMESPACES.admin, socketOptions(token));
}

/** The error a refused connection carries (`connect_error` with `err.data`). */
export function connectErrorOf(err: Error): LuotError | null {
  const data = (err as Error & { data?: unknown }).data;
  return isLuotError(data) ? data : null;
}

type Handler = (...args: never[]) => void;
export type PayloadOf<F> = F extends (payload: infer P, ack: never) => void ? P : never;
export type AckValueOf<F> = F extends (payload: never, ack: (result: Result<infer T>) => void) => void ? T : never;

/** The slice of socket.io's API `send` needs, without its per-namespace typing. */
interface AckEmitter {
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
}

/**
 * Sends one command and waits for its `Result`. A missing ack (hub down,
 * network cut) becomes `hub_unreachable`; the caller may retry with the same
 * commandId and the hub returns the first result.
 */
export async function send<Events extends { [K in keyof Events]: Handler }, E extends keyof Events & string>(
  socket: Socket<HallServerToClient, Events>,
  event: E,
  payload: PayloadOf<Events[E]>,
): Promise<Result<AckValueOf<Events[E]>>> {
  try {
    // socket.io's typed emitWithAck cannot follow a generic event name; the
    // event maps in @luot/protocol fix the payload and ack types above.
    const result = await (socket as unknown as AckEmitter).timeout(COMMAND_TIMEOUT_MS).emitWithAck(event, payload);
    if (typeof result === 'object' && result !== null && 'ok' in result) return result as Result<AckValueOf<Events[E]>>;
    return { ok: false, error: luotError('internal') };
  } catch {
    return { ok: false, error: luotError('hub_unreachable') };
  }
}

/**
 * Keeps `store` in sync with a socket: snapshot on connect, events in order,
 * a fresh snapshot on a gap or a new day. Returns the function that stops it.
 */
export function syncHall(socket: CounterSocket | AdminSocket, store: HallStore): () => void {
  // Both namespaces share the hall broadcasts and the snapshot request.
  const s = socket as unknown as Socket<HallServerToClient, CounterClientToServer>;
  let asking = false;
  const askSnapshot = () => {
    if (asking) return;
    asking = true;
    void send(s, 'hall:snapshot', {}).then((result) => {
      asking = false;
      if (result.ok) store.setSnapshot(result.value);
    });
  };
  const onSnapshot = (snapshot: Parameters<HallServerToClient['hall:snapshot']>[0]) => store.setSnapshot(snapshot);
  const onEvents = (events: Parameters<HallServerToClient['hall:events']>[0]) => {
    for (const event of events) {
      if (store.applyEvent(event) === 'needs-snapshot') return askSnapshot();
    }
  };
  s.on('hall:snapshot', onSnapshot);
  s.on('hall:events', onEvents);
  return () => {
    s.off('hall:snapshot', onSnapshot);
    s.off('hall:events', onEvents);
  };
}
