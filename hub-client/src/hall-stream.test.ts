import type { HallDigest, HallEvent, HallSnapshot } from '@luot/protocol/plain';
import { describe, expect, it } from 'vitest';
import { HallStream, sequenceDigest, sequenceEvents, type SnapshotReason } from './hall-stream';

const message = (seq: number): HallEvent => ({ seq, at: seq, type: 'message', message: `m${seq}` });
const snapshotAt = (seq: number) => ({ seq, day: '2026-11-23', at: seq }) as unknown as HallSnapshot;

function setup() {
  const asked: SnapshotReason[] = [];
  const heard: string[] = [];
  const stream = new HallStream((reason) => asked.push(reason));
  stream.subscribe({
    snapshot: (s) => heard.push(`snapshot ${s.seq}`),
    events: (es) => heard.push(`events ${es.map((e) => e.seq).join(',')}`),
    digest: (d) => heard.push(`digest ${d.from}-${d.to}`),
    resync: (reason) => heard.push(`resync ${reason}`),
  });
  return { stream, asked, heard };
}

describe('HallStream', () => {
  it('snapshot, then contiguous events', () => {
    const { stream, asked, heard } = setup();
    stream.takeSnapshot(snapshotAt(5));
    stream.takeEvents([message(6), message(7)]);
    expect(heard).toEqual(['snapshot 5', 'events 6,7']);
    expect(asked).toEqual([]);
  });

  it('events before any snapshot ask for one and wait for it', () => {
    const { stream, asked, heard } = setup();
    stream.takeEvents([message(6)]);
    expect(asked).toEqual(['no-snapshot']);
    stream.takeSnapshot(snapshotAt(5));
    expect(heard).toEqual(['snapshot 5', 'events 6']);
  });

  it('a gap asks for a snapshot; events meanwhile are held and replayed after it', () => {
    const { stream, asked, heard } = setup();
    stream.takeSnapshot(snapshotAt(5));
    stream.takeEvents([message(6), message(9)]);
    expect(asked).toEqual(['gap']);
    stream.takeEvents([message(10), message(11)]);
    stream.takeSnapshot(snapshotAt(10));
    expect(heard).toEqual(['snapshot 5', 'events 6', 'resync gap', 'snapshot 10', 'events 11']);
    expect(asked).toEqual(['gap']);
  });

  it('after a reset (link dropped) events wait for the next snapshot', () => {
    const { stream, heard } = setup();
    stream.takeSnapshot(snapshotAt(5));
    stream.reset();
    expect(stream.awaitingSnapshot).toBe(true);
    stream.takeEvents([message(6)]);
    expect(heard).toEqual(['snapshot 5']);
    stream.takeSnapshot(snapshotAt(6));
    expect(heard).toEqual(['snapshot 5', 'snapshot 6']);
  });

  it('takes a snapshot with a lower seq whole (a hub restored from a backup)', () => {
    const { stream, heard } = setup();
    stream.takeSnapshot(snapshotAt(50));
    stream.takeSnapshot(snapshotAt(3));
    stream.takeEvents([message(4)]);
    expect(heard).toEqual(['snapshot 50', 'snapshot 3', 'events 4']);
  });
});

const timedMessage = (seq: number): HallEvent => ({ seq, at: 1000 + seq, type: 'message', message: `m${seq}` });
const day = (seq: number): HallEvent => ({ seq, at: 1000 + seq, type: 'day', day: '2026-11-24' });
const seqs = (events: HallEvent[]) => events.map((e) => e.seq);

describe('sequenceEvents', () => {
  it('hands on contiguous events and moves the last seq', () => {
    const r = sequenceEvents(10, [timedMessage(11), timedMessage(12), timedMessage(13)]);
    expect(seqs(r.deliver)).toEqual([11, 12, 13]);
    expect(r).toMatchObject({ lastSeq: 13, resync: null });
  });

  it('puts a batch in seq order', () => {
    expect(seqs(sequenceEvents(10, [timedMessage(12), timedMessage(11)]).deliver)).toEqual([11, 12]);
  });

  it('drops duplicates at or below the last seq', () => {
    const r = sequenceEvents(12, [timedMessage(11), timedMessage(12), timedMessage(13)]);
    expect(seqs(r.deliver)).toEqual([13]);
    expect(r.resync).toBeNull();
  });

  it('stops at a gap and asks for a snapshot', () => {
    const r = sequenceEvents(10, [timedMessage(11), timedMessage(13), timedMessage(14)]);
    expect(seqs(r.deliver)).toEqual([11]);
    expect(r).toMatchObject({ lastSeq: 11, resync: 'gap', gap: { expected: 12, got: 13 } });
  });

  it('a gap before anything is delivered delivers nothing', () => {
    const r = sequenceEvents(10, [timedMessage(15)]);
    expect(r).toMatchObject({ deliver: [], lastSeq: 10, resync: 'gap', gap: { expected: 11, got: 15 } });
  });

  it('hands on a new day, then asks for the new day’s snapshot', () => {
    const r = sequenceEvents(10, [timedMessage(11), day(12), timedMessage(13)]);
    expect(seqs(r.deliver)).toEqual([11, 12]);
    expect(r).toMatchObject({ lastSeq: 12, resync: 'day' });
  });

  it('hands on a new hall config, then asks for the snapshot that carries it', () => {
    const config: HallEvent = { seq: 12, at: 1012, type: 'config', revision: 3 };
    const r = sequenceEvents(10, [timedMessage(11), config, timedMessage(13)]);
    expect(seqs(r.deliver)).toEqual([11, 12]);
    expect(r).toMatchObject({ lastSeq: 12, resync: 'config' });
  });

  it('an empty batch changes nothing', () => {
    expect(sequenceEvents(7, [])).toEqual({ deliver: [], lastSeq: 7, resync: null });
  });
});

const span = (from: number, to: number, resync: HallDigest['resync'] = null): HallDigest => ({ from, to, at: to, loads: [], resync });

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
