/**
 * The hall state stream of one connection, without the socket: snapshots and
 * `hall:events` come in, contiguous events and snapshots go out to the app's
 * listeners, and a snapshot is asked for on a gap, a new day, or events that
 * come before any snapshot. Events that arrive while a snapshot is awaited
 * are held and replayed after it (those the snapshot already holds drop out).
 */
import type { HallEvent, HallSnapshot } from '@luot/protocol';
import { sequenceEvents, type ResyncReason } from './hall-sequence';

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
