/**
 * The kiosk's connection to the hub: the `/kiosk` socket.io namespace with the
 * device token, the live hall view (snapshot + ordered events through
 * protocol's `applyHallEvent`), issuing tickets with retries that reuse the
 * tap's commandId, and printer reports. A small store that React reads with
 * useSyncExternalStore; it knows nothing of React.
 */
import { io, type Socket } from 'socket.io-client';
import {
  API_BASE,
  applyHallEvent,
  fail,
  luotError,
  NAMESPACES,
  type HallEvent,
  type HallServerToClient,
  type HallSnapshot,
  type KioskClientToServer,
  type LuotError,
  type PriorityClass,
  type PrinterStatus,
  type DossierRegistrationReceipt,
  type ProcedureView,
  type PublicDossierStatus,
  type RegisterDossierCommand,
  type Result,
  type TicketReceipt,
} from '@luot/protocol';
import { newCommandId } from './command-id';

export type HubStatus = 'connecting' | 'online' | 'offline' | 'refused';

export interface HubState {
  status: HubStatus;
  snapshot: HallSnapshot | null;
  procedures: ProcedureView[];
  /** Why the hub refused this kiosk (bad or missing token). */
  refusal: LuotError | null;
}

export interface IssueRequest {
  /** Made once per tap; every retry of that tap sends the same id. */
  commandId: string;
  service: string;
  priority: PriorityClass;
}

export interface IssueOptions {
  /** Give up (and say the hub is unreachable) after this long. */
  deadlineMs?: number;
  /** Wait this long for one ack before retrying. */
  attemptTimeoutMs?: number;
  /** Told when a retry waits for the connection to come back. */
  onWaiting?: (waiting: boolean) => void;
}

export interface HubClient {
  getState(): HubState;
  subscribe(listener: () => void): () => void;
  issueTicket(request: IssueRequest, options?: IssueOptions): Promise<Result<TicketReceipt>>;
  /** A walk-in dossier and its ticket; retried with the command's own commandId like a ticket. */
  registerDossier(command: RegisterDossierCommand, options?: IssueOptions): Promise<Result<DossierRegistrationReceipt>>;
  /** "Tra cứu hồ sơ": one attempt (nothing is written, the citizen can tap again). */
  lookupDossier(code: string): Promise<Result<PublicDossierStatus>>;
  reportPrinter(status: PrinterStatus): void;
  close(): void;
}

type KioskSocket = Socket<HallServerToClient, KioskClientToServer>;

/** Offline this long with no reconnection attempt at all: start the connection over. */
const STALL_MS = 8000;

