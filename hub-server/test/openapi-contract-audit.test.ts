/**
 * Contract coverage: The audit log, as JSON and CSV.
 * Each route in contract-routes.ts's `audit` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { contractFile } from './helpers/contract-file';

const api = contractFile('audit');

describe('the audit routes answer as openapi.yaml says', () => {
  it('audit log: JSON and CSV, admins only', async () => {
    for (const path of ['/api/v1/audit', '/api/v1/audit.csv']) {
      await api.expectStatus(200, 'GET', `${path}?who=canbo02&action=sign-in&from=0&limit=5`, { token: api.admin.token });
      await api.expectStatus(400, 'GET', `${path}?action=dance`, { token: api.admin.token });
      await api.expectStatus(400, 'GET', `${path}?from=10&to=5`, { token: api.admin.token });
      await api.expectStatus(401, 'GET', path);
      await api.expectStatus(403, 'GET', path, { token: api.supervisor.token });
    }
  });

  api.closingChecks();
});
