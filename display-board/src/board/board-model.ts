/**
 * The board's model, pure: stepped by the hub's inputs (stepBoard), and read
 * as what the screen shows (buildBoardView) — one unit, so the rules of which
 * call is new, flashes and belongs on this board are unit-tested together.
 *
 * The model is a hall snapshot kept current with protocol's applyHallEvent,
 * plus the calls that arrived live. A call is "new" (flashed
 * and announced) when it arrives as an event after the board's snapshot, or
 * — after a gap or a reconnect — when the resync snapshot holds a call the
 * board had not seen, made after the last hub time it knew and at most
 * RESYNC_FRESH_MS before the snapshot (see resyncCalls). Calls inside the
 * first snapshot (page load, reload) are shown but never treated as new.
 */
import type { CallView, CounterState, HallEvent, HallSnapshot } from '@luot/protocol/plain';
import { applyHallEvent } from '@luot/protocol/plain';
import type { BoardFilter } from './board-settings';

export interface LiveCall {
  call: CallView;
  /** Local time (board clock) the event arrived: drives the flash. */
  receivedAt: number;
}

export interface BoardModel {
  snapshot: HallSnapshot | null;
  connected: boolean;
  /** A snapshot was asked for (gap, new day, reconnect); events wait for it. */
  awaitingSnapshot: boolean;
  /** Calls received live since the last snapshot, newest first. */
  live: LiveCall[];
  /** Hub clock minus board clock, from the last snapshot (TVs' clocks drift). */
  clockOffsetMs: number;
}

export const initialBoardModel: BoardModel = { snapshot: null, connected: false, awaitingSnapshot: true, live: [], clockOffsetMs: 0 };

export type BoardInput =
  | { type: 'connected' }
  | { type: 'disconnected' }
  | { type: 'snapshot'; snapshot: HallSnapshot; receivedAt: number }
  | { type: 'event'; event: HallEvent; receivedAt: number };

export interface BoardStep {
  model: BoardModel;
  /** Calls to announce, in order. */
  newCalls: CallView[];
  /** The board must ask the hub for a fresh snapshot. */
  requestSnapshot: boolean;
}

const LIVE_KEPT = 20;

/** A call missed during a resync is still announced if the hub made it at most this long before the snapshot. */
export const RESYNC_FRESH_MS = 30_000;

export const callKey = (c: Pick<CallView, 'ticketId' | 'recall'>): string => `${c.ticketId}:${c.recall}`;

/**
 * The calls of a resync snapshot the board missed, oldest first: not in the
 * state it had, made at or after the hub time that state had reached (so
 * never a call it already knew, nor one from a backup-restored hub's past),
 * and fresh by the hub's own clock. A call's CallView has no seq; its `at`
 * and key stand in for "after the last seq seen".
 */
export function resyncCalls(before: HallSnapshot, after: HallSnapshot): CallView[] {
  const known = new Set(before.recentCalls.map(callKey));
  return after.recentCalls
    .filter((c) => !known.has(callKey(c)) && c.at >= before.at && after.at - c.at <= RESYNC_FRESH_MS)
    .reverse();
}

export function stepBoard(model: BoardModel, input: BoardInput): BoardStep {
  const none = (m: BoardModel): BoardStep => ({ model: m, newCalls: [], requestSnapshot: false });
  switch (input.type) {
    case 'connected':
      // The hub sends a snapshot on connect; until then events cannot be trusted.
      return none({ ...model, connected: true, awaitingSnapshot: true });
    case 'disconnected':
      return none({ ...model, connected: false, awaitingSnapshot: true });
    case 'snapshot': {
      // Always taken whole, even with a lower seq: a hub restored from a backup starts lower.
      const inSnapshot = new Set(input.snapshot.recentCalls.map(callKey));
      // Only a resync can hold missed calls; the first snapshot's calls are all old.
      const missed = model.snapshot ? resyncCalls(model.snapshot, input.snapshot) : [];
      const kept = model.live.filter((l) => inSnapshot.has(callKey(l.call)));
      const live = [...missed.map((call) => ({ call, receivedAt: input.receivedAt })).reverse(), ...kept].slice(0, LIVE_KEPT);
      return {
        model: {
          ...model,
          snapshot: input.snapshot,
          awaitingSnapshot: false,
          // Keep flashing live calls the snapshot still has, and flash the missed ones; everything else in it is old.
          live,
          clockOffsetMs: input.snapshot.at - input.receivedAt,
        },
        newCalls: missed,
        requestSnapshot: false,
      };
    }
    case 'event': {
      if (!model.snapshot || model.awaitingSnapshot) return none(model);
      const outcome = applyHallEvent(model.snapshot, input.event);
      switch (outcome.kind) {
        case 'stale':
          return none(model);
        case 'gap':
        case 'resync':
          return { model: { ...model, awaitingSnapshot: true }, newCalls: [], requestSnapshot: true };
        case 'applied': {
          const call = input.event.type === 'ticket' ? input.event.call : undefined;
          const live = call ? [{ call, receivedAt: input.receivedAt }, ...model.live].slice(0, LIVE_KEPT) : model.live;
          return { model: { ...model, snapshot: outcome.state, live }, newCalls: call ? [call] : [], requestSnapshot: false };
        }
      }
    }
  }
}

