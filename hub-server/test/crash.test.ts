/**
 * Commit, then tell: every acknowledged ticket survives `kill -9` of the hub,
 * and no number is given twice after the restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IssuedTicket } from '@luot/protocol';
import Database from 'better-sqlite3';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'luot-crash-'));
const children: ChildProcess[] = [];

/** A hall open around the clock, so the test runs at any real time. */
const configPath = join(dir, 'hall.json');
const base = testHallConfig();
writeFileSync(
  configPath,
  JSON.stringify({
    ...base,
    hours: { ...base.hours, sessions: [{ name: 'all-day', start: '00:00', end: '23:59' }], weekdays: [1, 2, 3, 4, 5, 6, 7], saturdaySessions: [], issuingCutOffMinutes: 0, holidays: [] },
    services: base.services.map((s) => ({ ...s, dailyCap: 9999, sessions: undefined })),
  }),
);

function startHub(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub-server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, LUOT_PORT: '0', LUOT_DATA_DIR: join(dir, 'data'), LUOT_CONFIG: configPath, LUOT_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /API\s+(http:\/\/localhost:\d+)\/api\/v1/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}:\n${out}`)));
  });
}

const issue = async (url: string, i: number): Promise<IssuedTicket> => {
  const r = await fetch(`${url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.kiosk}`, 'idempotency-key': `crash-test-${i}` },
    body: JSON.stringify({ service: i % 2 ? 'DKKD' : 'DATDAI' }),
  });
  if (r.status !== 201) throw new Error(`issue failed: ${r.status} ${await r.text()}`);
  return (await r.json()) as IssuedTicket;
};

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('a hub killed with SIGKILL', () => {
  it('keeps every acknowledged ticket and never gives a number twice', async () => {
    const first = await startHub();
    const acked: IssuedTicket[] = [];
    // Issue concurrently and kill while requests are still in flight.
    const keyOf = new Map<string, number>();
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      issue(first.url, i)
        .then((t) => {
          acked.push(t);
          keyOf.set(t.id, i);
        })
        .catch(() => undefined),
    );
    // Kill once a few are acknowledged, while the rest are still in flight.
    for (let i = 0; i < 200 && acked.length < 5; i++) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await Promise.all(inFlight);
    if (first.child.exitCode === null && first.child.signalCode === null) await new Promise((r) => first.child.once('exit', r));
    expect(acked.length).toBeGreaterThan(0);

    const second = await startHub();
    for (const t of acked) {
      // Read back as the kiosk that issued them: more ids than the public may look up in a minute from one address.
      const r = await fetch(`${second.url}/api/v1/tickets/${t.id}`, { headers: { authorization: `Bearer ${TEST_TOKENS.kiosk}` } });
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({ code: t.code, state: 'waiting' });
    }
    // A kiosk retrying after the crash (its ack may have been lost) gets its first ticket back.
    for (const t of acked.slice(0, 5)) expect((await issue(second.url, keyOf.get(t.id)!)).id).toBe(t.id);
    const after = await Promise.all(Array.from({ length: 10 }, (_, i) => issue(second.url, 1000 + i)));
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));

    const db = new Database(join(dir, 'data/luot.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT code FROM tickets').all() as { code: string }[];
    db.close();
    const codes = rows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of [...acked, ...after]) expect(codes).toContain(t.code);
  });
});
