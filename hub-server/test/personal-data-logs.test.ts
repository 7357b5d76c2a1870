/**
 * Issue 7: ID numbers, birth dates and addresses never appear in logs. One
 * dossier flow (register → receive → look up, and the staff views) runs
 * against a hub whose logger writes every level to a captured stream, with
 * a refused payload and two internal failures on the way so the error logs
 * are exercised while personal data is in the request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../src/core/clock';
import { openDatabase, type Db } from '../src/core/db/open';
import { createHub, type Hub } from '../src/hub';
import { createLogger } from '../src/core/logger';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { APPLICANT, DOCUMENTS, PERSONAL_STRINGS, PROC_KHDT, dossierHallConfig, registerAt } from '@luot/testing';
import { TEST_TOKENS } from '@luot/testing';

const dir = mkdtempSync(join(tmpdir(), 'luot-logs-'));
const lines: string[] = [];
const sockets: Socket[] = [];
let hub: Hub;
let db: Db;
let url: string;

beforeAll(async () => {
  db = openDatabase(join(dir, 'luot.sqlite'));
  const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
  const clock = new ManualClock(Date.parse('2026-11-23T09:00:00+07:00'));
  hub = await createHub({ db, clock, config: dossierHallConfig(), logger, serveApps: false, demo: true });
  url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const socket = async (nsp: string, token: string) => {
  const s = createClient(url, nsp, token);
  sockets.push(s);
  await connected(s);
  return s;
};

describe('personal data in the logs', () => {
  it('a whole dossier flow, its refusals and its failures log none of the applicant’s personal data', async () => {
    const kiosk = await socket('/kiosk', TEST_TOKENS.kiosk);
    // Refused: a malformed birth date next to the real ID number and address.
    const refused = await command(kiosk, 'dossier:register', { commandId: cid(), procedure: PROC_KHDT, applicant: { ...APPLICANT, dateOfBirth: '30/07/2001' }, return: { method: 'counter' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const reg = await registerAt(kiosk, PROC_KHDT);
    const { token } = await login(url, 'canbo01');
    const counter = await socket('/counter', token);
    expect((await command(counter, 'counter:sign-in', { commandId: cid(), counter: 1 })).ok).toBe(true);
    expect((await command(counter, 'counter:call-next', { commandId: cid() })).ok).toBe(true);
    const received = await command<DossierView>(counter, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    if (!received.ok || received.value.code === null) throw new Error('receive failed');
    const code = received.value.trackingCode!;

    // Public lookups and the staff views of the same dossier.
    expect((await fetch(`${url}/api/v1/dossiers/lookup?code=${encodeURIComponent(code)}`)).status).toBe(200);
    expect((await fetch(`${url}/d/${encodeURIComponent(code)}`)).status).toBe(200);
    expect((await command(kiosk, 'dossier:lookup', { code })).ok).toBe(true);
    const staff = { authorization: `Bearer ${token}` };
    expect((await fetch(`${url}/api/v1/dossiers/${reg.dossierId}`, { headers: staff })).status).toBe(200);
    expect((await fetch(`${url}/api/v1/dossiers/${reg.dossierId}/receipt.html`, { headers: staff })).status).toBe(200);

    // A socket command fails inside its transaction while the dossier is loaded…
    db.exec("CREATE TRIGGER luot_test_boom BEFORE UPDATE ON dossiers BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    const failed = await command(counter, 'dossier:set-status', { commandId: cid(), dossier: reg.dossierId, status: 'processing' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    // …and an HTTP request for the receipt fails while reading it.
    db.exec('DROP TRIGGER luot_test_boom; ALTER TABLE dossiers RENAME TO dossiers_gone');
    expect((await fetch(`${url}/api/v1/dossiers/${reg.dossierId}/receipt.html`, { headers: staff })).status).toBe(500);
    db.exec('ALTER TABLE dossiers_gone RENAME TO dossiers');

    const log = lines.join('');
    // The capture works and both error paths logged…
    expect(log).toContain('"msg":"command failed"');
    expect(log).toContain('"event":"dossier:set-status"');
    expect(log).toContain('simulated disk failure');
    expect(log).toContain('"msg":"request failed"');
    // …without any personal string, as written or JSON-escaped.
    for (const s of [...PERSONAL_STRINGS, APPLICANT.phone]) {
      expect(log).not.toContain(s);
      expect(log).not.toContain(JSON.stringify(s).slice(1, -1));
    }
  });
});
