/**
 * The hub's ordered broadcast stream. Each event carries the hub's sequence
 * number; a client that sees a gap asks for a snapshot.
 */
import type { CallView, CounterView, DeviceHealthView, ServiceLoad, TicketView } from './queue';
import type { SenderHealth } from './notify';

export const TICKET_ACTIONS = [
  'issued',
  'called',
  'recalled',
  'serving',
  'finished',
  'no_show',
  'reactivated',
  'transferred',
  'moved',
  'cancelled',
  'expired',
  'rated',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export type HallEvent =
  | {
      seq: number;
      at: number;
      type: 'ticket';
      action: TicketAction;
      ticket: TicketView;
      /** The new load of every service the change touched. */
      loads: ServiceLoad[];
      /** Set when the action announces a call (called, recalled). */
      call?: CallView;
    }
  | { seq: number; at: number; type: 'counter'; counter: CounterView; loads: ServiceLoad[] }
  | { seq: number; at: number; type: 'day'; day: string }
  | { seq: number; at: number; type: 'message'; message: string | null }
  | { seq: number; at: number; type: 'device'; device: DeviceHealthView }
  /** The citizens' message sender changed health (issue 19): the supervisor's devices panel shows it. */
  | { seq: number; at: number; type: 'sender'; sender: SenderHealth };

export type HallEventType = HallEvent['type'];
