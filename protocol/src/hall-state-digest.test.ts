import { describe, expect, it } from 'vitest';
import { applyHallDigest } from './hall-state';
import type { HallSnapshot, ServiceLoad } from './queue';

const load = (service: string, waiting: number): ServiceLoad => ({ service, waiting, estimatedWaitMinutes: waiting * 3, issuing: true });
const snapshot = { seq: 10, day: '2026-12-07', at: 100, loads: [load('DKKD', 2), load('DATDAI', 5)] } as unknown as HallSnapshot;

describe("a kiosk's digest in the hall state", () => {
  it('takes the newest loads of the span and moves the seq to its end', () => {
    const outcome = applyHallDigest(snapshot, { from: 11, to: 40, at: 900, loads: [load('DATDAI', 9), load('HOTICH', 1)], resync: null });
    expect(outcome).toEqual({
      kind: 'applied',
      state: { ...snapshot, seq: 40, at: 900, loads: [load('DKKD', 2), load('DATDAI', 9), load('HOTICH', 1)] },
    });
  });

  it('applies a span that overlaps the snapshot (gathered while the snapshot was made): its loads are newer', () => {
    const outcome = applyHallDigest(snapshot, { from: 5, to: 12, at: 200, loads: [load('DKKD', 3)], resync: null });
    expect(outcome).toMatchObject({ kind: 'applied', state: { seq: 12, loads: [load('DKKD', 3), load('DATDAI', 5)] } });
  });

  it('drops a span the snapshot already holds, and asks for a snapshot after a hole', () => {
    expect(applyHallDigest(snapshot, { from: 3, to: 10, at: 90, loads: [load('DKKD', 0)], resync: null })).toEqual({ kind: 'stale' });
    expect(applyHallDigest(snapshot, { from: 12, to: 20, at: 300, loads: [], resync: null })).toEqual({ kind: 'gap', expected: 11, got: 12 });
  });

  it('asks for a snapshot when the span held a new day or a new config', () => {
    expect(applyHallDigest(snapshot, { from: 11, to: 11, at: 300, loads: [], resync: 'day' })).toEqual({ kind: 'resync' });
    expect(applyHallDigest(snapshot, { from: 11, to: 14, at: 300, loads: [load('DKKD', 1)], resync: 'config' })).toEqual({ kind: 'resync' });
  });
});
