import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { openDatabase } from '../core/db/open';
import { migrate } from '../core/db/migrate';
import { createAuthService, SESSION_TTL_MS } from './auth-service';
import { createSessionRepo } from './session-repo';
import { createUserRepo } from './user-repo';

const T0 = Date.parse('2026-11-23T02:00:00Z');

/** An auth service over a real database whose session and device reads are counted. */
function setup() {
  const db = openDatabase(':memory:');
  migrate(db);
  const clock = new ManualClock(T0);
  const sessions = createSessionRepo(db);
  const reads = { session: 0, device: 0 };
  const counted = {
    ...sessions,
    session: (id: string) => (reads.session++, sessions.session(id)),
    device: (id: string) => (reads.device++, sessions.device(id)),
  };
  const auth = createAuthService({ users: createUserRepo(db), sessions: counted, clock });
  return { auth, clock, reads };
}

describe('the check before each socket command', () => {
  it('reads a device from the database once, until a device is revoked or enrolled', () => {
    const { auth, reads } = setup();
    const { token } = auth.enrolDevice('kiosk-1', 'Ki-ốt 1', 'kiosk');
    const p = auth.authenticate(token);
    if (!p.ok) throw new Error('not authenticated');
    const before = reads.device;
    for (let i = 0; i < 5; i++) expect(auth.stillValid(p.value).ok).toBe(true);
    expect(reads.device - before).toBe(1);
    auth.revokeDevice('kiosk-1');
    expect(auth.stillValid(p.value)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('remembers a session until its expiry or a logout', async () => {
    const { auth, clock, reads } = setup();
    await auth.createUser({ username: 'canbo01', name: 'Cán bộ', role: 'officer', password: 'secret-pass' });
    const login = await auth.login('canbo01', 'secret-pass');
    if (!login.ok) throw new Error('no login');
    const p = auth.authenticate(login.value.token);
    if (!p.ok) throw new Error('not authenticated');
    expect(auth.stillValid(p.value).ok).toBe(true);
    expect(auth.stillValid(p.value).ok).toBe(true);
    expect(reads.session).toBe(1);
    clock.advance(SESSION_TTL_MS);
    expect(auth.stillValid(p.value)).toMatchObject({ ok: false, error: { code: 'session_expired' } });

    clock.set(T0);
    const again = await auth.login('canbo01', 'secret-pass');
    if (!again.ok) throw new Error('no login');
    const q = auth.authenticate(again.value.token);
    if (!q.ok || q.value.kind !== 'staff') throw new Error('not authenticated');
    expect(auth.stillValid(q.value).ok).toBe(true);
    auth.logout(q.value.sessionId);
    expect(auth.stillValid(q.value)).toMatchObject({ ok: false, error: { code: 'session_expired' } });
  });
});
