/**
 * The board's link to the hub's /display namespace. It turns socket.io
 * traffic into BoardInputs and asks for snapshots when told to (gap, new
 * day) or when a (re)connect brought none. socket.io-client reconnects by
 * itself after network or hub failures; a refusal by the hub (bad token) is
 * retried slowly, since the token may be enrolled later.
 */
import { io, type Socket } from 'socket.io-client';
import type { DisplayClientToServer, HallServerToClient, LuotError } from '@luot/protocol';
import { NAMESPACES } from '@luot/protocol/socket-events';
import type { BoardInput } from '../board/board-model';

export interface HubConnectionOptions {
  /** Hub origin, '' for the page's own origin. */
  hubUrl: string;
  token: string | null;
  onInput(input: BoardInput): void;
  /** The hub refused the board (no or bad token); null once it is accepted. */
  onRefused(error: LuotError | null): void;
  now?: () => number;
}

export interface HubConnection {
  requestSnapshot(): void;
  close(): void;
}

const SNAPSHOT_WAIT_MS = 2000;
const SNAPSHOT_TIMEOUT_MS = 10_000;
const REFUSED_RETRY_MS = 30_000;

function isLuotError(x: unknown): x is LuotError {
  return typeof x === 'object' && x !== null && typeof (x as { code?: unknown }).code === 'string' && typeof (x as { message?: unknown }).message === 'object';
}

export function connectToHub(opts: HubConnectionOptions): HubConnection {
  const now = opts.now ?? (() => Date.now());
  const socket: Socket<HallServerToClient, DisplayClientToServer> = io(`${opts.hubUrl}${NAMESPACES.display}`, {
    auth: { token: opts.token ?? '' },
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
  let gotSnapshotSinceConnect = false;
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  let refusedTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const requestSnapshot = (): void => {
    if (!socket.connected) return; // the next connect brings one
    clearTimeout(snapshotTimer);
    socket.timeout(SNAPSHOT_TIMEOUT_MS).emit('hall:snapshot', {}, (err, result) => {
      if (err || !result.ok) {
        if (!closed && socket.connected) requestSnapshot();
        return;
      }
      // The hub also emits hall:snapshot to us; the reply is handled the same way.
      gotSnapshotSinceConnect = true;
      opts.onInput({ type: 'snapshot', snapshot: result.value, receivedAt: now() });
    });
  };

  socket.on('connect', () => {
    opts.onRefused(null);
    gotSnapshotSinceConnect = false;
    opts.onInput({ type: 'connected' });
    // The hub sends a snapshot on connect; ask ourselves if none came.
    snapshotTimer = setTimeout(() => {
      if (!gotSnapshotSinceConnect) requestSnapshot();
    }, SNAPSHOT_WAIT_MS);
  });
  socket.on('hall:snapshot', (snapshot) => {
    gotSnapshotSinceConnect = true;
    opts.onInput({ type: 'snapshot', snapshot, receivedAt: now() });
  });
  socket.on('hall:events', (events) => {
    const receivedAt = now();
    for (const event of events) opts.onInput({ type: 'event', event, receivedAt });
  });
  socket.on('disconnect', (reason) => {
    clearTimeout(snapshotTimer);
    opts.onInput({ type: 'disconnected' });
    // After a server-side disconnect socket.io does not come back by itself.
    if (reason === 'io server disconnect' && !closed) socket.connect();
  });
  socket.on('connect_error', (err: Error & { data?: unknown }) => {
    if (!isLuotError(err.data)) return; // network trouble: socket.io retries
    opts.onRefused(err.data);
    clearTimeout(refusedTimer);
    refusedTimer = setTimeout(() => {
      if (!closed && !socket.connected) socket.connect();
    }, REFUSED_RETRY_MS);
  });

  return {
    requestSnapshot,
    close() {
      closed = true;
      clearTimeout(snapshotTimer);
      clearTimeout(refusedTimer);
      socket.close();
    },
  };
}
