/**
 * Plays an announcement from the voice pack: fetches and decodes each clip
 * once (cached), then schedules them back to back on one AudioContext so the
 * words join without gaps from timers. Only fetch and the decode callback
 * form are used, which old TV browsers (webkitAudioContext) have.
 */
import { PAUSE_CLIP, type Announcement } from './announcement';
import type { PlaybackBackend } from './announcer';

/** The parts of AudioContext the backend needs (so tests can fake it). */
export interface AudioContextLike {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: AudioNode;
  resume(): Promise<void>;
  decodeAudioData(data: ArrayBuffer, ok: (b: AudioBuffer) => void, err?: (e: unknown) => void): unknown;
  createBufferSource(): AudioBufferSourceNode;
}

export interface VoicePackOptions {
  /** Folder URL ending in `/`, e.g. `/display/voice/vi/`. */
  baseUrl: string;
  /** File extension of the clips, from the pack's index.json. */
  ext: string;
  fetchFn?: typeof fetch;
}

const GAP_S = 0.04;
const PAUSE_S = 0.7;
const AFTER_CHIME_S = 0.25;

export class WebAudioBackend implements PlaybackBackend {
  readonly name = 'voice-pack';
  /** Clip ids the pack lacks (404 or undecodable): skipped, listed for the installer. */
  readonly missing = new Set<string>();
  private readonly cache = new Map<string, Promise<AudioBuffer | null>>();

  constructor(
    private readonly ctx: AudioContextLike,
    private readonly pack: VoicePackOptions,
  ) {}

  load(clip: string): Promise<AudioBuffer | null> {
    let p = this.cache.get(clip);
    if (!p) {
      p = this.fetchAndDecode(clip);
      this.cache.set(clip, p);
    }
    return p;
  }

  private async fetchAndDecode(clip: string): Promise<AudioBuffer | null> {
    const fetchFn = this.pack.fetchFn ?? fetch;
    try {
      const res = await fetchFn(`${this.pack.baseUrl}${clip}.${this.pack.ext}`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data = await res.arrayBuffer();
      return await new Promise<AudioBuffer>((resolve, reject) => {
        const r = this.ctx.decodeAudioData(data, resolve, reject);
        // Newer browsers also return a promise; swallow its copy of the rejection.
        if (r instanceof Promise) r.catch(() => undefined);
      });
    } catch {
      this.missing.add(clip);
      this.cache.delete(clip); // a hall may add the file later: try again next time
      return null;
    }
  }

  async play(a: Announcement): Promise<void> {
    if (this.ctx.state !== 'running') await this.ctx.resume();
    const buffers = await Promise.all(a.clips.map((c) => (c === PAUSE_CLIP ? Promise.resolve(null) : this.load(c))));
    let t = this.ctx.currentTime + 0.05;
    const begin = t;
    let last: AudioBufferSourceNode | null = null;
    a.clips.forEach((clip, i) => {
      if (clip === PAUSE_CLIP) {
        t += PAUSE_S;
        return;
      }
      const buffer = buffers[i];
      if (!buffer) return;
      const src = this.ctx.createBufferSource();
      src.buffer = buffer;
      src.connect(this.ctx.destination);
      src.start(t);
      t += buffer.duration + (clip === 'chime' ? AFTER_CHIME_S : GAP_S);
      last = src;
    });
    const total = t - begin;
    if (!last) return;
    const lastSource: AudioBufferSourceNode = last;
    await new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve();
      };
      lastSource.onended = finish;
      // Some TV browsers never fire onended: a timer on the wall clock backs it up.
      setTimeout(finish, (total + 0.5) * 1000);
    });
  }
}
