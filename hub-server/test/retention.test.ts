/**
 * Issue 16: the retention policy (hall config `retention`, defaults) run by
 * the hub's job, on the hub's ManualClock: phone numbers go as soon as the
 * dossier is closed, the rest of the applicant's personal data 90 days
 * after; ended sessions after 30 days, command records after 7, audit rows
 * after 730. Reports of the past day are the same after the purge; the job
 * works in small transactions while the hall issues, records what it did,
 * survives a failing step, and runs at start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierView } from '@luot/protocol';
import { cid, dossierHallConfig, login, MONDAY_9AM, startTestHub, until, type TestHub } from '@luot/testing';
import { receivedDossier, registeredDossier, returnedDossier } from './personal-data-helpers';

const DAY = 24 * 60 * 60 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'luot-retention-'));
let hub: TestHub;
let closed: DossierView;
let open: DossierView;
/** Registered at the kiosk and never received (its ticket's day ended). */
let abandoned: string;
let reportBefore: unknown;

const report = async (day: string) => {
  const { token } = await login(hub.url, 'giamsat');
  const r = await fetch(`${hub.url}/api/v1/reports/day?day=${day}`, { headers: { authorization: `Bearer ${token}` } });
  expect(r.status).toBe(200);
  return r.json();
};
const view = (id: string) => {
  const v = hub.hub.services.dossiers.get(id);
  if (!v.ok) throw new Error(v.error.message.en);
  return v.value;
};
const auditRows = (action: string) =>
  (hub.db.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY id').pluck().all(action) as string[]).map(
    (d) => JSON.parse(d) as Record<string, unknown>,
  );
const count = (table: string) => hub.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const adminId = () => hub.db.prepare("SELECT id FROM users WHERE username = 'admin'").pluck().get() as string;

