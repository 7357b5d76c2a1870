/**
 * Forward-only migrations, numbered in steps of 10 like the hub's: each runs
 * in its own transaction and is recorded in `schema_migrations`; a database
 * from a newer province server is refused. An advisory lock keeps two
 * starting servers from migrating at once.
 */
import { inTransaction, type Pool, type PoolClient } from './pool';
import { migrations } from './migrations/index';

export interface Migration {
  version: number;
  name: string;
  up(client: PoolClient): Promise<void>;
}

/** Any fixed number: the lock only has to be the same for every province server. */
const MIGRATION_LOCK = 4_201_020;

export class MigrationError extends Error {}

export async function migrate(pool: Pool, list: readonly Migration[] = migrations): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    const newest = list.at(-1)?.version ?? 0;
    if (current > newest) {
      throw new MigrationError(`The database is at schema ${current}, newer than this province server (${newest}). Run the newer server.`);
    }
    for (const m of list) {
      if (m.version <= current) continue;
      await m.up(client);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    return newest;
  });
}
