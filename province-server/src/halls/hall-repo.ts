/** Halls enrolled with the province: enrol (a new token), revoke, find by token. */
import { inTransaction, type Pool } from '../db/pool';
import { hashHallToken, makeHallToken } from './hall-tokens';

export interface EnrolledHall {
  id: string;
  name: string;
  /** Shown once: the province keeps only its hash. */
  token: string;
}

export class HallEnrolmentError extends Error {}

export function createHallRepo(pool: Pool) {
  return {
    /** Enrols a new hall, or gives an enrolled one a new token (the old one stops working). */
    async enrol(id: string, name: string): Promise<EnrolledHall> {
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id)) {
        throw new HallEnrolmentError(`A hall id is lowercase letters, digits and dashes (at most 63): "${id}".`);
      }
      const token = makeHallToken();
      await inTransaction(pool, async (db) => {
        await db.query(
          `INSERT INTO halls (id, name, token_hash) VALUES ($1, $2, $3)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash, revoked_at = NULL`,
          [id, name, hashHallToken(token)],
        );
        await db.query('INSERT INTO hall_links (hall_id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
      });
      return { id, name, token };
    },
    /** The hall's token stops working at once; its stored events stay. */
    async revoke(id: string): Promise<boolean> {
      const { rowCount } = await pool.query('UPDATE halls SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
      return (rowCount ?? 0) > 0;
    },
    /** The hall a token belongs to, unless revoked. */
    async byToken(token: string): Promise<{ id: string; name: string } | null> {
      const { rows } = await pool.query<{ id: string; name: string }>(
        'SELECT id, name FROM halls WHERE token_hash = $1 AND revoked_at IS NULL',
        [hashHallToken(token)],
      );
      return rows[0] ?? null;
    },
  };
}
export type HallRepo = ReturnType<typeof createHallRepo>;
