/**
 * The announcer: one queue, one call spoken at a time, in arrival order.
 * A call never cuts another off; while sound is locked (autoplay rules)
 * calls wait in the queue. Its records are exposed for tests, since a
 * headless browser has no speakers.
 */
import type { CallView } from '@luot/protocol/plain';
import { buildAnnouncement, type AnnouncedCall, type Announcement, type AnnouncementSettings } from './announcement';

/** Plays one announcement to the end; resolves when it has finished. */
export interface PlaybackBackend {
  readonly name: string;
  play(announcement: Announcement): Promise<void>;
}

export type AnnouncementStatus = 'queued' | 'playing' | 'done' | 'failed' | 'skipped';

export interface AnnouncementRecord {
  id: number;
  /** ticketId:recall — the same call is never queued twice. */
  key: string;
  code: string;
  counter: number;
  recall: number;
  text: string;
  clips: string[];
  status: AnnouncementStatus;
  backend: string | null;
  queuedAt: number;
  startedAt: number | null;
  endedAt: number | null;
  error: string | null;
}

export interface AnnouncerOptions {
  backend: PlaybackBackend;
  settings: AnnouncementSettings;
  now?: () => number;
  /** A call that waited longer than this (sound locked) is skipped, not said late. */
  maxWaitMs?: number;
  /** Last-resort guard against a backend that never finishes. */
  playTimeoutMs?: number;
  /** Records kept in the history. */
  historyLimit?: number;
}

type Listener = () => void;

export class Announcer {
  private readonly records: AnnouncementRecord[] = [];
  private readonly pending: { record: AnnouncementRecord; announcement: Announcement }[] = [];
  private readonly seen = new Set<string>();
  private readonly listeners = new Set<Listener>();
  private nextId = 1;
  private running = false;
  private idleWaiters: Array<() => void> = [];
  private backend: PlaybackBackend;
  private settings: AnnouncementSettings;
  private lockedState = true;
  private readonly now: () => number;
  private readonly maxWaitMs: number;
  private readonly playTimeoutMs: number;
  private readonly historyLimit: number;

  constructor(opts: AnnouncerOptions) {
    this.backend = opts.backend;
    this.settings = opts.settings;
    this.now = opts.now ?? (() => Date.now());
    this.maxWaitMs = opts.maxWaitMs ?? 10 * 60_000;
    this.playTimeoutMs = opts.playTimeoutMs ?? 60_000;
    this.historyLimit = opts.historyLimit ?? 200;
  }

  get locked(): boolean {
    return this.lockedState;
  }

  /** Every record, oldest first (queued, playing and finished). */
  get history(): readonly AnnouncementRecord[] {
    return this.records;
  }

  /** Calls still waiting to be said, in order. */
  get queue(): readonly AnnouncementRecord[] {
    return this.pending.map((p) => p.record);
  }

  get backendName(): string {
    return this.backend.name;
  }

  setBackend(backend: PlaybackBackend): void {
    this.backend = backend;
  }

  setSettings(settings: AnnouncementSettings): void {
    this.settings = settings;
  }

  /** Sound allowed or not; unlocking starts saying what is queued. */
  setLocked(locked: boolean): void {
    if (this.lockedState === locked) return;
    this.lockedState = locked;
    this.changed();
    if (!locked) void this.pump();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues a call (a first call or a recall). Returns the record, or null when
   * this exact call (ticket + recall count) was already queued.
   * A code that cannot be read is recorded as failed rather than thrown: one bad
   * call must not stop the board.
   */
  announce(call: Pick<CallView, 'ticketId'> & AnnouncedCall): AnnouncementRecord | null {
    const key = `${call.ticketId}:${call.recall}`;
    if (this.seen.has(key)) return null;
    this.seen.add(key);
    const record: AnnouncementRecord = {
      id: this.nextId++,
      key,
      code: call.code,
      counter: call.counter,
      recall: call.recall,
      text: '',
      clips: [],
      status: 'queued',
      backend: null,
      queuedAt: this.now(),
      startedAt: null,
      endedAt: null,
      error: null,
    };
    this.records.push(record);
    if (this.records.length > this.historyLimit) this.records.splice(0, this.records.length - this.historyLimit);
    try {
      const announcement = buildAnnouncement(call, this.settings);
      record.text = announcement.text;
      record.clips = announcement.clips;
      this.pending.push({ record, announcement });
    } catch (e) {
      record.status = 'failed';
      record.error = e instanceof Error ? e.message : String(e);
      record.endedAt = this.now();
    }
    this.changed();
    void this.pump();
    return record;
  }

  /** Resolves when the queue is empty and nothing is playing (or sound is locked). */
  whenIdle(): Promise<void> {
    if (!this.running && (this.pending.length === 0 || this.lockedState)) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!this.lockedState) {
        const next = this.pending.shift();
        if (!next) break;
        await this.playOne(next.record, next.announcement);
      }
    } finally {
      this.running = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((w) => w());
    }
  }

  private async playOne(record: AnnouncementRecord, announcement: Announcement): Promise<void> {
    const start = this.now();
    if (start - record.queuedAt > this.maxWaitMs) {
      record.status = 'skipped';
      record.error = 'waited too long while sound was locked';
      record.endedAt = start;
      this.changed();
      return;
    }
    record.status = 'playing';
    record.backend = this.backend.name;
    record.startedAt = start;
    this.changed();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        this.backend.play(announcement),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`playback did not finish in ${this.playTimeoutMs} ms`)), this.playTimeoutMs);
        }),
      ]);
      record.status = 'done';
    } catch (e) {
      record.status = 'failed';
      record.error = e instanceof Error ? e.message : String(e);
    } finally {
      clearTimeout(timer);
    }
    record.endedAt = this.now();
    this.changed();
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }
}
