import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimulationReport } from '../src/simulator/report';
import { TEST_PASSWORD, TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

const run = promisify(execFile);
const main = fileURLToPath(new URL('../src/simulator/main.ts', import.meta.url));
const simulate = (args: string[]) => run(process.execPath, ['--import', 'tsx', main, ...args], { timeout: 60_000 });

let hub: TestHub;
beforeEach(async () => {
  // The CLI cannot move this hub's clock: it stays at Monday 09:00, inside opening hours.
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  await hub.close();
});

describe('npm run simulate', () => {
  it('plays a short day and prints the report as JSON', async () => {
    const { stdout } = await simulate([
      '--hub', hub.url, '--speed', '5000', '--seed', '3', '--tickets', '20', '--sessions', '07:30-11:30',
      '--officers', 'canbo01,canbo02,canbo03', '--password', TEST_PASSWORD, '--kiosk-tokens', `${TEST_TOKENS.kiosk},${TEST_TOKENS.kiosk2}`, '--json',
    ]);
    const report = JSON.parse(stdout) as SimulationReport;
    expect(report.tickets).toMatchObject({ planned: 20, issued: 20, stillWaiting: 0 });
    expect(report.tickets.served + report.tickets.noShows).toBe(20);
    expect(report.errors.unexpected).toBe(0);
    const rows = hub.db.prepare("SELECT count(*) AS n FROM tickets WHERE state IN ('done', 'no_show')").get() as { n: number };
    expect(rows.n).toBe(20);
  }, 60_000);

  it('exits 2 with a clear message for a bad flag or a refused login', async () => {
    await expect(simulate(['--speed', 'fast'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--speed') });
    await expect(simulate(['--hub', hub.url, '--kiosk-tokens', TEST_TOKENS.kiosk, '--officers', 'canbo01', '--password', 'wrong'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('login as canbo01 refused'),
    });
  }, 60_000);
});
