/**
 * The board's state, pure: a hall snapshot kept current with protocol's
 * applyHallEvent, plus the calls that arrived live. A call is "new" (flashed
 * and announced) when it arrives as an event after the board's snapshot, or
 * — after a gap or a reconnect — when the resync snapshot holds a call the
 * board had not seen, made after the last hub time it knew and at most
 * RESYNC_FRESH_MS before the snapshot (see resyncCalls). Calls inside the
 * first snapshot (page load, reload) are shown but never treated as new.
 */
import type { CallView, HallEvent, HallSnapshot } from '@luot/protocol';
import { applyHallEvent } from '@luot/protocol/hall-state';

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
