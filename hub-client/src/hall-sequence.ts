/**
 * Ordering the hub's `hall:events` against the last sequence number a client
 * holds. Pure: which events to hand to the app, the new last sequence, and
 * whether the client must ask for a snapshot (a missed event, or a new day,
 * whose state only a snapshot carries).
 */
import type { HallEvent } from '@luot/protocol';

export type ResyncReason = 'gap' | 'day';

export interface Sequenced {
  /** Events to apply, contiguous and in `seq` order. */
  deliver: HallEvent[];
  /** The seq of the last event delivered (or the one held before). */
  lastSeq: number;
  /** Set when the client must ask for a snapshot; later events wait for it. */
  resync: ResyncReason | null;
  /** On a gap: the seq expected and the seq that came. */
  gap?: { expected: number; got: number };
}

/**
 * Events at or below `lastSeq` are duplicates (a resync overlapped them) and
 * are dropped; a jump past `lastSeq + 1` is a gap; a `day` event is handed on
 * (the apps' models mark the new day) and ends the batch with a resync.
 */
export function sequenceEvents(lastSeq: number, events: readonly HallEvent[]): Sequenced {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const deliver: HallEvent[] = [];
  let seq = lastSeq;
  for (const event of sorted) {
    if (event.seq <= seq) continue;
    if (event.seq !== seq + 1) return { deliver, lastSeq: seq, resync: 'gap', gap: { expected: seq + 1, got: event.seq } };
    deliver.push(event);
    seq = event.seq;
    if (event.type === 'day') return { deliver, lastSeq: seq, resync: 'day' };
  }
  return { deliver, lastSeq: seq, resync: null };
}
