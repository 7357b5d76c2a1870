import { describe, expect, it } from 'vitest';
import { asbFor, asbLength, isAsbByte, stateFromAsb } from './star-status';

describe('Star automatic status (ASB)', () => {
  it('reads the byte count from header 1 (bits 1–3 and 5)', () => {
    expect(asbLength(0x0f)).toBe(7);
    expect(asbLength(0x21)).toBe(8);
    expect(asbLength(0x23)).toBe(9);
    expect(asbLength(0x2f)).toBe(15);
    expect(asbLength(0x12)).toBeNull(); // a DLE EOT answer, not an ASB header
    expect(asbLength(0x01)).toBeNull(); // too short to be an ASB
  });

  it.each(['online', 'paper_near_end', 'paper_out', 'cover_open', 'error', 'offline'] as const)('%s round-trips through the simulator bytes', (state) => {
    const asb = asbFor(state);
    expect(asbLength(asb[0]!)).toBe(asb.length);
    expect([...asb.subarray(1)].every(isAsbByte)).toBe(true);
    expect(stateFromAsb(asb).state).toBe(state);
  });

  it('cover open wins over paper out; the outer near-end sensor counts too', () => {
    expect(stateFromAsb(Buffer.of(0x23, 0x02, 0x28, 0, 0, 0x08, 0, 0, 0)).state).toBe('cover_open');
    expect(stateFromAsb(Buffer.of(0x23, 0x02, 0, 0, 0, 0x02, 0, 0, 0)).state).toBe('paper_near_end');
    expect(stateFromAsb(Buffer.of(0x23, 0x02, 0, 0x20, 0, 0, 0, 0, 0))).toEqual({ state: 'error', detail: 'unrecoverable error' });
  });
});
