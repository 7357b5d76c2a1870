/**
 * The one client of the hub, for browsers and Node alike: a socket.io
 * namespace with a device or staff session token, kept connected under one
 * reconnect policy, the hall state stream (snapshot, ordered events, resync),
 * and typed commands retried by their commandId.
 *
 *   const hub = createHubClient({ hubUrl: '', namespace: 'kiosk', token });
 *   hub.onHall({ snapshot: (s) => …, events: (es) => … });
 *   const r = await hub.command('ticket:issue', { service: 'A', priority: 'none' });
 */
import { io, type Socket } from 'socket.io-client';
import {
  fail,
  luotError,
  NAMESPACES,
  type AckValue,
  type HallDigest,
  type HallEvent,
  type HallSnapshot,
  type LuotError,
  type NamespaceName,
  type PayloadOf,
  type Result,
} from '@luot/protocol/plain';
import { newCommandId, sendUntilAnswered, type CommandLink, type CommandOptions } from './command-retry';
import { HallStream, type HallListener } from './hall-stream';
import type { ClientToServerOf, CommandEvent, CommandPayload, QueryEvent } from './namespaces';
import { backoffDelay, DEFAULT_RECONNECT_POLICY, type ReconnectPolicy } from './reconnect-policy';
import { refusalOf } from './refusal';

export type LinkState = 'connecting' | 'online' | 'offline' | 'refused' | 'closed';

export interface LinkStatus {
  state: LinkState;
  /** Why the hub refused the handshake (bad, unenrolled or expired token); null otherwise. */
  refusal: LuotError | null;
}

export interface HubClientOptions<N extends NamespaceName> {
  /** The hub's origin (`http://10.0.0.2:8080`), or '' for the page's own origin. */
  hubUrl: string;
  namespace: N;
  /** A device's enrolment token or a staff session token from `POST /api/v1/auth/login`. */
  token: string | null;
  /**
   * A counter PC's device token, shown with the officer's session on `/counter`:
   * in a hall that binds counters to their PCs, a counter opens only from its own.
   */
  deviceToken?: string;
  policy?: Partial<ReconnectPolicy>;
  /** Command defaults (deadline, attempt timeout); each call may override them. */
  commands?: Pick<CommandOptions, 'deadlineMs' | 'attemptTimeoutMs'>;
  /** WebSocket first (cheap on the LAN), long-polling if a proxy blocks it. */
  transports?: Array<'websocket' | 'polling'>;
  /** Prefix of the commandIds this client makes (1–16 of [A-Za-z0-9_]). */
  commandPrefix?: string;
  /** For tests: the jitter's random numbers. */
  random?: () => number;
}

export interface HubClient<N extends NamespaceName = NamespaceName, M = ClientToServerOf<N>> {
  readonly namespace: N;
  getStatus(): LinkStatus;
  /** Told on every change of status; returns the unsubscribe function. */
  onStatus(listener: (status: LinkStatus) => void): () => void;
  /** The hall state stream; returns the unsubscribe function. */
  onHall(listener: HallListener): () => void;
  /** Asks the hub for a snapshot now (the app's model saw something it cannot apply). */
  requestSnapshot(): void;
  /**
   * Sends a command until it is acknowledged or the deadline passes; every
   * attempt carries the same commandId (made here unless the payload brings
   * one). Resolves with the hub's Result, or `hub_unreachable`; never throws.
   */
  command<E extends CommandEvent<M>>(event: E, payload: CommandPayload<M, E>, options?: CommandOptions): Promise<Result<AckValue<M[E]>>>;
  /**
   * Any event of the map with its payload as the map writes it (an app that
   * makes its own commandIds, or mixes reads and commands): sent until
   * answered like `command` (a read is safe to repeat), nothing added.
   */
  send<E extends Exclude<keyof M & string, 'hall:snapshot'>>(event: E, payload: PayloadOf<M[E]>, options?: CommandOptions): Promise<Result<AckValue<M[E]>>>;
  /** A read with no commandId (nothing is written): one attempt; `hub_unreachable` when offline or unanswered. */
  request<E extends QueryEvent<M>>(event: E, payload: PayloadOf<M[E]>, options?: { timeoutMs?: number }): Promise<Result<AckValue<M[E]>>>;
  close(): void;
}

/** socket.io's typed emit cannot follow a generic event map; the public methods above carry the types. */
type UntypedSocket = Socket;

const SNAPSHOT_TIMEOUT_MS = 10_000;
const SNAPSHOT_RETRY_MS = 1_000;

