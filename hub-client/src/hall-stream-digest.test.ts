import type { HallDigest, HallSnapshot } from '@luot/protocol/plain';
import { describe, expect, it } from 'vitest';
import { HallStream, sequenceDigest, type SnapshotReason } from './hall-stream';

const span = (from: number, to: number, resync: HallDigest['resync'] = null): HallDigest => ({ from, to, at: to, loads: [], resync });
const snapshotAt = (seq: number) => ({ seq, day: '2026-12-07', at: seq }) as unknown as HallSnapshot;

function setup() {
  const asked: SnapshotReason[] = [];
  const heard: string[] = [];
  const stream = new HallStream((reason) => asked.push(reason));
  stream.subscribe({
    snapshot: (s) => heard.push(`snapshot ${s.seq}`),
    digest: (d) => heard.push(`digest ${d.from}-${d.to}`),
    resync: (reason) => heard.push(`resync ${reason}`),
  });
  return { stream, asked, heard };
}

describe("a kiosk's digests in the hall stream", () => {
  it('hands on spans that follow the snapshot, overlapping or not, and drops those it holds', () => {
    const { stream, asked, heard } = setup();
    stream.takeSnapshot(snapshotAt(10));
    stream.takeDigest(span(4, 10)); // gathered before the snapshot was made: nothing new
    stream.takeDigest(span(8, 14)); // reaches past it: its loads are the newer
    stream.takeDigest(span(15, 15));
    expect(heard).toEqual(['snapshot 10', 'digest 8-14', 'digest 15-15']);
    expect(asked).toEqual([]);
  });

  it('asks for a snapshot after a hole, holds what comes meanwhile and replays it after', () => {
    const { stream, asked, heard } = setup();
    stream.takeSnapshot(snapshotAt(10));
    stream.takeDigest(span(13, 20));
    expect(asked).toEqual(['gap']);
    stream.takeDigest(span(21, 25));
    stream.takeSnapshot(snapshotAt(22));
    expect(heard).toEqual(['snapshot 10', 'resync gap', 'snapshot 22', 'digest 21-25']);
  });

  it('a span with a new day or config is handed on, then a snapshot is asked for', () => {
    const { stream, asked, heard } = setup();
    stream.takeSnapshot(snapshotAt(10));
    stream.takeDigest(span(11, 12, 'config'));
    expect(heard).toEqual(['snapshot 10', 'digest 11-12', 'resync config']);
    expect(asked).toEqual(['config']);
    expect(stream.awaitingSnapshot).toBe(true);
  });

  it('a digest before any snapshot asks for one and waits for it', () => {
    const { stream, asked, heard } = setup();
    stream.takeDigest(span(6, 9));
    expect(asked).toEqual(['no-snapshot']);
    stream.takeSnapshot(snapshotAt(7));
    expect(heard).toEqual(['snapshot 7', 'digest 6-9']);
  });
});

describe('sequenceDigest', () => {
  it('moves the last seq to the end of a delivered span, and keeps it otherwise', () => {
    expect(sequenceDigest(5, span(6, 9))).toMatchObject({ lastSeq: 9, resync: null });
    expect(sequenceDigest(5, span(2, 5))).toEqual({ deliver: null, lastSeq: 5, resync: null });
    expect(sequenceDigest(5, span(7, 9))).toEqual({ deliver: null, lastSeq: 5, resync: 'gap', gap: { expected: 6, got: 7 } });
    expect(sequenceDigest(5, span(6, 6, 'day'))).toMatchObject({ lastSeq: 6, resync: 'day' });
  });
});
