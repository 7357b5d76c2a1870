/**
 * Contract coverage: Public reads: health, the hall, services, procedures, the document, statistics.
 * Each route in contract-routes.ts's `public` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { contractFile } from './helpers/contract-file';

const api = contractFile('public');

describe('the public routes answer as openapi.yaml says', () => {
  it('public reads: health, hall, services, procedures, the document', async () => {
    await api.expectStatus(200, 'GET', '/healthz');
    await api.expectStatus(200, 'GET', '/api/v1/hall');
    await api.expectStatus(200, 'GET', '/api/v1/services');
    await api.expectStatus(200, 'GET', '/api/v1/procedures');
    await api.expectStatus(200, 'GET', '/api/v1/openapi.yaml');
  });

  it('the public statistics, without sign-in', async () => {
    await api.expectStatus(200, 'GET', '/api/v1/statistics');
  });

  api.closingChecks();
});
