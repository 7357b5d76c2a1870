/** Prepared statements over `users` (officers, supervisors, admins). */
import type { StaffRole } from '@luot/protocol';
import { readOnly, type ReadableDb, type WritableDb } from '../core/db/handles';

export interface UserRecord {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  passwordHash: string | null;
  active: boolean;
  /** Its password came from a config file: it must choose its own before any other work. */
  mustChangePassword: boolean;
}

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: string;
  password_hash: string | null;
  active: number;
  must_change_password: number;
}

const toRecord = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role as StaffRole,
  passwordHash: r.password_hash,
  active: r.active === 1,
  mustChangePassword: r.must_change_password === 1,
});

/** What read paths get: every query, no write. */
export type UserReads = ReturnType<typeof createUserReads>;
export type UserRepo = ReturnType<typeof createUserRepo>;

export function createUserReads(db: ReadableDb) {
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username');
  return {
    get: (id: string) => {
      const r = byId.get(id);
      return r ? toRecord(r) : undefined;
    },
    byUsername: (username: string) => {
      const r = byName.get(username);
      return r ? toRecord(r) : undefined;
    },
    all: () => all.all().map(toRecord),
  };
}

/** The queries and the writes; a write statement is prepared on the write handle only. */
export function createUserRepo(db: WritableDb) {
  const insert = db.prepare(
    `INSERT INTO users (id, username, name, role, password_hash, active, created_at, must_change_password)
     VALUES (@id, @username, @name, @role, @passwordHash, 1, @createdAt, @mustChange)`,
  );
  // Any new password clears the demand to change it, unless the same write sets it again (a config's password).
  const setPassword = db.prepare<[string | null, number, string]>('UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?');
  const setMustChange = db.prepare<[number, string]>('UPDATE users SET must_change_password = ? WHERE id = ?');
  const setActive = db.prepare<[number, string]>('UPDATE users SET active = ? WHERE id = ?');
  const setProfile = db.prepare<[string, string, string]>('UPDATE users SET name = ?, role = ? WHERE id = ?');
  return {
    ...createUserReads(readOnly(db)),
    insert: (u: { id: string; username: string; name: string; role: StaffRole; passwordHash: string | null; createdAt: number; mustChangePassword?: boolean }) =>
      insert.run({ id: u.id, username: u.username, name: u.name, role: u.role, passwordHash: u.passwordHash, createdAt: u.createdAt, mustChange: u.mustChangePassword ? 1 : 0 }),
    setPassword: (id: string, hash: string | null, mustChange = false) => setPassword.run(hash, mustChange ? 1 : 0, id),
    setMustChange: (id: string, mustChange: boolean) => setMustChange.run(mustChange ? 1 : 0, id),
    setActive: (id: string, active: boolean) => setActive.run(active ? 1 : 0, id),
    setProfile: (id: string, name: string, role: StaffRole) => setProfile.run(name, role, id),
  };
}
