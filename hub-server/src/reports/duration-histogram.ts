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
 * months and years. Durations are integer ms in [0, 2^31).
 */
import type { DurationStats } from '@luot/protocol';

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;
/** The bucket a duration falls in: the tenths of a minute it shows as (same expression as `minutes`). */
export const bucketOf = (ms: number) => Math.round((ms / 60_000) * 10);

const MAX_MS = 2 ** 31 - 1;

/** Durations that cannot be stored (negative, fractional, or 24 days and more): the day stays on the raw path. */
export class UnstorableDuration extends Error {}

export class DurationHistogram {
  /** By bucket: count, smallest, largest (dense typed arrays, grown as needed: a hall's waits span a few thousand buckets). */
  private count = new Uint32Array(0);
  private min = new Int32Array(0);
  private max = new Int32Array(0);
  /** One past the last non-empty bucket. */
  private end = 0;
  total = 0;
  sum = 0;

  add(ms: number): void {
    if (!Number.isInteger(ms) || ms < 0 || ms > MAX_MS) throw new UnstorableDuration(`duration ${ms} ms`);
    this.put(bucketOf(ms), 1, ms, ms);
    this.sum += ms;
  }

  private grow(b: number): void {
    let size = Math.max(64, this.count.length);
    while (size <= b) size *= 2;
    const widen = <A extends Uint32Array | Int32Array>(a: A, make: (n: number) => A): A => {
      const wider = make(size);
      wider.set(a);
      return wider;
    };
    this.count = widen(this.count, (n) => new Uint32Array(n));
    this.min = widen(this.min, (n) => new Int32Array(n));
    this.max = widen(this.max, (n) => new Int32Array(n));
  }

  private put(b: number, n: number, lo: number, hi: number): void {
    if (b >= this.count.length) this.grow(b);
    const c = this.count[b]!;
    if (c === 0) {
      this.min[b] = lo;
      this.max[b] = hi;
    } else {
      if (lo < this.min[b]!) this.min[b] = lo;
      if (hi > this.max[b]!) this.max[b] = hi;
    }
    this.count[b] = c + n;
    if (b >= this.end) this.end = b + 1;
    this.total += n;
  }

  merge(other: DurationHistogram): void {
    for (let b = 0; b < other.end; b++) if (other.count[b]! > 0) this.put(b, other.count[b]!, other.min[b]!, other.max[b]!);
    this.sum += other.sum;
  }

  /** Adds an encoded histogram (see `encode`) whose sum is `sum`. */
  mergeEncoded(bytes: Uint8Array, sum: number): void {
    const cells = int32s(bytes);
    for (let i = 0; i + 2 < cells.length; i += 3) this.put(bucketOf(cells[i + 1]!), cells[i]!, cells[i + 1]!, cells[i + 2]!);
    this.sum += sum;
  }

  /** The non-empty buckets as little-endian int32 triples (count, smallest, largest), in bucket order. */
  encode(): Buffer {
    const cells: number[] = [];
    for (let b = 0; b < this.end; b++) if (this.count[b]! > 0) cells.push(this.count[b]!, this.min[b]!, this.max[b]!);
    return Buffer.from(new Int32Array(cells).buffer);
  }

  /** The duration at a rank (0-based) of the sorted durations, as the bucket holding it. */
  private bucketAt(rank: number): number {
    let seen = 0;
    for (let b = 0; b < this.end; b++) {
      seen += this.count[b]!;
      if (seen > rank) return b;
    }
    throw new RangeError(`rank ${rank} of ${this.total}`);
  }

  /** durationStats of the durations added, to the same decimal. */
  stats(): DurationStats {
    const n = this.total;
    if (n === 0) return { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null, maxMinutes: null };
    const mid = Math.floor(n / 2);
    let median: number;
    if (n % 2 === 1) median = this.bucketAt(mid) / 10;
    else {
      const lower = this.bucketAt(mid - 1);
      const upper = this.bucketAt(mid);
      median = lower === upper ? lower / 10 : minutes((this.max[lower]! + this.min[upper]!) / 2);
    }
    return {
      count: n,
      meanMinutes: Math.round((this.sum / n / 60_000) * 10) / 10,
      medianMinutes: median,
      p90Minutes: this.bucketAt(Math.ceil(0.9 * n) - 1) / 10,
      maxMinutes: (this.end - 1) / 10,
    };
  }
}

/** The bytes as int32s, copied first when SQLite's buffer is not 4-byte aligned. */
function int32s(bytes: Uint8Array): Int32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  return new Int32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4));
}
