/** The province's connection pool. Sequences are bigint: read them as numbers (a hall never reaches 2^53 events). */
import pg from 'pg';

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

/**
 * JIT off for the province's sessions: its report queries are many short
 * aggregates, for which PostgreSQL's JIT compilation (on by default when
 * built with LLVM) cost more than the query itself (56 ms of a 110 ms month
 * report, measured; more with inlining on the year's).
 */
export function createPool(url: string, max = 10): Pool {
  return new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
}

/** Runs `work` in one transaction on one connection; rolls back on any error. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
