/**
 * The supervisor's connection: login (supervisor or admin only), the
 * `/admin` socket, and the supervisor's commands.
 */
import { createHubClient, staffLogin, staffLogout, type HubClient } from '@luot/hub-client';
import { luotError, type AckValue, type AdminClientToServer, type LuotError, type PayloadOf, type Result } from '@luot/protocol';
import { COMMAND_OPTIONS } from './command-options';
import { passwordChangeOf, type PasswordChange } from './first-password';
import { syncHall } from './hall-sync';
import { HallStore } from './model/hall-store';
import { loadSession, saveSession, type SavedSession } from './model/session-storage';
import type { Notice } from './counter-session';

export type AdminPhase =
  { kind: 'signed-out'; notice: Notice | null } | { kind: 'connecting' } | { kind: 'ready'; offline: boolean };
export type AdminCommand = Exclude<keyof AdminClientToServer, 'hall:snapshot'>;

const SESSION_KEY = 'luot.session.admin';
/** A refused connection with these codes ends the session (an officer's token is `forbidden` here). */
const REFUSED_CODES = new Set(['session_expired', 'unauthenticated', 'forbidden']);
/** A command refused with these codes means the token is no longer good. */
const SIGN_OUT_CODES = new Set(['session_expired', 'unauthenticated']);

export class AdminSession {
  readonly hall = new HallStore();
  private phase: AdminPhase = { kind: 'signed-out', notice: null };
  private client: HubClient<'admin'> | null = null;
  private stopSync: (() => void) | null = null;
  private saved: SavedSession | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getPhase = (): AdminPhase => this.phase;

  get userName(): string {
    return this.saved?.login.user.name ?? '';
  }

  /** The signed-in role: the audit log is shown to admins only. */
  get role(): 'supervisor' | 'admin' | null {
    const role = this.saved?.login.user.role;
    return role === 'supervisor' || role === 'admin' ? role : null;
  }

  get token(): string | null {
    return this.saved?.login.token ?? null;
  }

  resume(): void {
    const saved = loadSession(SESSION_KEY);
    if (saved === null) return;
    this.saved = saved;
    this.connect();
  }

  async signIn(username: string, password: string): Promise<LuotError | Notice | PasswordChange | null> {
    this.setPhase({ kind: 'connecting' });
    const result = await staffLogin('', username, password);
    if (!result.ok) {
      this.setPhase({ kind: 'signed-out', notice: null });
      return result.error;
    }
    if (result.value.user.role === 'officer') {
      this.setPhase({ kind: 'signed-out', notice: null });
      return { kind: 'text', key: 'signIn.notSupervisor' };
    }
    const change = passwordChangeOf(result.value, password);
    if (change !== null) {
      this.setPhase({ kind: 'signed-out', notice: null });
      return change;
    }
    this.saved = { login: result.value, counter: null };
    saveSession(SESSION_KEY, this.saved);
    this.connect();
    return null;
  }

  /** Signs out here at once, and ends the session on the hub (its token would otherwise stay valid for hours). */
  async signOut(): Promise<void> {
    const token = this.token;
    this.end({ kind: 'text', key: 'signIn.signedOut' });
    if (token !== null) await staffLogout('', token);
  }

  async command<E extends AdminCommand>(
    event: E,
    payload: PayloadOf<AdminClientToServer[E]>,
  ): Promise<Result<AckValue<AdminClientToServer[E]>>> {
    if (this.client === null) return { ok: false, error: luotError('unauthenticated') };
    const result = await this.client.send(event, payload);
    if (!result.ok && SIGN_OUT_CODES.has(result.error.code)) this.end({ kind: 'error', error: result.error });
    return result;
  }

  private connect(): void {
    if (this.saved === null) return;
    this.dispose();
    this.setPhase({ kind: 'connecting' });
    const client = createHubClient({ hubUrl: '', namespace: 'admin', token: this.saved.login.token, commands: COMMAND_OPTIONS });
    this.client = client;
    this.stopSync = syncHall(client, this.hall);
    client.onStatus(({ state, refusal }) => {
      if (client !== this.client) return;
      if (state === 'online') this.setPhase({ kind: 'ready', offline: false });
      else if (state === 'refused' && refusal !== null && REFUSED_CODES.has(refusal.code)) this.end({ kind: 'error', error: refusal });
      else if (state !== 'connecting' && this.phase.kind === 'ready') this.setPhase({ kind: 'ready', offline: true });
    });
  }

  private end(notice: Notice): void {
    this.dispose();
    this.saved = null;
    saveSession(SESSION_KEY, null);
    this.hall.clear();
    this.setPhase({ kind: 'signed-out', notice });
  }

  private dispose(): void {
    this.stopSync?.();
    this.stopSync = null;
    const client = this.client;
    this.client = null;
    client?.close();
  }

  private setPhase(phase: AdminPhase): void {
    this.phase = phase;
    for (const listener of this.listeners) listener();
  }
}
