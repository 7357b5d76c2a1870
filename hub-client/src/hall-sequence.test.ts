import type { HallEvent } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { sequenceEvents } from './hall-sequence';

const message = (seq: number): HallEvent => ({ seq, at: 1000 + seq, type: 'message', message: `m${seq}` });
const day = (seq: number): HallEvent => ({ seq, at: 1000 + seq, type: 'day', day: '2026-11-24' });
const seqs = (events: HallEvent[]) => events.map((e) => e.seq);

describe('sequenceEvents', () => {
  it('hands on contiguous events and moves the last seq', () => {
    const r = sequenceEvents(10, [message(11), message(12), message(13)]);
    expect(seqs(r.deliver)).toEqual([11, 12, 13]);
    expect(r).toMatchObject({ lastSeq: 13, resync: null });
  });

  it('puts a batch in seq order', () => {
    expect(seqs(sequenceEvents(10, [message(12), message(11)]).deliver)).toEqual([11, 12]);
  });

  it('drops duplicates at or below the last seq', () => {
    const r = sequenceEvents(12, [message(11), message(12), message(13)]);
    expect(seqs(r.deliver)).toEqual([13]);
    expect(r.resync).toBeNull();
  });

  it('stops at a gap and asks for a snapshot', () => {
    const r = sequenceEvents(10, [message(11), message(13), message(14)]);
    expect(seqs(r.deliver)).toEqual([11]);
    expect(r).toMatchObject({ lastSeq: 11, resync: 'gap', gap: { expected: 12, got: 13 } });
  });

  it('a gap before anything is delivered delivers nothing', () => {
    const r = sequenceEvents(10, [message(15)]);
    expect(r).toMatchObject({ deliver: [], lastSeq: 10, resync: 'gap', gap: { expected: 11, got: 15 } });
  });

  it('hands on a new day, then asks for the new day’s snapshot', () => {
    const r = sequenceEvents(10, [message(11), day(12), message(13)]);
    expect(seqs(r.deliver)).toEqual([11, 12]);
    expect(r).toMatchObject({ lastSeq: 12, resync: 'day' });
  });

  it('an empty batch changes nothing', () => {
    expect(sequenceEvents(7, [])).toEqual({ deliver: [], lastSeq: 7, resync: null });
  });
});
