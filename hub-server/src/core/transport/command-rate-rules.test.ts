import { describe, expect, it } from 'vitest';
import { SOCKET_COMMAND_RATE, takeCommand, type CommandBucket } from './command-rate-rules';

function send(count: number, now: (i: number) => number, start?: CommandBucket) {
  let bucket = start;
  let allowed = 0;
  for (let i = 0; i < count; i++) {
    const t = takeCommand(bucket, now(i), SOCKET_COMMAND_RATE);
    bucket = t.bucket;
    if (t.allowed) allowed++;
  }
  return { allowed, bucket };
}

describe('command rate rules', () => {
  it('admits a burst of 100 at once, then refuses the excess', () => {
    expect(send(150, () => 0).allowed).toBe(100);
  });

  it('refills 50 a second: a sustained 50/s never hits the limit, 100/s is cut to about 50/s', () => {
    expect(send(50 * 60, (i) => i * 20).allowed).toBe(50 * 60);
    const flood = send(100 * 10, (i) => i * 10);
    expect(flood.allowed).toBeGreaterThanOrEqual(100 + 50 * 10 - 5);
    expect(flood.allowed).toBeLessThanOrEqual(100 + 50 * 10);
  });

  it('a quiet socket gets its full burst back, never more', () => {
    const { bucket } = send(100, () => 0);
    expect(send(150, () => 60_000, bucket).allowed).toBe(100);
  });
});
