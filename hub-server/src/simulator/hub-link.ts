/**
 * The simulator's only way to the hub: @luot/hub-client, as a real kiosk or
 * counter app uses it. Counts every command attempt (a lost ack is sent again
 * with the same commandId by the client, within twice the ack timeout), sets
 * the in-process hub's clock before each attempt, and records every refusal
 * in the ledger.
 */
import { createHubClient, staffLogin, type ClientToServerOf, type CommandEvent, type CommandPayload, type HubClient } from '@luot/hub-client';
import type { AckValue, HallSnapshot, NamespaceName, Result } from '@luot/protocol';
import type { Ledger } from './ledger';

/** Something the simulator can set to its simulated time before each command (an in-process hub's ManualClock). */
export interface SettableClock {
  set(ms: number): void;
}

/** Sends one command of a namespace's event map; the client adds the commandId. */
export type Send<M> = <E extends CommandEvent<M>>(event: E, payload: CommandPayload<M, E>) => Promise<Result<AckValue<M[E]>>>;

export class HubLinkError extends Error {}

/** How long the first snapshot of a connection may take. */
const CONNECT_TIMEOUT_MS = 10_000;

export class HubLink {
  readonly stats = { sent: 0, ok: 0, failed: 0, retried: 0, byEvent: {} as Record<string, number>, logins: 0 };
  private readonly clients: HubClient[] = [];

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
    const result = await staffLogin(this.hubUrl, username, password);
    if (result.ok) return result.value.token;
    if (result.error.code === 'hub_unreachable') throw new HubLinkError(`cannot reach the hub at ${this.hubUrl}`);
    throw new HubLinkError(`login as ${username} refused: ${result.error.code} ${result.error.message.en}`);
  }

  /** Connects to a namespace and resolves with the client and its first snapshot; a refusal or an unreachable hub rejects. */
  connect<N extends NamespaceName>(namespace: N, token: string): Promise<{ client: HubClient<N>; snapshot: HallSnapshot }> {
    const client = createHubClient({ hubUrl: this.hubUrl, namespace, token, transports: ['websocket'], commandPrefix: 'sim' });
    this.clients.push(client);
    return new Promise((resolve, reject) => {
      const stop = () => {
        clearTimeout(timer);
        offHall();
        offStatus();
      };
      const failWith = (why: string) => {
        stop();
        client.close();
        reject(new HubLinkError(`cannot connect to ${this.hubUrl}/${namespace}: ${why}`));
      };
      const timer = setTimeout(() => failWith(`no snapshot within ${CONNECT_TIMEOUT_MS / 1000} s`), CONNECT_TIMEOUT_MS);
      const offHall = client.onHall({
        snapshot: (snapshot) => {
          stop();
          resolve({ client, snapshot });
        },
      });
      const offStatus = client.onStatus((s) => {
        if (s.state === 'refused') failWith(s.refusal?.code ?? 'refused');
        else if (s.state === 'offline') failWith('the hub cannot be reached');
      });
    });
  }

  /** A counted command sender for one client. */
  sender<N extends NamespaceName>(client: HubClient<N>): Send<ClientToServerOf<N>> {
    return async (event, payload) => {
      const result = await client.command(event, payload, {
        attemptTimeoutMs: this.ackTimeoutMs,
        deadlineMs: 2 * this.ackTimeoutMs,
        onAttempt: (attempt) => {
          if (attempt > 1) this.stats.retried++;
          this.stats.sent++;
          this.stats.byEvent[event] = (this.stats.byEvent[event] ?? 0) + 1;
          this.hubClock?.set(Math.round(this.simNow()));
        },
      });
      if (result.ok) this.stats.ok++;
      else {
        this.stats.failed++;
        if (result.error.code === 'hub_unreachable') this.ledger.error(event, 'timeout', `no ack for ${event} before the deadline`);
        else this.ledger.error(event, result.error.code, result.error.message.en);
      }
      return result;
    };
  }

  close(): void {
    for (const c of this.clients.splice(0)) c.close();
  }
}
