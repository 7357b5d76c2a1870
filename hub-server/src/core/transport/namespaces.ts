/**
 * The four socket.io namespaces. Each admits one kind of principal; features
 * add their commands to the namespaces they serve (`commands`), and every
 * connection binds exactly those, sends the hall snapshot, and refuses
 * everything else as `forbidden`. The default namespace `/` refuses every
 * connection.
 */
import {
  COMMAND_TABLES,
  NAMESPACES,
  type HallServerToClient,
  type HallSnapshot,
  type NamespaceName,
  type Principal,
  type SocketData,
} from '@luot/protocol';
import type { Server } from 'socket.io';
import type { Logger } from '../logger';
import type { Authenticator } from './authenticator';
import { commandBinder, type CommandBinder, type CommandSocket } from './bind-command';
import { SOCKET_COMMAND_RATE, type CommandRate } from './command-rate-rules';
import type { OriginPolicy } from './origin-rules';
import { refuseAll, requireOrigin, requireRole } from './socket-auth';
import { snapshotFor } from './device-views';

/** The hub's server: every namespace pushes the same hall stream and keeps a principal per socket. */
export type HubServer = Server<Record<string, never>, HallServerToClient, Record<string, never>, SocketData>;

type Tables = typeof COMMAND_TABLES;
type Bindings = { [N in NamespaceName]: ((b: CommandBinder<Tables[N]>) => void)[] };

export interface HubNamespaces {
  /** Adds commands to a namespace: every connection to it binds them (call before the hub listens). */
  commands<N extends NamespaceName>(name: N, bind: (b: CommandBinder<Tables[N]>) => void): void;
}

export interface NamespaceOptions {
  auth: Authenticator;
  logger: Logger;
  /** The snapshot a socket gets on connect. */
  welcome(): HallSnapshot;
  /** Which browser origins may connect (origin-rules.ts). */
  origins: OriginPolicy;
  /** Each socket's command limit (default SOCKET_COMMAND_RATE); null: none (the bench's floods). */
  commandRate?: CommandRate | null;
}

type Staff = Extract<Principal, { kind: 'staff' }>;
const isStaff = (p: Principal): p is Staff => p.kind === 'staff';

/** Who each namespace admits, and how a refusal names it. */
const ADMISSION = {
  kiosk: { admits: (p: Principal) => p.kind === 'device' && p.role === 'kiosk', channel: 'kiosk' },
  display: { admits: (p: Principal) => p.kind === 'device' && p.role === 'display', channel: 'display' },
  counter: { admits: isStaff, channel: 'counter' },
  admin: { admits: (p: Principal) => isStaff(p) && (p.role === 'supervisor' || p.role === 'admin'), channel: 'supervisor' },
} as const;

export function openNamespaces(io: HubServer, options: NamespaceOptions): HubNamespaces {
  const { auth, logger } = options;
  const rate = options.commandRate === undefined ? SOCKET_COMMAND_RATE : options.commandRate;
  const limit = rate === null ? null : { rate, now: () => performance.now() };
  const bindings: Bindings = { kiosk: [], counter: [], display: [], admin: [] };

  function open<N extends NamespaceName>(name: N): void {
    const nsp = io.of(NAMESPACES[name]);
    const { admits, channel } = ADMISSION[name];
    requireOrigin(nsp, options.origins);
    requireRole(nsp, auth, admits, channel);
    nsp.on('connection', (socket) => {
      // The binder listens by name (checked against the table by its own types); socket.io's
      // typed `on` would also need each listener's exact type, which the binder makes.
      const b = commandBinder(socket as unknown as CommandSocket, COMMAND_TABLES[name], logger, auth.stillValid, limit);
      for (const bind of bindings[name]) bind(b);
      b.refuseOthers();
      const welcome = options.welcome();
      socket.emit('hall:snapshot', snapshotFor(name, welcome));
    });
  }
  for (const name of Object.keys(NAMESPACES) as NamespaceName[]) open(name);
  refuseAll(io.of('/'));

  return {
    commands(name, bind) {
      bindings[name].push(bind);
    },
  };
}
