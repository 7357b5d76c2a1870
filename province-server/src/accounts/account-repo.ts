/** Province accounts and their sessions. */
import { randomBytes } from 'node:crypto';
import type { ProvinceRole } from '@luot/protocol';
import type { Pool } from '../db/pool';
import { hashHallToken as sha256 } from '../halls/hall-tokens';
import { hashPassword, verifyPassword } from './passwords';

export interface Account {
  username: string;
  name: string;
  role: ProvinceRole;
  /** A hall supervisor's hall; null for province roles. */
  hall: string | null;
}

/** A working day's session: long enough for a shift, short enough that a forgotten browser stops working. */
const SESSION_MS = 10 * 60 * 60 * 1000;

export function createAccountRepo(pool: Pool) {
  const select = 'SELECT username, name, role, hall_id AS hall FROM accounts';
  return {
    async create(account: Account, password: string): Promise<void> {
      await pool.query('INSERT INTO accounts (username, name, role, hall_id, password_hash) VALUES ($1, $2, $3, $4, $5)', [
        account.username,
        account.name,
        account.role,
        account.hall,
        await hashPassword(password),
      ]);
    },
    async count(): Promise<number> {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
      return rows[0]?.n ?? 0;
    },
    /** A session token for the right password, or null. */
    async signIn(username: string, password: string): Promise<{ token: string; account: Account } | null> {
      const { rows } = await pool.query<Account & { password_hash: string }>(
        'SELECT username, name, role, hall_id AS hall, password_hash FROM accounts WHERE username = $1',
        [username],
      );
      const row = rows[0];
      if (!row || !(await verifyPassword(password, row.password_hash))) return null;
      const token = `prov_${randomBytes(32).toString('base64url')}`;
      await pool.query("INSERT INTO sessions (token_hash, username, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')", [
        sha256(token),
        username,
        SESSION_MS,
      ]);
      const { password_hash: _hash, ...account } = row;
      return { token, account };
    },
    async bySession(token: string): Promise<Account | null> {
      const { rows } = await pool.query<Account>(
        `${select} WHERE username = (SELECT username FROM sessions WHERE token_hash = $1 AND expires_at > now())`,
        [sha256(token)],
      );
      return rows[0] ?? null;
    },
  };
}
export type AccountRepo = ReturnType<typeof createAccountRepo>;
