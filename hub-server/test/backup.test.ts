import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../src/cli/backup';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub | undefined;
afterEach(async () => hub?.close());

describe('online backup', () => {
  it('copies the live database, tickets included, while the hub runs', async () => {
    hub = await startTestHub({ config: testHallConfig(), serveApps: false });
    for (let i = 0; i < 3; i++) {
      await fetch(`${hub.url}/api/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.kiosk}` },
        body: JSON.stringify({ service: 'DKKD' }),
      });
    }
    const out = mkdtempSync(join(tmpdir(), 'luot-backup-'));
    const progress: number[] = [];
    await backupDatabase(join(hub.dataDir, 'luot.sqlite'), join(out, 'copy.sqlite'), (p) => progress.push(p));
    const copy = new Database(join(out, 'copy.sqlite'), { readonly: true });
    expect(copy.prepare('SELECT code FROM tickets ORDER BY number').all()).toEqual([{ code: 'A001' }, { code: 'A002' }, { code: 'A003' }]);
    copy.close();
    expect(progress.at(-1)).toBe(100);
    rmSync(out, { recursive: true, force: true });
  });

  it('says clearly when there is no database', async () => {
    await expect(backupDatabase('/nonexistent/luot.sqlite', '/tmp/x.sqlite')).rejects.toThrow(/No database/);
  });
});
