import type { Migration } from '../migrate';

/**
 * Province accounts: admins (enrol halls, manage accounts), viewers (every
 * hall), and a hall's own supervisors (their hall only). Sessions are kept
 * by the hash of their token.
 */
export const accounts: Migration = {
  version: 20,
  name: '0020-accounts',
  async up(db) {
    await db.query(`
      CREATE TABLE accounts (
        username text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,40}$'),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('province_admin', 'viewer', 'hall_supervisor')),
        hall_id text REFERENCES halls (id),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'hall_supervisor') = (hall_id IS NOT NULL))
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        username text NOT NULL REFERENCES accounts (username),
        expires_at timestamptz NOT NULL
      );
    `);
  },
};
