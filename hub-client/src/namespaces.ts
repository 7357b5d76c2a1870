/**
 * Which ClientToServer map of @luot/protocol belongs to which namespace, and
 * the event kinds a client sends: commands (their payload carries a
 * commandId; retried by that id) and queries (no commandId; nothing written).
 */
import type {
  AdminClientToServer,
  CounterClientToServer,
  DisplayClientToServer,
  KioskClientToServer,
  NamespaceName,
  PayloadOf,
} from '@luot/protocol/plain';

export interface ClientToServerMaps {
  kiosk: KioskClientToServer;
  counter: CounterClientToServer;
  display: DisplayClientToServer;
  admin: AdminClientToServer;
}

export type ClientToServerOf<N extends NamespaceName> = ClientToServerMaps[N];

/** The events of map `M` whose payload carries a commandId. */
export type CommandEvent<M> = {
  [K in keyof M & string]: PayloadOf<M[K]> extends { commandId: string } ? K : never;
}[keyof M & string];

/** A command's payload as an app writes it: the client adds the commandId unless the app brings its own (a retry of one tap). */
export type CommandPayload<M, E extends keyof M> = Omit<PayloadOf<M[E]>, 'commandId'> & { commandId?: string };

/** The events of map `M` that are neither commands nor the snapshot request (e.g. `dossier:lookup`). */
export type QueryEvent<M> = Exclude<keyof M & string, CommandEvent<M> | 'hall:snapshot'>;
