/**
 * Drives the hall from the outside the way real clients do: a kiosk issues
 * tickets over HTTP, officers sign in at counters over socket.io and call.
 */
import { io, type Socket } from 'socket.io-client';
import type { HallSnapshot, LoginResponse, Result, TicketView } from '@luot/protocol';

export const DEMO_PASSWORD = 'luot-demo';
export const DEMO_DISPLAY_TOKEN = 'demo-display-token-1';
export const DEMO_KIOSK_TOKEN = 'demo-kiosk-token-1';

let n = 0;
const commandId = () => `e2e-board-${Date.now().toString(36)}-${(n++).toString(36)}`;

export async function issueTicket(hubUrl: string, service: string): Promise<{ id: string; code: string }> {
  const res = await fetch(`${hubUrl}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_KIOSK_TOKEN}` },
    body: JSON.stringify({ service }),
  });
  if (res.status !== 201) throw new Error(`issue ${service}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; code: string };
}

export async function login(hubUrl: string, username: string): Promise<LoginResponse> {
  const res = await fetch(`${hubUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as LoginResponse;
}

async function connect(url: string, nsp: string, token: string): Promise<Socket> {
  const socket = io(`${url}${nsp}`, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<HallSnapshot>((resolve, reject) => {
    socket.once('hall:snapshot', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

async function send<T>(socket: Socket, event: string, payload: Record<string, unknown> = {}): Promise<T> {
  const r = (await socket.timeout(5000).emitWithAck(event, { commandId: commandId(), ...payload })) as Result<T>;
  if (!r.ok) throw new Error(`${event}: ${r.error.code} ${r.error.message.en}`);
  return r.value;
}

/** An officer signed in at one counter. */
export class Officer {
  private constructor(
    private readonly socket: Socket,
    readonly counter: number,
  ) {}

  static async signIn(hubUrl: string, username: string, counter: number): Promise<Officer> {
    const { token } = await login(hubUrl, username);
    const socket = await connect(hubUrl, '/counter', token);
    await send(socket, 'counter:sign-in', { counter });
    return new Officer(socket, counter);
  }

  callNext = () => send<TicketView | null>(this.socket, 'counter:call-next');
  recall = () => send<TicketView>(this.socket, 'counter:recall');
  startServing = () => send<TicketView>(this.socket, 'counter:start-serving');
  finish = () => send<TicketView>(this.socket, 'counter:finish', { outcome: 'guided' });
  pause = (reason: string) => send(this.socket, 'counter:set-state', { state: 'paused', reason });
  close(): void {
    this.socket.close();
  }
}

/** Sets the board's message line as the supervisor. */
export async function setHallMessage(hubUrl: string, message: string): Promise<void> {
  const { token } = await login(hubUrl, 'giamsat');
  const socket = await connect(hubUrl, '/admin', token);
  try {
    await send(socket, 'hall:message', { message });
  } finally {
    socket.close();
  }
}
