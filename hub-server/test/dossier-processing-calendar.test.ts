/**
 * Under `npm start` the demo hall issues tickets around the clock (the
 * simulator's all-day config), but a receipt's appointment must still count
 * the hall's processing calendar: 8-hour days, Monday–Friday, the holidays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DossierView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import type { HallConfig } from '../src/core/config/hall-config-schema';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '../src/core/config/load-hall-config';
import { writeAllDayConfig } from '../src/simulator/all-day-config';
import { cid, command, connected, login } from '@luot/testing';
import { APPLICANT, DOCUMENTS, openSocket, registerAt } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

const dir = mkdtempSync(join(tmpdir(), 'luot-all-day-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The all-day demo hall, with its first procedure of counter 1's service taking one working day. */
function allDayDemo(): { config: HallConfig; procedure: string } {
  const file = join(dir, 'demo-all-day.yaml');
  writeAllDayConfig(DEMO_HALL_CONFIG_PATH, file);
  const config = loadHallConfig(file);
  const service = config.counters.find((c) => c.number === 1)?.services[0];
  const procedure = config.procedures.find((p) => p.service === service);
  if (!procedure) throw new Error('the demo hall has no procedure for counter 1');
  const procedures = config.procedures.map((p) => (p.code === procedure.code ? { ...p, processingDays: 1 } : p));
  return { config: { ...config, procedures }, procedure: procedure.code };
}

let hub: TestHub | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub?.close();
  hub = undefined;
});

/** Registers at the kiosk at `at`, and the officer at counter 1 receives it at once; returns the view. */
async function receiveAt(at: string): Promise<DossierView> {
  const { config, procedure } = allDayDemo();
  hub = await startTestHub({ config, serveApps: false, now: Date.parse(at) });
  const kiosk = openSocket(hub, sockets, '/kiosk', 'demo-kiosk-token-1');
  await connected(kiosk);
  const reg = await registerAt(kiosk, procedure);
  const { token } = await login(hub.url, 'canbo01', 'luot-demo');
  const counter = openSocket(hub, sockets, '/counter', token);
  await connected(counter);
  expect((await command(counter, 'counter:sign-in', { commandId: cid(), counter: 1 })).ok).toBe(true);
  const called = await command(counter, 'counter:call-next', { commandId: cid() });
  expect(called.ok).toBe(true);
  const received = await command<DossierView>(counter, 'dossier:receive', {
    commandId: cid(),
    dossier: reg.dossierId,
    applicant: APPLICANT,
    documents: DOCUMENTS,
  });
  if (!received.ok) throw new Error(`receive failed: ${received.error.message.en}`);
  return received.value;
}

describe('the appointment under the all-day demo hall', () => {
  it('the all-day config opens ticket hours around the clock but keeps the processing calendar', () => {
    const { config } = allDayDemo();
    expect(config.hours.weekdays).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(config.hours.holidays).toEqual([]);
    expect(config.processing.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(config.processing.sessions).toEqual([
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ]);
    expect(config.processing.holidays).toEqual(loadHallConfig(DEMO_HALL_CONFIG_PATH).hours.holidays);
  });

  it('received on Friday evening, one working day ends Monday 17:00 (not Saturday evening)', async () => {
    const view = await receiveAt('2026-11-27T20:00:00+07:00');
    expect(view.receivedAt).toBe(Date.parse('2026-11-27T20:00:00+07:00'));
    expect(view.appointmentAt).toBe(Date.parse('2026-11-30T17:00:00+07:00'));
  });

  it('received at lunch, the clock starts at 13:30 and skips the holidays of 1–2 September', async () => {
    // Monday 31/08/2026 12:00: 3.5 h that afternoon, then Tuesday and Wednesday are holidays → Thursday 07:00 + 4.5 h.
    const view = await receiveAt('2026-08-31T12:00:00+07:00');
    expect(view.appointmentAt).toBe(Date.parse('2026-09-03T11:30:00+07:00'));
  });
});
