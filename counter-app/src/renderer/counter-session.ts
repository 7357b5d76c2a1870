/**
 * The officer's connection to the hub: login, the `/counter` socket, signing
 * in at a counter, and the commands. React reads it through
 * `subscribe`/`getPhase` (useSyncExternalStore); the hall itself is in `hall`.
 */
import { createHubClient, newCommandId, staffLogin, staffLogout, type HubClient } from '@luot/hub-client';
import {
  luotError,
  type AckValue,
  type CounterClientToServer,
  type CounterView,
  type LuotError,
  type PayloadOf,
  type Result,
  type TicketView,
} from '@luot/protocol';
import { COMMAND_OPTIONS } from './command-options';
import { noticeForRefusal } from './counter-pc-refusal';
import { passwordChangeOf, type PasswordChange } from './first-password';
import { syncHall } from './hall-sync';
import { HallStore } from './model/hall-store';
import { TicketLedger } from './model/officer-figures';
import { loadLedger, saveLedger } from './model/ledger-storage';
import { loadSession, rememberCounter, saveSession, type SavedSession } from './model/session-storage';
import type { MessageKey } from './i18n/vi';

export type Notice =
  | { kind: 'error'; error: LuotError }
  /** `alert`: a refusal said in the app's own words, shown as an error. */
  | { kind: 'text'; key: MessageKey; params?: Record<string, string | number>; alert?: true };

export interface CounterSessionOptions {
  /** The hub's origin; '' (the default) for the page's own. */
  hubUrl?: string;
  /** The counter PC's device token (counter-pc.ts), shown with the session where the hall binds counters to their PCs. */
  deviceToken?: Promise<string | undefined>;
}

export type SessionPhase =
  | { kind: 'signed-out'; notice: Notice | null }
  | { kind: 'connecting' }
  | { kind: 'ready'; counter: number; offline: boolean };

const SESSION_KEY = 'luot.session.counter';
/** Errors after which the saved token is useless: back to the sign-in screen. */
const SIGN_OUT_CODES = new Set(['session_expired', 'unauthenticated', 'bad_credentials']);

type Events = CounterClientToServer;
/** The commands an officer's screen sends (sign-in and snapshots are the session's own). */
export type CounterCommand = Exclude<keyof Events, 'hall:snapshot' | 'counter:sign-in' | 'counter:sign-out'>;

export class CounterSession {
  readonly hall = new HallStore();
  ledger = new TicketLedger();
  private phase: SessionPhase = { kind: 'signed-out', notice: null };
  private client: HubClient<'counter'> | null = null;
  private saved: SavedSession | null = null;
  private stopSync: (() => void) | null = null;
  private stopLedger: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  private ledgerVersion = 0;
  private readonly hubUrl: string;
  private readonly deviceToken: Promise<string | undefined>;