beforeAll(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir: dir });
  closed = await returnedDossier(hub);
  open = await receivedDossier(hub);
  abandoned = await registeredDossier(hub);
  // An audit row from long ago (the log only refuses UPDATE and DELETE).
  hub.db
    .prepare(
      "INSERT INTO audit_log (at, actor, action, subject, address, detail) VALUES (?, 'anonymous', 'sign-in-failed', 'x', NULL, NULL)",
    )
    .run(MONDAY_9AM - 800 * DAY);
  reportBefore = await report('2026-11-23');
});
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the retention policy', () => {
  it('the next day: erases the closed dossier’s phone, keeps the rest, and audit rows past two years go', async () => {
    hub.clock.advance(DAY);
    const done = await hub.hub.retention.run();
    expect(done).toMatchObject({ phonesErased: 1, dossiersErased: 0, auditRows: 1, failures: [] });
    expect(view(closed.id).applicant).toMatchObject({
      phone: '',
      name: 'Võ Việt Dũng',
      idNumber: closed.applicant.idNumber,
    });
    expect(view(open.id).applicant.phone).toBe('0912345678');
    // An uncoded registration is not closed: its phone stays until its personal data goes.
    expect(view(abandoned).applicant.phone).toBe('0912345678');
    expect(auditRows('retention').at(-1)).toMatchObject({
      phonesErased: 1,
      auditRows: 1,
      policy: { dossierPersonalDays: 90, phoneDays: 0 },
    });
    // Rows younger than the mark stay append-only.
    expect(() => hub.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('after 90 days: erases the closed dossier’s personal data, sessions and command records; the past day’s report is unchanged', async () => {
    hub.clock.set(MONDAY_9AM + 91 * DAY);
    const commandsBefore = count('commands');
    expect(commandsBefore).toBeGreaterThan(0);
    const done = await hub.hub.retention.run();
    expect(done).toMatchObject({ dossiersErased: 2, commands: commandsBefore, failures: [] });
    expect(done.sessions).toBeGreaterThan(0);
    expect(count('commands')).toBe(0);
    const erased = view(closed.id);
    expect(erased.applicant).toMatchObject({ idNumber: '', name: '', dateOfBirth: '', address: '', phone: '' });
    expect(erased.applicant.email).toBeUndefined();
    expect(erased.personalDataErasedAt).toBe(hub.clock.now());
    expect(erased).toMatchObject({
      status: 'returned',
      code: closed.code,
      returnedAt: closed.returnedAt,
      timeliness: closed.timeliness,
    });
    expect(view(open.id).applicant).toEqual(open.applicant);
    expect(view(abandoned)).toMatchObject({ status: 'registered', applicant: { idNumber: '', name: '', phone: '' } });
    // A plain look at the row: nothing personal is left in it, sealed or not.
    const plain = new Database(join(dir, 'luot.sqlite'), { readonly: true });
    const row = plain
      .prepare(
        'SELECT applicant_id_number, applicant_name, applicant_birth_date, applicant_address, applicant_phone, applicant_email, postal_address, personal_erased_at FROM dossiers WHERE id = ?',
      )
      .get(closed.id);
    plain.close();
    expect(row).toEqual({
      applicant_id_number: '',
      applicant_name: '',
      applicant_birth_date: '',
      applicant_address: '',
      applicant_phone: '',
      applicant_email: null,
      postal_address: null,
      personal_erased_at: hub.clock.now(),
    });
    // Staff still list the day (an erased dossier's view stays in the API contract) and the report adds up the same.
    const { token } = await login(hub.url, 'giamsat');
    const listed = await fetch(`${hub.url}/api/v1/dossiers?day=2026-11-23`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await listed.json()) as DossierView[]).map((d) => d.id).sort()).toEqual(
      [closed.id, open.id, abandoned].sort(),
    );
    expect(await report('2026-11-23')).toEqual(reportBefore);
  });

  it('works in small transactions while the hall issues', async () => {
    const old = hub.clock.now() - 30 * DAY;
    const insert = hub.db.prepare(
      "INSERT INTO commands (command_id, actor, name, result, at) VALUES (?, 'device:kiosk-1', 'ticket:issue', '{}', ?)",
    );
    hub.db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`old-${i}`, old);
    })();
    const order: string[] = [];
    const purge = hub.hub.retention.run().then((o) => {
      order.push('purge');
      return o;
    });
    const issued = hub.hub.services.tickets
      .issue(
        { actor: 'device:kiosk-1', name: 'ticket:issue', commandId: cid() },
        { service: 'DKKD', priority: 'none', source: 'kiosk' },
      )
      .then((r) => {
        order.push('issue');
        return r;
      });
    const [outcome, ticket] = await Promise.all([purge, issued]);
    expect(ticket.ok).toBe(true);
    expect(outcome.commands).toBe(20_000);
    expect(outcome.transactions).toBeGreaterThanOrEqual(40);
    // The ticket did not wait for the whole purge.
    expect(order).toEqual(['issue', 'purge']);
    console.log(
      `retention: 20000 command records in ${outcome.transactions} transactions, longest ${outcome.longestTransactionMs.toFixed(1)} ms`,
    );
    expect(outcome.longestTransactionMs).toBeLessThan(250);
  });

  it('a failing step is logged and audited, the others still run; and the job runs at start', async () => {
    const ended = hub.clock.now() - 40 * DAY;
    const addSession = hub.db.prepare(
      'INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    );
    addSession.run('s-old-1', 'hash-old-1', adminId(), ended - DAY, ended);
    hub.db.exec(
      "CREATE TRIGGER sessions_stuck BEFORE DELETE ON sessions BEGIN SELECT RAISE(ABORT, 'disk says no'); END",
    );
    hub.db
      .prepare(
        "INSERT INTO audit_log (at, actor, action, subject, address, detail) VALUES (?, 'anonymous', 'sign-in-failed', 'y', NULL, NULL)",
      )
      .run(hub.clock.now() - 731 * DAY);
    const done = await hub.hub.retention.run();
    expect(done.failures).toEqual([{ step: 'sessions', message: 'disk says no' }]);
    expect(done.auditRows).toBe(1);
    expect(auditRows('retention-failed').at(-1)).toMatchObject({ auditRows: 1, failures: [{ step: 'sessions' }] });
    hub.db.exec('DROP TRIGGER sessions_stuck');

    const audited = auditRows('retention').length;
    await hub.restart();
    await until(() => auditRows('retention').length === audited + 1, 5000, 'the run at start');
    expect(auditRows('retention').at(-1)).toMatchObject({ sessions: 1 });
  });
});
