/**
 * The kiosk's view of the hub, over @luot/hub-client: the connection status
 * and refusal, the live hall snapshot (the client's ordered digests of the
 * stream through protocol's `applyHallDigest`), the procedure catalogue and
 * printer reports.
 * A small store that React reads with useSyncExternalStore. Commands are not
 * forwarded through it: the screens' hooks send them on `client`.
 */
import { createHubClient, newCommandId, type HubClient } from '@luot/hub-client';
import {
  API_BASE,
  type AppointmentOptions,
  applyHallDigest,
  type HallSnapshot,
  type LuotError,
  type PrinterStatus,
  type ProcedureView,
} from '@luot/protocol/plain';

export type HubStatus = 'connecting' | 'online' | 'offline' | 'refused';

export interface HubState {
  status: HubStatus;
  snapshot: HallSnapshot | null;
  procedures: ProcedureView[];
  /** Why the hub refused this kiosk (bad or missing token). */
  refusal: LuotError | null;
  /** Whether the hall takes bookings (the "I have a booking" task shows only then). */
  bookable?: boolean;
}

export interface KioskHub {
  getState(): HubState;
  subscribe(listener: () => void): () => void;
  /**
   * The hub client itself: the apps' commands (ticket:issue, dossier:register, …)
   * go straight to it, retried by their commandId under the kiosk's deadlines.
   */
  readonly client: HubClient<'kiosk'>;
  reportPrinter(status: PrinterStatus): void;
  close(): void;
}

/** The hub's refusals that mean "this kiosk is not (yet) enrolled": shown as such, retried slowly. */
const REFUSAL_CODES = new Set(['unauthenticated', 'forbidden']);

/** A citizen waits at the kiosk: a command is retried for a minute, 6 s an attempt, before "the hub cannot be reached". */
const KIOSK_COMMANDS = { deadlineMs: 60_000, attemptTimeoutMs: 6000 };

export function createKioskHub(hubUrl: string, token: string | null): KioskHub {
  let state: HubState = { status: 'connecting', snapshot: null, procedures: [], refusal: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<HubState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };

  const client = createHubClient({ hubUrl, namespace: 'kiosk', token, commandPrefix: 'k', commands: KIOSK_COMMANDS });

  let printerToReport: PrinterStatus | null = null;
  let reportedPrinterState: string | null = null;

  const loadProcedures = async () => {
    try {
      const res = await fetch(`${hubUrl}${API_BASE}/procedures`);
      if (res.ok) set({ procedures: (await res.json()) as ProcedureView[] });
      const bookings = await fetch(`${hubUrl}${API_BASE}/appointments`);
      if (bookings.ok) set({ bookable: ((await bookings.json()) as AppointmentOptions).services.length > 0 });
    } catch {
      // The socket's status already tells the citizen; the catalogue loads on the next connect.
    }
  };

  const sendPrinterReport = () => {
    if (!printerToReport || client.getStatus().state !== 'online' || reportedPrinterState === printerToReport.state) return;
    const { state: printerState, detail } = printerToReport;
    const payload = { commandId: newCommandId('p'), state: printerState, ...(detail ? { detail: detail.slice(0, 300) } : {}) };
    // Printer state has one road to the hub, HTTP (the device agent and integrations use it too).
    // One attempt: the next change or reconnection reports again.
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
        // Unreachable now: sent again with the next report or reconnection.
      },
    );
  };

  client.onStatus(({ state: link, refusal }) => {
    if (link === 'online') {
      set({ status: 'online', refusal: null });
      // The hub may have restarted and forgotten this kiosk's printer.
      reportedPrinterState = null;
      sendPrinterReport();
      void loadProcedures();
    } else if (link === 'refused' && refusal && REFUSAL_CODES.has(refusal.code)) {
      set({ status: 'refused', refusal });
    } else if (link !== 'connecting') {
      set({ status: 'offline' });
    }
  });

  client.onHall({
    snapshot: (snapshot) => set({ snapshot }),
    // A new hall config (the admin console) may bring new procedures: the snapshot brings the services.
    resync: (reason) => {
      if (reason === 'config') void loadProcedures();
    },
    // What the hub sends kiosks: each gathered span of the stream as the loads it left.
    digest: (digest) => {
      const snapshot = state.snapshot;
      if (!snapshot) return client.requestSnapshot();
      const outcome = applyHallDigest(snapshot, digest);
      if (outcome.kind === 'applied') set({ snapshot: outcome.state });
      else if (outcome.kind === 'gap' || outcome.kind === 'resync') client.requestSnapshot();
    },
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    client,
    reportPrinter(status) {
      printerToReport = status;
      sendPrinterReport();
    },
    close() {
      listeners.clear();
      client.close();
    },
  };
}
