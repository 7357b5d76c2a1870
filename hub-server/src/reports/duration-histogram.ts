/**
 * A compact store of durations from which durationStats' figures come out
 * exactly. A report shows minutes with one decimal: `Math.round(ms / 60000 * 10) / 10`.
 * That rounding is monotonic, so each 0.1-minute bucket is an interval of
 * durations that all show the same; a bucket keeps its count and its
 * smallest and largest duration. Then, for the durations sorted:
 * - any rank's value (p90, the median of an odd count, the maximum) shows as its bucket;
 * - the median of an even count is the mean of two neighbours: in one bucket
 *   it shows as that bucket (a bucket is an interval), across two buckets the
 *   lower one is its bucket's largest and the upper its bucket's smallest;
 * - the mean comes from the exact sum (integer ms, exact below 2^53).
 * Buckets merge by adding counts and taking min/max, so days add up to
 * months and years. Stored durations are integer ms within ±2^31 (24 days).
 */
import type { DurationStats } from '@luot/protocol';

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;
/** The bucket a duration falls in: the tenths of a minute it shows as (same expression as `minutes`). */
export const bucketOf = (ms: number) => Math.round((ms / 60_000) * 10);

/** Stored durations are int32 ms (24 days either way): a day's waits and services always fit. */
const fitsInt32 = (ms: number) => Number.isInteger(ms) && ms >= -(2 ** 31) && ms < 2 ** 31;

/** A histogram holding durations that cannot be stored (fractional, or 24 days and more): the day stays on the raw path. */
export class UnstorableDuration extends Error {}

export class DurationHistogram {
  /**
   * By bucket, from bucket `offset` on: count, smallest, largest (dense,
   * grown either way as needed: a hall's durations span a few thousand
   * buckets; a clock stepped back can make one negative). Plain arrays, not
   * typed ones: a year's report makes and drops hundreds of these, and
   * typed arrays' memory lives outside V8's heap, which V8 collects only
   * after tens of MB of it have piled up (the hub's RSS during the year's
   * XLSX); plain arrays die young in the heap's nursery.
   */
  private count: number[] = [];
  private min: number[] = [];
  private max: number[] = [];
  private offset = 0;
  /** Indexes of the first and one past the last non-empty bucket. */
  private first = 0;
  private end = 0;
  /** Whether every duration added could be stored (see `encode`). */
  private storable = true;
  total = 0;
  sum = 0;

  add(ms: number): void {
    if (!fitsInt32(ms)) this.storable = false;
    this.put(bucketOf(ms), 1, ms, ms);
    this.sum += ms;
  }

  /** Makes room for bucket `b`, keeping the buckets already counted where they belong. */
  private reach(b: number): number {
    if (this.count.length === 0) {
      this.offset = Math.min(0, b);
      this.first = this.end = b - this.offset;
    }
    let i = b - this.offset;
    if (i >= 0 && i < this.count.length) return i;
    const lowest = Math.min(this.offset, b);
    let size = Math.max(64, this.count.length);
    while (size <= Math.max(b, this.offset + this.count.length - 1) - lowest) size *= 2;
    const shift = this.offset - lowest;
    const widen = (a: number[]) => {
      const wider = new Array<number>(size).fill(0);
      for (let j = 0; j < a.length; j++) wider[j + shift] = a[j]!;
      return wider;
    };
    this.count = widen(this.count);
    this.min = widen(this.min);
    this.max = widen(this.max);
    this.offset = lowest;
    this.first += shift;
    this.end += shift;
    i = b - this.offset;
    return i;
  }

  private put(b: number, n: number, lo: number, hi: number): void {
    const empty = this.total === 0;
    const i = this.reach(b);
    const c = this.count[i]!;
    if (c === 0) {
      this.min[i] = lo;
      this.max[i] = hi;
    } else {
      if (lo < this.min[i]!) this.min[i] = lo;
      if (hi > this.max[i]!) this.max[i] = hi;
    }
    this.count[i] = c + n;
    if (empty || i < this.first) this.first = i;
    if (empty || i >= this.end) this.end = i + 1;
    this.total += n;
  }

  merge(other: DurationHistogram): void {
    for (let i = other.first; i < other.end; i++) if (other.count[i]! > 0) this.put(i + other.offset, other.count[i]!, other.min[i]!, other.max[i]!);
    this.sum += other.sum;
    if (!other.storable) this.storable = false;
  }

  /** Adds an encoded histogram (see `encode`) whose sum is `sum`. */
  mergeEncoded(bytes: Uint8Array, sum: number): void {
    const cells = int32s(bytes);
    if (cells.length >= 3) {
      // Room for the highest and the lowest bucket first (the triples are in bucket order): one widening
      // instead of a doubling per power of two, whose discarded arrays a year's report made by the megabyte.
      this.reach(bucketOf(cells[cells.length - 2]!));
      this.reach(bucketOf(cells[1]!));
    }
    for (let i = 0; i + 2 < cells.length; i += 3) this.put(bucketOf(cells[i + 1]!), cells[i]!, cells[i + 1]!, cells[i + 2]!);
    this.sum += sum;
  }

  /** The non-empty buckets as little-endian int32 triples (count, smallest, largest), in bucket order. */
  encode(): Buffer {
    if (!this.storable) throw new UnstorableDuration('a duration is not a whole number of ms within 24 days');
    const cells: number[] = [];
    for (let i = this.first; i < this.end; i++) if (this.count[i]! > 0) cells.push(this.count[i]!, this.min[i]!, this.max[i]!);
    return Buffer.from(new Int32Array(cells).buffer);
  }

  /** The index of the bucket holding the duration at a rank (0-based) of the sorted durations. */
  private indexAt(rank: number): number {
    let seen = 0;
    for (let i = this.first; i < this.end; i++) {
      seen += this.count[i]!;
      if (seen > rank) return i;
    }
    throw new RangeError(`rank ${rank} of ${this.total}`);
  }

  /** durationStats of the durations added, to the same decimal. */
  stats(): DurationStats {
    const n = this.total;
    if (n === 0) return { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null, maxMinutes: null };
    const shown = (i: number) => (i + this.offset) / 10;
    const mid = Math.floor(n / 2);
    let median: number;
    if (n % 2 === 1) median = shown(this.indexAt(mid));
    else {
      const lower = this.indexAt(mid - 1);
      const upper = this.indexAt(mid);
      median = lower === upper ? shown(lower) : minutes((this.max[lower]! + this.min[upper]!) / 2);
    }
    return {
      count: n,
      meanMinutes: Math.round((this.sum / n / 60_000) * 10) / 10,
      medianMinutes: median,
      p90Minutes: shown(this.indexAt(Math.ceil(0.9 * n) - 1)),
      maxMinutes: shown(this.end - 1),
    };
  }
}

/** The bytes as int32s, copied first when SQLite's buffer is not 4-byte aligned. */
function int32s(bytes: Uint8Array): Int32Array {
  let aligned = bytes;
  if (bytes.byteOffset % 4 !== 0) {
    // A plain copy (memcpy): Uint8Array.from would walk the bytes one by one.
    aligned = new Uint8Array(bytes.byteLength);
    aligned.set(bytes);
  }
  return new Int32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4));
}
