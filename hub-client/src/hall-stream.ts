/**
 * The hall state stream of one connection, without the socket: snapshots and
 * `hall:events` come in, contiguous events and snapshots go out to the app's
 * listeners, and a snapshot is asked for on a gap, a new day, or events that
 * come before any snapshot. Events that arrive while a snapshot is awaited
 * are held and replayed after it (those the snapshot already holds drop out).
 * Kiosks get digests instead of events (a span of the stream told as the
 * loads it left): the same rules hold for a span as for one event.
 * The ordering itself (`sequenceEvents`, `sequenceDigest`) is pure, so it is
 * tested alone.
 */
import type { HallDigest, HallEvent, HallSnapshot } from '@luot/protocol/plain';

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

/**
 * A digest wholly at or below `lastSeq` is a duplicate; one that starts past
 * `lastSeq + 1` is a gap; one that reaches past `lastSeq` without a hole is
 * delivered (overlapping is fine: its loads are the newer), and ends with a
 * resync when its span held a new day or config.
 */
export function sequenceDigest(lastSeq: number, digest: HallDigest): { deliver: HallDigest | null; lastSeq: number; resync: ResyncReason | null; gap?: { expected: number; got: number } } {
  if (digest.to <= lastSeq) return { deliver: null, lastSeq, resync: null };
  if (digest.from > lastSeq + 1) return { deliver: null, lastSeq, resync: 'gap', gap: { expected: lastSeq + 1, got: digest.from } };
  return { deliver: digest, lastSeq: digest.to, resync: digest.resync };
}

/** What an app hears of the hall; each app applies it to its own model. */
export interface HallListener {
  /** A whole state: on connect, after a resync, or asked for. Always newest-wins; the app may ignore an older one. */
  snapshot?(snapshot: HallSnapshot): void;
  /** Events following the last snapshot or events, contiguous and in `seq` order. */
  events?(events: HallEvent[]): void;
  /** Kiosks: a span of the stream following the last snapshot, events or digest, as the loads it left. */
  digest?(digest: HallDigest): void;
  /** The stream missed an event (`gap`) or a new day began: a snapshot has been asked for. For checks and logs. */
  resync?(reason: ResyncReason): void;
}

export type SnapshotReason = ResyncReason | 'no-snapshot' | 'asked';

/** Held events beyond this are dropped: the snapshot will hold their effect anyway. */
const MAX_HELD = 2000;

export class HallStream {
  private lastSeq: number | null = null;
  private awaiting = true;
  private held: (HallEvent | HallDigest)[] = [];
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
    // Runs of events are replayed together (sorted as they came), digests one by one, in arrival order.
    let run: HallEvent[] = [];
    for (const item of held) {
      if (!('from' in item)) {
        run.push(item);
        continue;
      }
      if (run.length > 0) this.takeEvents(run);
      run = [];
      this.takeDigest(item);
    }
    if (run.length > 0) this.takeEvents(run);
  }

  takeDigest(digest: HallDigest): void {
    if (this.awaiting || this.lastSeq === null) {
      this.hold([digest]);
      return;
    }
    const r = sequenceDigest(this.lastSeq, digest);
    this.lastSeq = r.lastSeq;
    if (r.deliver) for (const l of [...this.listeners]) l.digest?.(r.deliver);
    if (r.resync !== null) this.resync(r.resync);
  }

  private hold(items: readonly (HallEvent | HallDigest)[]): void {
    if (this.held.length + items.length <= MAX_HELD) this.held.push(...items);
    if (this.lastSeq === null) this.askSnapshot('no-snapshot');
  }

  private resync(reason: ResyncReason): void {
    this.awaiting = true;
    for (const l of [...this.listeners]) l.resync?.(reason);
    this.askSnapshot(reason);
  }

  takeEvents(events: readonly HallEvent[]): void {
    if (this.awaiting || this.lastSeq === null) {
      this.hold(events);
      return;
    }
    const r = sequenceEvents(this.lastSeq, events);
    this.lastSeq = r.lastSeq;
    if (r.deliver.length > 0) for (const l of [...this.listeners]) l.events?.(r.deliver);
    if (r.resync !== null) this.resync(r.resync);
  }
}
