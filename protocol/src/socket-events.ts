/**
 * socket.io event maps, one set per namespace. Names are `domain:verb`;
 * the ack is the last argument and always receives a `Result`.
 *
 * Handshake auth: devices send `{ token }` (their enrolment token);
 * officers and supervisors send `{ token }` from `POST /api/v1/auth/login`.
 */
import type { AdminDossierClientToServer, CounterDossierClientToServer, KioskDossierClientToServer } from './dossier-events';
import type { HallEvent } from './hall-events';
import type { CounterView, HallSnapshot, TicketView } from './queue';
import type { Result } from './result';
import type {
  CallNumberCommand,
  CommandOnly,
  FinishCommand,
  HallMessageCommand,
  IssueTicketCommand,
  MoveTicketsCommand,
  PrinterReportCommand,
  RateCommand,
  ReactivateCommand,
  SetCounterStateCommand,
  SignInCounterCommand,
  SupervisorSetCounterStateCommand,
  TransferCommand,
} from './schemas';

export const NAMESPACES = { kiosk: '/kiosk', counter: '/counter', display: '/display', admin: '/admin' } as const;
export type NamespaceName = keyof typeof NAMESPACES;

export type Ack<T> = (result: Result<T>) => void;

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
}

interface SnapshotRequest {
  'hall:snapshot': (payload: Record<string, never>, ack: Ack<HallSnapshot>) => void;
}

export interface KioskClientToServer extends SnapshotRequest, KioskDossierClientToServer {
  'ticket:issue': (payload: IssueTicketCommand, ack: Ack<TicketReceipt>) => void;
  'device:printer': (payload: PrinterReportCommand, ack: Ack<null>) => void;
}

export interface CounterClientToServer extends SnapshotRequest, CounterDossierClientToServer {
  'counter:sign-in': (payload: SignInCounterCommand, ack: Ack<CounterView>) => void;
  'counter:sign-out': (payload: CommandOnly, ack: Ack<CounterView>) => void;
  'counter:call-next': (payload: CommandOnly, ack: Ack<TicketView | null>) => void;
  'counter:call-number': (payload: CallNumberCommand, ack: Ack<TicketView>) => void;
  'counter:recall': (payload: CommandOnly, ack: Ack<TicketView>) => void;
  'counter:start-serving': (payload: CommandOnly, ack: Ack<TicketView>) => void;
  'counter:finish': (payload: FinishCommand, ack: Ack<TicketView>) => void;
  'counter:no-show': (payload: CommandOnly, ack: Ack<TicketView>) => void;
  'counter:transfer': (payload: TransferCommand, ack: Ack<TicketView>) => void;
  'counter:reactivate': (payload: ReactivateCommand, ack: Ack<TicketView>) => void;
  'counter:set-state': (payload: SetCounterStateCommand, ack: Ack<CounterView>) => void;
  'ticket:rate': (payload: RateCommand, ack: Ack<TicketView>) => void;
}

export type DisplayClientToServer = SnapshotRequest;

export interface AdminClientToServer extends SnapshotRequest, AdminDossierClientToServer {
  'counter:set-state': (payload: SupervisorSetCounterStateCommand, ack: Ack<CounterView>) => void;
  'ticket:move': (payload: MoveTicketsCommand, ack: Ack<TicketView[]>) => void;
  'hall:message': (payload: HallMessageCommand, ack: Ack<null>) => void;
}

/** Data the hub keeps per socket (socket.io's fourth type parameter). */
export interface SocketData {
  principal: Principal;
}

/** Who is behind a socket or request. */
export type Principal =
  | { kind: 'device'; role: 'kiosk' | 'counter' | 'display'; deviceId: string; name: string }
  | { kind: 'staff'; role: 'officer' | 'supervisor' | 'admin'; userId: string; username: string; sessionId: string }
  | { kind: 'public' };
