/**
 * Contract coverage: Staff sign-in, sign-out and one’s own password.
 * Each route in contract-routes.ts's `auth` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { TEST_TOKENS, login } from '@luot/testing';
import { contractFile, MALFORMED, OVERSIZED } from './helpers/contract-file';

const api = contractFile('auth');

describe('the auth routes answer as openapi.yaml says', () => {
  it('staff sign-in and sign-out', async () => {
    await api.expectStatus(200, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02', password: 'secret-pass' } });
    await api.expectStatus(400, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02' } });
    await api.expectStatus(401, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02', password: 'wrong-pass' } });
    await api.expectStatus(413, 'POST', '/api/v1/auth/login', { raw: OVERSIZED });
    await api.expectStatus(403, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02', password: 'secret-pass' }, origin: 'http://evil.example' });
    // A username locked after 5 failures (a name of its own, so no account here is locked).
    for (let i = 0; i < 5; i++) await api.expectStatus(401, 'POST', '/api/v1/auth/login', { body: { username: 'khong-co', password: 'wrong-pass' } });
    await api.expectStatus(429, 'POST', '/api/v1/auth/login', { body: { username: 'khong-co', password: 'wrong-pass' } });
    const session = await login(api.hub.url, 'canbo02');
    await api.expectStatus(400, 'POST', '/api/v1/auth/logout', { token: session.token, raw: MALFORMED });
    await api.expectStatus(413, 'POST', '/api/v1/auth/logout', { token: session.token, raw: OVERSIZED });
    await api.expectStatus(403, 'POST', '/api/v1/auth/logout', { token: TEST_TOKENS.kiosk });
    await api.expectStatus(204, 'POST', '/api/v1/auth/logout', { token: session.token });
    await api.expectStatus(401, 'POST', '/api/v1/auth/logout', { token: session.token });
  });

  it('changing one’s own password', async () => {
    const session = await login(api.hub.url, 'canbo03');
    const path = '/api/v1/auth/password';
    await api.expectStatus(400, 'POST', path, { token: session.token, body: { currentPassword: 'secret-pass', newPassword: 'short' } });
    await api.expectStatus(401, 'POST', path, { token: session.token, body: { currentPassword: 'wrong-pass', newPassword: 'mat-khau-moi-2026' } });
    await api.expectStatus(403, 'POST', path, { token: TEST_TOKENS.kiosk, body: { currentPassword: 'secret-pass', newPassword: 'mat-khau-moi-2026' } });
    await api.expectStatus(413, 'POST', path, { token: session.token, raw: OVERSIZED });
    await api.expectStatus(204, 'POST', path, { token: session.token, body: { currentPassword: 'secret-pass', newPassword: 'mat-khau-moi-2026' } });
    await api.expectStatus(204, 'POST', path, { token: session.token, body: { currentPassword: 'mat-khau-moi-2026', newPassword: 'secret-pass' } });
  });

  api.closingChecks();
});
