/**
 * Contract coverage: Staff accounts and who is signed in where.
 * Each route in contract-routes.ts's `staff` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { contractFile, OVERSIZED } from './helpers/contract-file';

const api = contractFile('staff');

describe('the staff routes answer as openapi.yaml says', () => {
  it('staff accounts', async () => {
    const account = { username: 'canbo09', name: 'Lê Thị Hoa', role: 'officer', password: 'mat-khau-moi' };
    await api.expectStatus(200, 'GET', '/api/v1/users', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/users');
    await api.expectStatus(403, 'GET', '/api/v1/users', { token: api.officer.token });
    await api.expectStatus(201, 'POST', '/api/v1/users', { token: api.admin.token, body: account });
    await api.expectStatus(400, 'POST', '/api/v1/users', { token: api.admin.token, body: { ...account, password: 'short' } });
    await api.expectStatus(401, 'POST', '/api/v1/users', { body: account });
    await api.expectStatus(403, 'POST', '/api/v1/users', { token: api.supervisor.token, body: account });
    await api.expectStatus(409, 'POST', '/api/v1/users', { token: api.admin.token, body: account });
    await api.expectStatus(413, 'POST', '/api/v1/users', { token: api.admin.token, raw: OVERSIZED });
    await api.expectStatus(200, 'PATCH', '/api/v1/users/canbo09', {
      token: api.admin.token,
      body: { name: 'Lê Thị Hoa (Tổ 2)' },
    });
    await api.expectStatus(400, 'PATCH', '/api/v1/users/canbo09', { token: api.admin.token, body: {} });
    await api.expectStatus(401, 'PATCH', '/api/v1/users/canbo09', { body: { active: false } });
    await api.expectStatus(403, 'PATCH', '/api/v1/users/canbo09', { token: api.supervisor.token, body: { active: false } });
    await api.expectStatus(404, 'PATCH', '/api/v1/users/nobody', { token: api.admin.token, body: { active: false } });
    await api.expectStatus(409, 'PATCH', '/api/v1/users/admin', { token: api.admin.token, body: { role: 'officer' } });
    await api.expectStatus(413, 'PATCH', '/api/v1/users/canbo09', { token: api.admin.token, raw: OVERSIZED });
  });

  it('the console: who is signed in where', async () => {
    await api.expectStatus(200, 'GET', '/api/v1/staff-overview', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/staff-overview');
    await api.expectStatus(403, 'GET', '/api/v1/staff-overview', { token: api.officer.token });
  });

  api.closingChecks();
});