  constructor(options: CounterSessionOptions = {}) {
    this.hubUrl = options.hubUrl ?? '';
    this.deviceToken = options.deviceToken ?? Promise.resolve(undefined);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getPhase = (): SessionPhase => this.phase;
  /** Changes whenever the ledger does (for memoised figures). */
  readonly getLedgerVersion = (): number => this.ledgerVersion;

  get officerName(): string {
    return this.saved?.login.user.name ?? '';
  }

  get officerId(): string {
    return this.saved?.login.user.id ?? '';
  }

  /** The staff token, for the hub's HTTP endpoints (reports, printable pages); null when signed out. */
  get token(): string | null {
    return this.saved?.login.token ?? null;
  }

  /** Resumes a session saved in this tab (a reload keeps the officer signed in). */
  resume(): void {
    const saved = loadSession(SESSION_KEY);
    if (saved === null || saved.counter === null) return;
    this.saved = saved;
    this.connect(saved.counter);
  }

  /**
   * Login, then sign in at the counter. Resolves with the error to show, the
   * demand to change a config-given password first, or null once ready (or
   * once signed out with a notice of its own, e.g. "not this counter's PC").
   */
  async signIn(username: string, password: string, counter: number): Promise<LuotError | PasswordChange | null> {
    this.setPhase({ kind: 'connecting' });
    const result = await staffLogin(this.hubUrl, username, password);
    if (!result.ok) {
      this.setPhase({ kind: 'signed-out', notice: null });
      return result.error;
    }
    const change = passwordChangeOf(result.value, password);
    if (change !== null) {
      this.setPhase({ kind: 'signed-out', notice: null });
      return change;
    }
    rememberCounter(counter);
    this.saved = { login: result.value, counter };
    saveSession(SESSION_KEY, this.saved);
    return new Promise((resolve) => {
      const unsubscribe = this.subscribe(() => {
        if (this.phase.kind === 'connecting') return;
        unsubscribe();
        // A refusal in the app's words (noticeForRefusal) is not returned: it stays the signed-out phase's notice.
        resolve(
          this.phase.kind === 'signed-out' && this.phase.notice?.kind === 'error' ? this.phase.notice.error : null,
        );
      });
      this.connect(counter);
    });
  }

  /** Closes the counter, then ends the session on the hub too: forgetting the token here is not enough. */
  async signOut(): Promise<void> {
    if (this.client?.getStatus().state === 'online') await this.client.send('counter:sign-out', { commandId: newCommandId() });
    const token = this.token;
    this.end({ kind: 'text', key: 'signIn.signedOut' });
    if (token !== null) await staffLogout(this.hubUrl, token);
  }

  /** Opens a closed counter again: closing signed the officer out of it, so sign in anew. */
  async reopen(): Promise<Result<CounterView>> {
    const counter = this.saved?.counter;
    if (this.client === null || counter == null) return { ok: false, error: luotError('counter_not_signed_in') };
    return this.client.send('counter:sign-in', { commandId: newCommandId('signin'), counter });
  }

  /** Sends one command; a dead session sends the officer back to the sign-in screen. */
  async command<E extends CounterCommand>(
    event: E,
    payload: PayloadOf<Events[E]>,
  ): Promise<Result<AckValue<Events[E]>>> {
    if (this.client === null) return { ok: false, error: luotError('counter_not_signed_in') };
    const result = await this.client.send(event, payload);
    if (!result.ok && SIGN_OUT_CODES.has(result.error.code)) this.end({ kind: 'error', error: result.error });
    if (result.ok) this.recordTicket(result.value);
    return result;
  }

  private connect(counter: number): void {
    const saved = this.saved;
    if (saved === null) return;
    this.disposeSocket();
    this.setPhase({ kind: 'connecting' });
    // The shell answers at once; a session ended or replaced meanwhile opens no socket.
    void this.deviceToken.then((deviceToken) => {
      if (this.saved === saved && this.client === null) this.open(saved, counter, deviceToken);
    });
  }

  private open(saved: SavedSession, counter: number, deviceToken: string | undefined): void {
    const client = createHubClient({
      hubUrl: this.hubUrl,
      namespace: 'counter',
      token: saved.login.token,
      ...(deviceToken !== undefined ? { deviceToken } : {}),
      commands: COMMAND_OPTIONS,
    });
    this.client = client;
    this.stopSync = syncHall(client, this.hall);
    this.stopLedger = this.watchLedger(counter);

    client.onStatus(({ state, refusal }) => {
      if (client !== this.client) return;
      if (state === 'online') {
        // Sign in on every (re)connection: the hub ties the counter to the socket.
        void client.send('counter:sign-in', { commandId: newCommandId('signin'), counter }).then((result) => {
          if (client !== this.client) return;
          if (result.ok) this.setPhase({ kind: 'ready', counter, offline: false });
          // e.g. counter_taken: the hub's message names the officer already there.
          else this.end(noticeForRefusal(result.error, counter));
        });
      } else if (state === 'refused' && refusal !== null) {
        // Refused by the hub (expired or unknown session, not a counter PC's token): no retry can help.
        this.end(noticeForRefusal(refusal, counter));
      } else if (state === 'offline' && this.phase.kind === 'ready') {
        this.setPhase({ ...this.phase, offline: true });
      }
    });
  }

  private watchLedger(counter: number): () => void {
    let day: string | null = null;
    const loadForDay = () => {
      const state = this.hall.getState();
      if (state === null || state.day === day) return;
      day = state.day;
      this.ledger = new TicketLedger(loadLedger(counter, state.day));
      for (const t of state.tickets) this.ledger.record(t, counter);
      this.bumpLedger();
    };
    const offState = this.hall.subscribe(loadForDay);
    const offEvents = this.hall.onEvent((event) => {
      if (event.type === 'ticket' && this.ledger.record(event.ticket, counter)) this.persistLedger();
    });
    return () => {
      offState();
      offEvents();
    };
  }

  /** Acks carry the ticket before its broadcast; record it at once so figures never lag. */
  private recordTicket(value: unknown): void {
    const counter = this.saved?.counter;
    if (counter == null || typeof value !== 'object' || value === null || !('id' in value) || !('state' in value))
      return;
    if (this.ledger.record(value as TicketView, counter)) this.persistLedger();
  }

  private persistLedger(): void {
    const state = this.hall.getState();
    const counter = this.saved?.counter;
    if (state !== null && counter != null) saveLedger(counter, state.day, this.ledger.tickets());
    this.bumpLedger();
  }

  private bumpLedger(): void {
    this.ledgerVersion += 1;
    this.emit();
  }

  /** Leaves the session: disconnects, forgets the token, shows why. */
  private end(notice: Notice): void {
    this.disposeSocket();
    this.saved = null;
    saveSession(SESSION_KEY, null);
    this.hall.clear();
    this.setPhase({ kind: 'signed-out', notice });
  }

  private disposeSocket(): void {
    this.stopSync?.();
    this.stopLedger?.();
    this.stopSync = null;
    this.stopLedger = null;
    const client = this.client;
    this.client = null;
    client?.close();
  }

  private setPhase(phase: SessionPhase): void {
    this.phase = phase;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The counter view of the signed-in counter, from the hall state. */
export function counterOf(state: { counters: CounterView[] } | null, counter: number): CounterView | null {
  return state?.counters.find((c) => c.number === counter) ?? null;
}
