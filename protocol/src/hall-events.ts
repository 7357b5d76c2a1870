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
  /** A new hall config revision is in force (services, counters, hours…): clients take a new snapshot. */
  | { seq: number; at: number; type: 'config'; revision: number }
  | { seq: number; at: number; type: 'message'; message: string | null }
  | { seq: number; at: number; type: 'device'; device: DeviceHealthView }
  /** The citizens' message sender changed health (issue 19): the supervisor's devices panel shows it. */
  | { seq: number; at: number; type: 'sender'; sender: SenderHealth };

export type HallEventType = HallEvent['type'];

/**
 * What kiosks receive instead of the events themselves (issue 21): a kiosk
 * shows only each service's load, so the hub tells a gathered span of the
 * stream (`from`…`to`, every seq in it) as the newest load of each service
 * the span changed. `resync` is set when the span held a new day or a new
 * config revision (`config` when it held both: the kiosk then reloads its
 * procedures too): the kiosk then takes a new snapshot.
 */
export interface HallDigest {
  from: number;
  to: number;
  /** The time of the span's last event. */
  at: number;
  loads: ServiceLoad[];
  resync: 'day' | 'config' | null;
}
