import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '../core/config/load-hall-config';
import { openDatabase } from '../core/db/open';
import { migrate } from '../core/db/migrate';
import { createAuthService } from './auth-service';
import { createSessionRepo } from './session-repo';
import { createUserRepo } from './user-repo';

/** The seed over a real database, with every account and device write marked inside or outside `atomically`. */
function setup() {
  const db = openDatabase(':memory:');
  migrate(db);
  const users = createUserRepo(db);
  const sessions = createSessionRepo(db);
  let inside = false;
  const writes = { inside: 0, outside: 0 };
  const mark = () => (inside ? writes.inside++ : writes.outside++);
  const auth = createAuthService({
    users: { ...users, insert: (u) => (mark(), users.insert(u)), setPassword: (id, h) => (mark(), users.setPassword(id, h)) },
    sessions: { ...sessions, insertDevice: (d) => (mark(), sessions.insertDevice(d)) },
    clock: new ManualClock(Date.parse('2026-11-23T02:00:00Z')),
  });
  let commits = 0;
  const atomically = (write: () => void) => {
    commits++;
    inside = true;
    try {
      db.transaction(write)();
    } finally {
      inside = false;
    }
  };
  return { auth, users, sessions, writes, atomically, commits: () => commits };
}

describe('seeding a hall at start-up', () => {
  it('writes every account and device of a fresh hall in one commit, with passwords that sign in', async () => {
    const config = loadHallConfig(DEMO_HALL_CONFIG_PATH);
    const { auth, users, writes, atomically, commits } = setup();
    const { generatedAdminPassword } = await auth.seed(config, 'admin-pass-1', { atomically });
    expect(generatedAdminPassword).toBeNull();
    expect(commits()).toBe(1);
    expect(writes.outside).toBe(0);
    expect(writes.inside).toBe(config.staff.length + config.devices.length + (config.staff.some((s) => s.username === 'admin') ? 0 : 1));
    const officer = config.staff.find((s) => s.password && s.username !== 'admin')!;
    expect((await auth.login(officer.username, officer.password!)).ok).toBe(true);
    expect((await auth.login('admin', 'admin-pass-1')).ok).toBe(true);
    expect(users.byUsername('admin')?.role).toBe('admin');
  });

  it("hashes a config file's password once for every account given it; LUOT_ADMIN_PASSWORD and a changed password get their own salt", async () => {
    const config = loadHallConfig(DEMO_HALL_CONFIG_PATH);
    const shared = config.staff.filter((s) => s.password === 'luot-demo' && s.username !== 'admin');
    expect(shared.length).toBeGreaterThan(2);
    const staff = [...config.staff.filter((s) => s.username !== 'canbo03'), { ...config.staff.find((s) => s.username === 'canbo03')!, password: 'another-pass-3' }];
    const { auth, users, atomically } = setup();
    await auth.seed({ ...config, staff }, 'admin-pass-1', { atomically });
    const hashOf = (username: string) => users.byUsername(username)!.passwordHash!;
    const sharing = staff.filter((s) => s.password === 'luot-demo' && s.username !== 'admin').map((s) => hashOf(s.username));
    // One scrypt for the demo's one password: the same salt and hash in every such row.
    expect(new Set(sharing).size).toBe(1);
    expect(hashOf('canbo03')).not.toBe(sharing[0]);
    expect(hashOf('admin')).not.toBe(sharing[0]);
    for (const s of staff.filter((x) => x.role !== 'admin')) expect((await auth.login(s.username, s.password!)).ok).toBe(true);
    expect((await auth.login('admin', 'admin-pass-1')).ok).toBe(true);
    // A wrong password still fails for an account whose hash is shared.
    expect((await auth.login('canbo01', 'another-pass-3')).ok).toBe(false);
    // Its first change gives the account a salt of its own.
    const officer = users.byUsername('canbo01')!;
    await auth.setPassword(officer.id, 'mine-now-01');
    expect(new Set([hashOf('canbo01'), hashOf('canbo02')]).size).toBe(2);
    expect((await auth.login('canbo02', 'luot-demo')).ok).toBe(true);
  });

  it('writes nothing when a write inside the commit fails (nothing half-seeded)', async () => {
    const config = loadHallConfig(DEMO_HALL_CONFIG_PATH);
    const { auth, users, sessions, atomically } = setup();
    const failing = (write: () => void) =>
      atomically(() => {
        write();
        throw new Error('disk full');
      });
    await expect(auth.seed(config, 'admin-pass-1', { atomically: failing })).rejects.toThrow('disk full');
    expect(users.all()).toEqual([]);
    expect(config.devices.map((d) => sessions.device(d.id))).toEqual(config.devices.map(() => undefined));
  });

  it('gives an admin an earlier start left without a password a generated one, once', async () => {
    const { auth, users, atomically } = setup();
    users.insert({ id: 'a1', username: 'admin', name: 'Quản trị', role: 'admin', passwordHash: null, createdAt: 0 });
    const config = { ...loadHallConfig(DEMO_HALL_CONFIG_PATH), staff: [] };
    const { generatedAdminPassword } = await auth.seed(config, undefined, { atomically });
    expect(generatedAdminPassword).toMatch(/^.{16}$/);
    expect((await auth.login('admin', generatedAdminPassword!)).ok).toBe(true);
    expect((await auth.seed(config, undefined, { atomically })).generatedAdminPassword).toBeNull();
  });
});
