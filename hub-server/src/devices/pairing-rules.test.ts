import { formatPairingCode, normalizePairingCode, PAIRING_ALPHABET } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { makePairingCode, nextAttempt, pairingExpired, PAIRING_TTL_MS } from './pairing-rules';

describe('pairing codes', () => {
  it('are six letters of the unambiguous alphabet, shown in two groups', () => {
    let i = 0;
    const code = makePairingCode((n) => (i++ * 7) % n);
    expect(code).toMatch(new RegExp(`^[${PAIRING_ALPHABET}]{6}$`));
    expect(formatPairingCode('KMA7RX')).toBe('KMA-7RX');
    for (const lookalike of ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B']) expect(PAIRING_ALPHABET).not.toContain(lookalike);
  });

  it('accept what an admin types: lower case, a dash, spaces; refuse anything else', () => {
    expect(normalizePairingCode(' kma-7rx ')).toBe('KMA7RX');
    expect(normalizePairingCode('KMA 7RX')).toBe('KMA7RX');
    expect(normalizePairingCode('KMA7R')).toBeNull();
    expect(normalizePairingCode('KMA7R0')).toBeNull();
    expect(normalizePairingCode('KMA7RXX')).toBeNull();
  });

  it('live ten minutes, not a millisecond more', () => {
    const made = 1_000_000;
    const p = { expiresAt: made + PAIRING_TTL_MS };
    expect(PAIRING_TTL_MS).toBe(10 * 60_000);
    expect(pairingExpired(p, made + PAIRING_TTL_MS - 1)).toBe(false);
    expect(pairingExpired(p, made + PAIRING_TTL_MS)).toBe(true);
  });
});

describe('the attempt window', () => {
  const rule = { limit: 3, windowMs: 1000 };
  it('allows up to the limit, then refuses until the oldest attempt leaves the window', () => {
    let times: number[] = [];
    for (const at of [0, 100, 200]) {
      const r = nextAttempt(times, at, rule);
      expect(r.allowed).toBe(true);
      times = r.times;
    }
    const refused = nextAttempt(times, 500, rule);
    expect(refused).toMatchObject({ allowed: false, retryAfterMs: 500 });
    expect(refused.times).toHaveLength(3);
    expect(nextAttempt(refused.times, 1000, rule)).toMatchObject({ allowed: true, times: [100, 200, 1000] });
  });
});
