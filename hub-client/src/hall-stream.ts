/**
 * The hall state stream of one connection, without the socket: snapshots and
 * `hall:events` come in, contiguous events and snapshots go out to the app's
 * listeners, and a snapshot is asked for on a gap, a new day, or events that
 * come before any snapshot. Events that arrive while a snapshot is awaited
 * are held and replayed after it (those the snapshot already holds drop out).
 * The ordering itself (`sequenceEvents`) is pure, so it is tested alone.
 */
import type { HallEvent, HallSnapshot } from '@luot/protocol/plain';

/** `config`: a new hall config revision (services, counters, hours) is in force. */
export type ResyncReason = 'gap' | 'day' | 'config';

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
 * (the apps' models mark the new day) and ends the batch with a resync; so
 * does a `config` event (the new services and counters come in the snapshot).
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
    if (event.type === 'config') return { deliver, lastSeq: seq, resync: 'config' };
  }
  return { deliver, lastSeq: seq, resync: null };
}

/** What an app hears of the hall; each app applies it to its own model. */
export interface HallListener {
  /** A whole state: on connect, after a resync, or asked for. Always newest-wins; the app may ignore an older one. */
  snapshot?(snapshot: HallSnapshot): void;
  /** Events following the last snapshot or events, contiguous and in `seq` order. */
  events?(events: HallEvent[]): void;
  /** The stream missed an event (`gap`) or a new day began: a snapshot has been asked for. For checks and logs. */
  resync?(reason: ResyncReason): void;
}

export type SnapshotReason = ResyncReason | 'no-snapshot' | 'asked';

/** Held events beyond this are dropped: the snapshot will hold their effect anyway. */
const MAX_HELD = 2000;

export class HallStream {
  private lastSeq: number | null = null;
  private awaiting = true;
  private held: HallEvent[] = [];
  private readonly listeners = new Set<HallListener>();

  constructor(private readonly askSnapshot: (reason: SnapshotReason) => void) {}

  subscribe(listener: HallListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True until a snapshot came since the last reset. */
  get awaitingSnapshot(): boolean {
    return this.awaiting;
  }

  /** The link dropped: events after it cannot be trusted until a snapshot comes. */
  reset(): void {
    this.awaiting = true;
    this.held = [];
  }

  takeSnapshot(snapshot: HallSnapshot): void {
    // Taken whole even with a lower seq: a hub restored from a backup starts lower.
    this.lastSeq = snapshot.seq;
    this.awaiting = false;
    for (const l of [...this.listeners]) l.snapshot?.(snapshot);
    const held = this.held;
    this.held = [];
    if (held.length > 0) this.takeEvents(held);
  }

  takeEvents(events: readonly HallEvent[]): void {
    if (this.awaiting || this.lastSeq === null) {
      if (this.held.length + events.length <= MAX_HELD) this.held.push(...events);
      if (this.lastSeq === null) this.askSnapshot('no-snapshot');
      return;
    }
    const r = sequenceEvents(this.lastSeq, events);
    this.lastSeq = r.lastSeq;
    if (r.deliver.length > 0) for (const l of [...this.listeners]) l.events?.(r.deliver);
    if (r.resync !== null) {
      this.awaiting = true;
      const reason = r.resync;
      for (const l of [...this.listeners]) l.resync?.(reason);
      this.askSnapshot(r.resync);
    }
  }
}
