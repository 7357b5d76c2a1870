/**
 * The device API for pages in a plain browser: talks to the local device
 * agent on 127.0.0.1 (hardware/src/agent) with fetch and EventSource. The
 * Electron shells use the preload bridge instead; both implement DeviceApi.
 *
 * @example
 * const devices = createAgentClient({ baseUrl: 'http://127.0.0.1:17817', token });
 * const stop = devices.onEvent((e) => { if (e.type === 'scan') onScan(e.text); });
 */
import {
  fail,
  isLuotError,
  luotError,
  type DeviceApi,
  type DeviceEvent,
  type LuotError,
  type PrintJob,
  type PrinterStatus,
  type Result,
} from '@luot/protocol/plain';

/** The part of the browser's EventSource used here (injectable for tests). */
export interface EventSourceLike {
  addEventListener(type: 'message', listener: (event: { data: string }) => void): void;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

export interface AgentClientOptions {
  /** e.g. `http://127.0.0.1:17817` */
  baseUrl: string;
  token: string;
  /** Bound on each request, ms. A print waits for the printer's own timeouts. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  eventSource?: EventSourceFactory;
}

/** Thrown by showOnSign (DeviceApi gives it no Result); carries the typed error. */
export class AgentClientError extends Error {
  constructor(readonly error: LuotError) {
    super(error.message.en);
    this.name = 'AgentClientError';
  }
}

export interface AgentClient extends DeviceApi {
  showOnSign(text: string): Promise<void>;
  /** Stops the event stream. */
  close(): void;
}

const agentUnreachable = (why: string): LuotError =>
  luotError('device_error', {
    vi: `Không kết nối được dịch vụ thiết bị trên máy này (${why}).`,
    en: `The device agent on this computer cannot be reached (${why}).`,
  });

export function createAgentClient(options: AgentClientOptions): AgentClient {
  const base = options.baseUrl.replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 20_000;
  const makeEventSource: EventSourceFactory = options.eventSource ?? ((url) => new EventSource(url));
  const listeners = new Set<(event: DeviceEvent) => void>();
  let source: EventSourceLike | null = null;

  /** One request; every failure (network, HTTP error, bad JSON) becomes a typed error. */
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Result<T>> {
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${options.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      return fail(agentUnreachable(err instanceof Error ? err.message : String(err)));
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      return fail(agentUnreachable(`HTTP ${res.status} without a JSON body`));
    }
    if (res.ok) return { ok: true, value: json as T };
    const error = (json as { error?: unknown } | null)?.error;
    return fail(isLuotError(error) ? error : agentUnreachable(`HTTP ${res.status}`));
  }

  const openStream = (): void => {
    const es = makeEventSource(`${base}/events?token=${encodeURIComponent(options.token)}`);
    // EventSource reconnects by itself after a drop, so errors need no handling here.
    es.addEventListener('message', (message) => {
      let event: DeviceEvent;
      try {
        event = JSON.parse(message.data) as DeviceEvent;
      } catch {
        return;
      }
      for (const listener of [...listeners]) listener(event);
    });
    source = es;
  };

  return {
    print: (job: PrintJob) => call<{ jobId: string }>('POST', '/print', job),
    async printerStatus(): Promise<PrinterStatus> {
      const result = await call<PrinterStatus>('GET', '/printer/status');
      // The page cannot print without the agent: say so as a printer state.
      return result.ok ? result.value : { state: 'offline', checkedAt: Date.now(), detail: result.error.message.en };
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) openStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    async showOnSign(text: string) {
      const result = await call<{ shown: string }>('POST', '/sign', { text });
      if (!result.ok) throw new AgentClientError(result.error);
    },
    close() {
      listeners.clear();
      source?.close();
      source = null;
    },
  };
}
