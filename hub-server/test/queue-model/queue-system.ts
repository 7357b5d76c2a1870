/** What a model-based run drives: the pure rules assembled into a queue, or a real hub. */
import type { PriorityClass } from '@luot/protocol';
import type { TicketState } from './queue-spec';

/** A step's outcome as the system gave it. */
export type Outcome = { ok: true; ticketId: string | null } | { ok: false; code: string };

export interface SystemTicket {
  id: string;
  day: string;
  service: string;
  number: number;
  /** The printed code (prefix and number): one per ticket per day. */
  code: string;
  state: TicketState | string;
  counter: number | null;
}

export interface SystemCounter {
  number: number;
  state: string;
  current: string | null;
}

export interface QueueSystem {
  issue(service: string, priority: PriorityClass): Promise<Outcome>;
  signIn(counter: number): Promise<Outcome>;
  callNext(counter: number): Promise<Outcome>;
  recall(counter: number): Promise<Outcome>;
  startServing(counter: number): Promise<Outcome>;
  finish(counter: number): Promise<Outcome>;
  noShow(counter: number): Promise<Outcome>;
  transfer(counter: number, to: { service: string } | { counter: number }, toFront: boolean): Promise<Outcome>;
  reactivate(ticketId: string): Promise<Outcome>;
  setState(counter: number, state: 'open' | 'paused'): Promise<Outcome>;
  /** Moves the clock (past midnight: the day rolls over before this resolves). */
  setClock(now: number): Promise<void>;
  /** Every ticket (all days) and counter as the system holds them now. */
  state(): Promise<{ tickets: SystemTicket[]; counters: SystemCounter[] }>;
}
