/**
 * The command table of each namespace — the one list of what a client may
 * send: event name (`domain:verb`), the zod schema its payload must pass, what
 * its ack carries on success, and a line on what it does. socket.io's
 * client-to-server maps are derived from these tables; the ack is the last
 * argument and always receives a `Result`.
 *
 * A device's printer state is not a socket command: it is posted to
 * `POST /api/v1/devices/printer` (kiosk renderer and device agent alike).
 *
 * Handshake auth: devices send `{ token }` (their enrolment token);
 * officers and supervisors send `{ token }` from `POST /api/v1/auth/login`.
 */
import { ack, command, type ClientToServerOf, type CommandTable } from './command-table';
import { adminDossierCommands, counterDossierCommands, kioskDossierCommands } from './dossier-events';
import { kioskBookingCommands } from './appointments';
import type { HallDigest, HallEvent } from './hall-events';
import type { NamespaceName } from './namespaces';
import type { CounterView, HallSnapshot, TicketView } from './queue';
import {
  callNumberSchema,
  commandOnlySchema,
  finishSchema,
  hallMessageSchema,
  issueTicketSchema,
  moveTicketsSchema,
  rateSchema,
  reactivateSchema,
  setCounterStateSchema,
  signInCounterSchema,
  snapshotRequestSchema,
  supervisorSetCounterStateSchema,
  transferSchema,
} from './schemas';


/** What the kiosk gets back for a ticket: enough to print it and show it. */
export interface TicketReceipt {
  ticket: TicketView;
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
}

/** Broadcasts every namespace receives. */
export interface HallServerToClient {
  /** Sent on connect and after `hall:snapshot`. */
  'hall:snapshot': (snapshot: HallSnapshot) => void;
  /**
   * The ordered stream of changes: the events one commit made, in `seq`
   * order, as one message (a commit of several commands sends several).
   */
  'hall:events': (events: HallEvent[]) => void;
  /** Kiosks only, instead of `hall:events`: each gathered span of the stream as the loads it left. */
  'hall:digest': (digest: HallDigest) => void;
}

/** Every namespace: the whole hall state, the way a client resyncs after a gap. */
const snapshotCommands = {
  'hall:snapshot': command(snapshotRequestSchema, ack<HallSnapshot>(), 'The hall snapshot, as sent on connect (after a sequence gap, ask again).'),
} satisfies CommandTable;

export const kioskCommands = {
  ...snapshotCommands,
  'ticket:issue': command(issueTicketSchema, ack<TicketReceipt>(), 'Take a ticket for a service; the ack has what the slip prints.'),
  ...kioskDossierCommands,
  ...kioskBookingCommands,
} satisfies CommandTable;
export type KioskClientToServer = ClientToServerOf<typeof kioskCommands>;

/** Counter namespace: any staff may connect; queue commands need the officer signed in at a counter. */
export const counterCommands = {
  ...snapshotCommands,
  'counter:sign-in': command(signInCounterSchema, ack<CounterView>(), 'Sign the officer in at a counter.'),
  'counter:sign-out': command(commandOnlySchema, ack<CounterView>(), 'Sign the officer out of their counter.'),
  'counter:call-next': command(commandOnlySchema, ack<TicketView | null>(), "Call the next waiting ticket by the hall's rule; null when none waits."),
  'counter:call-number': command(callNumberSchema, ack<TicketView>(), 'Call one waiting ticket by its code.'),
  'counter:recall': command(commandOnlySchema, ack<TicketView>(), 'Announce the called ticket again.'),
  'counter:start-serving': command(commandOnlySchema, ack<TicketView>(), 'The citizen has come: serving starts.'),
  'counter:finish': command(finishSchema, ack<TicketView>(), 'Finish the current ticket with an outcome.'),
  'counter:no-show': command(commandOnlySchema, ack<TicketView>(), 'The called citizen did not come.'),
  'counter:transfer': command(transferSchema, ack<TicketView>(), 'Send the current ticket to another service or counter.'),
  'counter:reactivate': command(reactivateSchema, ack<TicketView>(), "Put a no-show back in the queue (same day)."),
  'counter:set-state': command(setCounterStateSchema, ack<CounterView>(), 'Open, pause (with a reason) or close this counter.'),
  'ticket:rate': command(rateSchema, ack<TicketView>(), "Record the citizen's rating (null: no answer in time)."),
  ...counterDossierCommands,
} satisfies CommandTable;
export type CounterClientToServer = ClientToServerOf<typeof counterCommands>;

export const displayCommands = { ...snapshotCommands } satisfies CommandTable;
export type DisplayClientToServer = ClientToServerOf<typeof displayCommands>;

/** Admin namespace: supervisors and admins. */
export const adminCommands = {
  ...snapshotCommands,
  'counter:set-state': command(supervisorSetCounterStateSchema, ack<CounterView>(), "Change any counter's state."),
  'ticket:move': command(moveTicketsSchema, ack<TicketView[]>(), 'Move waiting tickets to another service; they keep their place.'),
  'hall:message': command(hallMessageSchema, ack<null>(), 'Set or clear the message the boards show.'),
  ...adminDossierCommands,
} satisfies CommandTable;
export type AdminClientToServer = ClientToServerOf<typeof adminCommands>;

/** Every namespace's table, by namespace name. */
export const COMMAND_TABLES = {
  kiosk: kioskCommands,
  counter: counterCommands,
  display: displayCommands,
  admin: adminCommands,
} as const satisfies Record<NamespaceName, CommandTable>;

/** Data the hub keeps per socket (socket.io's fourth type parameter). */
export interface SocketData {
  principal: Principal;
}

/** Who is behind a socket or request. */
export type Principal =
  | { kind: 'device'; role: 'kiosk' | 'counter' | 'display'; deviceId: string; name: string }
  | {
      kind: 'staff';
      role: 'officer' | 'supervisor' | 'admin';
      userId: string;
      username: string;
      sessionId: string;
      /** The counter PC this connection also proved, with that device's token (`auth.deviceToken`), if any. */
      counterDeviceId?: string;
    }
  | { kind: 'public' };
