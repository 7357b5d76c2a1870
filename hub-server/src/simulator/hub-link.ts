/**
 * The simulator's only way to the hub: HTTP login and socket.io commands, as a
 * real kiosk or counter app sends them. Counts every command, retries once on
 * a lost ack with the same commandId (the hub answers a retry with the first
 * result), and records every refusal in the ledger.
 */
import { io, type Socket } from 'socket.io-client';
import {
  API_BASE,
  luotError,
  type Ack,
  type HallSnapshot,
  type LoginResponse,
  type Result,
} from '@luot/protocol';
import type { Ledger } from './ledger';

/** Something the simulator can set to its simulated time before each command (an in-process hub's ManualClock). */
export interface SettableClock {
  set(ms: number): void;
}

type PayloadOf<F> = F extends (payload: infer P, ack: never) => void ? P : never;
type AckOf<F> = F extends (payload: never, ack: Ack<infer T>) => void ? T : never;
/** Sends one command of a namespace's event map; the commandId is added here. */
export type Send<M> = <E extends keyof M & string>(event: E, payload: Omit<PayloadOf<M[E]>, 'commandId'>) => Promise<Result<AckOf<M[E]>>>;

export class HubLinkError extends Error {}

export class HubLink {
  readonly stats = { sent: 0, ok: 0, failed: 0, retried: 0, byEvent: {} as Record<string, number>, logins: 0 };
  private readonly sockets: Socket[] = [];
  private nextId = 0;
  /** Differs per run so a replay with the same seed is not mistaken for a retry of an older run. */
  private readonly runId = `sim${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

  constructor(
    readonly hubUrl: string,
    private readonly ledger: Ledger,
    /** Simulated epoch ms, read before each command. */
    private readonly simNow: () => number,
    private readonly hubClock: SettableClock | undefined,
    private readonly ackTimeoutMs = 10_000,
  ) {}

  /** Signs an officer in over HTTP; returns the session token for `/counter`. */
  async login(username: string, password: string): Promise<string> {
    this.stats.logins++;
    let response: Response;
    try {
      response = await fetch(`${this.hubUrl}${API_BASE}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    } catch (e) {
      throw new HubLinkError(`cannot reach the hub at ${this.hubUrl}: ${(e as Error).message}`);
    }
    if (!response.ok) throw new HubLinkError(`login as ${username} refused: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as LoginResponse).token;
  }

  /** Connects to a namespace and resolves with the socket and its first snapshot. */
  connect(nsp: string, token: string): Promise<{ socket: Socket; snapshot: HallSnapshot }> {
    const socket = io(`${this.hubUrl}${nsp}`, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: true });
    this.sockets.push(socket);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new HubLinkError(`no snapshot from ${nsp} within 10 s`)), 10_000);
      socket.once('hall:snapshot', (snapshot: HallSnapshot) => {
        clearTimeout(timer);
        resolve({ socket, snapshot });
      });
      socket.once('connect_error', (e: Error) => {
        clearTimeout(timer);
        socket.disconnect();
        reject(new HubLinkError(`cannot connect to ${this.hubUrl}${nsp}: ${e.message}`));
      });
    });
  }

  /** A typed command sender for one socket; `M` is the namespace's client-to-server map. */
  sender<M>(socket: Socket): Send<M> {
    return (async (event: string, payload: object) => {
      const commandId = `${this.runId}-${(this.nextId++).toString(36)}`;
      for (let attempt = 0; attempt < 2; attempt++) {
        if (attempt > 0) this.stats.retried++;
        this.stats.sent++;
        this.stats.byEvent[event] = (this.stats.byEvent[event] ?? 0) + 1;
        this.hubClock?.set(Math.round(this.simNow()));
        try {
          const result = (await socket.timeout(this.ackTimeoutMs).emitWithAck(event, { ...payload, commandId })) as Result<unknown>;
          if (result.ok) this.stats.ok++;
          else {
            this.stats.failed++;
            this.ledger.error(event, result.error.code, result.error.message.en);
          }
          return result;
        } catch {
          // The ack was lost (timeout or disconnect): send again with the same commandId.
        }
      }
      this.stats.failed++;
      this.ledger.error(event, 'timeout', `no ack for ${event} after a retry`);
      return { ok: false, error: luotError('hub_unreachable') };
    }) as Send<M>;
  }

  close(): void {
    for (const s of this.sockets.splice(0)) s.disconnect();
  }
}