export function createHubClient(hubUrl: string, token: string | null): HubClient {
  let state: HubState = { status: 'connecting', snapshot: null, procedures: [], refusal: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<HubState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };

  // WebSocket first (cheap on the LAN); long-polling if a proxy blocks it.
  const socket: KioskSocket = io(`${hubUrl}${NAMESPACES.kiosk}`, {
    auth: { token: token ?? '' },
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
  });

  let printerToReport: PrinterStatus | null = null;
  let reportedPrinterState: string | null = null;

  const requestSnapshot = () => {
    socket.timeout(5000).emit('hall:snapshot', {}, (err: Error | null, result?: Result<HallSnapshot>) => {
      if (!err && result?.ok) set({ snapshot: result.value });
    });
  };

  const loadProcedures = async () => {
    try {
      const res = await fetch(`${hubUrl}${API_BASE}/procedures`);
      if (res.ok) set({ procedures: (await res.json()) as ProcedureView[] });
    } catch {
      // The socket's status already tells the citizen; the catalogue loads on the next connect.
    }
  };

  const sendPrinterReport = () => {
    if (!printerToReport || !socket.connected || reportedPrinterState === printerToReport.state) return;
    const { state: printerState, detail } = printerToReport;
    const payload = { commandId: newCommandId('p'), state: printerState, ...(detail ? { detail: detail.slice(0, 300) } : {}) };
    // Printer state has one road to the hub, HTTP (the device agent and integrations use it too).
    fetch(`${hubUrl}${API_BASE}/devices/printer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(5000),
    }).then(
      (res) => {
        if (res.ok) reportedPrinterState = printerState;
      },
      () => {
        // Unreachable: sent again with the next report or reconnect.
      },
    );
  };

  socket.on('connect', () => {
    set({ status: 'online', refusal: null });
    // The hub may have restarted and forgotten this kiosk's printer.
    reportedPrinterState = null;
    sendPrinterReport();
    void loadProcedures();
  });
  socket.on('disconnect', () => set({ status: 'offline' }));
  socket.on('connect_error', (err: Error & { data?: unknown }) => {
    const data = err.data as LuotError | undefined;
    if (data && typeof data === 'object' && 'code' in data && (data.code === 'unauthenticated' || data.code === 'forbidden')) {
      set({ status: 'refused', refusal: data });
      // socket.io stops reconnecting after a server-side refusal; try again later
      // in case an administrator enrols this kiosk meanwhile.
      setTimeout(() => socket.connect(), 10_000);
    } else {
      set({ status: 'offline' });
    }
  });
  // Watchdog: socket.io can stall without retrying when a link is accepted and
  // dropped before the handshake (a proxy, a half-dead hub). Any sign of life
  // (an attempt, an error, a connection) resets it; silence while offline
  // restarts the connection.
  let lastSign = Date.now();
  const sign = () => {
    lastSign = Date.now();
  };
  socket.io.on('reconnect_attempt', sign);
  socket.io.on('error', sign);
  socket.on('connect', sign);
  const watchdog = setInterval(() => {
    if (socket.connected || state.status === 'refused' || Date.now() - lastSign < STALL_MS) return;
    sign();
    socket.disconnect().connect();
  }, STALL_MS / 2);

  socket.on('hall:snapshot', (snapshot) => set({ snapshot }));
  socket.on('hall:events', (events: HallEvent[]) => {
    let snapshot = state.snapshot;
    if (!snapshot) return requestSnapshot();
    for (const event of events) {
      const outcome = applyHallEvent(snapshot, event);
      if (outcome.kind === 'applied') snapshot = outcome.state;
      else if (outcome.kind === 'gap' || outcome.kind === 'resync') return requestSnapshot();
    }
    if (snapshot !== state.snapshot) set({ snapshot });
  });

  const waitForConnect = (ms: number) =>
    new Promise<void>((resolve) => {
      if (socket.connected) return resolve();
      const done = () => {
        clearTimeout(timer);
        socket.off('connect', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      socket.on('connect', done);
    });

  /**
   * Sends one command until the hub answers or the deadline passes. A lost ack
   * (hub restart, dropped link) times out and is sent again with the same
   * payload, so the same commandId: the hub answers the first result.
   */
  async function untilAnswered<T>(send: (timeoutMs: number) => Promise<Result<T>>, options: IssueOptions): Promise<Result<T>> {
    const deadline = Date.now() + (options.deadlineMs ?? 60_000);
    const attemptTimeout = options.attemptTimeoutMs ?? 6000;
    while (Date.now() < deadline) {
      if (!socket.connected) {
        options.onWaiting?.(true);
        await waitForConnect(Math.max(0, deadline - Date.now()));
        continue;
      }
      options.onWaiting?.(false);
      try {
        return await send(attemptTimeout);
      } catch {
        options.onWaiting?.(true);
      }
    }
    return fail(luotError('hub_unreachable'));
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    issueTicket(request, options = {}) {
      const payload = { commandId: request.commandId, service: request.service, priority: request.priority };
      return untilAnswered((timeoutMs) => socket.timeout(timeoutMs).emitWithAck('ticket:issue', payload), options);
    },
    registerDossier(command, options = {}) {
      return untilAnswered((timeoutMs) => socket.timeout(timeoutMs).emitWithAck('dossier:register', command), options);
    },
    async lookupDossier(code) {
      if (!socket.connected) return fail(luotError('hub_unreachable'));
      try {
        return await socket.timeout(6000).emitWithAck('dossier:lookup', { code });
      } catch {
        return fail(luotError('hub_unreachable'));
      }
    },
    reportPrinter(status) {
      printerToReport = status;
      sendPrinterReport();
    },
    close() {
      clearInterval(watchdog);
      listeners.clear();
      socket.close();
    },
  };
}
