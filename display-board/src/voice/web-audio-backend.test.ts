import { describe, expect, it } from 'vitest';
import { buildAnnouncement, DEFAULT_ANNOUNCEMENT_SETTINGS } from './announcement';
import { WebAudioBackend, type AudioContextLike } from './web-audio-backend';

/** A fake AudioContext: "decodes" a clip into a buffer whose duration is its byte count / 10, and logs start times. */
function fakeContext() {
  const started: Array<{ clip: string; at: number }> = [];
  const ctx = {
    currentTime: 100,
    state: 'running',
    destination: {} as AudioNode,
    resume: () => Promise.resolve(),
    decodeAudioData(data: ArrayBuffer, ok: (b: AudioBuffer) => void) {
      const clip = new TextDecoder().decode(data);
      ok({ duration: clip.length / 10, clip } as unknown as AudioBuffer);
    },
    createBufferSource() {
      const node = {
        buffer: null as (AudioBuffer & { clip: string }) | null,
        onended: null as (() => void) | null,
        connect: () => undefined,
        start(at: number) {
          started.push({ clip: node.buffer?.clip ?? '?', at });
          // Finish "instantly" so the test does not wait for real time.
          setTimeout(() => node.onended?.(), 0);
        },
      };
      return node as unknown as AudioBufferSourceNode;
    },
  };
  return { ctx: ctx as unknown as AudioContextLike, started };
}

describe('WebAudioBackend', () => {
  it('fetches each clip once and schedules them back to back, skipping missing ones', async () => {
    const { ctx, started } = fakeContext();
    const fetched: string[] = [];
    const fetchFn = (async (url: string) => {
      fetched.push(url);
      if (url.includes('phrase-den-quay-so')) return new Response('nope', { status: 404 });
      const clip = url.slice(url.lastIndexOf('/') + 1).replace('.mp3', '');
      return new Response(clip);
    }) as typeof fetch;
    const backend = new WebAudioBackend(ctx, { baseUrl: '/display/voice/vi/', ext: 'mp3', fetchFn });
    const a = buildAnnouncement({ code: 'A015', counter: 5, recall: 0 }, DEFAULT_ANNOUNCEMENT_SETTINGS);
    await backend.play(a);

    expect(new Set(fetched).size).toBe(fetched.length); // each clip fetched once, though said twice
    expect(fetched).toContain('/display/voice/vi/chime.mp3');
    expect(backend.missing).toEqual(new Set(['phrase-den-quay-so']));
    const once = ['phrase-moi-cong-dan-co-so-thu-tu', 'letter-a', 'num-10', 'num-lam', 'num-5'];
    expect(started.map((s) => s.clip)).toEqual(['chime', ...once, ...once]);
    for (let i = 1; i < started.length; i++) {
      const prev = started[i - 1]!;
      // Never overlapping: each clip starts after the previous one's end.
      expect(started[i]!.at).toBeGreaterThanOrEqual(prev.at + prev.clip.length / 10);
    }
    // The pause between the two sayings is longer than the gap between words.
    const gapBetweenWords = started[2]!.at - (started[1]!.at + started[1]!.clip.length / 10);
    const gapAtPause = started[6]!.at - (started[5]!.at + started[5]!.clip.length / 10);
    expect(gapAtPause).toBeGreaterThan(gapBetweenWords + 0.5);
  });
});
