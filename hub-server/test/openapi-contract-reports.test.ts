/**
 * Contract coverage: The day and period reports, with their files.
 * Each route in contract-routes.ts's `reports` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { TEST_TOKENS } from '@luot/testing';
import { contractFile } from './helpers/contract-file';

const api = contractFile('reports');

describe('the reports routes answer as openapi.yaml says', () => {
  it('the day report', async () => {
    await api.expectStatus(200, 'GET', '/api/v1/reports/day', { token: api.supervisor.token });
    await api.expectStatus(400, 'GET', '/api/v1/reports/day?day=23-11-2026', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/reports/day');
    await api.expectStatus(403, 'GET', '/api/v1/reports/day', { token: TEST_TOKENS.kiosk });
  });

  it('the period report', async () => {
    await api.expectStatus(200, 'GET', '/api/v1/reports?period=month&date=2026-11-23', { token: api.supervisor.token });
    await api.expectStatus(200, 'GET', '/api/v1/reports?from=2026-11-01&to=2026-11-23', { token: api.admin.token });
    await api.expectStatus(400, 'GET', '/api/v1/reports?from=2026-11-23&to=2026-11-01', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/reports?period=day');
    await api.expectStatus(403, 'GET', '/api/v1/reports?period=day', { token: api.officer.token });
    for (const file of ['reports.xlsx', 'reports.csv', 'reports.html']) {
      await api.expectStatus(200, 'GET', `/api/v1/${file}?period=week&date=2026-11-23`, { token: api.supervisor.token });
      await api.expectStatus(400, 'GET', `/api/v1/${file}?period=week&table=nothing`, { token: api.supervisor.token });
      await api.expectStatus(401, 'GET', `/api/v1/${file}?period=day`);
      await api.expectStatus(403, 'GET', `/api/v1/${file}?period=day`, { token: api.officer.token });
    }
  });

  api.closingChecks();
});
