/**
 * Contract coverage: The message sender and today’s outbox.
 * Each route in contract-routes.ts's `notify` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { contractFile } from './helpers/contract-file';

const api = contractFile('notify');

describe('the notify routes answer as openapi.yaml says', () => {
  it('the message sender and today\'s outbox, supervisors and admins', async () => {
    for (const path of ['/api/v1/notifications', '/api/v1/notifications/outbox']) {
      await api.expectStatus(200, 'GET', path, { token: api.supervisor.token });
      await api.expectStatus(200, 'GET', path, { token: api.admin.token });
      await api.expectStatus(401, 'GET', path);
      await api.expectStatus(403, 'GET', path, { token: api.officer.token });
    }
  });

  api.closingChecks();
});
