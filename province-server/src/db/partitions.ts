/**
 * Monthly partitions of `events`, made the first time a month is seen. A
 * hall's clock may be wrong (1970, next year): its events still get a
 * partition of their own month rather than being refused.
 */
import type { Pool } from './pool';

/** "2026-11" for a time in UTC: partitions follow UTC months (a report's edges are exact timestamps). */
export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** [start, end) of a UTC month in ms. */
function monthBounds(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
}

function partitionSql(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const name = `events_${month.replace('-', '_')}`;
  return `CREATE TABLE IF NOT EXISTS ${name} PARTITION OF events FOR VALUES FROM ('${month}-01T00:00:00Z') TO ('${next}-01T00:00:00Z')`;
}

/** Remembers the months already made so a busy ingest does not ask PostgreSQL each time. */
export function createPartitionKeeper(pool: Pool) {
  const known = new Set<string>();
  return {
    async ensure(times: Iterable<number>): Promise<void> {
      const months = new Set<string>();
      // A batch's events are nearly all in one month: only a time outside the last month seen is looked at again.
      let lo = Infinity;
      let hi = -Infinity;
      for (const at of times) {
        if (at >= lo && at < hi) continue;
        const month = monthOf(at);
        if (!known.has(month)) months.add(month);
        [lo, hi] = monthBounds(month);
      }
      for (const month of months) {
        try {
          await pool.query(partitionSql(month));
        } catch (e) {
          // Two ingests making the same month at once: the loser's "already exists" is fine.
          if ((e as { code?: string }).code !== '42P07' && (e as { code?: string }).code !== '23505') throw e;
        }
        known.add(month);
      }
    },
  };
}
export type PartitionKeeper = ReturnType<typeof createPartitionKeeper>;