export function createHubClient<N extends NamespaceName>(options: HubClientOptions<N>): HubClient<N> {
  const policy: ReconnectPolicy = { ...DEFAULT_RECONNECT_POLICY, ...options.policy };
  const random = options.random ?? Math.random;
  const transports = options.transports ?? ['websocket', 'polling'];
  const socket: UntypedSocket = io(`${options.hubUrl}${NAMESPACES[options.namespace]}`, {
    auth: { token: options.token ?? '', ...(options.deviceToken !== undefined ? { deviceToken: options.deviceToken } : {}) },
    transports,
    tryAllTransports: transports.length > 1,
    // This client owns reconnection (one policy for every app), and each client its own connection.
    reconnection: false,
    autoConnect: false,
    forceNew: true,
    timeout: policy.attemptTimeoutMs,
  });

  let status: LinkStatus = { state: 'connecting', refusal: null };
  const statusListeners = new Set<(status: LinkStatus) => void>();
  const setStatus = (next: LinkStatus) => {
    if (next.state === status.state && next.refusal === status.refusal) return;
    status = next;
    for (const l of [...statusListeners]) l(status);
  };

  let closed = false;
  let networkFailures = 0;
  let refusals = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attemptTimer: ReturnType<typeof setTimeout> | undefined;
  let snapshotWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let snapshotRetryTimer: ReturnType<typeof setTimeout> | undefined;

  const attempt = () => {
    if (closed || socket.connected) return;
    clearTimeout(attemptTimer);
    // Watchdog: a link accepted and dropped before the handshake can leave an attempt with no answer at all.
    attemptTimer = setTimeout(() => {
      if (closed || socket.connected) return;
      socket.disconnect();
      scheduleRetry(false);
    }, policy.attemptTimeoutMs + 1_000);
    socket.connect();
  };

  const scheduleRetry = (refused: boolean) => {
    if (closed) return;
    clearTimeout(retryTimer);
    clearTimeout(attemptTimer);
    const delay = refused ? backoffDelay(policy.refused, refusals++, random()) : backoffDelay(policy.network, networkFailures++, random());
    retryTimer = setTimeout(attempt, delay);
  };

  let askingSnapshot = false;
  const askSnapshot = () => {
    if (closed || askingSnapshot || !socket.connected) return; // the next connect brings one
    askingSnapshot = true;
    clearTimeout(snapshotRetryTimer);
    socket.timeout(SNAPSHOT_TIMEOUT_MS).emit('hall:snapshot', {}, (err: Error | null, result?: Result<HallSnapshot>) => {
      askingSnapshot = false;
      if (!err && result?.ok) return stream.takeSnapshot(result.value);
      if (!closed && socket.connected) snapshotRetryTimer = setTimeout(askSnapshot, SNAPSHOT_RETRY_MS);
    });
  };
  const stream = new HallStream(askSnapshot);

  socket.on('connect', () => {
    clearTimeout(attemptTimer);
    networkFailures = 0;
    refusals = 0;
    setStatus({ state: 'online', refusal: null });
    // The hub sends a snapshot on connect; ask ourselves if none came.
    clearTimeout(snapshotWaitTimer);
    snapshotWaitTimer = setTimeout(() => {
      if (stream.awaitingSnapshot) askSnapshot();
    }, policy.snapshotWaitMs);
  });
  socket.on('connect_error', (err: Error) => {
    if (closed) return;
    const refusal = refusalOf(err);
    setStatus(refusal ? { state: 'refused', refusal } : { state: status.state === 'refused' ? 'refused' : 'offline', refusal: status.refusal });
    scheduleRetry(refusal !== null);
  });
  socket.on('disconnect', (reason: string) => {
    clearTimeout(snapshotWaitTimer);
    stream.reset();
    if (closed) return;
    setStatus({ state: 'offline', refusal: null });
    // Every drop is retried, a server-side disconnect too: its connect_error then says why (e.g. session ended).
    if (reason !== 'io client disconnect') scheduleRetry(false);
  });
  socket.on('hall:snapshot', (snapshot: HallSnapshot) => stream.takeSnapshot(snapshot));
  socket.on('hall:events', (events: HallEvent[]) => stream.takeEvents(events));
  socket.on('hall:digest', (digest: HallDigest) => stream.takeDigest(digest));

  const link: CommandLink = {
    isConnected: () => socket.connected,
    waitForConnect: (ms) =>
      new Promise((resolve) => {
        if (socket.connected) return resolve(true);
        const done = (connected: boolean) => {
          clearTimeout(timer);
          socket.off('connect', onConnect);
          statusListeners.delete(onClose);
          resolve(connected);
        };
        const onConnect = () => done(true);
        const onClose = (s: LinkStatus) => {
          if (s.state === 'closed') done(false);
        };
        const timer = setTimeout(() => done(false), ms);
        socket.on('connect', onConnect);
        statusListeners.add(onClose);
      }),
    emit: (event, payload, timeoutMs) => socket.timeout(timeoutMs).emitWithAck(event, payload),
  };

  attempt();

  return {
    namespace: options.namespace,
    getStatus: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onHall: (listener) => stream.subscribe(listener),
    requestSnapshot: askSnapshot,
    command(event, payload, commandOptions = {}) {
      if (closed) return Promise.resolve(fail(luotError('hub_unreachable')));
      const body = { ...payload, commandId: payload.commandId ?? newCommandId(options.commandPrefix ?? 'c') };
      return sendUntilAnswered(link, event, body, { ...options.commands, ...commandOptions });
    },
    send(event, payload, commandOptions = {}) {
      if (closed) return Promise.resolve(fail(luotError('hub_unreachable')));
      return sendUntilAnswered(link, event, payload, { ...options.commands, ...commandOptions });
    },
    async request(event, payload, requestOptions = {}) {
      if (closed || !socket.connected) return fail(luotError('hub_unreachable'));
      try {
        const ack: unknown = await socket.timeout(requestOptions.timeoutMs ?? 6_000).emitWithAck(event, payload);
        if (typeof ack === 'object' && ack !== null && 'ok' in ack) return ack as Result<never>;
        return fail(luotError('internal'));
      } catch {
        return fail(luotError('hub_unreachable'));
      }
    },
    close() {
      if (closed) return;
      closed = true;
      for (const t of [retryTimer, attemptTimer, snapshotWaitTimer, snapshotRetryTimer]) clearTimeout(t);
      socket.removeAllListeners();
      socket.disconnect();
      setStatus({ state: 'closed', refusal: null });
      statusListeners.clear();
    },
  };
}
