import { describe, expect, it } from 'vitest';
import { GuideSpeaker, type ClipPlayer } from './guide-speaker';

/** A player whose clips end when the test says so, recording how many sound at once. */
function fakePlayer() {
  let playing: { clip: string; end: () => void } | null = null;
  const log: string[] = [];
  let maxAtOnce = 0;
  let atOnce = 0;
  const player: ClipPlayer = {
    play: (clip) =>
      new Promise<void>((resolve) => {
        atOnce++;
        maxAtOnce = Math.max(maxAtOnce, atOnce);
        log.push(clip);
        playing = {
          clip,
          end: () => {
            atOnce--;
            playing = null;
            resolve();
          },
        };
      }),
    stop: () => playing?.end(),
  };
  return {
    player,
    log,
    maxAtOnce: () => maxAtOnce,
    current: () => playing?.clip ?? null,
    /** Ends the clip playing now and lets the speaker go on. */
    async finish() {
      playing?.end();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('GuideSpeaker', () => {
  it('says the clips of an utterance in order', async () => {
    const fake = fakePlayer();
    const speaker = new GuideSpeaker(fake.player, false);
    const done = speaker.say(['kiosk-your-number', 'letter-b', 'num-0']);
    for (let i = 0; i < 3; i++) await fake.finish();
    await done;
    expect(fake.log).toEqual(['kiosk-your-number', 'letter-b', 'num-0']);
    expect(speaker.history.map((r) => r.status)).toEqual(['said']);
  });

  it('never talks over itself: a new screen stops the old words before its own start', async () => {
    const fake = fakePlayer();
    const speaker = new GuideSpeaker(fake.player, false);
    void speaker.say(['kiosk-welcome', 'kiosk-search']);
    await tick();
    expect(fake.current()).toBe('kiosk-welcome');
    void speaker.say(['kiosk-services']);
    await tick();
    expect(fake.current()).toBe('kiosk-services');
    await fake.finish();
    expect(fake.maxAtOnce()).toBe(1);
    // The first utterance's second clip was never said.
    expect(fake.log).toEqual(['kiosk-welcome', 'kiosk-services']);
    expect(speaker.history.map((r) => r.status)).toEqual(['cut', 'said']);
  });

  it('"Nghe lại" says the last utterance again', async () => {
    const fake = fakePlayer();
    const speaker = new GuideSpeaker(fake.player, false);
    void speaker.say(['kiosk-service']);
    await fake.finish();
    void speaker.repeat();
    await fake.finish();
    expect(fake.log).toEqual(['kiosk-service', 'kiosk-service']);
    expect(speaker.history.map((r) => r.repeat)).toEqual([false, true]);
  });

  it('plays nothing while muted (by the hall or this kiosk), and stops when muted mid-sentence', async () => {
    const fake = fakePlayer();
    const speaker = new GuideSpeaker(fake.player, true);
    await speaker.say(['kiosk-welcome']);
    expect(fake.log).toEqual([]);
    expect(speaker.history.map((r) => r.status)).toEqual(['muted']);
    speaker.setMuted(false);
    void speaker.say(['kiosk-welcome', 'kiosk-search']);
    await tick();
    speaker.setMuted(true);
    await tick();
    expect(fake.current()).toBeNull();
    expect(fake.log).toEqual(['kiosk-welcome']);
  });

  it('gives up an utterance whose clip cannot play (a missing file), without stopping the next', async () => {
    const speaker = new GuideSpeaker({ play: (clip) => (clip === 'missing' ? Promise.reject(new Error('404')) : Promise.resolve()), stop: () => undefined }, false);
    await speaker.say(['missing', 'kiosk-welcome']);
    await speaker.say(['kiosk-welcome']);
    expect(speaker.history.map((r) => r.status)).toEqual(['failed', 'said']);
  });
});
