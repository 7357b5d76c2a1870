import { describe, expect, it } from 'vitest';
import { admitLookup, LOOKUP_POLICY, type LookupEntry, type LookupPolicy } from './lookup-limit-rules';

const SMALL: LookupPolicy = { windows: [{ windowMs: 60_000, maxKeys: 3 }, { windowMs: 600_000, maxKeys: 5 }] };

/** Looks up each key in turn at `now`, giving the last decision. */
function walk(keys: string[], now: number, policy: LookupPolicy, start?: LookupEntry) {
  let entry = start;
  let last = admitLookup(entry, keys[0]!, now, policy);
  for (const key of keys) {
    last = admitLookup(entry, key, now, policy);
    entry = last.entry;
  }
  return last;
}

describe('lookup limit rules', () => {
  it('admits distinct keys up to the limit, then refuses a new one with the wait until the oldest leaves the window', () => {
    let entry: LookupEntry | undefined;
    for (const [i, key] of ['a', 'b', 'c'].entries()) {
      const d = admitLookup(entry, key, 1000 + i * 10_000, SMALL);
      expect(d.admitted).toBe(true);
      entry = d.entry;
    }
    const refused = admitLookup(entry, 'd', 25_000, SMALL);
    expect(refused).toMatchObject({ admitted: false, retryAfterMs: 1000 + 60_000 - 25_000 });
    expect(admitLookup(refused.entry, 'd', 61_001, SMALL).admitted).toBe(true);
  });

  it('never counts a key the address touched recently again, even when over the limit', () => {
    const full = walk(['a', 'b', 'c'], 0, SMALL);
    expect(admitLookup(full.entry, 'x', 1, SMALL).admitted).toBe(false);
    expect(admitLookup(full.entry, 'b', 1, SMALL).admitted).toBe(true);
  });

  it('lets a ticket page poll its one ticket every 3 s for a whole day', () => {
    let entry: LookupEntry | undefined;
    for (let t = 0; t < 12 * 3600_000; t += 3000) {
      const d = admitLookup(entry, 'ticket:1', t, LOOKUP_POLICY);
      expect(d.admitted).toBe(true);
      entry = d.entry;
    }
    expect(entry!.size).toBe(1);
  });

  it('holds the longer window too: slow walking stops at its limit', () => {
    let entry: LookupEntry | undefined;
    let admitted = 0;
    for (let i = 0; i < 10; i++) {
      const d = admitLookup(entry, `k${i}`, i * 61_000, SMALL);
      if (d.admitted) admitted++;
      entry = d.entry;
    }
    expect(admitted).toBe(5);
  });

  it('forgets keys older than the longest window', () => {
    const full = walk(['a', 'b', 'c', 'd', 'e'], 0, SMALL);
    const later = admitLookup(full.entry, 'f', 600_001, SMALL);
    expect(later.admitted).toBe(true);
    expect([...later.entry.keys()]).toEqual(['f']);
  });
});
