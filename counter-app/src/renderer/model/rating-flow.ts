/**
 * One satisfaction question at a time, after each finished ticket: the
 * first answer (rating pad or rating screen) is sent as `ticket:rate`; no
 * answer before the hall's timeout is sent as `rating: null` (no answer).
 * Timers and the sender are injected so the flow is tested without a hub.
 */
import type { LuotError, Rating, RatingScale, Result } from '@luot/protocol';
import { toRating } from './rating';

export type RatingStatus =
  | { kind: 'asking'; ticketId: string; code: string; deadline: number }
  | { kind: 'answered'; ticketId: string; code: string; rating: Rating }
  | { kind: 'no-answer'; ticketId: string; code: string }
  | { kind: 'failed'; ticketId: string; code: string; error: LuotError };

export interface RatingFlowDeps {
  send(ticketId: string, rating: Rating | null): Promise<Result<unknown>>;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  onChange(status: RatingStatus | null): void;
}

export class RatingFlow {
  private status: RatingStatus | null = null;
  private timer: unknown = null;

  constructor(
    private readonly deps: RatingFlowDeps,
    private scale: RatingScale,
    private timeoutMs: number,
  ) {}

  configure(scale: RatingScale, timeoutMs: number): void {
    this.scale = scale;
    this.timeoutMs = timeoutMs;
  }

  current(): RatingStatus | null {
    return this.status;
  }

  /** Asks about a finished ticket. A question still open is closed as "no answer" first. */
  ask(ticketId: string, code: string): void {
    if (this.status?.kind === 'asking') void this.settle(null);
    this.set({ kind: 'asking', ticketId, code, deadline: this.deps.now() + this.timeoutMs });
    this.timer = this.deps.setTimer(() => void this.settle(null), this.timeoutMs);
  }

  /** An answer from the pad or the screen; values off the hall's scale are ignored. Returns whether it counted. */
  answer(value: number): boolean {
    if (this.status?.kind !== 'asking') return false;
    const rating = toRating(value, this.scale);
    if (rating === null) return false;
    void this.settle(rating);
    return true;
  }

  /** The officer closes the question: recorded as no answer. */
  skip(): void {
    if (this.status?.kind === 'asking') void this.settle(null);
  }

  /**
   * The console is going away (sign-out, reload, closed window) with the
   * question open: recorded as no answer, best effort. Resolves once sent.
   */
  abandon(): Promise<void> {
    return this.status?.kind === 'asking' ? this.settle(null) : Promise.resolve();
  }

  dispose(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private settle(rating: Rating | null): Promise<void> {
    const asked = this.status;
    if (asked?.kind !== 'asking') return Promise.resolve();
    this.dispose();
    const { ticketId, code } = asked;
    this.set(rating === null ? { kind: 'no-answer', ticketId, code } : { kind: 'answered', ticketId, code, rating });
    return this.deps.send(ticketId, rating).then((result) => {
      // Only report a failure for the question still shown.
      if (!result.ok && this.status?.ticketId === ticketId)
        this.set({ kind: 'failed', ticketId, code, error: result.error });
    });
  }

  private set(status: RatingStatus | null): void {
    this.status = status;
    this.deps.onChange(status);
  }
}
