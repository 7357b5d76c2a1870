/**
 * Says the kiosk's guidance one utterance at a time: a new screen's words
 * stop the old ones first (the citizen has moved on), so the kiosk never
 * talks over itself; "Nghe lại" says the last utterance again; a muted
 * speaker records what it would have said and plays nothing. The player is
 * injected (HTMLAudio in the page, a fake in tests).
 */

/** Plays one clip to its end (or until stopped); resolves either way, rejects when the clip cannot play. */
export interface ClipPlayer {
  play(clip: string): Promise<void>;
  stop(): void;
}

export interface SpokenRecord {
  clips: string[];
  at: number;
  /** queued: waiting or playing; said: every clip played; cut: a newer utterance stopped it; muted; failed: a clip could not play. */
  status: 'queued' | 'said' | 'cut' | 'muted' | 'failed';
  repeat: boolean;
}

export class GuideSpeaker {
  readonly history: SpokenRecord[] = [];
  private generation = 0;
  private last: string[] | null = null;

  constructor(
    private readonly player: ClipPlayer,
    private muted: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (muted) this.stopCurrent();
  }

  /** Says these clips after stopping whatever is being said. */
  say(clips: readonly string[], repeat = false): Promise<void> {
    this.last = [...clips];
    const record: SpokenRecord = { clips: [...clips], at: this.now(), status: this.muted ? 'muted' : 'queued', repeat };
    this.history.push(record);
    if (this.history.length > 50) this.history.shift();
    if (this.muted) return Promise.resolve();
    this.stopCurrent();
    return this.run(record, this.generation);
  }

  /** "Nghe lại": the last utterance once more. */
  repeat(): Promise<void> {
    return this.last ? this.say(this.last, true) : Promise.resolve();
  }

  stop(): void {
    this.stopCurrent();
  }

  private stopCurrent(): void {
    this.generation++;
    const current = this.history.filter((r) => r.status === 'queued');
    // Only the newest record may still be queued; every older one was cut.
    for (const r of current.slice(0, -1)) r.status = 'cut';
    this.player.stop();
  }

  private async run(record: SpokenRecord, generation: number): Promise<void> {
    for (const clip of record.clips) {
      if (generation !== this.generation) {
        record.status = 'cut';
        return;
      }
      try {
        await this.player.play(clip);
      } catch {
        record.status = 'failed';
        return;
      }
    }
    record.status = generation === this.generation ? 'said' : 'cut';
  }
}