// What the screen shows, computed from the model, the board's filter and the time.

export interface CallRow {
  key: string;
  code: string;
  counter: number;
  counterName: string;
  recall: number;
}

export interface CounterRow {
  number: number;
  name: string;
  state: CounterState;
  /** The ticket now at the counter (called or serving), or null. */
  code: string | null;
}

export interface WaitingRow {
  service: string;
  name: string;
  prefix: string;
  waiting: number;
}

export interface BoardView {
  hallName: string;
  /** The hall's logo (a PNG or SVG data URL from its config), shown beside its name; null when it has none. */
  hallLogo: string | null;
  latest: (CallRow & { flashing: boolean }) | null;
  recent: CallRow[];
  counters: CounterRow[];
  waiting: WaitingRow[];
  message: string | null;
  connected: boolean;
  hasSnapshot: boolean;
}

export function counterVisible(filter: BoardFilter, counter: { number: number; area: string }): boolean {
  if (filter.counters && !filter.counters.includes(counter.number)) return false;
  if (filter.area !== null && counter.area !== filter.area) return false;
  return true;
}

/** Whether a call belongs on this board (its counter passes the filter). */
export function callVisible(filter: BoardFilter, snapshot: HallSnapshot | null, call: CallView): boolean {
  if (!filter.area && !filter.counters) return true;
  const counter = snapshot?.counters.find((c) => c.number === call.counter);
  // An unknown counter can only pass a pure counter-number filter.
  return counter ? counterVisible(filter, counter) : filter.area === null && (filter.counters?.includes(call.counter) ?? false);
}

export function buildBoardView(
  model: BoardModel,
  filter: BoardFilter,
  opts: { now: number; flashMs: number; recentCount: number },
): BoardView {
  const s = model.snapshot;
  if (!s) {
    return { hallName: '', hallLogo: null, latest: null, recent: [], counters: [], waiting: [], message: null, connected: model.connected, hasSnapshot: false };
  }
  const counterName = (n: number) => s.counters.find((c) => c.number === n)?.name.vi ?? `Quầy ${n}`;
  const row = (c: CallView): CallRow => ({ key: callKey(c), code: c.code, counter: c.counter, counterName: counterName(c.counter), recall: c.recall });

  const calls = s.recentCalls.filter((c) => callVisible(filter, s, c));
  const latestCall = calls[0];
  let latest: BoardView['latest'] = null;
  if (latestCall) {
    const live = model.live.find((l) => callKey(l.call) === callKey(latestCall));
    latest = { ...row(latestCall), flashing: live !== undefined && opts.now - live.receivedAt < opts.flashMs };
  }
  // The list shows each ticket once (a recall moves it up, not twice), after the latest.
  const seen = new Set<string>(latestCall ? [latestCall.ticketId] : []);
  const recent: CallRow[] = [];
  for (const c of calls.slice(1)) {
    if (recent.length >= opts.recentCount || seen.has(c.ticketId)) continue;
    seen.add(c.ticketId);
    recent.push(row(c));
  }

  const codeOf = (id: string | null) => (id ? s.tickets.find((t) => t.id === id)?.code ?? null : null);
  const visibleCounters = s.counters.filter((c) => counterVisible(filter, c));
  const counters: CounterRow[] = visibleCounters
    .filter((c) => c.state !== 'closed')
    .sort((a, b) => a.number - b.number)
    .map((c) => ({ number: c.number, name: c.name.vi, state: c.state, code: codeOf(c.currentTicketId) }));

  const filtered = filter.area !== null || filter.counters !== null;
  const servedHere = new Set<string>();
  visibleCounters.forEach((c) => c.services.forEach((svc) => servedHere.add(svc))); // no Array#flatMap on old TVs
  const waiting: WaitingRow[] = s.services
    .filter((svc) => !filtered || servedHere.has(svc.code))
    .map((svc) => ({ service: svc.code, name: svc.name.vi, prefix: svc.prefix, waiting: s.loads.find((l) => l.service === svc.code)?.waiting ?? 0 }));

  return { hallName: s.hall.name.vi, hallLogo: s.hall.logo ?? null, latest, recent, counters, waiting, message: s.message, connected: model.connected, hasSnapshot: true };
}

/**
 * Counter names are "Quầy 1 — Kế hoạch và Đầu tư": the board shows
 * "Quầy 1" large and the rest small.
 */
export function splitCounterName(number: number, name: string): { title: string; detail: string | null } {
  const m = /^\s*(.*?)\s*[—–-]\s+(.+)$/.exec(name);
  if (m && m[1] && m[2]) return { title: m[1], detail: m[2] };
  const plain = name.trim();
  if (!plain || plain === `Quầy ${number}`) return { title: `Quầy ${number}`, detail: null };
  return { title: `Quầy ${number}`, detail: plain };
}
