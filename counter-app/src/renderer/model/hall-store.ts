/**
 * The client's view of the hall: a snapshot kept current with the hub's
 * ordered events (protocol `applyHallEvent`). When an event is missing or a
 * new day starts, the store says so and the caller asks for a new snapshot.
 * It also tracks how far the hub's clock is from this machine's, so timers
 * on screen agree with the hub (tests move the hub's clock; hall PCs drift).
 */
import { applyHallEvent, type HallEvent, type HallSnapshot } from '@luot/protocol';

export type EventOutcome = 'applied' | 'stale' | 'needs-snapshot';

export class HallStore {
  private state: HallSnapshot | null = null;
  private clockOffsetMs = 0;
  private readonly listeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: HallEvent) => void>();

  constructor(private readonly localNow: () => number = () => Date.now()) {}

  /** For React's useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): HallSnapshot | null => this.state;

  /** Listens to applied events (not snapshots), e.g. to keep today's ledger. */
  onEvent(listener: (event: HallEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** The hub's time now, estimated from the last message it sent. */
  hubNow(): number {
    return this.localNow() + this.clockOffsetMs;
  }

  setSnapshot(snapshot: HallSnapshot): void {
    // A snapshot older than what we hold (a late answer after a resync) is ignored.
    if (this.state !== null && snapshot.seq < this.state.seq && snapshot.day === this.state.day) return;
    this.state = snapshot;
    this.clockOffsetMs = snapshot.at - this.localNow();
    this.notify();
  }

  applyEvent(event: HallEvent): EventOutcome {
    if (this.state === null) return 'needs-snapshot';
    const outcome = applyHallEvent(this.state, event);
    if (outcome.kind === 'stale') return 'stale';
    if (outcome.kind !== 'applied') return 'needs-snapshot';
    this.state = outcome.state;
    this.clockOffsetMs = event.at - this.localNow();
    for (const listener of this.eventListeners) listener(event);
    this.notify();
    return 'applied';
  }

  clear(): void {
    this.state = null;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
