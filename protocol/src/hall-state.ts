/**
 * The pure reducer every client uses to keep its view of the hall: start from
 * a snapshot, apply ordered events, and ask for a new snapshot on a gap.
 */
import type { HallDigest, HallEvent } from './hall-events';
import { ACTIVE_TICKET_STATES, type HallSnapshot, type ServiceLoad } from './queue';

export const RECENT_CALLS_KEPT = 20;

export type ApplyOutcome =
  | { kind: 'applied'; state: HallSnapshot }
  /** The event is older than the state: ignore it (a duplicate after a resync). */
  | { kind: 'stale' }
  /** One or more events were missed: the client must ask for a snapshot. */
  | { kind: 'gap'; expected: number; got: number }
  /** A new day began: the client must ask for a snapshot. */
  | { kind: 'resync' };

function mergeLoads(current: ServiceLoad[], changed: ServiceLoad[]): ServiceLoad[] {
  if (changed.length === 0) return current;
  const byService = new Map(changed.map((l) => [l.service, l]));
  const merged = current.map((l) => byService.get(l.service) ?? l);
  for (const l of changed) if (!current.some((c) => c.service === l.service)) merged.push(l);
  return merged;
}

/** Applies one event to a snapshot, returning a new snapshot (inputs are not mutated). */
export function applyHallEvent(state: HallSnapshot, event: HallEvent): ApplyOutcome {
  if (event.seq <= state.seq) return { kind: 'stale' };
  if (event.seq !== state.seq + 1) return { kind: 'gap', expected: state.seq + 1, got: event.seq };
  const next: HallSnapshot = { ...state, seq: event.seq, at: event.at };
  switch (event.type) {
    case 'ticket': {
      const others = state.tickets.filter((t) => t.id !== event.ticket.id);
      next.tickets = ACTIVE_TICKET_STATES.includes(event.ticket.state) ? [...others, event.ticket] : others;
      next.loads = mergeLoads(state.loads, event.loads);
      if (event.call) next.recentCalls = [event.call, ...state.recentCalls].slice(0, RECENT_CALLS_KEPT);
      return { kind: 'applied', state: next };
    }
    case 'counter':
      next.counters = state.counters.map((c) => (c.number === event.counter.number ? event.counter : c));
      next.loads = mergeLoads(state.loads, event.loads);
      return { kind: 'applied', state: next };
    case 'message':
      next.message = event.message;
      return { kind: 'applied', state: next };
    case 'device': {
      const others = state.devices.filter((d) => d.id !== event.device.id);
      next.devices = [...others, event.device];
      return { kind: 'applied', state: next };
    }
    case 'sender':
      next.sender = event.sender;
      return { kind: 'applied', state: next };
    case 'day':
    case 'config':
      return { kind: 'resync' };
  }
}

/**
 * Applies a kiosk's digest (a span of events told as the loads they left) to
 * a snapshot. The digest may overlap what the snapshot already holds (it was
 * gathered while a snapshot was made): its loads are the newer, so it is
 * applied whenever it reaches past the snapshot without a hole before it.
 */
export function applyHallDigest(state: HallSnapshot, digest: HallDigest): ApplyOutcome {
  if (digest.to <= state.seq) return { kind: 'stale' };
  if (digest.from > state.seq + 1) return { kind: 'gap', expected: state.seq + 1, got: digest.from };
  if (digest.resync) return { kind: 'resync' };
  return { kind: 'applied', state: { ...state, seq: digest.to, at: digest.at, loads: mergeLoads(state.loads, digest.loads) } };
}
