/**
 * The supervisor's connection: login (supervisor or admin only), the
 * `/admin` socket, and the supervisor's commands.
 */
import { luotError, type AdminClientToServer, type LuotError, type Result } from '@luot/protocol';
import {
  connectErrorOf,
  createAdminSocket,
  login,
  send,
  syncHall,
  type AckValueOf,
  type AdminSocket,
  type PayloadOf,
} from './hub-client';
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
  private socket: AdminSocket | null = null;
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

  get token(): string | null {
    return this.saved?.login.token ?? null;
  }

  resume(): void {
    const saved = loadSession(SESSION_KEY);
    if (saved === null) return;
    this.saved = saved;
    this.connect();
  }

  async signIn(username: string, password: string): Promise<LuotError | Notice | null> {
    this.setPhase({ kind: 'connecting' });
    const result = await login(username, password);
    if (!result.ok) {
      this.setPhase({ kind: 'signed-out', notice: null });
      return result.error;
    }
    if (result.value.user.role === 'officer') {
      this.setPhase({ kind: 'signed-out', notice: null });
      return { kind: 'text', key: 'signIn.notSupervisor' };
    }
    this.saved = { login: result.value, counter: null };
    saveSession(SESSION_KEY, this.saved);
    this.connect();
    return null;
  }

  signOut(): void {
    this.end({ kind: 'text', key: 'signIn.signedOut' });
  }

  async command<E extends AdminCommand>(
    event: E,
    payload: PayloadOf<AdminClientToServer[E]>,
  ): Promise<Result<AckValueOf<AdminClientToServer[E]>>> {
    if (this.socket === null) return { ok: false, error: luotError('unauthenticated') };
    const result = await send(this.socket, event, payload);
    if (!result.ok && SIGN_OUT_CODES.has(result.error.code)) this.end({ kind: 'error', error: result.error });
    return result;
  }

  private connect(): void {
    if (this.saved === null) return;
    this.dispose();
    this.setPhase({ kind: 'connecting' });
    const socket = createAdminSocket(this.saved.login.token);
    this.socket = socket;
    this.stopSync = syncHall(socket, this.hall);
    socket.on('connect', () => this.setPhase({ kind: 'ready', offline: false }));
    socket.on('connect_error', (err) => {
      if (socket !== this.socket) return;
      const error = connectErrorOf(err);
      if (error !== null && REFUSED_CODES.has(error.code)) this.end({ kind: 'error', error });
      else if (this.phase.kind === 'ready') this.setPhase({ kind: 'ready', offline: true });
    });
    socket.on('disconnect', (reason) => {
      if (socket !== this.socket) return;
      if (this.phase.kind === 'ready') this.setPhase({ kind: 'ready', offline: true });
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.connect();
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
    const socket = this.socket;
    this.socket = null;
    socket?.removeAllListeners();
    socket?.disconnect();
  }

  private setPhase(phase: AdminPhase): void {
    this.phase = phase;
    for (const listener of this.listeners) listener();
  }
}
