/**
 * Kiosks show each service's load and nothing else of the hall's stream, so
 * what they are sent of it is a digest (issue 21): a span of events gathered
 * for a moment, told as the newest load of each service it changed. During
 * a rush ten kiosks each decoded every ticket's whole view; a digest is a
 * few hundred bytes whatever the span held.
 */
import type { HallDigest, HallEvent, ServiceLoad } from '@luot/protocol';

export class KioskDigest {
  private from = 0;
  private to = 0;
  private at = 0;
  private loads = new Map<string, ServiceLoad>();
  private resync: HallDigest['resync'] = null;

  get empty(): boolean {
    return this.to === 0;
  }

  /** One commit's events, oldest first, following those already gathered. */
  add(events: readonly HallEvent[]): void {
    for (const event of events) {
      if (this.from === 0) this.from = event.seq;
      this.to = event.seq;
      this.at = event.at;
      if (event.type === 'ticket' || event.type === 'counter') for (const load of event.loads) this.loads.set(load.service, load);
      // A new config outranks a new day: the kiosk then reloads its procedures too.
      else if (event.type === 'config') this.resync = 'config';
      else if (event.type === 'day') this.resync ??= 'day';
    }
  }

  /** The digest of what was gathered, and a fresh start. */
  take(): HallDigest | null {
    if (this.empty) return null;
    const digest: HallDigest = { from: this.from, to: this.to, at: this.at, loads: [...this.loads.values()], resync: this.resync };
    this.from = 0;
    this.to = 0;
    this.loads = new Map();
    this.resync = null;
    return digest;
  }
}
