/**
 * Contract coverage: The backup list.
 * Each route in contract-routes.ts's `backups` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { contractFile } from './helpers/contract-file';

const api = contractFile('backups');

describe('the backups routes answer as openapi.yaml says', () => {
  it('the backup list, with and without a backup', async () => {
    await api.expectStatus(200, 'GET', '/api/v1/backups', { token: api.supervisor.token });
    await api.hub.hub.backups!.backupNow('manual');
    await api.expectStatus(200, 'GET', '/api/v1/backups', { token: api.admin.token });
    await api.expectStatus(401, 'GET', '/api/v1/backups');
    await api.expectStatus(403, 'GET', '/api/v1/backups', { token: api.officer.token });
  });

  api.closingChecks();
});
